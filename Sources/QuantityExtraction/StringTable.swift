/// A lexicon's `[String: Value]`, looked up by the key's UTF-8 bytes: an FNV-1a hash and a byte compare, where
/// `Dictionary` ran SipHash over the normalised string and compared by canonical equivalence (about 400
/// instructions a look-up, and the rules look up tens of thousands of words a pass over 10kGNAD).
///
/// Bytes decide equality only between strings of printable ASCII and code points U+00A0–U+02FF (`ä`, `ß`, `é`):
/// such strings hold no combining mark and no code point another one equals canonically, so they are equal as
/// Swift strings exactly when their bytes are. A key asked for with another code point goes to the dictionary,
/// and so does every key of a table with a key that a simple string might equal canonically.
///
/// A class, as `WordFilter`: a struct of a dictionary and four arrays read out of the lexicon for a look-up was
/// copied and dropped again (five retains and releases through an outlined copy, well over 100 instructions) at
/// every look-up; a class held by the lexicon is read in place.
final class StringTable<Value>: @unchecked Sendable {
    /// The same entries, for what is not a look-up of a simple key.
    let dictionary: [String: Value]
    /// Open addressing over `keyBytes`: a slot's hash (0: empty), its key's offset, byte and code point counts and
    /// its value's index. The hash is FNV-1a over the key's code points, as a token's keys are (`TokenForm.exact`,
    /// `folded`): a token is looked up by the key segmentation made for it, without hashing its text again.
    private let slots: [Slot]
    private let shift: UInt64
    private let keyBytes: [UInt8]
    private let values: [Value]
    /// Every key is simple: otherwise a byte look-up could miss a key equal to the one asked for.
    private let bytesDecide: Bool
    /// Every key is in `slots`: the dictionary holds none of another shape.
    private let slotsHoldAll: Bool

    private struct Slot {
        var hash: UInt64 = 0
        var offset: Int32 = 0
        var length: Int32 = 0
        var scalarCount: Int32 = 0
        var value: Int32 = 0
    }

    init(_ dictionary: [String: Value]) {
        self.dictionary = dictionary
        var size = 8
        while size < 2 * dictionary.count { size *= 2 }
        var slots = [Slot](repeating: Slot(), count: size)
        let shift = UInt64(64 - size.trailingZeroBitCount)
        var keyBytes: [UInt8] = []
        var values: [Value] = []
        var bytesDecide = true
        var slotsHoldAll = true
        for (key, value) in dictionary {
            let bytes = Array(key.utf8)
            guard let (hash, scalarCount) = Self.simpleHash(bytes) else {
                slotsHoldAll = false
                // Only the dictionary holds it. A simple string never equals a key whose other code points are
                // general punctuation or currency signs (`€`), which no simple code point decomposes to.
                if !key.unicodeScalars.allSatisfy({ Self.isSimple($0) || (0x2000..<0x20D0).contains($0.value) }) {
                    bytesDecide = false
                }
                continue
            }
            var slot = Int(truncatingIfNeeded: hash >> shift)
            while slots[slot].hash != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Slot(
                hash: hash, offset: Int32(keyBytes.count), length: Int32(bytes.count), scalarCount: Int32(scalarCount),
                value: Int32(values.count))
            keyBytes += bytes
            values.append(value)
        }
        self.slots = slots
        self.shift = shift
        self.keyBytes = keyBytes
        self.values = values
        self.bytesDecide = bytesDecide
        self.slotsHoldAll = slotsHoldAll
    }

    var isEmpty: Bool { dictionary.isEmpty }

    subscript(key: String) -> Value? {
        guard bytesDecide else { return dictionary[key] }
        var key = key
        let found: Value?? = key.withUTF8 { bytes in
            guard let (hash, _) = Self.simpleHash(bytes) else {
                return slotsHoldAll && Self.holdsSteadyMark(bytes) ? .some(nil) : .none
            }
            return .some(value(hash: hash, bytes: bytes))
        }
        // A key that is not simple may still equal a listed one canonically.
        guard let found else { return dictionary[key] }
        return found
    }

    /// Whether the UTF-8 bytes (a string's) hold a `WordFilter.isSteadyMark` code point: then no simple string
    /// equals it, nor any key of a table whose keys are all simple.
    /// (The tokens before a number asked for a label, `„`, `–`, went to the dictionary, which hashed their
    /// normalised string: some 2,000 instructions a look-up.)
    private static func holdsSteadyMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var offset = 0
        while offset + 2 < bytes.count {
            // (Every such code point is three bytes from the lead E2.)
            if bytes[offset] == 0xE2
                && WordFilter.isSteadyMark(UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F)
                    | 0x2000) {
                return true
            }
            offset += 1
        }
        return false
    }

    func contains(_ key: String) -> Bool { self[key] != nil }

    /// `self[key]` for the key of these code points, all printable ASCII or U+00A0–U+02FF, compared straight from
    /// them where the table's keys are simple too: no string made or hashed.
    func value(simpleScalars scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Value? {
        guard bytesDecide else { return self[String(String.UnicodeScalarView(scalars))] }
        return value(hash: WordFilter.key(of: scalars), scalars: scalars, lowered: false)
    }

    /// `self[tokens.text(index)]`, found by the token's key and compared straight from its scalars where they are
    /// all simple (then the string's bytes are exactly their UTF-8): no string is made and nothing hashed.
    func value(token index: Int, of tokens: TokenText) -> Value? {
        guard bytesDecide, tokens.isSimple(index) else { return self[tokens.text(index)] }
        let key = tokens.key(index)
        return tokens.withScalars(index) { value(hash: key, scalars: $0, lowered: false) }
    }

    /// `self[tokens.lowered(index)]`, as `value(token:of:)`, where the token's lower case is known scalar by
    /// scalar (`TokenText.lowerKey` not 0: ASCII and Latin-1 capitals 32 up, which keeps them simple and their
    /// UTF-8 as long; no code point from U+0100 up changes, so the key's folding is this one).
    func value(loweredToken index: Int, of tokens: TokenText) -> Value? {
        let key = tokens.lowerKey(index)
        guard bytesDecide, tokens.isSimple(index), key != 0 else {
            return self[tokens.lowered(index)]
        }
        return tokens.withScalars(index) { value(hash: key, scalars: $0, lowered: true) }
    }

    /// A scalar as `TokenText` lower-cases it for a token whose `lowerKey` is known.
    @inline(__always)
    private static func lowered(_ value: UInt32) -> UInt32 {
        value &- 65 < 26 || value &- 0xC0 < 0x1F && value != 0xD7 ? value + 32 : value
    }

    /// The value of the key with this hash (a token's key, finished) whose scalars (simple; lower-cased one by one
    /// if `lowered`) these are.
    @inline(__always)
    private func value(hash: UInt64, scalars: UnsafeBufferPointer<Unicode.Scalar>, lowered: Bool) -> Value? {
        probe(hash: hash, scalarCount: scalars.count) { keyBytes, start in
            var offset = start
            for scalar in scalars {
                let value = lowered ? Self.lowered(scalar.value) : scalar.value
                if value < 0x80 {
                    if keyBytes[offset] != UInt8(truncatingIfNeeded: value) { return false }
                    offset &+= 1
                } else {
                    // Below U+0300: two bytes.
                    if keyBytes[offset] != UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
                        || keyBytes[offset + 1] != UInt8(truncatingIfNeeded: 0x80 | value & 0x3F) {
                        return false
                    }
                    offset &+= 2
                }
            }
            return true
        }
    }

    private func value(hash: UInt64, bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        probe(hash: hash, length: bytes.count) { keyBytes, start in
            var offset = 0
            while offset < bytes.count && keyBytes[start + offset] == bytes[offset] { offset += 1 }
            return offset == bytes.count
        }
    }

    /// The value of the slot whose hash and key length (in bytes, or in code points where `scalarCount` is given)
    /// match and whose key bytes (from the offset given) `equal` accepts, probing linearly from the hash's slot.
    @inline(__always)
    private func probe(
        hash: UInt64, length: Int = -1, scalarCount: Int = -1, _ equal: (UnsafeBufferPointer<UInt8>, Int) -> Bool
    ) -> Value? {
        slots.withUnsafeBufferPointer { slots in
            keyBytes.withUnsafeBufferPointer { keyBytes in
                let mask = slots.count - 1
                var slot = Int(truncatingIfNeeded: hash >> shift)
                while slots[slot].hash != 0 {
                    let entry = slots[slot]
                    if entry.hash == hash
                        && (length < 0 ? Int(entry.scalarCount) == scalarCount : Int(entry.length) == length)
                        && equal(keyBytes, Int(entry.offset)) {
                        return values[Int(entry.value)]
                    }
                    slot = (slot + 1) & mask
                }
                return nil
            }
        }
    }

    private static func isSimple(_ scalar: Unicode.Scalar) -> Bool {
        (0x20..<0x7F).contains(scalar.value) || (0xA0..<0x300).contains(scalar.value)
    }

    /// FNV-1a over the code points the bytes spell (never 0, as `WordFilter.finishedKey`: a token's keys) and
    /// their count, or nil if they hold a code point that is not printable ASCII or U+00A0–U+02FF.
    private static func simpleHash(_ bytes: some Collection<UInt8>) -> (UInt64, Int)? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var count = 0
        // The lead byte of a two-byte code point, waiting for its continuation (0: none).
        var lead: UInt32 = 0
        for byte in bytes {
            // Printable ASCII, most bytes of most keys: one range test.
            if byte &- 0x20 < 0x5F && lead == 0 {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
                count &+= 1
                continue
            }
            if byte >= 0xC0 {
                // Two-byte leads C2–CB spell U+0080–U+02FF.
                guard lead == 0, byte >= 0xC2 && byte <= 0xCB else { return nil }
                lead = UInt32(byte)
                continue
            }
            // A continuation after its lead; C2 with one below A0 is a C1 control.
            guard lead != 0, byte >= 0x80, !(lead == 0xC2 && byte < 0xA0) else { return nil }
            hash = (hash ^ UInt64((lead & 0x1F) << 6 | UInt32(byte & 0x3F))) &* 0x100_0000_01b3
            count &+= 1
            lead = 0
        }
        guard lead == 0 else { return nil }
        return (hash == 0 ? 1 : hash, count)
    }
}

extension StringTable where Value == Bool {
    /// A set of words as a table: asked for a token by its key (`contains(token:of:)`), with no string made or
    /// hashed, where a `Set<String>` ran SipHash over the token's string (about 450 instructions a look-up).
    convenience init<Words: Sequence>(words: Words) where Words.Element == String {
        self.init(Dictionary(words.map { ($0, true) }, uniquingKeysWith: { first, _ in first }))
    }

    /// Whether `tokens.text(index)` is one of the words.
    func contains(token index: Int, of tokens: TokenText) -> Bool {
        value(token: index, of: tokens) != nil
    }
}

/// A lexicon's `[String: Value]`, looked up by the key's UTF-8 bytes: an FNV-1a hash and a byte compare, where
/// `Dictionary` ran SipHash over the normalised string and compared by canonical equivalence (about 400
/// instructions a look-up, and the rules look up tens of thousands of words a pass over 10kGNAD).
///
/// Bytes decide equality only between strings of printable ASCII and code points U+00A0–U+02FF (`ä`, `ß`, `é`):
/// such strings hold no combining mark and no code point another one equals canonically, so they are equal as
/// Swift strings exactly when their bytes are. A key asked for with another code point goes to the dictionary,
/// and so does every key of a table with a key that a simple string might equal canonically.
struct StringTable<Value>: @unchecked Sendable {
    /// The same entries, for what is not a look-up of a simple key.
    let dictionary: [String: Value]
    /// Open addressing over `keyBytes`: a slot's hash (0: empty), its key's offset and length, its value's index.
    private let slots: [Slot]
    private let shift: UInt64
    private let keyBytes: [UInt8]
    private let values: [Value]
    /// Every key is simple: otherwise a byte look-up could miss a key equal to the one asked for.
    private let bytesDecide: Bool

    private struct Slot {
        var hash: UInt64 = 0
        var offset: Int32 = 0
        var length: Int32 = 0
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
        for (key, value) in dictionary {
            let bytes = Array(key.utf8)
            guard let hash = Self.simpleHash(bytes) else {
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
                hash: hash, offset: Int32(keyBytes.count), length: Int32(bytes.count), value: Int32(values.count))
            keyBytes += bytes
            values.append(value)
        }
        self.slots = slots
        self.shift = shift
        self.keyBytes = keyBytes
        self.values = values
        self.bytesDecide = bytesDecide
    }

    var isEmpty: Bool { dictionary.isEmpty }

    subscript(key: String) -> Value? {
        guard bytesDecide else { return dictionary[key] }
        var key = key
        let found: Value?? = key.withUTF8 { bytes in
            guard let hash = Self.simpleHash(bytes) else { return .none }
            return .some(value(hash: hash, bytes: bytes))
        }
        // A key that is not simple may still equal a listed one canonically.
        guard let found else { return dictionary[key] }
        return found
    }

    func contains(_ key: String) -> Bool { self[key] != nil }

    /// `self[tokens.text(index)]`, the token's UTF-8 hashed and compared straight from its scalars where they are
    /// all simple (then the string's bytes are exactly those): no string is made, where making it was most of a
    /// look-up's cost.
    func value(token index: Int, of tokens: TokenText) -> Value? {
        guard bytesDecide, tokens.isSimple(index) else { return self[tokens.text(index)] }
        return tokens.withScalars(index) { value(scalars: $0, lowered: false) }
    }

    /// `self[tokens.lowered(index)]`, as `value(token:of:)`, where the token's lower case is known scalar by
    /// scalar (`TokenText.lowerKey` not 0: ASCII and Latin-1 capitals 32 up, which keeps them simple and their
    /// UTF-8 as long).
    func value(loweredToken index: Int, of tokens: TokenText) -> Value? {
        guard bytesDecide, tokens.isSimple(index), tokens.lowerKey(index) != 0 else {
            return self[tokens.lowered(index)]
        }
        return tokens.withScalars(index) { value(scalars: $0, lowered: true) }
    }

    /// A scalar as `TokenText` lower-cases it for a token whose `lowerKey` is known.
    @inline(__always)
    private static func lowered(_ value: UInt32) -> UInt32 {
        value &- 65 < 26 || value &- 0xC0 < 0x1F && value != 0xD7 ? value + 32 : value
    }

    /// The value of the key whose scalars (simple; lower-cased one by one if `lowered`) these are.
    @inline(__always)
    private func value(scalars: UnsafeBufferPointer<Unicode.Scalar>, lowered: Bool) -> Value? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var count = 0
        for scalar in scalars {
            let value = lowered ? Self.lowered(scalar.value) : scalar.value
            if value < 0x80 {
                hash = (hash ^ UInt64(value)) &* 0x100_0000_01b3
                count &+= 1
            } else {
                // Below U+0300: two bytes.
                hash = (hash ^ UInt64(0xC0 | value >> 6)) &* 0x100_0000_01b3
                hash = (hash ^ UInt64(0x80 | value & 0x3F)) &* 0x100_0000_01b3
                count &+= 2
            }
        }
        return value(hash: hash == 0 ? 1 : hash, count: count, scalars: scalars, lowered: lowered)
    }

    /// `value(hash:bytes:)` for a key given as simple scalars whose UTF-8 is `count` bytes.
    @inline(__always)
    private func value(hash: UInt64, count: Int, scalars: UnsafeBufferPointer<Unicode.Scalar>, lowered: Bool)
        -> Value? {
        probe(hash: hash, length: count) { keyBytes, start in
            var offset = start
            for scalar in scalars {
                let value = lowered ? Self.lowered(scalar.value) : scalar.value
                if value < 0x80 {
                    if keyBytes[offset] != UInt8(truncatingIfNeeded: value) { return false }
                    offset &+= 1
                } else {
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

    /// The value of the slot whose hash and key length match and whose key bytes (from the offset given) `equal`
    /// accepts, probing linearly from the hash's slot.
    @inline(__always)
    private func probe(
        hash: UInt64, length: Int, _ equal: (UnsafeBufferPointer<UInt8>, Int) -> Bool
    ) -> Value? {
        slots.withUnsafeBufferPointer { slots in
            keyBytes.withUnsafeBufferPointer { keyBytes in
                let mask = slots.count - 1
                var slot = Int(truncatingIfNeeded: hash >> shift)
                while slots[slot].hash != 0 {
                    let entry = slots[slot]
                    if entry.hash == hash && Int(entry.length) == length && equal(keyBytes, Int(entry.offset)) {
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

    /// FNV-1a of the bytes (never 0), or nil if they hold a code point that is not printable ASCII or U+00A0–U+02FF.
    private static func simpleHash(_ bytes: some Collection<UInt8>) -> UInt64? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var afterC2 = false
        for byte in bytes {
            // Printable ASCII, most bytes of most keys: one range test.
            if byte &- 0x20 < 0x5F {
                afterC2 = false
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
                continue
            }
            if byte < 0x80 {
                guard byte >= 0x20 && byte != 0x7F else { return nil }
            } else if byte >= 0xC0 {
                // Two-byte leads C2–CB spell U+0080–U+02FF; C2 with a continuation below A0 is a C1 control.
                guard byte >= 0xC2 && byte <= 0xCB else { return nil }
            } else if afterC2 && byte < 0xA0 {
                return nil
            }
            afterC2 = byte == 0xC2
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return hash == 0 ? 1 : hash
    }
}

/// A short word packed into two integers, for lexicon look-ups at candidate boundaries without building a `String`.
///
/// Six bits a code point, 21 code points at most: ASCII letters, German umlauts and ß, the period, the hyphen,
/// the apostrophe and the degree sign (`N°.`). Anything else, or anything longer, has no key.
struct WordKey: Hashable, Sendable {
    /// The code points before the last nine, six bits each (ten fit whole; the first bits of a 20th and 21st are
    /// shifted out, so such keys may collide, rarely, in their first letters).
    private(set) var high: UInt64 = 0
    /// The last nine code points, six bits each.
    private(set) var low: UInt64 = 0
    private(set) var count = 0
    /// The 54 bits of `low`'s nine codes; an append moves the oldest (bits 48–53) into `high`. (A mask two bits
    /// wider, with bits 54–55 moved instead, lost four bits of every code past the ninth: keys of ten codes or more
    /// collided, and their first letter lowered wrong.)
    private static let lowMask: UInt64 = 0x003F_FFFF_FFFF_FFFF

    init() {}

    /// The key of `text`, or nil if it has a code point without a code or is too long.
    init?(_ text: some StringProtocol) {
        for scalar in text.unicodeScalars {
            guard append(scalar) else { return nil }
        }
    }

    /// The key of `scalars`, or nil.
    init?(_ scalars: ArraySlice<Unicode.Scalar>) {
        for scalar in scalars {
            guard append(scalar) else { return nil }
        }
    }

    /// Appends one code point; false (and the key unchanged) if it has no code or the key is full.
    @discardableResult
    mutating func append(_ scalar: Unicode.Scalar) -> Bool {
        guard count < 21, let code = Self.code(of: scalar) else { return false }
        high = (high << 6) | (low >> 48)
        low = ((low << 6) & Self.lowMask) | code
        count += 1
        return true
    }

    /// Appends the run of small ASCII letters (a–z) that starts at `start` (one, before `limit`), up to `limit`, and
    /// returns where the run ends; `fits` is false (and the key no longer to be used) if the key has no room for it
    /// all. Finding the run's end and packing its letters are one pass over it, not two. (Inlined: called at every
    /// word of the guesser, the call and the keeping of the caller's values across it cost as much as the letters.)
    @inline(__always)
    mutating func appendSmallLetters(
        from start: Int, limit: Int, in scalars: UnsafeBufferPointer<Unicode.Scalar>
    ) -> (end: Int, fits: Bool) {
        assert(start < limit && scalars[start].value &- 97 < 26)
        var end = start
        // While the key holds at most nine codes they are all in `low`, none carried to `high`: those letters, the
        // whole of most words, are packed into a word of their own and added at once, two steps a letter. The
        // first is known to be a letter (and to fit): not tested again.
        if count < 9 {
            let lowLimit = min(limit, start &+ (9 &- count))
            var run = UInt64(scalars[start].value) &- 96
            end &+= 1
            while end < lowLimit {
                let value = UInt64(scalars[end].value)
                guard value &- 97 < 26 else { break }
                // The code, `value - 96`, is taken off after the shift, which clears its six bits: written as an
                // `|` of the code, the loop spent two register copies a letter on it.
                run = (run &<< 6 &+ value) &- 96
                end &+= 1
            }
            low = low &<< UInt64(6 &* (end &- start)) | run
            count &+= end &- start
            guard end == lowLimit else { return (end, true) }
        }
        // In locals, not the stored properties: a turn a letter.
        let rest = end
        var (high, low) = (self.high, self.low)
        while end < limit {
            let value = UInt64(scalars[end].value)
            guard value &- 97 < 26 else { break }
            high = (high << 6) | (low >> 48)
            // The code taken off after the shift, as above.
            low = (((low << 6) & Self.lowMask) &+ value) &- 96
            end &+= 1
        }
        guard count + (end - rest) <= 21 else { return (end, false) }
        (self.high, self.low) = (high, low)
        count += end - rest
        return (end, true)
    }

    /// The same key with its first letter (or every letter) in lower case.
    func lowercased(onlyFirst: Bool) -> WordKey {
        // A key of at most nine codes has the first in `low` alone, in six bits of its own: lowered in place.
        // (Asked of most capitalised words before a period, `Wien.`; longer keys are packed again, below.)
        if onlyFirst && count <= 9 {
            guard count > 0 else { return self }
            let shift = UInt64(6 * (count - 1))
            let first = (low >> shift) & 63
            var out = self
            out.low = low & ~(63 << shift) | Self.lowercase(first) << shift
            return out
        }
        var out = WordKey()
        for position in stride(from: count - 1, through: 0, by: -1) {
            let code = code(at: position)
            let lowered = (onlyFirst && position < count - 1) ? code : Self.lowercase(code)
            out.high = (out.high << 6) | (out.low >> 48)
            out.low = ((out.low << 6) & Self.lowMask) | lowered
            out.count += 1
        }
        return out
    }

    /// Whether the first code point is an upper-case letter. (Inlined: asked of most words before a period, and the
    /// call cost as much as the test.)
    @inline(__always)
    var isCapitalised: Bool {
        guard count > 0 else { return false }
        let first = code(at: count - 1)
        return Self.lowercase(first) != first
    }

    /// The key's 126 bits folded into one well-mixed word, for `WordKeyMap`'s table.
    var mixedBits: UInt64 { Self.mixedBits(high: high, low: low) }

    static func mixedBits(high: UInt64, low: UInt64) -> UInt64 {
        let folded = (low ^ (high &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
        return folded ^ (folded >> 29)
    }

    /// The code `position` places from the end (0 is the last code point).
    @inline(__always)
    func code(at position: Int) -> UInt64 {
        let shift = position * 6
        return shift < 54 ? (low >> UInt64(shift)) & 63 : (high >> UInt64(shift - 54)) & 63
    }

    static func lowercase(_ code: UInt64) -> UInt64 {
        switch code {
        case 27...52: return code - 26
        case 56...58: return code - 3
        default: return code
        }
    }

    @inline(__always)
    static func code(of scalar: Unicode.Scalar) -> UInt64? {
        let value = scalar.value
        // ASCII letters, nearly every code point a key gets, before the switch over all codes.
        if value &- 97 < 26 { return UInt64(value &- 96) }
        if value &- 65 < 26 { return UInt64(value &- 38) }
        return rareCode(of: value)
    }

    private static func rareCode(of value: UInt32) -> UInt64? {
        switch value {
        case 97...122: return UInt64(value - 96)  // a–z: 1–26
        case 65...90: return UInt64(value - 38)  // A–Z: 27–52
        case 0xE4: return 53  // ä
        case 0xF6: return 54  // ö
        case 0xFC: return 55  // ü
        case 0xC4: return 56  // Ä
        case 0xD6: return 57  // Ö
        case 0xDC: return 58  // Ü
        case 0xDF: return 59  // ß
        case 46: return 60  // .
        case 45: return 61  // -
        case 39, 0x2019: return 62  // ' ’
        case 0xB0, 0xBA: return 63  // ° º
        default: return nil
        }
    }
}

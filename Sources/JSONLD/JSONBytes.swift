/// The byte-level JSON primitives every serialiser here shares: string escaping and integers, appended to a
/// UTF-8 buffer without building intermediate `String`s.
enum JSONBytes {
    /// Appends `bytes` as a quoted JSON string.
    @inline(__always)
    static func appendString<Out: ByteOutput>(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout Out) {
        out.append(UInt8(ascii: "\""))
        appendEscaped(bytes, to: &out)
        out.append(UInt8(ascii: "\""))
    }

    /// Appends `bytes` as the inside of a JSON string. Escapes quotes, backslashes, control characters and
    /// U+2028/U+2029 (which break JavaScript readers); copies everything else as unchanged runs.
    static func appendEscaped<Out: ByteOutput>(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout Out) {
        let count = bytes.count
        let base = UnsafeRawPointer(bytes.baseAddress)
        var index = 0
        // Most strings are short names, sources and values with nothing to escape: eight bytes at a time, the last
        // word overlapping the one before, then the whole string in one move. Otherwise the loop below goes on
        // from the first word that may need an escape.
        if let base, count >= 8 {
            while index + 8 < count && !mayNeedEscape(base.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8
            }
            if index + 8 >= count && !mayNeedEscape(base.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)) {
                return out.append(contentsOf: bytes)
            }
        }
        var runStart = 0
        while index < count {
            // Eight bytes at a time while none of them can need an escape.
            if let base, index + 8 <= count, !mayNeedEscape(base.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8
                continue
            }
            let byte = bytes[index]
            // Almost every byte of news text needs no escape: test for the few that might first.
            if byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") && byte != 0xE2 {
                index += 1
                continue
            }
            var width = 1
            let escape: StaticString
            switch byte {
            case UInt8(ascii: "\""): escape = "\\\""
            case UInt8(ascii: "\\"): escape = "\\\\"
            case 0x0A: escape = "\\n"
            case 0x0D: escape = "\\r"
            case 0x09: escape = "\\t"
            case 0xE2 where index + 2 < count && bytes[index + 1] == 0x80
                && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                escape = bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                width = 3
            case 0xE2:
                index += 1
                continue
            default:
                // Other control characters: \u00XX in lower-case hex.
                if index > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
                ("\\u00" as StaticString).withUTF8Buffer { out.append(contentsOf: $0) }
                out.append(hexDigit(byte >> 4))
                out.append(hexDigit(byte & 0xF))
                index += 1
                runStart = index
                continue
            }
            if index > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            escape.withUTF8Buffer { out.append(contentsOf: $0) }
            index += width
            runStart = index
        }
        if count > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count])) }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }

    /// Whether any of eight bytes is a control character, `"`, `\\` or 0xE2 (the lead byte of U+2028/U+2029),
    /// by the usual bit tricks; a false alarm only sends the bytes through the exact loop.
    @inline(__always)
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
        let control = (word &- ones &* 0x20) & ~word & highs
        return control | hasZero(word ^ (ones &* 0x22)) | hasZero(word ^ (ones &* 0x5C)) | hasZero(word ^ (ones &* 0xE2)) != 0
    }

    /// Appends `string` as a quoted, escaped JSON string.
    static func appendString<Out: ByteOutput>(_ string: String, to out: inout Out) {
        // Native strings lend their bytes without the copy (and its retain and release) `withUTF8` needs.
        if string.utf8.withContiguousStorageIfAvailable({ appendString($0, to: &out) }) != nil { return }
        var string = string
        string.withUTF8 { appendString($0, to: &out) }
    }

    /// The two ASCII digits of `value` (0–99), the first in the low byte.
    @inline(__always)
    private static func digitPair(_ value: Int) -> UInt64 {
        let tens = UInt64(truncatingIfNeeded: value / 10)
        let ones = UInt64(truncatingIfNeeded: value % 10)
        return (0x30 + tens) | (0x30 + ones) << 8
    }

    /// Appends an integer in decimal.
    static func appendInt<Out: ByteOutput>(_ value: Int, to out: inout Out) {
        if value < 0 {
            out.append(UInt8(ascii: "-"))
            // Int.min has no positive counterpart: let the standard library spell it.
            guard value != .min else {
                var digits = String(value).dropFirst()
                return digits.withUTF8 { out.append(contentsOf: $0) }
            }
            return appendInt(-value, to: &out)
        }
        // Offsets and indices have at most eight digits: gather them in one word, the first digit lowest, two
        // digits per division.
        if value < 100_000_000 {
            var word: UInt64 = 0
            var count = 0
            var rest = value
            while rest >= 100 {
                word = word << 16 | digitPair(rest % 100)
                rest /= 100
                count += 2
            }
            if rest >= 10 {
                word = word << 16 | digitPair(rest)
                count += 2
            } else {
                word = word << 8 | UInt64(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest))
                count += 1
            }
            return out.append(word: word, count: count)
        }
        appendInt(value / 100_000_000, to: &out)
        var word: UInt64 = 0
        var rest = value % 100_000_000
        for _ in 0..<8 {
            word = word << 8 | UInt64(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10))
            rest /= 10
        }
        out.append(word: word, count: 8)
    }
}

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
        // Most strings are short names, sources and values with nothing to escape: sixteen bytes at a time, the
        // last overlapping the one before, then the whole string in one move. Otherwise the loop below goes on
        // from the first sixteen bytes that may need an escape.
        if let base, count >= 16 {
            // Long text (an article's whole text, once per article) thirty-two, then sixteen bytes at a time first.
            while index + 32 < count && !mayNeedEscape(thirtyTwoAt: base, index) { index += 32 }
            while index + 16 < count && !mayNeedEscape(sixteenAt: base, index) { index += 16 }
            if index + 16 >= count && !mayNeedEscape(sixteenAt: base, count - 16) {
                return out.append(contentsOf: bytes)
            }
        } else if let base, count >= 8 {
            if !mayNeedEscape(eightToSixteen: base, count) { return out.append(contentsOf: bytes) }
        } else if let base, count > 0 {
            // Shorter ones (`rule`, `exact`) in one zero-padded word, gathered without reading past the end; the
            // padding's flags are masked off (the tests' borrows run upwards, from the string into the padding).
            let word = shortWord(base, count)
            if escapeFlags(word) & ((1 << UInt64(count * 8)) - 1) == 0 { return out.append(contentsOf: bytes) }
        }
        var runStart = 0
        while index < count {
            // Sixteen or eight bytes at a time while none of them can need an escape; in a word that may, straight to
            // the lowest byte flagged, which is exact (`escapeFlags`): the bytes before it need none. The sixteens in
            // a loop of their own: a turn of this one each asked again for the base and the end.
            if let base {
                while index + 32 <= count && !mayNeedEscape(thirtyTwoAt: base, index) { index += 32 }
                while index + 16 <= count && !mayNeedEscape(sixteenAt: base, index) { index += 16 }
                if index == count { break }
            }
            if let base, index + 8 <= count {
                let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let flags = escapeFlags(word)
                if flags == 0 {
                    index += 8
                    continue
                }
                index += flags.trailingZeroBitCount >> 3
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

    /// The 1 to 7 bytes at `base` in one zero-padded word, gathered without reading past the end (two overlapping
    /// four-byte loads, or byte by byte below four).
    @inline(__always)
    static func shortWord(_ base: UnsafeRawPointer, _ count: Int) -> UInt64 {
        if count >= 4 {
            let head = UInt64(base.loadUnaligned(as: UInt32.self))
            let tail = UInt64(base.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
            return head | tail << UInt64((count - 4) * 8)
        }
        var word = UInt64(base.load(as: UInt8.self))
        if count > 1 { word |= UInt64(base.load(fromByteOffset: 1, as: UInt8.self)) << 8 }
        if count > 2 { word |= UInt64(base.load(fromByteOffset: 2, as: UInt8.self)) << 16 }
        return word
    }

    /// Whether `bytes` may hold something to escape, by the word tests of `appendEscaped` (a false alarm on a lead
    /// byte 0xE2 of other characters than U+2028/U+2029): false means they go into a JSON string as they are.
    @inline(__always)
    static func mayNeedEscape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        guard let base = UnsafeRawPointer(bytes.baseAddress), count > 0 else { return false }
        // Sixteen bytes a vector, the last overlapping the one before; eight to sixteen as two words that overlap
        // (as one vector).
        if count >= 16 {
            var index = 0
            while index + 16 < count {
                if mayNeedEscape(sixteenAt: base, index) { return true }
                index += 16
            }
            return mayNeedEscape(sixteenAt: base, count - 16)
        }
        if count >= 8 { return mayNeedEscape(eightToSixteen: base, count) }
        let word = shortWord(base, count)
        return escapeFlags(word) & ((1 << UInt64(count * 8)) - 1) != 0
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }

    /// Whether any of eight bytes is a control character, `"`, `\\` or 0xE2 (the lead byte of U+2028/U+2029),
    /// by the usual bit tricks; a false alarm only sends the bytes through the exact loop.
    @inline(__always)
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        escapeFlags(word) != 0
    }

    /// `mayNeedEscape` for the sixteen bytes at `offset`, in one vector: a compare a test for all sixteen bytes
    /// (three or four instructions each in the word tests, for eight): long text goes through these.
    @inline(__always)
    private static func mayNeedEscape(sixteenAt base: UnsafeRawPointer, _ offset: Int) -> Bool {
        anyLane(escapeLanes(base.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self)))
    }

    /// `mayNeedEscape` for the thirty-two bytes at `offset`, two vectors under one test: an article's text, escaped
    /// once, runs long between escapes.
    @inline(__always)
    private static func mayNeedEscape(thirtyTwoAt base: UnsafeRawPointer, _ offset: Int) -> Bool {
        anyLane(escapeLanes(base.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self))
            .| escapeLanes(base.loadUnaligned(fromByteOffset: offset + 16, as: SIMD16<UInt8>.self)))
    }

    /// `mayNeedEscape` for the eight to sixteen bytes at `base`, as two words that overlap below sixteen, in one
    /// vector.
    @inline(__always)
    private static func mayNeedEscape(eightToSixteen base: UnsafeRawPointer, _ count: Int) -> Bool {
        let words = SIMD2(
            base.loadUnaligned(as: UInt64.self), base.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
        return anyLane(escapeLanes(unsafeBitCast(words, to: SIMD16<UInt8>.self)))
    }

    /// The bytes `escapeFlags` flags, exactly: a control character, `"`, `\\` or 0xE2. The constants are vectors,
    /// not scalars: compared with a scalar, Swift goes lane by lane; with a vector, one instruction for all.
    @inline(__always)
    private static func escapeLanes(_ bytes: SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>> {
        bytes .< SIMD16(repeating: 0x20) .| bytes .== SIMD16(repeating: UInt8(ascii: "\""))
            .| bytes .== SIMD16(repeating: UInt8(ascii: "\\")) .| bytes .== SIMD16(repeating: 0xE2)
    }

    /// Whether any lane of `mask` is set, tested on its two halves as words (a set lane is all ones): the library's
    /// `any` goes lane by lane.
    @inline(__always)
    private static func anyLane(_ mask: SIMDMask<SIMD16<Int8>>) -> Bool {
        let halves = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        return halves[0] | halves[1] != 0
    }

    /// `mayNeedEscape` per byte: the top bit of the lowest byte that may need an escape is set, and of some above.
    @inline(__always)
    private static func escapeFlags(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        // Written out rather than through a nested function, which was not inlined.
        let control = (word &- ones &* 0x20) & ~word & highs
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let lead = word ^ (ones &* 0xE2)
        return control | (quote &- ones) & ~quote & highs | (backslash &- ones) & ~backslash & highs
            | (lead &- ones) & ~lead & highs
    }

    /// Appends `string` as a quoted, escaped JSON string.
    static func appendString<Out: ByteOutput>(_ string: String, to out: inout Out) {
        // Native strings lend their bytes without the copy (and its retain and release) `withUTF8` needs.
        if string.utf8.withContiguousStorageIfAvailable({ appendString($0, to: &out) }) != nil { return }
        var string = string
        string.withUTF8 { appendString($0, to: &out) }
    }

    /// The eight decimal digits of `value` (below 100,000,000, leading zeros included) as numbers 0–9, one a byte,
    /// the first digit in the low byte: split in halves, quarters and digits inside one word, each step one
    /// multiply for all lanes, instead of a division per digit pair. `x * 10486 >> 20` is `x / 100` below
    /// 10,000 and `x * 103 >> 10` is `x / 10` below 100, so no lane spills into the next.
    @inline(__always)
    private static func eightDigits(_ value: Int) -> UInt64 {
        let value = UInt64(truncatingIfNeeded: value)
        // Two four-digit halves in 32-bit lanes, then four two-digit quarters in 16-bit lanes, then eight digits.
        let halves = value / 10_000 | (value % 10_000) << 32
        let hundreds = (halves &* 10486) >> 20 & 0x0000_007F_0000_007F
        let quarters = hundreds | (halves &- hundreds &* 100) << 16
        let tens = (quarters &* 103) >> 10 & 0x000F_000F_000F_000F
        return tens | (quarters &- tens &* 10) << 8
    }

    /// Appends an integer in decimal. Inlined: offsets and indices, the most of them, take a few instructions, less
    /// than a call's saving and restoring of registers.
    @inline(__always)
    static func appendInt<Out: ByteOutput>(_ value: Int, to out: inout Out) {
        if value >= 0 && value < 10 { return out.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value)) }
        // Up to eight digits: one word, whose leading zeros are its low zero bytes (a value from 10 up has a
        // nonzero byte), shifted off.
        if value >= 0 && value < 100_000_000 {
            let digits = eightDigits(value)
            let zeros = digits.trailingZeroBitCount / 8
            return out.append(word: digits >> UInt64(zeros * 8) | 0x3030_3030_3030_3030, count: 8 - zeros)
        }
        appendLongOrNegativeInt(value, to: &out)
    }

    /// A number from 0 to 99,999,999 as `appendInt` spells it: its ASCII digits in a word, the first in the low byte,
    /// and how many there are; nil for others. For a caller that writes the same number more than once.
    @inline(__always)
    static func digitWord(_ value: Int) -> (word: UInt64, count: Int)? {
        digitWord(value, table: digitTable)
    }

    /// `digitWord` with `digitTable` read once by the caller: a static property is read through an accessor.
    @inline(__always)
    static func digitWord(_ value: Int, table: UnsafePointer<UInt64>) -> (word: UInt64, count: Int)? {
        guard value >= 0 && value < 100_000_000 else { return nil }
        // Offsets and indices, nearly all below 100,000: one or two table reads instead of the lanes of
        // `eightDigits` (some thirty instructions, for two or three numbers of every anchored node).
        if value < 10_000 { return entry(table[value]) }
        let high = value / 10_000
        let (word, count) = entry(table[high])
        return (word | padded(table[value - high * 10_000]) << UInt64(count * 8), count + 4)
    }

    /// A `digitTable` entry's digits and how many there are.
    @inline(__always)
    private static func entry(_ entry: UInt64) -> (word: UInt64, count: Int) {
        (entry & 0xFFFF_FFFF, Int(truncatingIfNeeded: entry >> 32))
    }

    /// A `digitTable` entry's digits with the leading zeros that make them four, the first in the low byte.
    @inline(__always)
    private static func padded(_ entry: UInt64) -> UInt64 {
        let (word, count) = Self.entry(entry)
        return word << UInt64((4 - count) * 8) | 0x3030_3030 >> UInt64(count * 8)
    }

    /// For each number below 10,000: its ASCII digits (the first in the low byte) in the low four bytes, and how
    /// many there are above, as `digitWord` gives them: stored without leading zeros, the numbers of nearly every
    /// node are one read and a mask. Memory of its own, never freed, rather than an array: a pointer to it stays
    /// valid wherever it is kept. Written once, before any read, and never again: safe to share between threads.
    nonisolated(unsafe) static let digitTable: UnsafePointer<UInt64> = {
        let table = UnsafeMutablePointer<UInt64>.allocate(capacity: 10_000)
        for value in 0..<10_000 {
            let count = value < 10 ? 1 : value < 100 ? 2 : value < 1000 ? 3 : 4
            let padded = eightDigits(value) >> 32 | 0x3030_3030
            table[value] = padded >> UInt64((4 - count) * 8) | UInt64(count) << 32
        }
        return UnsafePointer(table)
    }()

    /// Appends a value of one or two decimal places (2.5, -0.75: nearly every fractional quantity) as Swift's
    /// shortest round-trip form (`"\(value)"`, some thousand instructions) spells it, and says whether it did. Below
    /// 10^12 a decimal of n places is the only one of so few that reads back as its double, so when scaling by
    /// 10^n and back gives the value, its digits are those of the scaled whole number; a whole value, which
    /// needs none, is not given.
    static func appendShortDecimal<Out: ByteOutput>(_ value: Double, to out: inout Out) -> Bool {
        guard abs(value) < 1e12 else { return false }
        for (scale, places) in [(10.0, 1), (100.0, 2)] {
            let scaled = (value * scale).rounded()
            guard scaled / scale == value else { continue }
            let whole = Int(abs(scaled))
            let unit = places == 1 ? 10 : 100
            if value < 0 { out.append(UInt8(ascii: "-")) }
            appendInt(whole / unit, to: &out)
            out.append(UInt8(ascii: "."))
            let fraction = whole % unit
            if places == 2 { out.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: fraction / 10)) }
            out.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: fraction % 10))
            return true
        }
        return false
    }

    /// `appendInt` for negative values and those of more than eight digits.
    @inline(never)
    private static func appendLongOrNegativeInt<Out: ByteOutput>(_ value: Int, to out: inout Out) {
        if value < 0 {
            out.append(UInt8(ascii: "-"))
            // Int.min has no positive counterpart: let the standard library spell it.
            guard value != .min else {
                var digits = String(value).dropFirst()
                return digits.withUTF8 { out.append(contentsOf: $0) }
            }
            return appendInt(-value, to: &out)
        }
        appendInt(value / 100_000_000, to: &out)
        out.append(word: eightDigits(value % 100_000_000) | 0x3030_3030_3030_3030, count: 8)
    }
}

/// Code points of UTF-8 list bytes, decoded in place: loading hashes and splits names without making a `String`.
///
/// Lists are valid UTF-8 (the lexicon build checks it); a stray byte decodes to U+FFFD rather than stopping a load.
enum UTF8Bytes {
    /// Decodes the code point that starts at `index`, and where the next one starts.
    @inline(__always)
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> (UInt32, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), index + 1) }
        var value: UInt32
        var extra: Int
        switch lead {
        case 0xC0..<0xE0: value = UInt32(lead & 0x1F); extra = 1
        case 0xE0..<0xF0: value = UInt32(lead & 0x0F); extra = 2
        default: value = UInt32(lead & 0x07); extra = 3
        }
        var next = index + 1
        while extra > 0 && next < end {
            value = (value << 6) | UInt32(bytes[next] & 0x3F)
            next += 1
            extra -= 1
        }
        return (Unicode.Scalar(value) == nil ? 0xFFFD : value, next)
    }

    /// Appends the code points of `bytes[range]` to `scalars`.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into scalars: inout [Unicode.Scalar]) {
        var index = range.lowerBound
        while index < range.upperBound {
            let (value, next) = scalar(bytes, at: index, end: range.upperBound)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            index = next
        }
    }
}

extension WordKey {
    /// The key of the code points in `bytes[range]`, equal to `init(_:folded:)` over them, without decoding
    /// to an array first: the noun list hashes a quarter of a million forms this way.
    init(utf8 bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, folded: Bool) {
        precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count, "range outside the bytes")
        var builder = Builder()
        guard let base = bytes.baseAddress, !range.isEmpty else {
            self = builder.key
            return
        }
        var index = range.lowerBound
        // Bytes read without bounds checks (the range is checked above) and ASCII folded without a branch on
        // `folded`: the noun list alone hashes a quarter of a million forms.
        let foldMask: UInt8 = folded ? 0x20 : 0
        while index < range.upperBound {
            let byte = base[index]
            if byte < 0x80 {
                builder.append(value: UInt32(byte &- 0x41 < 26 ? byte | foldMask : byte))
                index += 1
            } else {
                let (value, next) = UTF8Bytes.scalar(bytes, at: index, end: range.upperBound)
                builder.append(Unicode.Scalar(value) ?? "\u{FFFD}", folded: folded)
                index = next
            }
        }
        self = builder.key
    }
}

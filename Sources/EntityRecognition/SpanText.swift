import NewsGraphCore

/// The text of a span, encoded straight into a string's own storage: `Document.text(of:)` appends one code point
/// at a time to a scalar view, which was a tenth of the stage's time for the few words it builds.
enum SpanText {
    static func string(_ scalars: [Unicode.Scalar], _ span: TextSpan) -> String {
        let range = span.begin..<span.end
        // The exact length first: up to 15 bytes a string is stored inline, with no allocation, but only when the
        // capacity asked for fits, and four bytes a code point made nearly every name ask for more.
        var length = 0
        for index in range {
            let value = scalars[index].value
            length += value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
        }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var count = 0
            for index in range {
                let value = scalars[index].value
                switch value {
                case 0..<0x80:
                    buffer[count] = UInt8(value)
                    count += 1
                case 0x80..<0x800:
                    buffer[count] = UInt8(0xC0 | (value >> 6))
                    buffer[count + 1] = UInt8(0x80 | (value & 0x3F))
                    count += 2
                case 0x800..<0x10000:
                    buffer[count] = UInt8(0xE0 | (value >> 12))
                    buffer[count + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    buffer[count + 2] = UInt8(0x80 | (value & 0x3F))
                    count += 3
                default:
                    buffer[count] = UInt8(0xF0 | (value >> 18))
                    buffer[count + 1] = UInt8(0x80 | ((value >> 12) & 0x3F))
                    buffer[count + 2] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    buffer[count + 3] = UInt8(0x80 | (value & 0x3F))
                    count += 4
                }
            }
            return count
        }
    }
}

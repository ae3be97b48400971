extension String {
    /// The text of `scalars`, encoded straight into the string's own storage at its exact length: building a
    /// scalar view appended one code point at a time (thousands of instructions a name), and asking for four bytes a
    /// code point made strings of up to 15 bytes, which are stored inline, allocate.
    @inlinable
    public init(encoding scalars: ArraySlice<Unicode.Scalar>) {
        var length = 0
        for scalar in scalars {
            let value = scalar.value
            length += value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
        }
        self.init(unsafeUninitializedCapacity: length) { buffer in
            var count = 0
            for scalar in scalars {
                let value = scalar.value
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

    /// The text of `span` in `scalars`, as `init(encoding:)` makes it.
    @inlinable
    public init(encoding scalars: [Unicode.Scalar], in span: TextSpan) {
        self.init(encoding: scalars[span.begin..<span.end])
    }
}

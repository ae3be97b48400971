extension String {
    /// `first + String(separator) + second`, the parts' bytes copied into a string made at its size: `+` and
    /// interpolation appended piece by piece through the generic path and grew the result, several hundred
    /// instructions for every entity key, rule name and provenance. `separator` is ASCII.
    public static func joined(_ first: String, _ separator: Unicode.Scalar, _ second: String) -> String {
        precondition(separator.isASCII)
        var first = first
        var second = second
        return first.withUTF8 { first in
            second.withUTF8 { second in
                let count = first.count + 1 + second.count
                return String(unsafeUninitializedCapacity: count) { buffer in
                    let bytes = UnsafeMutableRawBufferPointer(buffer)
                    bytes.copyMemory(from: UnsafeRawBufferPointer(first))
                    bytes[first.count] = UInt8(truncatingIfNeeded: separator.value)
                    UnsafeMutableRawBufferPointer(rebasing: bytes[(first.count + 1)...])
                        .copyMemory(from: UnsafeRawBufferPointer(second))
                    return count
                }
            }
        }
    }
}

/// Tests on one field of a list file, given as a byte range: shared by `TSVFile` and by loaders that scan a file's
/// bytes in their own module. Inlinable, so such a loader pays no call per field.
public enum ListField {
    /// The field's byte range without ASCII spaces around it.
    @inlinable
    public static func trimmed<Bytes: RandomAccessCollection>(_ range: Range<Int>, in bytes: Bytes) -> Range<Int>
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper && bytes[lower] == 0x20 { lower += 1 }
        while upper > lower && bytes[upper - 1] == 0x20 { upper -= 1 }
        return lower..<upper
    }

    /// Whether the field (spaces around it ignored) equals the ASCII text `word`.
    @inlinable
    public static func equals<Bytes: RandomAccessCollection>(_ range: Range<Int>, _ word: StaticString, in bytes: Bytes)
        -> Bool where Bytes.Element == UInt8, Bytes.Index == Int {
        let field = trimmed(range, in: bytes)
        guard field.count == word.utf8CodeUnitCount else { return false }
        return word.withUTF8Buffer { bytes[field].elementsEqual($0) }
    }

    /// Whether the field ends in the ASCII text `suffix`, spaces around it ignored.
    @inlinable
    public static func hasSuffix<Bytes: RandomAccessCollection>(
        _ range: Range<Int>, _ suffix: StaticString, in bytes: Bytes
    ) -> Bool where Bytes.Element == UInt8, Bytes.Index == Int {
        let field = trimmed(range, in: bytes)
        guard field.count >= suffix.utf8CodeUnitCount else { return false }
        return suffix.withUTF8Buffer { bytes[(field.upperBound - $0.count)..<field.upperBound].elementsEqual($0) }
    }

    /// The field as a non-negative decimal number.
    @inlinable
    public static func integer<Bytes: RandomAccessCollection>(_ range: Range<Int>, in bytes: Bytes) -> Int?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let digits = trimmed(range, in: bytes)
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var value = 0
        for index in digits {
            let byte = bytes[index]
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }
}

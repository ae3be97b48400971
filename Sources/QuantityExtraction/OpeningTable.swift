/// A table of (first scalar, length) pairs of a word list: one array read tells that a token cannot be in the list,
/// before any string is hashed.
struct OpeningTable: Sendable {
    private static let maxLength = 32
    private var cells: [Bool]

    init<S: Sequence>(words: S) where S.Element == String {
        cells = Array(repeating: false, count: 256 * (Self.maxLength + 1))
        for word in words {
            guard let first = word.unicodeScalars.first else { continue }
            cells[Self.cell(first, word.unicodeScalars.count)] = true
        }
    }

    /// Whether a token whose scalars start with `first` and number `length` may be one of the words.
    func mayContain(first: Unicode.Scalar, length: Int) -> Bool {
        cells[Self.cell(first, length)]
    }

    private static func cell(_ first: Unicode.Scalar, _ length: Int) -> Int {
        Int(first.value & 0xFF) * (maxLength + 1) + min(length, maxLength)
    }
}

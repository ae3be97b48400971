/// The order `String.<` puts strings in, found by comparing bytes where that gives the same answer: strings made
/// only of code points below U+0300 are in NFC, where `<` compares scalars, whose order UTF-8 keeps in its bytes.
/// Entity keys are nearly all such strings, and `<` checks normalisation on every comparison of non-ASCII ones.
enum KeyOrder {
    /// The positions of `strings`, sorted as `strings[a] < strings[b]` would sort them.
    static func sortedPositions(of strings: [String]) -> [Int] {
        guard strings.count > 1 else { return Array(strings.indices) }
        // All bytes in one array, each string's run of it, and whether its bytes alone may be compared.
        var bytes: [UInt8] = []
        var runs: [(start: Int, count: Int, plain: Bool)] = []
        runs.reserveCapacity(strings.count)
        for var string in strings {
            let start = bytes.count
            let plain = string.withUTF8 { utf8 in
                bytes.append(contentsOf: utf8)
                // U+0300 is the first code point whose UTF-8 lead byte is 0xCC.
                return !utf8.contains { $0 >= 0xCC }
            }
            runs.append((start, bytes.count - start, plain))
        }
        return bytes.withUnsafeBufferPointer { bytes in
            strings.indices.sorted { a, b in
                let (first, second) = (runs[a], runs[b])
                guard first.plain && second.plain else { return strings[a] < strings[b] }
                let shared = min(first.count, second.count)
                for offset in 0..<shared where bytes[first.start + offset] != bytes[second.start + offset] {
                    return bytes[first.start + offset] < bytes[second.start + offset]
                }
                return first.count < second.count
            }
        }
    }
}

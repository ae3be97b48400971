/// The order `String.<` puts strings in, found by comparing bytes where that gives the same answer: strings made
/// only of code points below U+0300 are in NFC, where `<` compares scalars, whose order UTF-8 keeps in its bytes.
/// Entity keys are nearly all such strings, and `<` checks normalisation on every comparison of non-ASCII ones.
enum KeyOrder {
    /// The positions of `strings`, sorted as `strings[a] < strings[b]` would sort them.
    static func sortedPositions(of strings: [String]) -> [Int] {
        sortedPositions(of: strings, runs: Runs(strings))
    }

    /// The same, given the strings' `Runs`.
    static func sortedPositions(of strings: [String], runs: Runs) -> [Int] {
        guard strings.count > 1 else { return Array(strings.indices) }
        let (bytes, starts, plain) = (runs.bytes, runs.starts, runs.plain)
        return bytes.withUnsafeBufferPointer { bytes in
            strings.indices.sorted { a, b in
                guard plain[a] && plain[b] else { return strings[a] < strings[b] }
                return less(bytes, starts[a]..<starts[a + 1], starts[b]..<starts[b + 1])
            }
        }
    }

    /// All the strings' bytes in one array, each string's run of it, and whether its bytes alone may be compared.
    struct Runs {
        let bytes: [UInt8]
        /// Where each string's run starts, and the end.
        let starts: [Int]
        let plain: [Bool]

        init(_ strings: [String]) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(strings.count * 32)
            var starts: [Int] = []
            var plain: [Bool] = []
            starts.reserveCapacity(strings.count + 1)
            plain.reserveCapacity(strings.count)
            for string in strings {
                let start = bytes.count
                starts.append(start)
                // Small strings lend no contiguous storage; `withUTF8` copies their few bytes out instead of
                // appending them one by one through the view.
                if string.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
                    var string = string
                    string.withUTF8 { bytes.append(contentsOf: $0) }
                }
                // U+0300 is the first code point whose UTF-8 lead byte is 0xCC.
                var isPlain = true
                for index in start..<bytes.count where bytes[index] >= 0xCC {
                    isPlain = false
                    break
                }
                plain.append(isPlain)
            }
            starts.append(bytes.count)
            (self.bytes, self.starts, self.plain) = (bytes, starts, plain)
        }
    }

    /// Whether the run `first` of `bytes` comes before the run `second`, byte by byte, a prefix first.
    @inline(__always)
    private static func less(_ bytes: UnsafeBufferPointer<UInt8>, _ first: Range<Int>, _ second: Range<Int>) -> Bool {
        let shared = min(first.count, second.count)
        var offset = 0
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            // Eight bytes at a time while they agree; read big-endian, a word compares as its bytes do.
            while offset + 8 <= shared {
                let left = base.loadUnaligned(fromByteOffset: first.lowerBound + offset, as: UInt64.self)
                let right = base.loadUnaligned(fromByteOffset: second.lowerBound + offset, as: UInt64.self)
                if left != right { return left.bigEndian < right.bigEndian }
                offset += 8
            }
        }
        while offset < shared {
            let (left, right) = (bytes[first.lowerBound + offset], bytes[second.lowerBound + offset])
            if left != right { return left < right }
            offset += 1
        }
        return first.count < second.count
    }
}

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
        let count = strings.count
        guard count > 1 else { return Array(strings.indices) }
        return runs.bytes.withUnsafeBufferPointer { bytes in
            runs.starts.withUnsafeBufferPointer { starts in
                // The string's first eight bytes (zero after its end) as a big-endian word: words in this order are
                // in byte order, a prefix first, unless equal (a string may end in zero bytes), when the bytes decide.
                // One load, the zero bytes after the last string keeping it within the array.
                func head(_ index: Int) -> UInt64 {
                    let count = starts[index + 1] - starts[index]
                    let word = UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(
                        fromByteOffset: starts[index], as: UInt64.self)
                    return UInt64(bigEndian: count >= 8 ? word : word & ((1 << UInt64(count * 8)) - 1))
                }
                // `a`'s head given: the insertion sort compares one string with several.
                // Nearly always every key is plain: one test for all the comparisons.
                let allPlain = runs.notPlain == 0 && count <= 64
                func less(_ a: Int, head first: UInt64, _ b: Int) -> Bool {
                    guard allPlain || runs.isPlain(a) && runs.isPlain(b) else { return strings[a] < strings[b] }
                    // Keys mostly differ within their first eight bytes (`ORG/`, `PER/` and a name's start).
                    let second = head(b)
                    if first != second { return first < second }
                    return Self.less(bytes, starts[a]..<starts[a + 1], starts[b]..<starts[b + 1])
                }
                func less(_ a: Int, _ b: Int) -> Bool { less(a, head: head(a), b) }
                // An article names a dozen entities or so: an insertion sort in place, with no closure passed to
                // the library's sort and no buffer of its own. Keys are unique, so any sort orders them alike.
                guard count <= 64 else { return strings.indices.sorted(by: less) }
                // All the positions first, made from their range at its size (not reserved and then appended), then
                // sorted in one lending of the storage, not one a position.
                var order = [Int](0..<count)
                order.withUnsafeMutableBufferPointer { order in
                    for position in 1..<count {
                        let first = head(position)
                        var slot = position
                        while slot > 0 && less(position, head: first, order[slot - 1]) {
                            order[slot] = order[slot - 1]
                            slot -= 1
                        }
                        order[slot] = position
                    }
                }
                return order
            }
        }
    }

    /// All the strings' bytes in one array, each string's run of it, and whether its bytes alone may be compared.
    struct Runs {
        /// The strings' bytes, then eight zero bytes: a string's first eight bytes are one load.
        let bytes: [UInt8]
        /// Where each string's run starts, and the end.
        let starts: [Int]
        /// Bit n set: the n-th string's bytes alone may not be compared. Strings from the 65th on count as such
        /// (compared as strings: always right, only slower); a word, where an array of flags would be allocated.
        let notPlain: UInt64

        init(_ strings: [String]) {
            // The array made at its final size (a native string knows its byte count), each string's bytes copied
            // into it in one move. The runs' starts are known from the counts alone: made filled and written in one
            // lending of their storage, where an append a string checked the array's uniqueness and capacity.
            var starts = [Int](filled: 0, count: strings.count + 1)
            let total = starts.withUnsafeMutableBufferPointer { starts in
                var total = 0
                for index in strings.indices {
                    starts[index] = total
                    total += strings[index].utf8.count
                }
                starts[strings.count] = total
                return total
            }
            var notPlain: UInt64 = 0
            let bytes = [UInt8](unsafeUninitializedCapacity: total + 8) { buffer, initialized in
                var at = 0
                func copy(_ source: UnsafeBufferPointer<UInt8>) -> Bool {
                    precondition(at + source.count <= total)
                    guard let from = source.baseAddress, let to = buffer.baseAddress else { return true }
                    (to + at).initialize(from: from, count: source.count)
                    at += source.count
                    return PlainText.isPlain(source)
                }
                // By index: a native key lends its bytes in place, without the copy of the string (a retain and
                // release each) that `withUTF8` needs.
                for index in strings.indices {
                    let isPlain =
                        strings[index].utf8.withContiguousStorageIfAvailable(copy)
                        ?? {
                            var string = strings[index]
                            return string.withUTF8(copy)
                        }()
                    if !isPlain && index < 64 { notPlain |= 1 << UInt64(index) }
                }
                if let end = buffer.baseAddress { (end + at).initialize(repeating: 0, count: 8) }
                initialized = at + 8
            }
            (self.bytes, self.starts, self.notPlain) = (bytes, starts, notPlain)
        }

        /// Whether the n-th string's bytes alone may be compared.
        func isPlain(_ index: Int) -> Bool { index < 64 && notPlain >> UInt64(index) & 1 == 0 }
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

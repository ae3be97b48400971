/// The order `String.<` puts strings in, found by comparing bytes where that gives the same answer: strings made
/// only of code points below U+0300 are in NFC, where `<` compares scalars, whose order UTF-8 keeps in its bytes.
/// Entity keys are nearly all such strings, and `<` checks normalisation on every comparison of non-ASCII ones.
enum KeyOrder {
    /// The positions of `strings`, sorted as `strings[a] < strings[b]` would sort them.
    static func sortedPositions(of strings: [String]) -> [Int] {
        var starts = [Int](filled: 0, count: strings.count + 1)
        var bytes = [UInt8](filled: 0, count: Runs.byteCount(strings) + 8)
        var order = [Int](filled: 0, count: strings.count)
        starts.withUnsafeMutableBufferPointer { starts in
            bytes.withUnsafeMutableBufferPointer { bytes in
                let notPlain = Runs.write(strings, starts: starts, bytes: bytes)
                let (bytes, starts) = (UnsafeBufferPointer(bytes), UnsafeBufferPointer(starts))
                let runs = Runs(bytes: bytes, starts: starts, notPlain: notPlain)
                order.withUnsafeMutableBufferPointer { sort(strings, runs: runs, into: $0) }
            }
        }
        return order
    }

    /// Writes the positions of `strings`, sorted as `strings[a] < strings[b]` would sort them, into `order` (one
    /// place a string), given the strings' `Runs`.
    static func sort(_ strings: [String], runs: Runs, into order: UnsafeMutableBufferPointer<Int>) {
        let count = strings.count
        precondition(order.count == count)
        guard count > 1 else {
            if count == 1 { order[0] = 0 }
            return
        }
        let (bytes, starts) = (runs.bytes, runs.starts)
        // The string's first eight bytes (zero after its end) as a big-endian word: words in this order are
        // in byte order, a prefix first, unless equal (a string may end in zero bytes), when the bytes decide.
        // One load, the zero bytes after the last string keeping it within the bytes.
        func head(_ index: Int) -> UInt64 {
            let count = starts[index + 1] - starts[index]
            let word = UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(
                fromByteOffset: starts[index], as: UInt64.self)
            return UInt64(bigEndian: count >= 8 ? word : word & ((1 << UInt64(count * 8)) - 1))
        }
        // Nearly always every key is plain: one test for all the comparisons.
        let allPlain = runs.notPlain == 0 && count <= 64
        // Given both heads: keys mostly differ within their first eight bytes (`ORG/`, `PER/` and a name's start).
        func less(_ a: Int, _ first: UInt64, _ b: Int, _ second: UInt64) -> Bool {
            guard allPlain || runs.isPlain(a) && runs.isPlain(b) else { return strings[a] < strings[b] }
            if first != second { return first < second }
            return Self.less(bytes, starts[a]..<starts[a + 1], starts[b]..<starts[b + 1])
        }
        guard count <= 64 else {
            let sorted = strings.indices.sorted { less($0, head($0), $1, head($1)) }
            for (slot, position) in sorted.enumerated() { order[slot] = position }
            return
        }
        // An article names a dozen entities or so: an insertion sort in place, with no closure passed to the
        // library's sort and no buffer of its own. Keys are unique, so any sort orders them alike. Each key's head
        // is read once, into room on the stack, not again at every comparison it takes part in.
        var heads = InlineArray<64, UInt64>(repeating: 0)
        for position in 0..<count { heads[position] = head(position) }
        order[0] = 0
        for position in 1..<count {
            let first = heads[position]
            var slot = position
            while slot > 0 && less(position, first, order[slot - 1], heads[order[slot - 1]]) {
                order[slot] = order[slot - 1]
                slot -= 1
            }
            order[slot] = position
        }
    }

    /// All the strings' bytes in one array, each string's run of it, and whether its bytes alone may be compared;
    /// lent, for as long as their owners lend them.
    struct Runs {
        /// The strings' bytes, then eight zero bytes: a string's first eight bytes are one load.
        let bytes: UnsafeBufferPointer<UInt8>
        /// Where each string's run starts, and the end.
        let starts: UnsafeBufferPointer<Int>
        /// Bit n set: the n-th string's bytes alone may not be compared. Strings from the 65th on count as such
        /// (compared as strings: always right, only slower); a word, where an array of flags would be allocated.
        let notPlain: UInt64

        /// How many bytes the strings' runs take (not counting the eight zero bytes after them).
        static func byteCount(_ strings: [String]) -> Int {
            var total = 0
            for index in strings.indices { total += strings[index].utf8.count }
            return total
        }

        /// Writes the strings' bytes, then eight zero bytes, into `bytes` (room for `byteCount` and the eight), and
        /// the runs' starts (and the end) into `starts` (one place more than strings); answers which strings are not
        /// plain (`notPlain`).
        static func write(
            _ strings: [String], starts: UnsafeMutableBufferPointer<Int>, bytes: UnsafeMutableBufferPointer<UInt8>
        ) -> UInt64 {
            precondition(starts.count == strings.count + 1)
            guard let to = bytes.baseAddress else { preconditionFailure("no room for the runs") }
            var at = 0
            var notPlain: UInt64 = 0
            // By index: a native key lends its bytes in place, without the copy of the string (a retain and release
            // each) that `withUTF8` needs.
            for index in strings.indices {
                starts[index] = at
                let room = bytes.count - 8 - at
                let (count, isPlain) =
                    strings[index].utf8.withContiguousStorageIfAvailable { copy($0, to: to + at, room: room) }
                    ?? {
                        var string = strings[index]
                        return string.withUTF8 { copy($0, to: to + at, room: room) }
                    }()
                at += count
                if !isPlain && index < 64 { notPlain |= 1 << UInt64(index) }
            }
            starts[strings.count] = at
            (to + at).update(repeating: 0, count: 8)
            return notPlain
        }

        /// Copies a string's bytes to `target` (`room` bytes at most) in one move, a key's few words inline rather
        /// than a call to memmove; answers how many and whether they are plain. Of its own, capturing nothing: a
        /// nested function that counted the bytes written put that count in a box checked on every access.
        @inline(__always)
        private static func copy(
            _ source: UnsafeBufferPointer<UInt8>, to target: UnsafeMutablePointer<UInt8>, room: Int
        ) -> (count: Int, isPlain: Bool) {
            precondition(source.count <= room)
            guard let from = source.baseAddress else { return (0, true) }
            ByteBuffer.copy(from, source.count, to: target)
            return (source.count, PlainText.isPlain(source))
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

import CICU

/// The sentence boundaries of Unicode's UAX #29 (rules SB1–SB998), as ICU's sentence break iterator draws them,
/// scanned directly over code points with ICU's own Sentence_Break property data.
///
/// ICU's iterator walks its state table at every code point (it took half the segmentation stage's instructions),
/// and needs the text in UTF-16. Its boundaries can only follow a paragraph separator or a `.` `!` `?` (and
/// their like) with closing marks and spaces after it, so this scanner looks only at those candidates, which
/// `Tokenizer`'s blocks list in passing, and applies the rules around each. `ICUBreaker` keeps the ICU path, and
/// the tests hold both equal.
struct SentenceScanner: Sendable {
    /// ICU's `USentenceBreak` values.
    enum Class {
        static let other: UInt8 = 0
        static let aTerm: UInt8 = 1
        static let close: UInt8 = 2
        static let format: UInt8 = 3
        static let lower: UInt8 = 4
        static let numeric: UInt8 = 5
        static let oLetter: UInt8 = 6
        static let sep: UInt8 = 7
        static let sp: UInt8 = 8
        static let sTerm: UInt8 = 9
        static let upper: UInt8 = 10
        static let cr: UInt8 = 11
        static let extend: UInt8 = 12
        static let lf: UInt8 = 13
        static let sContinue: UInt8 = 14
    }

    /// Classes after which a boundary can follow: the terminators and the paragraph separators.
    private static let candidates: UInt32 =
        1 << UInt32(Class.aTerm) | 1 << UInt32(Class.sTerm) | 1 << UInt32(Class.sep) | 1 << UInt32(Class.cr)
        | 1 << UInt32(Class.lf)
    /// Classes that stop rule SB8's look for a lower-case letter: letters, paragraph separators, terminators.
    private static let stopsLowerSearch: UInt32 =
        1 << UInt32(Class.oLetter) | 1 << UInt32(Class.upper) | 1 << UInt32(Class.lower) | 1 << UInt32(Class.sep)
        | 1 << UInt32(Class.cr) | 1 << UInt32(Class.lf) | 1 << UInt32(Class.aTerm) | 1 << UInt32(Class.sTerm)

    /// The classes of the code points below U+3100 (Latin to CJK punctuation), read once from ICU; the rest ask
    /// ICU each time.
    private static let tableSize = 0x3100
    private static let table: [UInt8] = (0..<UInt32(tableSize)).map {
        UInt8(truncatingIfNeeded: cicu_sentence_break($0))
    }

    /// 1 for the Latin-1 code points after which a boundary can follow, and one more entry, 1, for every code
    /// point above them (those the scanner asks the table about).
    private static let mayEnd: [UInt8] =
        table[..<0x100].map { UInt8(truncatingIfNeeded: (candidates >> UInt32($0)) & 1) } + [1]

    /// Whether a boundary can follow the code point `value` (a terminator or a paragraph separator).
    static func mayEndSentence(after value: UInt32) -> Bool {
        (candidates >> UInt32(cicu_sentence_break(value))) & 1 != 0
    }

    /// Appends the offsets in `range` of the code points a sentence may end after (and of every code point beyond
    /// Latin-1, which `ends` looks up), eight at a time into a bit mask without a branch.
    static func appendCandidates(
        in range: Range<Int>, of scalars: UnsafeBufferPointer<Unicode.Scalar>, to candidates: inout [Int]
    ) {
        mayEnd.withUnsafeBufferPointer { mayEnd in
            let top = mayEnd.count - 1
            var index = range.lowerBound
            while index < range.upperBound {
                let width = min(8, range.upperBound - index)
                var lanes: UInt32 = 0
                if width == 8 {
                    for lane in 0..<8 {
                        let value = Int(scalars[index + lane].value)
                        lanes |= UInt32(mayEnd[min(value, top)]) << UInt32(lane)
                    }
                } else {
                    for lane in 0..<width {
                        let value = Int(scalars[index + lane].value)
                        lanes |= UInt32(mayEnd[min(value, top)]) << UInt32(lane)
                    }
                }
                while lanes != 0 {
                    candidates.append(index + lanes.trailingZeroBitCount)
                    lanes &= lanes &- 1
                }
                index += width
            }
        }
    }

    /// ICU's boundaries after the text's start, in order: the ends of its sentences, the last the text's end.
    func ends(of scalars: [Unicode.Scalar]) -> [Int] {
        var candidates: [Int] = []
        scalars.withUnsafeBufferPointer { Self.appendCandidates(in: 0..<$0.count, of: $0, to: &candidates) }
        return ends(of: scalars, candidates: candidates)
    }

    /// The same boundaries, looked for only after `candidates`: ascending offsets that include every terminator
    /// and paragraph separator (`Tokenizer` finds them in passing).
    func ends(of scalars: [Unicode.Scalar], candidates: [Int]) -> [Int] {
        Self.table.withUnsafeBufferPointer { table in
            scalars.withUnsafeBufferPointer { scalars in
                candidates.withUnsafeBufferPointer { candidates in
                    Scan(scalars: scalars, table: table).ends(after: candidates)
                }
            }
        }
    }

    private struct Scan {
        let scalars: UnsafeBufferPointer<Unicode.Scalar>
        let table: UnsafeBufferPointer<UInt8>

        @inline(__always)
        func sentenceClass(at index: Int) -> UInt8 {
            let value = scalars[index].value
            return Int(value) < table.count
                ? table[Int(value)] : UInt8(truncatingIfNeeded: cicu_sentence_break(value))
        }

        /// The first index at or after `index` that is no Extend or Format (SB5: those go with what they follow).
        @inline(__always)
        func skipExtends(from index: Int) -> Int {
            var index = index
            while index < scalars.count {
                let found = sentenceClass(at: index)
                if found != Class.extend && found != Class.format { break }
                index += 1
            }
            return index
        }

        /// After a paragraph separator at `index`: a CR takes the LF after it along (SB3).
        @inline(__always)
        func afterSeparator(at index: Int, class found: UInt8) -> Int {
            found == Class.cr && index + 1 < scalars.count && sentenceClass(at: index + 1) == Class.lf
                ? index + 2 : index + 1
        }

        func ends(after candidates: UnsafeBufferPointer<Int>) -> [Int] {
            let count = scalars.count
            var ends: [Int] = []
            ends.reserveCapacity(count / 64 + 1)
            // Where the scan goes on: the rules at a terminator may look past later candidates.
            var position = 0
            for at in candidates where at >= position {
                let found = sentenceClass(at: at)
                if found == Class.aTerm || found == Class.sTerm {
                    position = afterTerminator(at: at, isATerm: found == Class.aTerm, into: &ends)
                } else if (SentenceScanner.candidates >> UInt32(found)) & 1 != 0 {
                    // SB4: a paragraph separator ends its sentence.
                    position = afterSeparator(at: at, class: found)
                    ends.append(position)
                }
            }
            if count > 0 && ends.last != count { ends.append(count) }
            return ends
        }

        /// Applies SB6–SB11 to the terminator at `term`, appending the boundary they make; returns where the scan
        /// goes on.
        @inline(__always)
        func afterTerminator(at term: Int, isATerm: Bool, into ends: inout [Int]) -> Int {
            let count = scalars.count
            let next = skipExtends(from: term + 1)
            guard next < count else { return count }
            if isATerm {
                let nextClass = sentenceClass(at: next)
                // SB6: `3.5`.
                if nextClass == Class.numeric { return next }
                // SB7: `U.S`, `e.G`.
                if nextClass == Class.upper {
                    var before = term - 1
                    while before >= 0 {
                        let found = sentenceClass(at: before)
                        if found != Class.extend && found != Class.format { break }
                        before -= 1
                    }
                    if before >= 0 {
                        let found = sentenceClass(at: before)
                        if found == Class.upper || found == Class.lower { return next }
                    }
                }
            }
            // SB9, SB10: closing marks, then spaces, stay with the terminator.
            var index = next
            var found = sentenceClass(at: index)
            while found == Class.close {
                index = skipExtends(from: index + 1)
                guard index < count else { return count }
                found = sentenceClass(at: index)
            }
            while found == Class.sp {
                index = skipExtends(from: index + 1)
                guard index < count else { return count }
                found = sentenceClass(at: index)
            }
            // SB11 with a paragraph separator: it goes with the sentence.
            if found == Class.sep || found == Class.cr || found == Class.lf {
                let end = afterSeparator(at: index, class: found)
                ends.append(end)
                return end
            }
            // SB8: after `.`, no boundary if a lower-case letter comes before any other letter or terminator.
            if isATerm {
                var ahead = index
                var aheadClass = found
                while (SentenceScanner.stopsLowerSearch >> UInt32(aheadClass)) & 1 == 0 {
                    ahead += 1
                    guard ahead < count else { break }
                    aheadClass = sentenceClass(at: ahead)
                }
                if ahead < count && aheadClass == Class.lower { return index }
            }
            // SB8a: `?!`, `etc.,`.
            if found == Class.sContinue || found == Class.aTerm || found == Class.sTerm { return index }
            ends.append(index)
            return index
        }
    }
}

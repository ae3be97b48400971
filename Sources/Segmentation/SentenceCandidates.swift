import CICU

/// Where ICU's sentence iterator may draw a boundary, and the stretch of text around each such place that ICU is
/// given to decide it.
///
/// ICU's iterator walks its state table at every UTF-16 unit (about 150M instructions a pass over 10kGNAD, half
/// the segmentation stage), yet its boundaries (UAX #29) only follow a paragraph separator or a `.` `!` `?` (and
/// their like) with closing marks and spaces after it. So ICU is asked only about stretches around those
/// candidates, which `Tokenizer`'s scan lists in passing: each from the last letter before the candidate to the
/// first letter after it. A letter settles every decision before it (no rule looks past one: a lower-case letter
/// after `. ` is what keeps a sentence going) and none after it looks further back than the letter itself (`U.S`).
/// The tests hold the boundaries found this way to ICU's over whole texts.
enum SentenceCandidates {
    /// ICU's `USentenceBreak` values that matter here.
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
    /// The letters, which bound the stretches ICU is given.
    private static let letters: UInt32 = 1 << UInt32(Class.lower) | 1 << UInt32(Class.oLetter) | 1 << UInt32(Class.upper)

    /// The classes of the code points below U+3100 (Latin to CJK punctuation), read once from ICU; the rest ask
    /// ICU each time.
    private static let tableSize = 0x3100
    private static let table: [UInt8] = (0..<UInt32(tableSize)).map {
        UInt8(truncatingIfNeeded: cicu_sentence_break($0))
    }

    /// 1 for the Latin-1 code points after which a boundary can follow, and one more entry, 1, for every code
    /// point above them (those `stretches` looks up).
    private static let mayEnd: [UInt8] =
        table[..<0x100].map { UInt8(truncatingIfNeeded: (candidates >> UInt32($0)) & 1) } + [1]

    /// Calls `body` with the class table (the classes of the code points below its count) as a buffer, read without
    /// the static table's initialisation check and bounds check at each code point (for `PlainStretch`).
    static func withClassTable<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try table.withUnsafeBufferPointer(body)
    }

    /// ICU's `USentenceBreak` class of the code point `value`.
    static func sentenceClass(of value: UInt32) -> UInt8 {
        Int(value) < tableSize ? table[Int(value)] : UInt8(truncatingIfNeeded: cicu_sentence_break(value))
    }

    /// Whether a boundary can follow the code point `value` (a terminator or a paragraph separator).
    static func mayEndSentence(after value: UInt32) -> Bool {
        // Through the class table: the tokenizer's flag table asks this for thousands of code points at set-up.
        (candidates >> UInt32(sentenceClass(of: value))) & 1 != 0
    }

    /// Appends the offsets in `range` of the code points a sentence may end after (and of every code point beyond
    /// Latin-1, which `stretches` looks up), eight at a time into a bit mask without a branch.
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

    /// The candidates of the whole text, without the tokenizer.
    static func candidates(of scalars: [Unicode.Scalar]) -> [Int] {
        var candidates: [Int] = []
        scalars.withUnsafeBufferPointer { appendCandidates(in: 0..<$0.count, of: $0, to: &candidates) }
        return candidates
    }

    /// Calls `body` with the stretches, in code points and in order, that ICU must see to draw every boundary after
    /// `candidates` (ascending offsets that include every terminator and paragraph separator): each from the last
    /// letter before a candidate (or the text's start) to just past the first letter after it (or the text's
    /// end), candidates on the way included. Consecutive stretches share at most that letter. `body` is given the
    /// class table too (as `withClassTable` gives it).
    static func forEachStretch(
        of scalars: UnsafeBufferPointer<Unicode.Scalar>, candidates: UnsafeBufferPointer<Int>,
        _ body: (Range<Int>, UnsafeBufferPointer<UInt8>) throws -> Void
    ) rethrows {
        try table.withUnsafeBufferPointer { table in
            @inline(__always)
            func sentenceClass(at index: Int) -> UInt8 {
                let value = scalars[index].value
                return Int(value) < table.count
                    ? table[Int(value)] : UInt8(truncatingIfNeeded: cicu_sentence_break(value))
            }
            let count = scalars.count
            // The letter that ended the last stretch: the next one starts there at the earliest.
            var floor = 0
            // The class masks are shifted with `&>>`: every class is below 32, and `>>` tested so at every step. The
            // offsets stay within the text: no overflow checks.
            for candidate in candidates where candidate >= floor {
                guard (Self.candidates &>> UInt32(sentenceClass(at: candidate))) & 1 != 0 else { continue }
                var start = candidate
                while start > floor {
                    start &-= 1
                    if (letters &>> UInt32(sentenceClass(at: start))) & 1 != 0 { break }
                }
                var letter = candidate &+ 1
                while letter < count && (letters &>> UInt32(sentenceClass(at: letter))) & 1 == 0 { letter &+= 1 }
                try body(start..<min(letter &+ 1, count), table)
                floor = letter
            }
        }
    }
}

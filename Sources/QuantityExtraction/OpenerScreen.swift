import NewsGraphCore

/// The first tests of `QuantityExtractor`'s pass over every token, folded into one table read for a token that
/// starts with a Latin-1 code point and is not its sentence's first: whether it may start with a digit, be a
/// multiple's verb, a weekday compound, start a number word, or start a date word. `false` is sure: the tests one by
/// one would all fail, or, for a word with a Latin-1 capital after its first letter (which `mayStartWithAtom` lets
/// through unread), the rules find nothing there, as its lower case starts with no number atom (see `triples`). Most
/// tokens of a text are turned away so, before their kind or the tests' tables are read.
///
/// One cell per (first scalar, second scalar's low byte), holding a bit per length: the two tables read before (by
/// first scalar and length, and by the first two scalars) cost two bounds-checked reads a word, and the first let
/// every long word starting with D, F, M or S through as a possible weekday compound (`Menschen`, `Deutschland`),
/// where the first two scalars of a weekday's name (`Mo`, `Di`, …) tell.
///
/// The date words are told by their first two scalars too, for a token of simple code points (`WordFilter.isSimple`,
/// which such a token equals a word only if their scalars are the same): by first scalar and length alone, a third of
/// 10kGNAD's words passed (`Menschen` as `Mittwoch`'s length), and each then went through every test one by one.
/// Other tokens add the looser cell of their first scalar.
///
/// A simple token whose first three code points are below U+0100 and no digit is asked its first three too
/// (`triples`, five bits of each as `GermanNumberParser.triple` makes them): the pairs let through every word opening
/// like a number (`sich`, `sein`, `für` as `sieben`, `sechs`, `fünf`), and each then went through the tests one by
/// one. Five bits of a Latin-1 letter are those of its lower case too (capitals are 32 below, but `×`, which is no
/// letter), so a token whose three bits are unset neither lower-cases to a number atom's start nor is a date word.
/// (Up to the twenty-second session the three were asked of ASCII tokens only: `für` went through to the tests.)
///
/// A cell holds its first scalar's looser lengths in its high half, so that a token the pair turns away is asked
/// the other lengths from the word already read, not from a second table.
///
/// A token of one scalar may be read with any second scalar (the one after it, which the pass reads without testing
/// the length): a cell's bit for length 1 depends on its first scalar alone.
struct OpenerScreen: Sendable {
    /// Bit `min(length, 31)` of a cell: lengths of 31 and more share the last bit.
    static let lastBit = 31
    /// The pair's lengths in the low half; in the high half, per first scalar, the lengths of the date words it
    /// starts (`OpeningTable.mayContain`): what the low half leaves out for a token that is not simple.
    private let cells: [UInt64]
    /// A bit per cell of `GermanNumberParser.triple`: set for the first three scalars of every number atom, date
    /// word, weekday name and `ver` (of a multiple's verb); every bit where the parser has no triples or a date word
    /// is not simple.
    private let triples: [UInt64]

    /// `dateOpenerTable` is `OpeningTable(words: dateOpeners)`.
    init<Words: Sequence>(dateOpeners words: Words, dateOpenerTable: OpeningTable, numbers: GermanNumberParser)
    where Words.Element == String {
        // The weekday names' first two scalars, below U+0100 as the screen reads them.
        let weekdayPairs = Set(DateRecognizer.weekdayNames.map { Int($0.1[0].value) << 8 | Int($0.1[1].value) })
        var firstOnly = [UInt32](repeating: 0, count: 256)
        for first in 0..<256 {
            // `OpeningTable.mayContain` by length.
            for length in 1...(Self.lastBit + 1)
            where dateOpenerTable.mayContain(first: Unicode.Scalar(UInt8(first)), length: length) {
                firstOnly[first] |= Self.bit(length)
            }
        }
        // The date words' lengths by first scalar and second's low byte, where every word is simple (else a simple
        // token may equal a word of other scalars, and every cell takes its first scalar's lengths).
        var dates = [UInt32](repeating: 0, count: 256 * 256)
        if words.allSatisfy({ $0.unicodeScalars.allSatisfy(WordFilter.isSimple) }) {
            for word in words {
                let scalars = Array(word.unicodeScalars)
                guard let first = scalars.first, first.value < 0x100 else { continue }
                // A word of one scalar in every cell of its first: the pass over every token reads the scalar after
                // a token's first whatever its length (see the type's note on length 1).
                guard scalars.count > 1 else {
                    for second in 0..<256 { dates[Int(first.value) << 8 | second] |= Self.bit(1) }
                    continue
                }
                dates[Int(first.value) << 8 | Int(scalars[1].value & 0xFF)] |= Self.bit(scalars.count)
            }
        } else {
            for first in 0..<256 {
                for second in 0..<256 { dates[first << 8 | second] = firstOnly[first] }
            }
        }
        var cells = [UInt64](repeating: 0, count: 256 * 256)
        for first in 0..<256 {
            let scalar = Unicode.Scalar(UInt8(first))
            for second in 0..<256 {
                var cell = dates[first << 8 | second]
                // `QuantityExtractor.mayStartWeekdayCompound` and `DateRecognizer.startsWithWeekday`: longer than
                // seven and starting with a weekday's name, compared scalar by scalar.
                if weekdayPairs.contains(first << 8 | second) {
                    for length in 8...(Self.lastBit + 1) { cell |= Self.bit(length) }
                }
                // `GermanNumberParser.mayOpen` (which reads the second scalar's low byte only), three scalars or more
                // and as many as the shortest atom the first scalar may start: `sie`, the commonest word to pass the
                // pair and three scalars, went through the tests to be turned away by its length.
                if numbers.mayOpen(scalar, Unicode.Scalar(UInt8(second))),
                   let shortest = numbers.shortestOpening(first: scalar) {
                    for length in min(max(3, shortest), Self.lastBit)...(Self.lastBit + 1) { cell |= Self.bit(length) }
                }
                // The tests `QuantityExtractor.openings` made before the screen, so that the screen comes first: a
                // token starting with a digit, and a multiple's verb (`verdreifacht`: `v`, `e`, more than ten).
                if (48...57).contains(first) { cell = ~0 }
                if first == 0x76 && second == 0x65 {
                    for length in 11...(Self.lastBit + 1) { cell |= Self.bit(length) }
                }
                cells[first << 8 | second] = UInt64(firstOnly[first]) << 32 | UInt64(cell)
            }
        }
        self.cells = cells
        var triples = [UInt64](repeating: 0, count: (1 << 15) / 64)
        let wordsAreSimple = words.allSatisfy { $0.unicodeScalars.allSatisfy(WordFilter.isSimple) }
        if let atoms = numbers.triples, wordsAreSimple {
            for (position, bits) in atoms.enumerated() { triples[position] |= bits }
            // (A simple token of three scalars or more equals no word shorter than three.)
            let starts = words.map { Array($0.unicodeScalars) } + DateRecognizer.weekdayNames.map(\.1)
                + [Array("ver".unicodeScalars)]
            for scalars in starts where scalars.count >= 3 {
                let cell = GermanNumberParser.triple(scalars[0].value, scalars[1].value, scalars[2].value)
                triples[cell >> 6] |= 1 << UInt64(cell & 63)
            }
        } else {
            triples = [UInt64](repeating: ~0, count: (1 << 15) / 64)
        }
        self.triples = triples
    }

    /// The bit of a cell for a token of `length` scalars.
    @inline(__always)
    static func bit(_ length: Int) -> UInt32 {
        1 &<< UInt32(truncatingIfNeeded: min(length, lastBit))
    }

    /// What `list` writes for a token: its index shifted left by two, with these bits.
    enum Listed {
        /// A sentence's first token, listed whether or not the screen lets it through, for the lower-case date word
        /// it may be (`Gestern`).
        static let start = 1
        /// A first token the screen turns away: only that test is left for it.
        static let turnedAway = 2
    }

    /// Lists for `QuantityExtractor.openings` the tokens of `sentences` that the screen lets through, every
    /// sentence's first, and the article's last (which is listed unread); returns how many it wrote to `listed`.
    func list(
        _ sentences: UnsafeBufferPointer<Sentence>, tokens: UnsafeBufferPointer<Token>,
        scalars: UnsafeBufferPointer<Unicode.Scalar>, forms: UnsafeBufferPointer<TokenForm>,
        into listed: UnsafeMutablePointer<Int>
    ) -> Int {
        cells.withUnsafeBufferPointer { cells in
            triples.withUnsafeBufferPointer { triples in
                Self.list(sentences, tokens: tokens, scalars: scalars, forms: forms, into: listed,
                          cells: cells.baseAddress.unsafelyUnwrapped, triples: triples.baseAddress.unsafelyUnwrapped)
            }
        }
    }

    /// `list` over the tables' storage. Out of line, with every buffer passed in, so that the loop over every token
    /// keeps its pointers in registers: in the closures of `openings` some were spilled and reloaded a token.
    @inline(never)
    private static func list(
        _ sentences: UnsafeBufferPointer<Sentence>, tokens: UnsafeBufferPointer<Token>,
        scalars: UnsafeBufferPointer<Unicode.Scalar>, forms: UnsafeBufferPointer<TokenForm>,
        into listed: UnsafeMutablePointer<Int>, cells: UnsafePointer<UInt64>, triples: UnsafePointer<UInt64>
    ) -> Int {
        var count = 0
        for sentence in sentences {
            let range = sentence.tokenRange
            guard !range.isEmpty else { continue }
            // The tests read the scalar after a token's first whatever its length, which the cells allow for (see
            // the type's note on length 1): there is one after every token but the article's last, listed unread.
            let end = range.upperBound == tokens.count ? range.upperBound &- 1 : range.upperBound
            var index = range.lowerBound
            // The first token asked here too, not by `turnsAway` in the caller: the call and the values the caller
            // kept around it cost some fifty instructions a sentence.
            let turnedAway = index < end
                && turnsAway(index, tokens: tokens, scalars: scalars, forms: forms, cells: cells, triples: triples)
            listed[count] = index &<< 2 | Listed.start | (turnedAway ? Listed.turnedAway : 0)
            count &+= 1
            index &+= 1
            while index < end {
                if !turnsAway(index, tokens: tokens, scalars: scalars, forms: forms, cells: cells, triples: triples) {
                    listed[count] = index &<< 2
                    count &+= 1
                }
                index &+= 1
            }
            if index < range.upperBound {
                listed[count] = index &<< 2
                count &+= 1
            }
        }
        return count
    }

    /// Whether the screen turns the token away (`mayOpen`, then `mayOpen(first:second:third:)` for a simple token
    /// of Latin-1 scalars with no digit first), for a token that is not the article's last: one starting from
    /// U+0100 up is not.
    @inline(__always)
    private static func turnsAway(
        _ index: Int, tokens: UnsafeBufferPointer<Token>, scalars: UnsafeBufferPointer<Unicode.Scalar>,
        forms: UnsafeBufferPointer<TokenForm>, cells: UnsafePointer<UInt64>, triples: UnsafePointer<UInt64>
    ) -> Bool {
        let span = tokens[index].span
        let first = scalars[span.begin].value
        guard first < 0x100 else { return false }
        let length = span.end &- span.begin
        let second = scalars[span.begin &+ 1].value
        // The cell's bits read by shifting the cell, not by masking it with a bit made for the length: the bit took
        // a register the loop needs. Both halves' bits for the length in one test, as most tokens have neither:
        // asked one after the other, each took a shift and a branch.
        let shift = UInt64(truncatingIfNeeded: min(length, lastBit))
        let cell = cells[Int(truncatingIfNeeded: first &<< 8 | second & 0xFF)] &>> shift
        if cell & (1 | 1 &<< 32) == 0 || cell & 1 == 0 && forms[index].isSimple { return true }
        // Through the pair: the first three, for a simple token of Latin-1 ones.
        guard length >= 3 && first &- 48 >= 10 else { return false }
        let third = scalars[span.begin &+ 2].value
        let triple = GermanNumberParser.triple(first, second, third)
        return first | second | third < 0x100 && triples[triple &>> 6] & (1 &<< UInt64(triple & 63)) == 0
            && forms[index].isSimple
    }

    /// For a simple token whose first three scalars are below U+0100 and the first no digit, with the cell of `mayOpen`
    /// letting it through: whether those three may still open anything.
    func mayOpen(first: UInt32, second: UInt32, third: UInt32) -> Bool {
        let cell = GermanNumberParser.triple(first, second, third)
        return triples[cell >> 6] & (1 << UInt64(cell & 63)) != 0
    }

    /// Whether a token of `length` scalars starting with `first` (below U+0100) and `second` (its second scalar, or
    /// its first again) may start with a digit or open a multiple's verb, a weekday compound, a number word or a date
    /// word; `simple` tells that every scalar of the token is `WordFilter.isSimple` (`TokenForm.isSimple`).
    // (`simple` is asked only of a word that the cell turns away and its first scalar's lengths do not: most words
    // are turned away by both, without their form being read.)
    @inline(__always)
    func mayOpen(first: UInt32, second: UInt32, length: Int, simple: @autoclosure () -> Bool) -> Bool {
        let index = Int(truncatingIfNeeded: (first & 0xFF) << 8 | (second & 0xFF))
        let bit = UInt64(Self.bit(length))
        // The index is below 65,536, the table's size, by construction.
        let cell = cells.withUnsafeBufferPointer { $0.baseAddress.unsafelyUnwrapped[index] }
        if cell & bit != 0 { return true }
        return cell & bit &<< 32 != 0 && !simple()
    }
}

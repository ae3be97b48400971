import NewsGraphCore

/// What the block scanner needs to know of a code point, one bit each; 0 is a mark that is a token of its own.
enum BlockFlags {
    static let letter: UInt8 = 1
    static let digit: UInt8 = 2
    static let space: UInt8 = 4
    /// Joins two letters (`U.S`, `don't`): `.` `'` `’` `·`.
    static let joinsLetters: UInt8 = 8
    /// Joins two digits (`8.000`, `3,50`): `.` `'` `’` `,` `;`.
    static let joinsDigits: UInt8 = 16
    /// Needs the code-point scanner: combining marks, `_`, and everything the tables do not cover.
    static let slow: UInt8 = 32
    /// A sentence may end after it (`.` `!` `?`, line and paragraph separators): for `SentenceCandidates`.
    static let mayEndSentence: UInt8 = 64
    /// A Latin-1 capital (`A`–`Z`, `À`–`Þ` but `×`), whose lower case is it plus 0x20: for `LatinTokenForm`.
    static let capital: UInt8 = 128

    /// `capital` for the code point `value`.
    static func capital(_ value: UInt32) -> UInt8 {
        value &- 0x41 < 26 || (value &- 0xC0 < 31 && value != 0xD7) ? capital : 0
    }

    static func of(_ wordClass: Tokenizer.WordClass) -> UInt8 {
        switch wordClass {
        case .letter: return letter
        case .numeric: return digit
        case .space: return space
        case .midLetter: return joinsLetters
        case .midNum: return joinsDigits
        case .midNumLet: return joinsLetters | joinsDigits
        case .other: return 0
        case .extendNumLet, .extend: return slow
        }
    }
}

/// `Tokenizer`'s rules over 64 code points at once: each flag becomes a 64-bit mask, and tokens are read off
/// the masks with bit counts, so a word's end costs no mispredicted branch per code point.
///
/// Without combining marks and `_`, a word is a run of letters, digits and middle marks that have a letter on
/// both sides (or a digit on both sides, by the mark's kind), and every other code point but white space is a
/// token of its own: exactly what the code-point scanner finds, which takes every block this cannot settle.
struct BlockScanner {
    /// Where a word that runs to the end of the last block began, or -1.
    private var openWord = -1
    /// The flags of the last block's last code point, if it belongs to the open word.
    private var previous: UInt8 = 0

    /// Hands the open word to the code-point scanner (the next block could not be settled): its start.
    mutating func takeOpenWord() -> Int? {
        defer {
            openWord = -1
            previous = 0
        }
        return openWord >= 0 ? openWord : nil
    }

    /// Appends the tokens, with their forms, that end in the 64 code points at `base` (a token start, white space,
    /// or the code point after the last block; 65 code points must remain), and the offsets of the code points a sentence may
    /// end after; false, with nothing appended, if the block needs the code-point scanner.
    @inline(__always)
    mutating func scan(
        at base: Int, in scalars: UnsafeBufferPointer<Unicode.Scalar>, tables: Tokenizer.Tables,
        into sink: inout TokenSink, sentenceCandidates: inout [Int]
    ) -> Bool {
        let top = UInt32(tables.flags.count - 1)
        // Raw pointers, offsets added without overflow checks: `base + word * 8 + lane`, checked, cost an add and
        // a branch a code point, a fifth of the loop. The caller guarantees 65 code points from `base`.
        let block = scalars.baseAddress! + base
        let flagTable = tables.flags.baseAddress!
        var letters: UInt64 = 0
        var digits: UInt64 = 0
        var spaces: UInt64 = 0
        var joinsLetters: UInt64 = 0
        var joinsDigits: UInt64 = 0
        var mayEnd: UInt64 = 0
        var capitals: UInt64 = 0
        var any: UInt64 = 0
        for word in 0..<8 {
            var flags: UInt64 = 0
            let lanes = block + word &* 8
            for lane in 0..<8 {
                let flag = flagTable[Int(truncatingIfNeeded: min(lanes[lane].value, top))]
                flags |= UInt64(flag) &<< UInt64(truncatingIfNeeded: lane &* 8)
            }
            any |= flags
            let shift = UInt64(truncatingIfNeeded: word &* 8)
            letters |= Self.gather(flags, bit: 0) &<< shift
            digits |= Self.gather(flags, bit: 1) &<< shift
            spaces |= Self.gather(flags, bit: 2) &<< shift
            joinsLetters |= Self.gather(flags, bit: 3) &<< shift
            joinsDigits |= Self.gather(flags, bit: 4) &<< shift
            mayEnd |= Self.gather(flags, bit: 6) &<< shift
            capitals |= Self.gather(flags, bit: 7) &<< shift
        }
        let after = flagTable[Int(truncatingIfNeeded: min(block[64].value, top))]
        guard any & 0x2020_2020_2020_2020 == 0, after & BlockFlags.slow == 0 else { return false }
        // The sink in a local while tokens are appended: through `inout` its count went to memory at every token.
        var tokens = sink
        defer { sink = tokens }
        while mayEnd != 0 {
            sentenceCandidates.append(base &+ mayEnd.trailingZeroBitCount)
            mayEnd &= mayEnd &- 1
        }
        let lettersAfter = (letters >> 1) | (UInt64(after & BlockFlags.letter) << 63)
        let digitsAfter = (digits >> 1) | (UInt64((after & BlockFlags.digit) >> 1) << 63)
        let lettersBefore = (letters << 1) | UInt64(previous & BlockFlags.letter)
        let digitsBefore = (digits << 1) | UInt64((previous & BlockFlags.digit) >> 1)
        let joined = (joinsLetters & lettersBefore & lettersAfter) | (joinsDigits & digitsBefore & digitsAfter)
        let words = letters | digits | joined
        let continues: UInt64 = openWord >= 0 ? 1 : 0
        var starts = (words & ~((words << 1) | continues)) | ~(words | spaces)
        if openWord >= 0 {
            let end = (~words).trailingZeroBitCount
            if end == 64 {
                previous = UInt8(truncatingIfNeeded: letters >> 63) | UInt8(truncatingIfNeeded: digits >> 63) << 1
                return true
            }
            // ICU's rule status follows the last letter or digit, and a word never ends in a middle mark.
            let endsInLetter = end == 0 ? previous & BlockFlags.letter != 0 : (letters >> UInt64(end - 1)) & 1 != 0
            // Begun in an earlier block, whose capitals are gone: the general path.
            let span = TextSpan(openWord, base + end)
            tokens.append(
                Token(span: span, kind: endsInLetter ? .word : .number), form: TokenForm.form(of: span, in: scalars))
            openWord = -1
        }
        previous = 0
        while starts != 0 {
            let bit = starts.trailingZeroBitCount
            starts &= starts &- 1
            let begin = base &+ bit
            // Words and marks alike, without a branch between them (which would mispredict at every other token):
            // a mark is a run of no word code points, a token of one.
            let run = (~(words >> UInt64(bit))).trailingZeroBitCount
            if bit &+ run == 64 {
                // The word may go on in the next block.
                openWord = begin
                previous = UInt8(truncatingIfNeeded: letters >> 63) | UInt8(truncatingIfNeeded: digits >> 63) << 1
                break
            }
            let length = max(run, 1)
            let end = bit &+ length
            let wordKind: Token.Kind = (letters &>> UInt64(truncatingIfNeeded: end &- 1)) & 1 != 0 ? .word : .number
            let markKind = tables.kinds[Int(truncatingIfNeeded: block[bit].value)]
            let span = TextSpan(begin, base &+ end)
            // The token's own capitals (it is shorter than 64: it ends in this block).
            let ownCapitals = (capitals &>> UInt64(truncatingIfNeeded: bit)) & ((1 &<< UInt64(truncatingIfNeeded: length)) &- 1)
            let form =
                LatinTokenForm.form(of: block + bit, count: length, capitals: ownCapitals)
                ?? TokenForm.form(of: span, in: scalars)
            tokens.append(Token(span: span, kind: run > 0 ? wordKind : markKind), form: form)
        }
        return true
    }

    /// Bit `bit` of each of the eight bytes of `flags`, packed into the low byte (byte i to bit i).
    @inline(__always)
    private static func gather(_ flags: UInt64, bit: UInt64) -> UInt64 {
        (((flags >> bit) & 0x0101_0101_0101_0101) &* 0x0102_0408_1020_4080) >> 56
    }
}

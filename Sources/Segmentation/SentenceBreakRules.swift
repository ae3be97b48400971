/// ICU's sentence boundaries in a stretch that `PlainStretch` leaves, worked out by UAX #29's rules, which ICU's
/// sentence iterator follows, rather than by ICU: numbers (`am 21. Jänner`, `1.000 Euro`), brackets and quotes
/// (`(dpa). Die`), abbreviations before lower case (`z. B. die`). Setting ICU's text and filling its cache cost about
/// 1,700 instructions a stretch (3,200 stretches over 10kGNAD), many times what the rules take here.
///
/// The rules apply to stretches without paragraph separators, format or extending code points (SB3 to SB5, left to
/// ICU), and of code points in the class table alone (so in the basic plane, a UTF-16 unit each). The tests hold the
/// answers to ICU's over random texts of every class.
enum SentenceBreakRules {
    typealias Class = SentenceCandidates.Class

    /// Writes ICU's boundaries in `stretch` (UTF-16 units from its start, ascending, the last its end) to `found`
    /// (room for one a code point) and returns their count, or returns nil if a code point is not covered.
    /// `classes`: `SentenceCandidates`' class table (`withClassTable`).
    static func boundaries(
        of stretch: Range<Int>, in scalars: UnsafeBufferPointer<Unicode.Scalar>, classes: UnsafeBufferPointer<UInt8>,
        into found: UnsafeMutableBufferPointer<Int32>
    ) -> Int32? {
        let start = stretch.lowerBound
        let count = stretch.count
        guard count > 0, found.count >= count else { return nil }
        @inline(__always)
        func sentenceClass(at offset: Int) -> UInt8 { classes[Int(scalars[start + offset].value)] }
        for index in stretch {
            let value = Int(scalars[index].value)
            // `&>>`: every class is below 32, and `>>` tested so at every code point.
            guard value < classes.count, (Self.covered &>> UInt32(classes[value])) & 1 != 0 else { return nil }
        }
        var written = 0
        // The last terminator if only `Close* Sp*` follow it up to the code point read (SB8 to SB11), else -1, and
        // whether a space is among them.
        var terminator = -1
        var sawSpace = false
        for offset in 0..<(count - 1) {
            let current = sentenceClass(at: offset)
            if current == Class.aTerm || current == Class.sTerm {
                terminator = offset
                sawSpace = false
            } else if terminator >= 0 && current == Class.close && !sawSpace {
                // `SATerm Close*` goes on.
            } else if terminator >= 0 && current == Class.sp {
                sawSpace = true
            } else {
                terminator = -1
            }
            guard terminator >= 0 else { continue }
            let next = sentenceClass(at: offset + 1)
            let isATerm = sentenceClass(at: terminator) == Class.aTerm
            if isATerm && terminator == offset {
                // SB6 (`3.5`) and SB7 (`U.S`).
                if next == Class.numeric { continue }
                if next == Class.upper && terminator > 0 && isCasedLetter(sentenceClass(at: terminator - 1)) {
                    continue
                }
            }
            // SB8: a lower-case letter comes before any other letter or terminator (`z. B. die`, `3. (b)`).
            if isATerm && lowerComesFirst(from: offset + 1, count: count, sentenceClass) { continue }
            // SB8a, SB9, SB10.
            if next == Class.sContinue || next == Class.sTerm || next == Class.aTerm { continue }
            if next == Class.sp || (next == Class.close && !sawSpace) { continue }
            // SB11.
            found[written] = Int32(offset + 1)
            written += 1
        }
        found[written] = Int32(count)
        return Int32(written + 1)
    }

    /// The classes the rules here cover: all but the paragraph separators and the format and extending classes.
    private static let covered: UInt32 =
        1 << UInt32(Class.other) | 1 << UInt32(Class.aTerm) | 1 << UInt32(Class.close) | 1 << UInt32(Class.lower)
        | 1 << UInt32(Class.numeric) | 1 << UInt32(Class.oLetter) | 1 << UInt32(Class.sp) | 1 << UInt32(Class.sTerm)
        | 1 << UInt32(Class.upper) | 1 << UInt32(Class.sContinue)

    @inline(__always)
    private static func isCasedLetter(_ sentenceClass: UInt8) -> Bool {
        sentenceClass == Class.upper || sentenceClass == Class.lower
    }

    /// Whether, from `offset` on, a lower-case letter comes before any other letter, any terminator and the end.
    @inline(__always)
    private static func lowerComesFirst(from offset: Int, count: Int, _ sentenceClass: (Int) -> UInt8) -> Bool {
        for position in offset..<count {
            let current = sentenceClass(position)
            if current == Class.lower { return true }
            if current == Class.upper || current == Class.oLetter || current == Class.aTerm
                || current == Class.sTerm {
                return false
            }
        }
        return false
    }
}

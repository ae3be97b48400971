/// ICU's sentence boundaries in the commonest stretch, read off its shape instead of asking ICU: a letter, a
/// terminator, one space and a letter (`n. D`, `n? D`: four stretches in five of 10kGNAD), and a letter and a
/// terminator at the text's end.
///
/// Setting ICU's text and filling its cache cost about 2,000 instructions a stretch, many times what the rules
/// decide here. By UAX #29, which ICU's sentence rules follow: no break before the terminator (SB998) nor before the
/// space after it (SB9); after the space a break (SB11), unless the terminator is a full stop and a lower-case letter
/// follows (SB8: `z. b`). Format and extending code points (SB5), closing marks and longer runs of space are left to
/// ICU. The tests hold these answers to ICU's for every class at every position.
enum PlainStretch {
    /// Writes ICU's boundaries in `stretch` (UTF-16 units from its start, ascending, the last its end) to `found`
    /// (room for two) and returns their count, or returns nil, writing nothing, if the stretch has another shape.
    /// `classes`: `SentenceCandidates`' class table (`withClassTable`).
    static func boundaries(
        of stretch: Range<Int>, in scalars: UnsafeBufferPointer<Unicode.Scalar>, classes: UnsafeBufferPointer<UInt8>,
        into found: UnsafeMutableBufferPointer<Int32>
    ) -> Int32? {
        typealias Class = SentenceCandidates.Class
        let start = stretch.lowerBound
        guard stretch.count == 4 || stretch.count == 2 && stretch.upperBound == scalars.count else { return nil }
        // Classes from the table alone: a code point past it is left to ICU, and with it every code point beyond the
        // basic plane, which takes two UTF-16 units where the offsets here count one.
        @inline(__always)
        func sentenceClass(at index: Int) -> UInt8? {
            let value = Int(scalars[index].value)
            return value < classes.count ? classes[value] : nil
        }
        // Offsets within the stretch, added without an overflow check.
        guard let first = sentenceClass(at: start), isLetter(first), let terminator = sentenceClass(at: start &+ 1),
            terminator == Class.aTerm || terminator == Class.sTerm
        else { return nil }
        if stretch.count == 2 {
            found[0] = 2
            return 1
        }
        guard sentenceClass(at: start &+ 2) == Class.sp, let next = sentenceClass(at: start &+ 3), isLetter(next) else {
            return nil
        }
        if terminator == Class.aTerm && next == Class.lower {
            found[0] = 4
            return 1
        }
        found[0] = 3
        found[1] = 4
        return 2
    }

    @inline(__always)
    private static func isLetter(_ sentenceClass: UInt8) -> Bool {
        sentenceClass == SentenceCandidates.Class.lower || sentenceClass == SentenceCandidates.Class.upper
            || sentenceClass == SentenceCandidates.Class.oLetter
    }
}

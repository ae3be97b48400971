import NewsGraphCore

/// A token's `TokenForm` worked out by the tokenizer while the token's code points are in cache, for the shapes
/// that make nearly all of German text: every code point in Latin-1, no capital but perhaps the first (`und`,
/// `Haus`, `,`). Then the letter-case flags follow from the first code point alone, and the lower-cased key is the
/// key as written (no capital) or differs from it only in its first step (a Latin-1 capital's lower case is it
/// plus 0x20, `TokenForm.fold`): one FNV-1a chain, or two, and no letter counts. Every other token takes
/// `TokenForm.form(of:in:)`, the general definition; the tests hold both equal.
enum LatinTokenForm {
    /// The form of the `count` (at least one) code points at `start`, a token of `BlockScanner` (a control code
    /// point is a token of its own there), whose Latin-1 capitals (`BlockFlags.capital`) are the bits of `capitals`,
    /// bit 0 the first code point; nil if the token needs the general path.
    @inline(__always)
    static func form(of start: UnsafePointer<Unicode.Scalar>, count: Int, capitals: UInt64) -> TokenForm? {
        let prime = TokenForm.keyPrime
        let first = start[0].value
        // Every code point or-ed together: below 0x100 exactly when all are Latin-1, below 0x80 when all are ASCII.
        var all = first
        var exact = (TokenForm.keySeed ^ UInt64(first)) &* prime
        var folded = exact
        var offset = 1
        if capitals == 0 {
            // Nothing changes when lower-cased: one key serves both.
            while offset < count {
                let value = start[offset].value
                all |= value
                exact = (exact ^ UInt64(value)) &* prime
                offset &+= 1
            }
            folded = exact
        } else if capitals == 1 {
            folded = (TokenForm.keySeed ^ UInt64(first &+ 0x20)) &* prime
            while offset < count {
                let value = start[offset].value
                all |= value
                exact = (exact ^ UInt64(value)) &* prime
                folded = (folded ^ UInt64(value)) &* prime
                offset &+= 1
            }
        } else {
            return nil
        }
        guard all < 0x100 else {
            // A dash or quote of General Punctuation on its own (`„` `–`): no case, no letter, past Latin-1 and
            // U+0300, so neither simple nor plain.
            return count == 1 && first &- 0x2000 < 0x70
                ? TokenForm(exact: exact, folded: exact, flags: TokenForm.Flag.lowerKnown) : nil
        }
        // One capital, first: capitalised, and neither all capitals (that takes two) nor inner ones.
        var flags = TokenForm.Flag.latin1 | TokenForm.Flag.lowerKnown | (capitals == 1 ? TokenForm.Flag.capitalised : 0)
        let isControl = first < 0x20 || first &- 0x7F < 0x21
        if !isControl { flags |= all < 0x80 ? TokenForm.Flag.simple | TokenForm.Flag.plain : TokenForm.Flag.simple }
        return TokenForm(exact: exact, folded: folded, flags: flags)
    }
}

import NewsGraphCore

/// A token's `TokenForm` from what the tokenizer already holds in registers, for the shapes that make nearly all of
/// German text: every code point in Latin-1, no capital but perhaps the first (`und`, `Haus`, `,`). Then the
/// letter-case flags follow from the first code point alone (one capital is neither all capitals, which takes two
/// letters, nor an inner one), and the lower-cased key is the key as written (no capital) or differs from it only in
/// its first step (a Latin-1 capital's lower case is it plus 0x20, `TokenForm.fold`). Every other token takes
/// `TokenForm.form(of:in:)`, the general definition; the tests hold both equal.
enum LatinTokenForm {
    /// The key of one code point (FNV-1a's first step).
    @inline(__always)
    static func firstKey(_ value: UInt32) -> UInt64 {
        (TokenForm.keySeed ^ UInt64(value)) &* TokenForm.keyPrime
    }

    /// `key` (of the code points before) with the code point `value` added (FNV-1a's step).
    @inline(__always)
    static func key(_ key: UInt64, adding value: UInt32) -> UInt64 {
        (key ^ UInt64(value)) &* TokenForm.keyPrime
    }

    /// The form of a token of one code point, `value`, not a letter or digit; nil if it needs the general path.
    @inline(__always)
    static func mark(_ value: UInt32) -> TokenForm? {
        let key = firstKey(value)
        guard value < 0x100 else {
            // A dash or quote of General Punctuation (`„` `–`): no case, no letter, past Latin-1 and U+0300, so
            // neither simple nor plain.
            return value &- 0x2000 < 0x70 ? TokenForm(exact: key, folded: key, flags: TokenForm.Flag.lowerKnown) : nil
        }
        let isControl = value < 0x20 || value &- 0x7F < 0x21
        let printable =
            isControl ? 0 : value < 0x80 ? TokenForm.Flag.simple | TokenForm.Flag.plain : TokenForm.Flag.simple
        return TokenForm(exact: key, folded: key, flags: TokenForm.Flag.latin1 | TokenForm.Flag.lowerKnown | printable)
    }

    /// The form of a word (letters, digits and the middle marks between them: no control code point) whose code
    /// points or-ed together are `all`, with keys `exact` and `folded` (the first code point lower-cased if
    /// `capitalised`, the only capital); nil if a code point is past Latin-1.
    @inline(__always)
    static func word(exact: UInt64, folded: UInt64, all: UInt32, capitalised: Bool) -> TokenForm? {
        guard all < 0x100 else { return nil }
        let flags =
            TokenForm.Flag.latin1 | TokenForm.Flag.lowerKnown | TokenForm.Flag.simple
            | (all < 0x80 ? TokenForm.Flag.plain : 0) | (capitalised ? TokenForm.Flag.capitalised : 0)
        return TokenForm(exact: exact, folded: folded, flags: flags)
    }
}

/// What the stages look a token up by and test its letters for: keys of its code points as written and
/// lower-cased, and its letter case, worked out once per token by segmentation (`Document.tokenForms`).
///
/// Entity recognition, quantity extraction and relation linking each hashed and case-tested every token of an
/// article on their own; they read this instead. A key is FNV-1a over code points (`key(of:folded:)`), so a word
/// list hashed the same way matches a token without its text being looked at again.
public struct TokenForm: Sendable, Equatable {
    /// FNV-1a over the code points as written.
    public let exact: UInt64
    /// FNV-1a over the code points lower-cased one by one (`fold(_:)`).
    public let folded: UInt64
    /// `Flag` bits.
    public let flags: UInt8

    public init(exact: UInt64, folded: UInt64, flags: UInt8) {
        self.exact = exact
        self.folded = folded
        self.flags = flags
    }

    /// One bit each of `flags`.
    public enum Flag {
        /// The first code point is an upper-case letter.
        public static let capitalised: UInt8 = 1
        /// Two or more letters, all upper-case (`UN`, `FBI`).
        public static let allCaps: UInt8 = 2
        /// Upper-case letters after the first code point (`BfV`, `McDonald`).
        public static let innerCaps: UInt8 = 4
        /// Every code point is below U+0100 (ASCII and Latin-1): lower-casing is `fold(_:)` of each, keeping its
        /// UTF-8 length, and the text is NFC.
        public static let latin1: UInt8 = 8
        /// Every code point is printable ASCII (no controls, so no `\r\n` either).
        public static let plain: UInt8 = 16
        /// Every code point is printable and below U+0300: one character on its own, in NFC, equal to no other.
        public static let simple: UInt8 = 32
        /// No code point from U+0100 up changes when lower-cased: `folded` is the key of the token's full lower
        /// case (`String.lowercased()`).
        public static let lowerKnown: UInt8 = 64
    }

    @inlinable public var isCapitalised: Bool { flags & Flag.capitalised != 0 }
    @inlinable public var isAllCaps: Bool { flags & Flag.allCaps != 0 }
    @inlinable public var hasInnerCaps: Bool { flags & Flag.innerCaps != 0 }
    @inlinable public var isLatin1: Bool { flags & Flag.latin1 != 0 }
    @inlinable public var isPlain: Bool { flags & Flag.plain != 0 }
    @inlinable public var isSimple: Bool { flags & Flag.simple != 0 }
    @inlinable public var isLowerKnown: Bool { flags & Flag.lowerKnown != 0 }

    /// FNV-1a's start.
    public static let keySeed: UInt64 = 0xcbf2_9ce4_8422_2325
    /// FNV-1a's multiplier.
    public static let keyPrime: UInt64 = 0x100_0000_01b3

    /// The key of `scalars` lower-cased (`folded`) or as written: what `exact` and `folded` hold for a token.
    public static func key<S: Sequence>(of scalars: S, folded: Bool) -> UInt64 where S.Element == Unicode.Scalar {
        var hash = keySeed
        for scalar in scalars { hash = (hash ^ UInt64(folded ? fold(scalar) : scalar.value)) &* keyPrime }
        return hash
    }

    /// Lower case of one code point, where it is one code point: the Latin-1 block (umlauts) by offset, because
    /// it is most of German text; the rest asks Unicode for a one-to-one mapping.
    @inlinable @inline(__always)
    public static func fold(_ scalar: Unicode.Scalar) -> UInt32 {
        let value = scalar.value
        if value < 0x80 {
            return value >= 0x41 && value <= 0x5A ? value + 0x20 : value
        }
        if value >= 0xC0 && value <= 0xDE && value != 0xD7 { return value + 0x20 }
        if value < 0x100 { return value }
        return foldBeyondLatin1(scalar)
    }

    @usableFromInline @inline(never)
    static func foldBeyondLatin1(_ scalar: Unicode.Scalar) -> UInt32 {
        let value = scalar.value
        // Dashes and quotes have no case.
        if isGeneralPunctuation(value) { return value }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first?.value ?? value : value
    }

    /// The General Punctuation block (U+2000–U+206F: spaces, dashes, quotes, `…`) has no letters and no case: most
    /// code points past Latin-1 in German news, and the property tables cost hundreds of instructions a question.
    @inlinable @inline(__always)
    static func isGeneralPunctuation(_ value: UInt32) -> Bool { value &- 0x2000 < 0x70 }

    /// The form of every token of `tokens`, over the text's `scalars`.
    public static func forms(of tokens: [Token], scalars: [Unicode.Scalar]) -> [TokenForm] {
        [TokenForm](unsafeUninitializedCapacity: tokens.count) { buffer, initialized in
            scalars.withUnsafeBufferPointer { scalars in
                tokens.withUnsafeBufferPointer { tokens in
                    latin1Info.withUnsafeBufferPointer { latin1 in
                        for index in 0..<tokens.count {
                            buffer.initializeElement(at: index, to: form(of: tokens[index].span, scalars, latin1))
                        }
                    }
                }
            }
            initialized = tokens.count
        }
    }

    /// The form of the token at `span` of `scalars`, as `forms(of:scalars:)` gives it: for a tokenizer that works out
    /// the forms of most tokens itself, while their code points are in cache, and asks here for the rest.
    public static func form(of span: TextSpan, in scalars: UnsafeBufferPointer<Unicode.Scalar>) -> TokenForm {
        latin1Info.withUnsafeBufferPointer { form(of: span, scalars, $0) }
    }

    /// One token's form: one pass gives both keys and the letter cases.
    @inline(__always)
    private static func form(
        of span: TextSpan, _ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ latin1: UnsafeBufferPointer<UInt64>
    ) -> TokenForm {
        var folded = keySeed
        var exact = keySeed
        // Letters in the low 24 bits, controls in the 8 above, capitals in the 24 above those: one addition a code
        // point counts all three. The whole `latin1Info` entry is added, folded code point too: that sum stays in the
        // top byte (its carries leave the integer). A token is far shorter than the 2^24 letters or capitals that
        // would reach the next count, and a control is a token of its own (the tokenizer joins nothing to one but
        // combining marks), far from the 256 that would carry out of its count.
        var counts: UInt64 = 0
        // Every code point or-ed together: below 0x80 exactly when all are ASCII.
        var all: UInt32 = 0
        let end = span.end
        var offset = span.begin
        // ASCII and Latin-1, nearly all of German text, by one table read instead of the general folding and letter
        // tests, with no branch on the letter case, in a loop that keeps nothing else live.
        while offset < end {
            let value = scalars[offset].value
            if value >= 0x100 { break }
            let info = latin1[Int(truncatingIfNeeded: value)]
            counts &+= info
            all |= value
            folded = (folded ^ (info >> 56)) &* keyPrime
            exact = (exact ^ UInt64(value)) &* keyPrime
            offset &+= 1
        }
        // A token with a code point from U+0100 up: rare in German news, and out of line.
        if offset < end { return rest(of: span, from: offset, scalars, latin1, folded, exact, counts, widest: all) }
        let capitalised = span.begin < end && latin1[Int(truncatingIfNeeded: scalars[span.begin].value)] &>> 32 & 1 != 0
        let controls = counts >> 24 & 0xFF
        let plain = controls == 0 ? (all < 0x80 ? Flag.plain | Flag.simple : Flag.simple) : 0
        let flags = caseFlags(counts, capitalised: capitalised) | plain | Flag.latin1 | Flag.lowerKnown
        return TokenForm(exact: exact, folded: folded, flags: flags)
    }

    /// `Flag.capitalised`, `allCaps` and `innerCaps` from the letter and capital counts.
    @inline(__always)
    private static func caseFlags(_ counts: UInt64, capitalised: Bool) -> UInt8 {
        let letters = counts & 0xFF_FFFF
        let upper = counts >> 32 & 0xFF_FFFF
        let first: UInt64 = capitalised ? 1 : 0
        // Capitalised: the first code point is an upper-case letter; every other capital makes inner capitals.
        return UInt8(truncatingIfNeeded: first)
            | (letters >= 2 && upper == letters ? Flag.allCaps : 0)
            | (upper > first ? Flag.innerCaps : 0)
    }

    /// The form of a token with a code point from U+0100 up, from `start` on, with the keys, counts and widest code
    /// point (or all or-ed together) of the ASCII and Latin-1 before it.
    @inline(never)
    private static func rest(
        of span: TextSpan, from start: Int, _ scalars: UnsafeBufferPointer<Unicode.Scalar>,
        _ ascii: UnsafeBufferPointer<UInt64>, _ folded: UInt64, _ exact: UInt64, _ counts: UInt64, widest: UInt32
    ) -> TokenForm {
        var folded = folded
        var exact = exact
        var counts = counts
        var widest = widest
        var simple = true
        var lowerKnown = true
        for offset in start..<span.end {
            let scalar = scalars[offset]
            let value = scalar.value
            if value < 0x80 {
                let info = ascii[Int(value)]
                counts &+= info
                folded = (folded ^ (info >> 56)) &* keyPrime
                exact = (exact ^ UInt64(value)) &* keyPrime
                continue
            }
            widest = max(widest, value)
            folded = (folded ^ UInt64(fold(scalar))) &* keyPrime
            exact = (exact ^ UInt64(value)) &* keyPrime
            if value < 0xA0 || value >= 0x300 { simple = false }
            if value >= 0x100 && !isGeneralPunctuation(value) && changesWhenLowercased(scalar) { lowerKnown = false }
            guard isLetter(scalar) else { continue }
            counts &+= isUpper(scalar) ? upperLetter : 1
        }
        let controls = counts >> 24 & 0xFF
        let first = scalars[span.begin]
        let capitalised = first.value < 0x80 ? first.value &- 0x41 < 26 : isLetter(first) && isUpper(first)
        var flags = caseFlags(counts, capitalised: capitalised)
        if widest < 0x100 { flags |= Flag.latin1 }
        if simple && controls == 0 { flags |= Flag.simple }
        if lowerKnown { flags |= Flag.lowerKnown }
        return TokenForm(exact: exact, folded: folded, flags: flags)
    }

    private static let upperLetter: UInt64 = 1 << 32 | 1
    /// Per ASCII and Latin-1 code point: 1 in bit 0 for a letter, in bit 24 for a control (below U+0020, U+007F and
    /// U+0080–U+009F: neither plain nor simple), in bit 32 for a capital, and the lower-case code point (`fold(_:)`)
    /// in the top byte.
    private static let latin1Info: [UInt64] = (0..<256).map { value -> UInt64 in
        let scalar = Unicode.Scalar(UInt8(value))
        let isLetter = Self.isLetter(scalar)
        let isUpper = isLetter && Self.isUpper(scalar)
        let isControl = value < 0x20 || value >= 0x7F && value < 0xA0
        return UInt64(fold(scalar)) << 56 | (isUpper ? 1 << 32 : 0) | (isLetter ? 1 : 0) | (isControl ? 1 << 24 : 0)
    }

    /// Letter and capital tests with ASCII and Latin-1 by range; Unicode's property tables only for other scripts.
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        if value < 0x100 { return value >= 0xC0 && value != 0xD7 && value != 0xF7 }
        if isGeneralPunctuation(value) { return false }
        return scalar.properties.isAlphabetic
    }

    private static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        if value < 0x100 { return value >= 0xC0 && value <= 0xDE && value != 0xD7 }
        if isGeneralPunctuation(value) { return false }
        return scalar.properties.isUppercase
    }

    @inline(never)
    private static func changesWhenLowercased(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.changesWhenLowercased
    }
}

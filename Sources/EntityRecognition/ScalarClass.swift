/// Letter-case tests with a fast path for ASCII and Latin-1 (almost all of German text); Unicode's property
/// tables are asked only for other scripts, because they were the slowest part of loading and tokens.
enum ScalarClass {
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        if value < 0x100 { return value >= 0xC0 && value != 0xD7 && value != 0xF7 }
        if isGeneralPunctuation(value) { return false }
        return scalar.properties.isAlphabetic
    }

    static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        if value < 0x100 { return value >= 0xC0 && value <= 0xDE && value != 0xD7 }
        if isGeneralPunctuation(value) { return false }
        return scalar.properties.isUppercase
    }

    /// The General Punctuation block (U+2000–U+206F: spaces, dashes, quotes, `…`) has no letters and no case, a
    /// test holds: its dashes are most code points past Latin-1 in German news, and the property tables cost
    /// several hundred instructions a question.
    @inline(__always)
    static func isGeneralPunctuation(_ value: UInt32) -> Bool { value &- 0x2000 < 0x70 }

    static func isLower(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        if value < 0x100 { return value >= 0xDF && value != 0xF7 }
        return scalar.properties.isLowercase
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x30 && value <= 0x39 }
        return value >= 0x100 && scalar.properties.numericType != nil
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return value == 0xA0 || (value >= 0x100 && scalar.properties.isWhitespace)
    }
}

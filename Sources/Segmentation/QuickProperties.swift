/// `properties.isUppercase`, `isLowercase`, `isAlphabetic` and `isWhitespace`, answered by comparisons for
/// Latin-1 and general punctuation (`„“–’`), which is nearly all of a German text: the property tables cost a
/// call and a trie walk each, and the boundary rules ask at every candidate stop. Other code points go to the
/// tables; the tests hold both answers equal for every code point.
extension Unicode.Scalar {
    /// ASCII inline, the rest in `isUppercaseBeyondASCII`: the rules ask at every sentence start.
    var isUppercaseQuick: Bool {
        @inline(__always) get {
            let value = value
            if value < 0x80 { return value &- 65 < 26 }
            return isUppercaseBeyondASCII
        }
    }

    private var isUppercaseBeyondASCII: Bool {
        let value = value
        if value < 0x100 { return value >= 0xC0 && value <= 0xDE && value != 0xD7 }
        if value &- 0x2000 < 0x70 { return false }
        return Self.propertyIsUppercase(self)
    }

    var isLowercaseQuick: Bool {
        let value = value
        if value < 0x80 { return value &- 97 < 26 }
        if value < 0x100 {
            return (value >= 0xDF && value != 0xF7) || value == 0xAA || value == 0xB5 || value == 0xBA
        }
        if value &- 0x2000 < 0x70 { return false }
        return Self.propertyIsLowercase(self)
    }

    var isAlphabeticQuick: Bool {
        let value = value
        if value < 0x80 { return (value | 0x20) &- 97 < 26 }
        if value < 0x100 {
            return (value >= 0xC0 && value != 0xD7 && value != 0xF7) || value == 0xAA || value == 0xB5 || value == 0xBA
        }
        if value &- 0x2000 < 0x70 { return false }
        return Self.propertyIsAlphabetic(self)
    }

    var isWhitespaceQuick: Bool {
        let value = value
        // A space, or a code point from `!` to U+0084 (printable ASCII), most of those asked: one test each, where the
        // Latin-1 chain took five for every letter and stop.
        if value == 0x20 { return true }
        if value &- 0x21 < 0x64 { return false }
        if value < 0x100 { return value == 32 || value &- 9 < 5 || value == 0x85 || value == 0xA0 }
        if value &- 0x2000 < 0x70 {
            return value <= 0x200A || value == 0x2028 || value == 0x2029 || value == 0x202F || value == 0x205F
        }
        return Self.propertyIsWhitespace(self)
    }

    // The property reads out of line, never inlined: a property read anywhere in a function made it fetch the
    // properties' type metadata and size a stack slot for them at every call, whether it read one or not.

    @inline(never)
    private static func propertyIsUppercase(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isUppercase }

    @inline(never)
    private static func propertyIsLowercase(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isLowercase }

    @inline(never)
    private static func propertyIsAlphabetic(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic }

    @inline(never)
    private static func propertyIsWhitespace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace }
}

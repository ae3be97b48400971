import NewsGraphCore

/// What `Tokenizer`'s scan needs to know of a code point, one bit each; 0 is a mark that is a token of its own.
enum ScanFlags {
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
    /// A Latin-1 capital (`A`–`Z`, `À`–`Þ` but `×`), whose lower case is it plus 0x20: for the keys
    /// (`LatinTokenForm`).
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

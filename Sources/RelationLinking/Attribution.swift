import NewsGraphCore

/// A named speaker or source that a sentence (or part of one) is attributed to; accordingTo reads these.
struct Attribution {
    let speakerKey: String
    let sentence: Int
    /// Tokens whose quantities the attribution covers.
    let scope: Range<Int>
    let rule: String
}

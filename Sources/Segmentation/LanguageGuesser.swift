/// Tells German from English text by counting frequent words that only one of the two languages has,
/// plus German letters (ä, ö, ü, ß); German when unsure, so a short text with no signal stays German.
struct LanguageGuesser: Sendable {
    /// Frequent German words that are not also English words (`in`, `so`, `also`, `was`, `will` count for neither).
    private static let german: Set<String> = [
        "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "einen", "einem", "einer", "eines", "mit", "sich",
        "auf", "für", "dem", "den", "des", "von", "zu", "zum", "zur", "im", "auch", "wird", "werden", "wurde",
        "wurden", "sind", "hat", "haben", "hatte", "dass", "daß", "nach", "bei", "aus", "wie", "oder", "aber",
        "noch", "nur", "sie", "er", "es", "wir", "ich", "du", "ihr", "ihre", "sein", "seine", "seiner", "kann",
        "können", "muss", "müssen", "soll", "sollen", "sollte", "vom", "beim", "über", "unter", "vor", "durch",
        "gegen", "ohne", "um", "bis", "seit", "sehr", "mehr", "schon", "immer", "wieder", "jetzt", "heute",
        "dieser", "diese", "dieses", "diesem", "diesen", "keine", "kein", "keinen", "alle", "allem", "viele",
        "wenn", "weil", "denn", "doch", "dann", "damit", "dabei", "dazu", "sowie", "sagte", "sagt", "laut",
        "jahr", "jahren", "prozent", "euro", "uhr", "habe", "bitte", "wer", "wo", "warum", "weiß", "geht",
        "gibt", "gab", "ob", "zwei", "drei", "vier", "fünf", "zehn", "neue", "neuen", "ersten", "erste",
        "sowohl", "jedoch", "zwischen", "während", "gegenüber", "etwa", "rund", "bereits", "sei", "seien",
        "wäre", "würde", "hätte", "worden", "gewesen", "dies", "hier", "dort", "nun", "ja", "nein",
        "uns", "euch", "ihm", "ihn", "ihnen", "mich", "mir", "dir", "dich", "unser", "unsere", "mein",
        "meine", "dein", "deine", "wir", "zwar", "selbst", "ganz", "gut", "andere", "anderen", "deren",
        "dessen", "welche", "welcher", "sondern", "statt", "trotz", "wegen", "innerhalb", "außerhalb",
    ]
    /// Frequent English words that are not also German words, counted in any case.
    private static let english: Set<String> = [
        "the", "and", "is", "of", "to", "that", "it", "for", "with", "he", "she", "on", "are", "by", "this",
        "be", "at", "from", "have", "has", "not", "they", "but", "his", "her", "which", "were", "you", "your",
        "my", "me", "we", "our", "us", "them", "their", "there", "here", "what", "who", "why", "how", "when",
        "where", "would", "could", "should", "can", "did", "does", "do", "done", "been", "being", "had", "if",
        "or", "no", "yes", "one", "two", "three", "about", "after", "before", "into", "over", "out", "up",
        "than", "then", "these", "those", "some", "any", "just", "only", "very", "more", "most", "its",
        "other", "said", "says", "because", "while", "through", "it's", "i'm", "don't", "didn't", "wasn't",
        "isn't", "let's", "there's", "that's", "she's", "he's", "him", "himself", "herself", "never",
        "really", "such", "each", "every", "both", "many", "much", "own", "same", "too", "whose", "hello",
        "please", "thank", "thanks", "mr", "mrs",
    ]
    /// Frequent English content words, counted only in lower case: capitalised, they may be German nouns.
    private static let englishLowerCase: Set<String> = [
        "make", "made", "like", "know", "time", "year", "years", "day", "people", "new", "good", "first",
        "last", "long", "name", "turn", "visited", "live", "lived", "work", "works", "went", "left", "found",
        "see", "saw", "seen", "get", "got", "team", "book", "house", "way", "second", "item", "list", "street",
        "city", "government", "party", "deal", "closed", "bank", "store", "email", "sent", "site", "check",
        "told", "well", "mean", "meant", "thing", "things", "think", "might", "must", "great", "turned",
        "went", "came", "come", "take", "took", "give", "gave", "find", "tell", "ask", "want", "look", "use",
        "used", "found", "world", "life", "hand", "part", "place", "case", "week", "point", "number", "group",
        "problem", "fact", "held", "show", "showed", "here", "there",
    ]

    /// Which of the three lists each word is on (bits `germanWord`, `englishWord`, `englishLowerCaseWord`):
    /// one look-up a word, in a table built with the guesser rather than a static one fetched through a
    /// lazy-initialisation check each time. (Not private: the tests' reference guesser reads them too.)
    let lists: WordKeyMap<UInt8>
    static let germanWord: UInt8 = 1
    static let englishWord: UInt8 = 2
    static let englishLowerCaseWord: UInt8 = 4

    init() {
        var lists = WordKeyMap<UInt8>()
        for (words, bit) in [
            (Self.german, Self.germanWord), (Self.english, Self.englishWord),
            (Self.englishLowerCase, Self.englishLowerCaseWord),
        ] {
            for key in words.compactMap({ WordKey($0) }) { lists[key] = (lists[key] ?? 0) | bit }
        }
        self.lists = lists
    }

    /// Whether the next word starts a sentence after the code point `value`: `.` `!` `?` a line feed `"` `'` `(`, one
    /// bit each of a mask (a chain of ten comparisons ran at every space), or `“` `„` `‘`.
    @inline(__always)
    static func opensSentence(_ value: UInt32) -> Bool {
        let ascii: UInt64 = 1 << 0x2E | 1 << 0x21 | 1 << 0x3F | 1 << 0x0A | 1 << 0x22 | 1 << 0x27 | 1 << 0x28
        if value < 0x40 { return (ascii >> UInt64(value)) & 1 != 0 }
        return value == 0x201C || value == 0x201E || value == 0x2018
    }

    /// `en` or `de`, judged on the first few thousand code points.
    func language(of scalars: [Unicode.Scalar]) -> String {
        scalars.withUnsafeBufferPointer { language(of: $0) }
    }

    /// A word at a time: the code points between words in a loop of their own (a space passed on one comparison),
    /// then the word's, whose state (its key, case, length) lives only while it is read; most of its letters are runs
    /// of small ASCII letters, packed into the key at once. (A loop a code point, which carried every word's state
    /// across the gaps and classified every space, cost a tenth more.)
    private func language(of scalars: UnsafeBufferPointer<Unicode.Scalar>) -> String {
        var german = 0
        var english = 0
        // Capitalised mid-sentence, `The` and `Who` are names in German text (`die Band The Who`).
        var atSentenceStart = true
        let last = min(scalars.count, 3000)
        // The code points read: those up to `last`. A word that reaches the end of a text no longer than that ends
        // as if a space followed; one that reaches `last` in a longer text is not counted.
        let readEnd = min(scalars.count, last + 1)
        let wordsMayEndAtReadEnd = readEnd == scalars.count && scalars.count <= 3000
        var index = 0
        while true {
            // Between words: no letter, and any may open a sentence (a space, the commonest, neither).
            while index < readEnd {
                let value = scalars[index].value
                if value == 0x20 {
                    index &+= 1
                    continue
                }
                if value &- 97 < 26 || Self.lowerCaseLetter(scalars[index]) != nil { break }
                if Self.opensSentence(value) { atSentenceStart = true }
                index &+= 1
            }
            guard index < readEnd else { break }
            let start = index
            let first = scalars[start]
            // Only the lowered word gets a key: the word as written differs from it only in case, which
            // `isLowerCase` and `isCapitalised` tell.
            var lowered = WordKey()
            var isPlain = true
            var isLowerCase = true
            while index < readEnd {
                // A run of lower-case ASCII letters, most of a word: nothing to lower, no German letter.
                if scalars[index].value &- 97 < 26 {
                    let (end, fits) = lowered.appendSmallLetters(from: index, limit: readEnd, in: scalars)
                    isPlain = isPlain && fits
                    index = end
                    continue
                }
                let scalar = scalars[index]
                // A space ends most words.
                guard scalar.value != 0x20, let lower = Self.lowerCaseLetter(scalar) else { break }
                if Self.isGermanLetter(scalar.value) { german += 1 }
                if lower != scalar { isLowerCase = false }
                // A code point has a key code exactly when its lower case has one.
                if isPlain && !lowered.append(lower) { isPlain = false }
                index &+= 1
            }
            guard index < readEnd || wordsMayEndAtReadEnd else { break }
            if isPlain {
                let found = lists[lowered] ?? 0
                if found & Self.germanWord != 0 { german += 1 }
                let isCapitalised = Self.lowerCaseLetter(first) != first
                let countsAsEnglish = !isCapitalised || atSentenceStart
                if countsAsEnglish && found & Self.englishWord != 0 { english += 1 }
                // A word in lower case is its own lowered key.
                if isLowerCase && found & Self.englishLowerCaseWord != 0 { english += 1 }
                // The pronoun `I` is English; German has no one-letter word `I`.
                if first == "I" && index - start == 1 { english += 1 }
                // A clear lead settles it: no need to read a whole article.
                if german >= 12 && german > 3 * english { return "de" }
                if english >= 12 && english > 3 * german { return "en" }
            }
            atSentenceStart = false
        }
        return english > german ? "en" : "de"
    }

    /// The lower case of `scalar` if it is a letter of a word here (the apostrophes `'` and `’` too), else nil. Only
    /// ASCII capitals and `Ä` `Ö` `Ü` are lowered: the keys have codes for no other capital.
    @inline(__always)
    private static func lowerCaseLetter(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        if value < 128 {
            if value &- 65 < 26 { return Unicode.Scalar(UInt8(truncatingIfNeeded: value | 0x20)) }
            return value &- 97 < 26 || value == 39 ? scalar : nil
        }
        switch value {
        case 0xC4, 0xD6, 0xDC: return Unicode.Scalar(UInt8(truncatingIfNeeded: value + 0x20))
        case 0x2019: return scalar
        default: return scalar.isAlphabeticQuick ? scalar : nil
        }
    }

    /// `ä` `ö` `ü` `ß` `Ä` `Ö` `Ü`, each a sign of German.
    @inline(__always)
    private static func isGermanLetter(_ value: UInt32) -> Bool {
        value == 0xE4 || value == 0xF6 || value == 0xFC || value == 0xDF || value == 0xC4 || value == 0xD6
            || value == 0xDC
    }
}

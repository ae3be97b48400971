import Testing

@testable import Segmentation

/// German by default; English only on a clear signal, even in one short line.
@Suite struct LanguageGuesserTests {
    @Test(arguments: [
        "Hello World.", "I can see it from here.", "Were Jane and co. at the party?",
        "The police raided the compound on Monday.",
    ])
    func shortEnglishIsEnglish(_ text: String) {
        #expect(LanguageGuesser().language(of: Array(text.unicodeScalars)) == "en")
    }

    @Test(arguments: [
        "", "12.", "s. vorherige Anmerkung.", "Razzia in Wien", "Die Polizei kam am Montag.",
        "Team Austria gewinnt die Bank Austria Party.", "Die Band The Who spielt.",
        "Der Sprecher sagte auf Englisch: \"We will find them.\" Die Ermittlungen dauern an, hieß es aus "
            + "dem Ministerium.",
    ])
    func germanOrUnclearIsGerman(_ text: String) {
        #expect(LanguageGuesser().language(of: Array(text.unicodeScalars)) == "de")
    }
}

/// The guesser, which reads a word at a time, counts what the guesser that read a code point at a time counted
/// (`referenceLanguage`, kept here), on texts of every shape its tests tell apart.
@Suite struct LanguageGuesserReferenceTests {
    /// Words of both lists, capitals, German letters, apostrophes, letters without a key code, sentence openers,
    /// digits and marks; long runs of small letters.
    static let pieces: [String] = [
        "der", "die", "und", "Die", "DER", "the", "The", "THE", "and", "of", "I", "i", "I'm", "i’m", "don't", "it’s",
        "make", "Make", "year", "Year", "für", "Für", "über", "Über", "weiß", "daß", "ÄRZTE", "Öl", "ß", "é", "É",
        "ª", "º", "µ", "'", "’", "'die", "die'", ".", "!", "?", "\n", "\"", "(", "“", "„", "‘", ",", "-", "1", "2015",
        "Jahr10", "U.S.A", "z.B.", "Ελλάδα", "漢字", "e\u{301}", "außerhalb", "Verwaltungsgerichtshof",
    ]
    /// Pieces on neither list, with a rare sign of either language: texts of these are read to the end.
    static let neutralPieces: [String] = [
        "Haus", "Wien", "wien", "é", "É", "º", "'", "’", ".", "\n", "(", ",", "-", "2015", "x1", "I", "ß", "Ö",
    ]

    static func randomTexts() -> [String] {
        var random = SeededRandom(seed: 0x9E37_79B9_7F4A_7C15)
        var texts: [String] = []
        for round in 0..<600 {
            // Lengths around the 3,000 code points read, and short ones that end mid-word.
            let length = random.next(4) == 0 ? 2_990 + random.next(20) : 1 + random.next(300)
            let choices = round % 2 == 0 ? pieces : neutralPieces
            var text = ""
            while text.unicodeScalars.count < length {
                text += choices[random.next(choices.count)]
                if random.next(4) != 0 { text += " " }
                if random.next(8) == 0 { text += String(repeating: "a", count: random.next(30)) }
            }
            texts.append(text)
        }
        return texts
    }

    @Test func countsAsTheCodePointGuesser() {
        let guesser = LanguageGuesser()
        for text in Self.randomTexts() {
            let scalars = Array(text.unicodeScalars)
            #expect(guesser.language(of: scalars) == Self.referenceLanguage(of: scalars, lists: guesser.lists))
            // The same text cut at every length near its end.
            for cut in max(0, scalars.count - 12)..<scalars.count {
                let prefix = Array(scalars[..<cut])
                #expect(guesser.language(of: prefix) == Self.referenceLanguage(of: prefix, lists: guesser.lists))
            }
        }
    }

    /// The guesser as it was, a code point at a time.
    static func referenceLanguage(of scalars: [Unicode.Scalar], lists: WordKeyMap<UInt8>) -> String {
        var german = 0
        var english = 0
        var lowered = WordKey()
        var isPronounI = false
        var isPlain = true
        var isLowerCase = true
        var length = 0
        var atSentenceStart = true
        var isCapitalised = false
        let last = min(scalars.count, 3000)
        var index = 0
        while index <= last {
            let scalar: Unicode.Scalar = index < scalars.count ? scalars[index] : " "
            index += 1
            let value = scalar.value
            var lower = scalar
            let isLetter: Bool
            if value < 128 {
                isLetter = ((value | 0x20) >= 97 && (value | 0x20) <= 122) || value == 39
                if value >= 65 && value <= 90 { lower = Unicode.Scalar(value | 0x20) ?? scalar }
            } else {
                switch scalar {
                case "ä", "ö", "ü", "ß":
                    german += 1
                    isLetter = true
                case "Ä", "Ö", "Ü":
                    german += 1
                    isLetter = true
                    lower = Unicode.Scalar(value + 0x20) ?? scalar
                case "’":
                    isLetter = true
                default:
                    isLetter = scalar.isAlphabeticQuick
                }
            }
            if isLetter {
                if length == 0 {
                    isCapitalised = lower != scalar
                    isPronounI = scalar == "I"
                }
                length += 1
                if lower != scalar { isLowerCase = false }
                if isPlain && !lowered.append(lower) { isPlain = false }
                continue
            }
            if length > 0 && isPlain {
                let found = lists[lowered] ?? 0
                if found & LanguageGuesser.germanWord != 0 { german += 1 }
                if (!isCapitalised || atSentenceStart) && found & LanguageGuesser.englishWord != 0 { english += 1 }
                if isLowerCase && found & LanguageGuesser.englishLowerCaseWord != 0 { english += 1 }
                if isPronounI && length == 1 { english += 1 }
                if german >= 12 && german > 3 * english { return "de" }
                if english >= 12 && english > 3 * german { return "en" }
            }
            if length > 0 { atSentenceStart = false }
            if LanguageGuesser.opensSentence(value) { atSentenceStart = true }
            lowered = WordKey()
            isPlain = true
            isLowerCase = true
            length = 0
        }
        return english > german ? "en" : "de"
    }
}

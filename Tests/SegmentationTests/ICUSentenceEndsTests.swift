import Foundation
import NewsGraphCore
import Testing

@testable import Segmentation

/// ICU asked only around the sentence candidates must draw exactly the boundaries it draws over the whole text,
/// which the boundary rules build on: the candidates miss none, and the stretches around them give ICU all it needs.
@Suite struct ICUSentenceEndsTests {
    static func icuEnds(_ document: Document, locale: String) throws -> [Int] {
        try ICUBreaker(kind: .sentence, locale: locale).segments(of: document).map(\.span.end)
    }

    /// The ends after the candidates of the whole text, and after those the tokenizer finds (the splitter's path).
    static func stretchEnds(_ document: Document, locale: String = "de") throws -> (
        alone: [Int], afterTokenizer: [Int]
    ) {
        var candidates: [Int] = []
        _ = Tokenizer().tokens(of: document, sentenceCandidates: &candidates)
        let breaker = ICUBreaker(kind: .sentence, locale: locale)
        return (
            try breaker.sentenceEnds(
                of: document.scalars, candidates: SentenceCandidates.candidates(of: document.scalars), name: "t"),
            try breaker.sentenceEnds(of: document.scalars, candidates: candidates, name: "t")
        )
    }

    static let examples: [String] =
        TokenizerTests.tricky + [
            "", ".", "a", "Er kam. Sie ging.", "Er kam.Sie ging.", "am 24. November", "U.S. Government", "e.g. the",
            "Wirklich?! Ja.", "„Wo?“ fragte sie.", "Er sagte: „Nein.“ Dann ging er.", "etc.) und weiter",
            "Ende.\r\nNeu.\rNoch.\nZeile\u{2029}Absatz\u{85}Mehr", "Zahl 3.5 und 3. 5", "a.\u{301} B", "a. \u{AD}B",
            "(Das ist so.) Und dann.", "Er schrieb ... und dann. . . Weiter!", "Wie? (Ja.) nein", "Ende.”  ( ) x",
            "Er lachte 😀. Dann ging er 𝔄𝔅. Ende.", "漢字。漢字！ 終わり", "Tja‼ Nun․ So", "\u{301}. A", "\n\u{301}. A",
        ]

    @Test(arguments: examples)
    func sameEndsAsICU(_ text: String) throws {
        let document = Document(name: "t", text: text)
        for locale in ["de", "en"] {
            let ends = try Self.stretchEnds(document, locale: locale)
            let icu = try Self.icuEnds(document, locale: locale)
            #expect(ends.alone == icu)
            #expect(ends.afterTokenizer == icu)
        }
    }

    /// Random texts over code points of every Sentence_Break class (and pairs the rules look at), so that each
    /// rule meets every neighbour: the stretches must give ICU's boundaries. Some texts are long and without the code
    /// points the tokenizer hands to its code-point scanner, so that its own scan finds the candidates.
    @Test func randomTextsGiveICUsEnds() throws {
        let pieces: [String] = [
            "a", "B", "ß", "ä", "\u{5D0}", "7", ".", "!", "?", "\u{2024}", "‼", ",", ":", ";", "-", "–", "\"", "'",
            "“", "„", "«", "»", ")", "(", "]", " ", "\u{A0}", "\t", "\n", "\r", "\r\n", "\u{2029}", "\u{85}",
            "Wort", "Er", "usw.", "U.S.", "\u{FF0E}", "。", "\u{301}", "\u{AD}", "\u{200D}", "😀", "𝔄", "€", "%",
            "/", "_",
        ]
        // Pieces before the full-width stop stay in the tokenizer's own scan.
        let fastPieces = pieces.firstIndex(of: "\u{FF0E}")!
        var random = SeededRandom(seed: 0x2545_F491_4F6C_DD1D)
        for round in 0..<5000 {
            var text = ""
            let choices = round % 2 == 0 ? pieces.count : fastPieces
            for _ in 0..<(1 + random.next(round % 4 < 2 ? 40 : 200)) { text += pieces[random.next(choices)] }
            let document = Document(name: "t", text: text)
            let icu = try Self.icuEnds(document, locale: "de")
            let ends = try Self.stretchEnds(document)
            #expect(ends.alone == icu, "\(text.debugDescription)")
            #expect(ends.afterTokenizer == icu, "\(text.debugDescription)")
        }
    }

    /// Every text of a letter or another code point, a terminator or another mark, a space or another mark, and a
    /// letter or another code point (and every such text of the first two alone): `PlainStretch` answers as ICU does
    /// over the same text, or leaves it to ICU.
    @Test func plainStretchesGiveICUsBoundaries() throws {
        let letters = ["a", "Z", "ß", "ä", "Ä", "\u{5D0}", "ª", "7", "\u{301}", "\u{AD}", "(", "„", "𝔄", "-"]
        let stops = [".", "!", "?", "\u{2024}", "‼", "。", "\u{FF0E}", ",", "\n", "\u{301}"]
        let spaces = [" ", "\u{A0}", "\t", "\u{2009}", "\n", "\u{2029}", "\"", ")", "\u{AD}", "."]
        var texts: [String] = []
        for first in letters {
            for stop in stops {
                texts.append(first + stop)
                for space in spaces {
                    for next in letters { texts.append(first + stop + space + next) }
                }
            }
        }
        var answered = Set<String>()
        for locale in ["de", "en"] {
            for text in texts {
                let scalars = Array(text.unicodeScalars)
                var found = [Int32](repeating: 0, count: 2)
                let known = scalars.withUnsafeBufferPointer { scalars in
                    found.withUnsafeMutableBufferPointer { found in
                        SentenceCandidates.withClassTable {
                            PlainStretch.boundaries(of: 0..<scalars.count, in: scalars, classes: $0, into: found)
                        }
                    }
                }
                guard let known else { continue }
                answered.insert(text)
                let icu = try Self.icuEnds(Document(name: "t", text: text), locale: locale)
                #expect(found[..<Int(known)].map { Int($0) } == icu, "\(text.debugDescription) \(locale)")
            }
        }
        // Both shapes, and both answers of the long one, are met.
        #expect(answered.contains("a.") && answered.contains("a. Z") && answered.contains("a. ß"))
        #expect(!answered.contains("a.\u{A0}\u{AD}") && !answered.contains("𝔄. Z"))
    }

    /// Random texts of code points of every class `SentenceBreakRules` covers (each rule meets every neighbour): its
    /// boundaries over the whole text are ICU's.
    @Test func sentenceBreakRulesGiveICUsBoundaries() throws {
        let pieces: [String] = [
            "a", "B", "ß", "Ä", "\u{5D0}", "ª", "7", ".", "!", "?", "\u{2024}", "‼", "。", ",", ":", ";", "-", "–",
            "\"", "'", "“", "„", "«", "»", ")", "(", "]", " ", "\u{A0}", "\t", "\u{2009}", "%", "/", "€", "U.S.",
            "z. B. ", "3. ", "1.000",
        ]
        var random = SeededRandom(seed: 0x9E37_79B9_7F4A_7C15)
        for round in 0..<4000 {
            var text = ""
            for _ in 0..<(1 + random.next(round % 2 == 0 ? 8 : 30)) { text += pieces[random.next(pieces.count)] }
            let scalars = Array(text.unicodeScalars)
            var found = [Int32](repeating: 0, count: scalars.count)
            let known = scalars.withUnsafeBufferPointer { scalars in
                found.withUnsafeMutableBufferPointer { found in
                    SentenceCandidates.withClassTable {
                        SentenceBreakRules.boundaries(of: 0..<scalars.count, in: scalars, classes: $0, into: found)
                    }
                }
            }
            guard let known else {
                Issue.record("not covered: \(text.debugDescription)")
                continue
            }
            for locale in ["de", "en"] {
                let icu = try Self.icuEnds(Document(name: "t", text: text), locale: locale)
                #expect(found[..<Int(known)].map { Int($0) } == icu, "\(text.debugDescription) \(locale)")
            }
        }
    }

    /// The fuzzer's collected inputs: odd encodings, controls and scripts.
    @Test func fuzzCorpusGivesICUsEnds() throws {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("FuzzCorpus")
        let files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
        #expect(files.count > 10)
        for file in files {
            let text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
            let document = Document(name: file.lastPathComponent, text: text)
            let icu = try Self.icuEnds(document, locale: "de")
            let ends = try Self.stretchEnds(document)
            #expect(ends.alone == icu, "\(file.lastPathComponent)")
            #expect(ends.afterTokenizer == icu, "\(file.lastPathComponent)")
        }
    }
}

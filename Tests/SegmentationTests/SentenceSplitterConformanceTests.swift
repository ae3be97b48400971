import NewsGraphCore
import Testing

@testable import Segmentation

/// The properties every stage must keep, for the sentence splitter: empty input, spans in bounds and ordered,
/// the same result twice, other layers untouched; and the splitter's own: sentences trimmed, tokens inside them.
@Suite struct SentenceSplitterConformanceTests {
    static let texts: [String] =
        GoldenRules.german.map(\.text) + GoldenRules.english.map(\.text) + [
            "😀 Emoji vor dem Satz. 👍🏽 Und danach ein zweiter Satz.",
            "  \n\n  Text mit Leerraum am Anfang und Ende.  \n\n",
            "Ohne Satzzeichen am Ende",
            "...",
            ".",
            "\n",
        ]

    @Test func emptyDocumentHasNoTokensOrSentences() throws {
        let document = try SegmentationFixture.segmented("")
        #expect(document.tokens.isEmpty)
        #expect(document.sentences.isEmpty)
        #expect(document.completedLayers.isSuperset(of: [.tokens, .sentences]))
    }

    @Test(arguments: ["   ", "\n\n\n", " \t \n "])
    func whiteSpaceOnlyHasNoSentences(_ text: String) throws {
        let document = try SegmentationFixture.segmented(text)
        #expect(document.tokens.isEmpty)
        #expect(document.sentences.isEmpty)
    }

    @Test(arguments: texts)
    func spansAreInBoundsOrderedAndDisjoint(_ text: String) throws {
        let document = try SegmentationFixture.segmented(text)
        let count = document.scalars.count
        for (previous, next) in zip(document.tokens, document.tokens.dropFirst()) {
            #expect(previous.span.end <= next.span.begin)
        }
        for (previous, next) in zip(document.sentences, document.sentences.dropFirst()) {
            #expect(previous.span.end <= next.span.begin)
            #expect(previous.tokenRange.upperBound == next.tokenRange.lowerBound)
        }
        for span in document.tokens.map(\.span) + document.sentences.map(\.span) {
            #expect(span.begin >= 0 && span.end <= count && !span.isEmpty)
        }
    }

    @Test(arguments: texts)
    func sentencesAreTrimmedAndHoldEveryToken(_ text: String) throws {
        let document = try SegmentationFixture.segmented(text)
        for sentence in document.sentences {
            #expect(!document.scalars[sentence.span.begin].properties.isWhitespace)
            #expect(!document.scalars[sentence.span.end - 1].properties.isWhitespace)
            for token in document.tokens[sentence.tokenRange] {
                #expect(token.span.begin >= sentence.span.begin && token.span.end <= sentence.span.end)
            }
        }
        let covered = document.sentences.reduce(0) { $0 + $1.tokenRange.count }
        #expect(covered == document.tokens.count)
    }

    @Test(arguments: texts)
    func sameResultTwice(_ text: String) throws {
        let first = try SegmentationFixture.segmented(text)
        var second = first
        var diagnostics: [Diagnostic] = []
        try SegmentationFixture.splitter.process(&second, diagnostics: &diagnostics)
        #expect(first.tokens == second.tokens)
        #expect(first.sentences == second.sentences)
        #expect(first.language == second.language)
    }

    @Test func otherLayersAreUntouched() throws {
        var document = Document(
            name: "t", text: "Anna Berger kam. Sie blieb.", language: "de", publicationDate: "2025-01-02")
        let mention = EntityMention(
            span: TextSpan(0, 11), type: .person, entityKey: "PER/Anna Berger",
            provenance: Provenance(match: .rule, source: "test"))
        document.mentions = [mention]
        var diagnostics: [Diagnostic] = []
        try SegmentationFixture.splitter.process(&document, diagnostics: &diagnostics)
        #expect(document.mentions == [mention])
        #expect(document.publicationDate == "2025-01-02")
        #expect(document.language == "de")
        #expect(document.quantities.isEmpty && document.dates.isEmpty && document.relations.isEmpty)
        #expect(diagnostics.isEmpty)
    }

    @Test func givenLanguageIsKept() throws {
        let document = try SegmentationFixture.segmented("Die Polizei kam.", language: "en")
        #expect(document.language == "en")
    }

    @Test func offsetsAreCodePoints() throws {
        // 😀 is one code point but two UTF-16 units: a unit offset would be one too far.
        let document = try SegmentationFixture.segmented("😀 Erster Satz. Zweiter Satz.")
        #expect(document.sentences.map(\.span) == [TextSpan(0, 14), TextSpan(15, 28)])
    }
}

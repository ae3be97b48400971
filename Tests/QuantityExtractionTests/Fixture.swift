import Foundation
import NewsGraphCore
import QuantityExtraction
import Segmentation

/// Runs segmentation and the quantity stage on short German texts, with the repository's lexicons.
enum Fixture {
    static let lexicons = LexiconDirectory(
        url: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Lexicons"))

    // Loaded once for all tests; a failure shows up as a failing test, not a crash.
    static let stages: (SentenceSplitter, QuantityExtractor)? = {
        guard let splitter = try? SentenceSplitter(lexicons: lexicons),
            let extractor = try? QuantityExtractor(lexicons: lexicons) else { return nil }
        return (splitter, extractor)
    }()

    /// `organisations`, `places`, `persons`: texts to mark as mentions first, as the entity stage would.
    static func run(
        _ text: String, publicationDate: String? = nil, organisations: [String] = [], places: [String] = [],
        persons: [String] = []
    ) throws -> Document {
        guard let (splitter, extractor) = stages else {
            throw NewsGraphError(.badLexicon, path: lexicons.url.path, message: "stages did not load")
        }
        var document = Document(name: "test", text: text, language: "de", publicationDate: publicationDate)
        var diagnostics: [Diagnostic] = []
        try splitter.process(&document, diagnostics: &diagnostics)
        for (name, type) in organisations.map({ ($0, EntityType.organization) }) + places.map({ ($0, .place) })
            + persons.map({ ($0, .person) }) {
            guard let range = text.range(of: name) else { continue }
            let begin = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
            document.mentions.append(EntityMention(
                span: TextSpan(begin, begin + name.unicodeScalars.count), type: type,
                entityKey: type.rawValue + "/" + name, provenance: Provenance(match: .exact, source: "test")))
        }
        document.mentions.sort { $0.span < $1.span }
        try extractor.process(&document, diagnostics: &diagnostics)
        return document
    }

    /// The one quantity whose span covers `needle`, or nil.
    static func quantity(_ needle: String, in document: Document) -> Quantity? {
        guard let range = document.text.range(of: needle) else { return nil }
        let begin = document.text.unicodeScalars.distance(
            from: document.text.unicodeScalars.startIndex, to: range.lowerBound)
        let span = TextSpan(begin, begin + needle.unicodeScalars.count)
        return document.quantities.first { $0.span.overlaps(span) }
    }
}

import Foundation
import NewsGraphCore
@testable import Segmentation

/// The repository's lexicons and a splitter built on them, shared by the segmentation tests.
enum SegmentationFixture {
    static let lexicons = LexiconDirectory(
        url: URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Lexicons"))

    static let splitter: SentenceSplitter = {
        do {
            return try SentenceSplitter(lexicons: lexicons)
        } catch {
            fatalError("cannot load segmentation lexicons: \(error)")
        }
    }()

    /// The document after segmentation; `language` nil lets the splitter guess it.
    static func segmented(_ text: String, language: String? = nil) throws -> Document {
        var document = Document(name: "test", text: text, language: language)
        var diagnostics: [Diagnostic] = []
        try splitter.process(&document, diagnostics: &diagnostics)
        return document
    }

    /// The sentences' texts, white space runs collapsed to one space.
    static func sentences(of text: String, language: String? = nil) throws -> [String] {
        let document = try segmented(text, language: language)
        return document.sentences.map { collapsingSpace(document.text(of: $0.span)) }
    }

    static func collapsingSpace(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

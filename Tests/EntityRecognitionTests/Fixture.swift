import Foundation
import NewsGraphCore
import Segmentation
@testable import EntityRecognition

/// Small lists written here (not the real lexicons), so each test shows the entries its rule needs.
enum Fixture {
    static let lexicons = LexiconDirectory(
        url: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Lexicons"))

    static let splitter: SentenceSplitter = {
        do { return try SentenceSplitter(lexicons: lexicons) } catch { fatalError("segmentation lexicons: \(error)") }
    }()

    static let recognizer: EntityRecognizer = {
        var lexicon = NameLexicon()
        let names: [(String, EntityType, String, [String], Int)] = [
            ("Frankreich", .place, "Frankreich", ["wd:Q142", "iso:FR"], 90),
            ("Bayern", .place, "Bayern", ["iso:DE-BY"], 85),
            ("Salzburg", .place, "Salzburg", [], 60),
            ("Graz", .place, "Graz", [], 60),
            ("München", .place, "München", [], 60),
            ("Bochum", .place, "Bochum", [], 60),
            ("Essen", .place, "Essen", [], 60),
            ("Europäische Union", .organization, "Europäische Union", ["wd:Q458"], 95),
            ("EU", .organization, "Europäische Union", ["wd:Q458"], 95),
            ("Vereinte Nationen", .organization, "Vereinte Nationen", ["wd:Q1065"], 95),
            ("UN", .organization, "Vereinte Nationen", ["wd:Q1065"], 95),
            ("US", .place, "Vereinigte Staaten", ["iso:US"], 90),
            ("NATO", .organization, "NATO", ["wd:Q7184"], 95),
            ("Europol", .organization, "Europol", [], 95),
            ("dpa", .organization, "Deutsche Presse-Agentur", [], 95),
            ("SPÖ", .organization, "SPÖ", [], 95),
        ]
        lexicon.add(
            name: "Tagblatt", type: .organization, canonical: "Tagblatt", kind: "media-ambiguous", file: "test.tsv",
            line: names.count + 1, priority: 95)
        for (line, name) in names.enumerated() {
            lexicon.add(
                name: name.0, type: name.1, canonical: name.2, ids: name.3, file: "test.tsv", line: line + 1,
                priority: name.4, stopNouns: name.4 <= 60)
        }
        var words = WordLists()
        func keys(_ list: String) -> KeySet {
            KeySet(list.split(separator: " ").map { WordKey($0, folded: true) })
        }
        words.commonNouns = keys(
            "Essen Mark Koch Wasser Mann Landeskriminalamt Megawatt Weltgesundheitsorganisation Abend Regierung "
                + "Kommission Ermittler Logistik Muster Behörde Haft Jahre Woche Mitte Auftritt")
        words.roles = keys("Bundeskanzler Sprecher Sprecherin Botschafter Innenminister Richter Landesrat")
        words.firstNames = keys("Maria Olaf Thomas Mark")
        words.surnames = keys("Hofer Scholz")
        words.orgDesignations = keys("Landesgericht Staatsanwaltschaft Landeskriminalamt Polizei Regierung")
        words.orgTypeWords = keys("Verein Partei Initiative Zeitung Zeitungen Gruppe Kette Truppe")
        for type in ["gruppe", "kette", "truppe", "stiftung"] { words.orgTypeSuffixes.insert(type.unicodeScalars) }
        words.placeTypes = keys("Provinz Stadt Insel")
        words.placeTypeSuffixes.insert("stadt".unicodeScalars)
        for role in "Sprecher Sprecherin Botschafter Innenminister Richter".split(separator: " ") {
            words.roleSuffixes.insert(role.unicodeScalars)
        }
        words.speechVerbs = keys("sagte erklärte betonte")
        words.legalForms = [Array("GmbH".unicodeScalars), Array("e.V.".unicodeScalars)]
        return EntityRecognizer(lexicon: lexicon, words: words)
    }()

    /// The document after segmentation and entity recognition (by the fixture's recognizer, or `other`).
    static func run(_ text: String, with other: EntityRecognizer? = nil) throws -> Document {
        var document = Document(name: "test", text: text, language: "de")
        var diagnostics: [Diagnostic] = []
        try splitter.process(&document, diagnostics: &diagnostics)
        try (other ?? recognizer).process(&document, diagnostics: &diagnostics)
        return document
    }

    /// Mentions as `text/TYPE`, in text order.
    static func mentions(_ text: String, with other: EntityRecognizer? = nil) throws -> [String] {
        let document = try run(text, with: other)
        return document.mentions.map { "\(document.text(of: $0.span))/\($0.type.rawValue)" }
    }
}

import Foundation
import NewsGraphCore
import RelationLinking
import Segmentation

/// Builds documents for the relation tests: real segmentation, hand-placed entities and quantities.
enum Fixture {
    /// An entity or quantity to place at every whole-word occurrence of its text.
    struct Mark {
        let text: String
        let type: EntityType?
        let key: String?
        var ids: [String] = []
        /// The provenance source, for rules that read how the entity stage found a mention.
        var source = "test"
        /// A date expression instead of a quantity (when `type` is nil).
        var isDate = false

        /// An organisation as the curated list names it: its row's `file:line`, which rules asking what kind of
        /// body it is (a party, a news agency) read.
        static func curated(_ name: String) throws -> Mark {
            let url = Fixture.lexicons.url.appendingPathComponent("curated/organisations.tsv")
            let lines = try String(contentsOf: url, encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: false)
            guard let index = lines.firstIndex(where: { $0.hasPrefix(name + "\t") }) else {
                throw CocoaError(.fileReadCorruptFile)
            }
            return Mark(text: name, type: .organization, key: nil, source: "curated/organisations.tsv:\(index + 1)")
        }

        static func country(_ text: String, key: String? = nil, iso: String) -> Mark {
            Mark(text: text, type: .place, key: key, ids: ["iso:" + iso])
        }

        static func per(_ text: String, key: String? = nil) -> Mark { Mark(text: text, type: .person, key: key) }
        static func org(_ text: String, key: String? = nil) -> Mark {
            Mark(text: text, type: .organization, key: key)
        }
        static func loc(_ text: String, key: String? = nil) -> Mark { Mark(text: text, type: .place, key: key) }
        /// A designation the entity stage made an organisation because of its seat (`Regierung in Rom`).
        static func seatDesignation(_ text: String, key: String) -> Mark {
            Mark(text: text, type: .organization, key: key, source: Provenance.designationWithSeat)
        }
        static func quantity(_ text: String) -> Mark { Mark(text: text, type: nil, key: nil) }
        static func date(_ text: String) -> Mark { Mark(text: text, type: nil, key: nil, isDate: true) }
        /// A newspaper's title, as the entity stage's media-title rule finds it (`Kärntner Kurier`).
        static func media(_ text: String) -> Mark {
            Mark(text: text, type: .organization, key: nil, source: Provenance.mediaTitle)
        }
    }

    static let lexicons: LexiconDirectory = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        for _ in 0..<4 where !FileManager.default.fileExists(atPath: url.appendingPathComponent("Lexicons").path) {
            url = url.deletingLastPathComponent()
        }
        return LexiconDirectory(url: url.appendingPathComponent("Lexicons"))
    }()

    /// Built once: loading the lists is the slow part of every test.
    static let splitter = Result { try SentenceSplitter(lexicons: lexicons) }
    static let linker = Result { try RelationLinker(lexicons: lexicons) }

    static func document(_ text: String, _ marks: [Mark]) throws -> Document {
        var document = Document(name: "test", text: text, language: "de")
        var diagnostics: [Diagnostic] = []
        try splitter.get().process(&document, diagnostics: &diagnostics)
        var taken: [TextSpan] = []
        for mark in marks {
            for span in occurrences(of: mark.text, in: document) where !taken.contains(where: { $0.overlaps(span) }) {
                taken.append(span)
                if let type = mark.type {
                    let key = Entity.key(type: type, canonicalName: mark.key ?? mark.text)
                    document.mentions.append(EntityMention(
                        span: span, type: type, entityKey: key, provenance: Provenance(match: .exact, source: mark.source)))
                    if document.entities[key] == nil {
                        document.entities[key] = Entity(
                            type: type, canonicalName: mark.key ?? mark.text, externalIDs: mark.ids)
                    }
                } else if mark.isDate {
                    document.dates.append(TemporalExpression(
                        span: span, normalized: nil, provenance: Provenance(match: .rule, source: "test")))
                } else {
                    document.quantities.append(
                        Quantity(span: span, provenance: Provenance(match: .rule, source: "test")))
                }
            }
        }
        document.mentions.sort { $0.span < $1.span }
        document.quantities.sort { $0.span < $1.span }
        document.dates.sort { $0.span < $1.span }
        document.completedLayers.formUnion([.entities, .quantities, .dates])
        return document
    }

    static func relations(_ text: String, _ marks: [Mark]) throws -> [Relation] {
        var document = try document(text, marks)
        var diagnostics: [Diagnostic] = []
        try linker.get().process(&document, diagnostics: &diagnostics)
        return document.relations
    }

    /// Relations as short strings: `Keo Chhea hasTitle Botschafter`, `Unicef accordingTo` with the quantity text,
    /// said objects cut to 30 characters.
    static func describe(_ text: String, _ marks: [Mark]) throws -> [String] {
        var document = try document(text, marks)
        var diagnostics: [Diagnostic] = []
        try linker.get().process(&document, diagnostics: &diagnostics)
        return document.relations.map { describe($0, in: document) }
    }

    static func describe(_ relation: Relation, in document: Document) -> String {
        func node(_ node: Relation.Node) -> String {
            switch node {
            case .entity(let key): return document.entities[key]?.canonicalName ?? key
            case .quantity(let index): return document.text(of: document.quantities[index].span)
            case .literal(let text): return text
            case .quotation(let span): return String(document.text(of: span).prefix(30))
            }
        }
        let role = relation.role.map { " (\($0))" } ?? ""
        return "\(node(relation.subject)) \(relation.predicate.rawValue) \(node(relation.object))\(role)"
    }

    private static func occurrences(of needle: String, in document: Document) -> [TextSpan] {
        let pattern = Array(needle.unicodeScalars)
        let scalars = document.scalars
        var out: [TextSpan] = []
        guard !pattern.isEmpty, scalars.count >= pattern.count else { return out }
        for start in 0...(scalars.count - pattern.count) where scalars[start] == pattern[0] {
            guard Array(scalars[start..<start + pattern.count]) == pattern else { continue }
            let end = start + pattern.count
            let before = start > 0 && scalars[start - 1].properties.isAlphabetic
            let after = end < scalars.count && scalars[end].properties.isAlphabetic && needle.last?.isLetter == true
                && !needle.hasSuffix(".")
            if !before && !after { out.append(TextSpan(start, end)) }
        }
        return out
    }
}

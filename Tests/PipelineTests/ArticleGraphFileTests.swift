import Foundation
import JSONLD
import NewsGraphCore
@testable import Pipeline
import Testing

/// A skipped article's entities are read back from its file for the merged graph; they must come back exactly.
@Suite struct ArticleGraphFileTests {
    func annotated(_ text: String, _ entities: [(String, EntityType, String, [String], [String])]) -> Document {
        var document = Document(name: "rt", text: text)
        for (surface, type, canonical, alternates, ids) in entities {
            let entity = Entity(type: type, canonicalName: canonical, alternateNames: alternates, externalIDs: ids)
            document.entities[entity.key] = entity
            if let range = text.range(of: surface) {
                let begin = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
                document.mentions.append(EntityMention(
                    span: TextSpan(begin, begin + surface.unicodeScalars.count), type: type, entityKey: entity.key,
                    provenance: Provenance(match: .exact, source: "test:1")))
            }
        }
        return document
    }

    @Test func entitiesAndNodesReadBackExactly() throws {
        let document = annotated(
            "Das Bundeskriminalamt (BKA) und Europol ermitteln in Wien gegen „Dr. Müller\u{2028}“.",
            [
                ("Bundeskriminalamt", .organization, "Bundeskriminalamt", ["BKA"], ["wd:Q687507"]),
                ("Europol", .organization, "Europol", [], ["wd:Q505588", "gn:123"]),
                ("Wien", .place, "Wien", ["Vienna", "Wean \"quoted\" \\ slash/"], ["gn:2761369"]),
                ("Müller", .person, "Müller\u{2028}", [], []),
            ])
        let writer = JSONLDWriter(pipelineVersion: Pipeline.version)
        let text = writer.document(document)
        let (nodes, entities) = try #require(ArticleGraphFile.split(text))
        #expect(entities.map { $0.json.serialized() } == writer.entityNodes(document).map { $0.json.serialized() })
        #expect(nodes == writer.articleNodes(document).map { $0.serialized() }.joined(separator: ",\n"))
    }

    @Test func truncatedFileIsNotUsed() {
        let writer = JSONLDWriter(pipelineVersion: Pipeline.version)
        let text = writer.document(annotated("Europol ermittelt.", [("Europol", .organization, "Europol", [], [])]))
        #expect(ArticleGraphFile.split(String(text.prefix(text.count - 5))) == nil)
    }
}

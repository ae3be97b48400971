import Foundation
import JSONLD
import NewsGraphCore

/// Reads a per-article `<name>.jsonld` back as the merged graph needs it: the article's own nodes as text
/// and its entities as mergeable nodes. Relies on the writer's layout (one node per line), and checks it:
/// a file that does not round-trip exactly is reported as unusable, and the article is processed again.
enum ArticleGraphFile {
    static let entityPrefix = "{\"@id\":\"urn:newsgraph:entity:"

    /// The article nodes joined by `,\n`, and the entity nodes; nil when the file is not in the writer's layout.
    static func split(_ text: String) -> (articleNodes: String, entities: [EntityNode])? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        guard lines.count >= 3, lines[0].hasPrefix("{\"@context\":"), lines[1] == "\"@graph\":[",
            lines[lines.count - 1] == "]}"
        else { return nil }
        var articleNodes = ""
        var entities: [EntityNode] = []
        for index in 2..<(lines.count - 1) {
            var line = lines[index]
            if index < lines.count - 2 {
                guard line.hasSuffix(",") else { return nil }
                line = line.dropLast()
            }
            if line.hasPrefix(entityPrefix) {
                guard let node = entityNode(line), node.json.serialized() == line else { return nil }
                entities.append(node)
            } else {
                guard line.hasPrefix("{"), line.hasSuffix("}") else { return nil }
                if !articleNodes.isEmpty { articleNodes += ",\n" }
                articleNodes += line
            }
        }
        return (articleNodes, entities)
    }

    private static func entityNode(_ line: Substring) -> EntityNode? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
            let typeName = object["@type"] as? String, let name = object["schema:name"] as? String,
            let type = EntityType.allCases.first(where: { JSONLDWriterClass.name($0) == typeName })
        else { return nil }
        let alternates = object["schema:alternateName"] as? [String] ?? []
        let identifiers = object["schema:identifier"] as? [String] ?? []
        return EntityNode(
            entity: Entity(type: type, canonicalName: name, externalIDs: identifiers), alternateNames: Set(alternates))
    }
}

/// The schema.org class an entity type is written as, read off the writer's own output.
enum JSONLDWriterClass {
    static func name(_ type: EntityType) -> String {
        let node = EntityNode(entity: Entity(type: type, canonicalName: "x"), alternateNames: [])
        guard case .object(let pairs) = node.json, let value = pairs.first(where: { $0.0 == "@type" })?.1,
            case .string(let name) = value
        else { return "" }
        return name
    }
}

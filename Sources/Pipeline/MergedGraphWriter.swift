import Foundation
import JSONLD
import NewsGraphCore

/// Writes `graph.jsonld` without holding the batch in memory: article nodes are appended to a temporary
/// file as each window of articles finishes (in input order), only the entity table stays in memory, and
/// the finished file is renamed into place.
final class MergedGraphWriter {
    private let target: URL
    private let temporary: URL
    private let descriptor: Int32
    private var buffer = ""
    private var first = true
    private var entities: [String: EntityNode] = [:]

    init(target: URL) throws {
        self.target = target
        temporary = AtomicFile.temporaryURL(for: target)
        descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw AtomicFile.failure(target) }
        buffer = "{\"@context\":" + Vocabulary.context.serialized() + ",\n\"@graph\":[\n"
    }

    /// Adds one article: its nodes (already serialised, joined by `,\n`) and its entities.
    func append(articleNodes: String, entities articleEntities: [EntityNode]) throws {
        if !articleNodes.isEmpty {
            buffer += first ? "" : ",\n"
            first = false
            buffer += articleNodes
        }
        for node in articleEntities {
            if var existing = entities[node.entity.key] {
                existing.merge(node)
                entities[node.entity.key] = existing
            } else {
                entities[node.entity.key] = node
            }
        }
        if buffer.utf8.count > 1 << 20 { try flush() }
    }

    /// Writes the merged entities and puts the file in place.
    func finish() throws {
        for key in entities.keys.sorted() {
            guard let node = entities[key] else { continue }
            buffer += first ? "" : ",\n"
            first = false
            node.json.write(to: &buffer)
            if buffer.utf8.count > 1 << 20 { try flush() }
        }
        buffer += "\n]}\n"
        try flush()
        close(descriptor)
        try AtomicFile.commit(temporary, to: target)
    }

    /// Drops the temporary file after a failure.
    func abandon() {
        close(descriptor)
        unlink(temporary.path)
    }

    private func flush() throws {
        guard AtomicFile.writeAll(buffer, to: descriptor) else { throw AtomicFile.failure(target) }
        buffer.removeAll(keepingCapacity: true)
    }
}

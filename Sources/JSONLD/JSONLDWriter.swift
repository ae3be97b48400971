import NewsGraphCore

/// Turns an annotated document into NIF + schema.org JSON-LD, following the output contract in
/// `../shared/eval/README.md`. No blank nodes: every node has an IRI, so the per-article files and the
/// merged graph describe the very same triples.
public struct JSONLDWriter: Sendable {
    /// Written into every article node, so a graph says which pipeline made it.
    public let pipelineVersion: String

    public init(pipelineVersion: String) {
        self.pipelineVersion = pipelineVersion
    }

    /// One article as a complete JSON-LD document.
    public func document(_ document: Document) -> String {
        String(decoding: documentBytes(document), as: UTF8.self)
    }

    /// One article as a complete JSON-LD document, in UTF-8.
    public func documentBytes(_ document: Document) -> [UInt8] {
        serializedParts(document).file
    }

    /// One article serialised once, in the pieces a batch needs: the complete file, the article's own nodes
    /// (joined by `,\n`, for the merged graph) and its entities (merged across articles before writing).
    public func serializedParts(
        _ document: Document
    ) -> (file: [UInt8], articleNodes: [UInt8], entities: [EntityNode]) {
        var nodes: [UInt8] = []
        nodes.reserveCapacity(document.scalars.count * 8)
        for (index, node) in articleNodes(document).enumerated() {
            if index > 0 { nodes.append(contentsOf: ",\n".utf8) }
            node.write(to: &nodes)
        }
        let entities = entityNodes(document)
        var file: [UInt8] = []
        file.reserveCapacity(nodes.count + 512 + entities.count * 200)
        file.append(contentsOf: "{\"@context\":".utf8)
        Vocabulary.context.write(to: &file)
        file.append(contentsOf: ",\n\"@graph\":[\n".utf8)
        file.append(contentsOf: nodes)
        for entity in entities {
            file.append(contentsOf: ",\n".utf8)
            entity.json.write(to: &file)
        }
        file.append(contentsOf: "\n]}\n".utf8)
        return (file, nodes, entities)
    }

    /// Every node of the article except its entities, in document order.
    public func articleNodes(_ document: Document) -> [JSONValue] {
        let article = IRIs.article(document)
        var nodes: [JSONValue] = []
        var context: [(String, JSONValue)] = [
            ("@id", .string(article)),
            ("@type", .array([.string("nif:Context"), .string("nif:RFC5147String")])),
            ("nif:isString", .string(document.text)),
            ("nif:beginIndex", .int(0)),
            ("nif:endIndex", .int(document.scalars.count)),
            ("schema:name", .string(document.name)),
        ]
        if let language = document.language { context.append(("schema:inLanguage", .string(language))) }
        if let date = document.publicationDate { context.append(("schema:datePublished", .string(date))) }
        context.append(("prov:wasGeneratedBy", .string("NewsGraph \(pipelineVersion)")))
        nodes.append(.object(context))

        let sentenceIRIs = document.sentences.map { IRIs.span("char", $0.span, article: article) }
        for (index, sentence) in document.sentences.enumerated() {
            nodes.append(.object(anchor(sentenceIRIs[index], types: ["nif:Sentence", "nif:RFC5147String"],
                span: sentence.span, in: document, sentenceIRI: nil) + [("ng:sentenceIndex", .int(index))]))
        }
        func sentenceIRI(of span: TextSpan) -> String? {
            document.sentenceIndex(containing: span.begin).map { sentenceIRIs[$0] }
        }
        // Every mention of an entity points to the same IRI: encode each key once.
        var entityIRIs: [String: JSONValue] = [:]
        for mention in document.mentions.sorted(by: { ($0.span, $0.type) < ($1.span, $1.type) }) {
            var node = anchor(IRIs.span("mention", mention.span, article: article), types: ["nif:Phrase"],
                span: mention.span, in: document, sentenceIRI: sentenceIRI(of: mention.span))
            let entity = entityIRIs[mention.entityKey] ?? .object([("@id", .string(IRIs.entity(key: mention.entityKey)))])
            entityIRIs[mention.entityKey] = entity
            node.append(("itsrdf:taIdentRef", entity))
            node.append(("itsrdf:taClassRef", .object([("@id", .string(Self.schemaClass(mention.type)))])))
            node += provenance(mention.provenance)
            nodes.append(.object(node))
        }
        for quantity in document.quantities {
            let node = quantityNode(quantity, in: document, article: article, sentenceIRI: sentenceIRI(of: quantity.span))
            nodes.append(.object(node))
        }
        for date in document.dates {
            var node = anchor(IRIs.span("date", date.span, article: article), types: ["ng:TemporalExpression"],
                span: date.span, in: document, sentenceIRI: sentenceIRI(of: date.span))
            if let normalized = date.normalized { node.append(("ng:normalized", .string(normalized))) }
            if let resolved = date.resolved { node.append(("ng:resolved", .string(resolved))) }
            node += provenance(date.provenance)
            nodes.append(.object(node))
        }
        var quotations: Set<TextSpan> = []
        for (index, relation) in document.relations.enumerated() {
            for case .quotation(let span) in [relation.subject, relation.object] where quotations.insert(span).inserted {
                var node = anchor(IRIs.span("quote", span, article: article), types: ["schema:Quotation"], span: span,
                    in: document, sentenceIRI: sentenceIRI(of: span))
                node.append(("schema:text", .string(document.text(of: span))))
                nodes.append(.object(node))
            }
            let node = relationNode(relation, index: index, in: document, article: article, sentenceIRIs: sentenceIRIs)
            nodes.append(.object(node))
        }
        return nodes
    }

    /// The article's entities, each with every name it goes by in the article.
    public func entityNodes(_ document: Document) -> [EntityNode] {
        var surfaces: [String: Set<String>] = [:]
        for mention in document.mentions {
            surfaces[mention.entityKey, default: []].insert(document.text(of: mention.span))
        }
        return document.entities.keys.sorted().compactMap { key in
            guard let entity = document.entities[key] else { return nil }
            var names = Set(entity.alternateNames).union(surfaces[key] ?? [])
            names.remove(entity.canonicalName)
            return EntityNode(entity: entity, alternateNames: names)
        }
    }

    static func schemaClass(_ type: EntityType) -> String {
        switch type {
        case .person: return "schema:Person"
        case .organization: return "schema:Organization"
        case .place: return "schema:Place"
        }
    }

    private func anchor(
        _ iri: String, types: [String], span: TextSpan, in document: Document, sentenceIRI: String?
    ) -> [(String, JSONValue)] {
        let article = String(iri[..<(iri.firstIndex(of: "#") ?? iri.endIndex)])
        var node: [(String, JSONValue)] = [
            ("@id", .string(iri)),
            ("@type", types.count == 1 ? .string(types[0]) : .array(types.map { .string($0) })),
            ("nif:referenceContext", .object([("@id", .string(article))])),
            ("nif:beginIndex", .int(span.begin)),
            ("nif:endIndex", .int(span.end)),
            ("nif:anchorOf", .string(document.text(of: span))),
        ]
        if let sentenceIRI { node.append(("nif:sentence", .object([("@id", .string(sentenceIRI))]))) }
        return node
    }

    private func provenance(_ provenance: Provenance) -> [(String, JSONValue)] {
        [("ng:match", .string(provenance.match.rawValue)), ("ng:source", .string(provenance.source))]
    }

    private func quantityNode(
        _ quantity: Quantity, in document: Document, article: String, sentenceIRI: String?
    ) -> [(String, JSONValue)] {
        var types = ["schema:QuantitativeValue"]
        if quantity.kind == .money { types.append("schema:MonetaryAmount") }
        var node = anchor(IRIs.span("quantity", quantity.span, article: article), types: types, span: quantity.span,
            in: document, sentenceIRI: sentenceIRI)
        if let value = quantity.value { node.append(("schema:value", .number(value))) }
        if let value = quantity.minValue { node.append(("schema:minValue", .number(value))) }
        if let value = quantity.maxValue { node.append(("schema:maxValue", .number(value))) }
        if let unit = quantity.unit { node.append(("schema:unitText", .string(unit))) }
        if let currency = quantity.currency { node.append(("schema:currency", .string(currency))) }
        if let modifier = quantity.modifier { node.append(("ng:modifier", .string(modifier.rawValue))) }
        if let event = quantity.event { node.append(("ng:event", .string(event.rawValue))) }
        node.append(("ng:quantityKind", .string(quantity.kind.rawValue)))
        node += provenance(quantity.provenance)
        return node
    }

    private func relationNode(
        _ relation: Relation, index: Int, in document: Document, article: String, sentenceIRIs: [String]
    ) -> [(String, JSONValue)] {
        func node(_ end: Relation.Node) -> JSONValue {
            switch end {
            case .entity(let key): return .object([("@id", .string(IRIs.entity(key: key)))])
            case .quantity(let index):
                let span = document.quantities[index].span
                return .object([("@id", .string(IRIs.span("quantity", span, article: article)))])
            case .quotation(let span): return .object([("@id", .string(IRIs.span("quote", span, article: article)))])
            case .literal(let text): return .string(text)
            }
        }
        var out: [(String, JSONValue)] = [
            ("@id", .string(article + "#relation=" + String(index))),
            ("@type", .string("rdf:Statement")),
            ("rdf:subject", node(relation.subject)),
            ("rdf:predicate", .object([("@id", .string("ng:" + relation.predicate.rawValue))])),
            ("rdf:object", node(relation.object)),
            ("nif:referenceContext", .object([("@id", .string(article))])),
        ]
        if sentenceIRIs.indices.contains(relation.sentenceIndex) {
            out.append(("ng:evidence", .object([("@id", .string(sentenceIRIs[relation.sentenceIndex]))])))
        }
        if let role = relation.role { out.append(("ng:role", .string(role))) }
        out += provenance(relation.provenance)
        return out
    }
}

import NewsGraphCore

/// Collects nodes as `JSONValue` trees, for serialisations that walk the structure (N-Quads, the merged graph).
struct TreeSink: NodeSink {
    private(set) var nodes: [JSONValue] = []
    /// The article the nodes describe; nil for entity nodes, which stand apart from any one article.
    private let document: Document?
    private let articleIRI: String
    private var current: [(String, JSONValue)] = []

    init(document: Document?, articleIRI: String) {
        self.document = document
        self.articleIRI = articleIRI
    }

    mutating func beginNode(_ id: NodeRef) { current = [("@id", .string(iri(id)))] }

    mutating func endNode() { nodes.append(.object(current)) }

    mutating func types(_ first: StaticString, _ second: StaticString?) {
        if let second {
            current.append(("@type", .array([.string(first.string), .string(second.string)])))
        } else {
            current.append(("@type", .string(first.string)))
        }
    }

    mutating func string(_ key: StaticString, _ value: String) { current.append((key.string, .string(value))) }

    mutating func strings(_ key: StaticString, _ values: [String]) {
        current.append((key.string, .array(values.map { .string($0) })))
    }

    mutating func text(_ key: StaticString, _ span: TextSpan) {
        guard let document else { preconditionFailure("text under \(span) with no document") }
        current.append((key.string, .string(document.text(of: span))))
    }

    mutating func int(_ key: StaticString, _ value: Int) { current.append((key.string, .int(value))) }

    mutating func number(_ key: StaticString, _ value: Double) { current.append((key.string, .number(value))) }

    mutating func ref(_ key: StaticString, _ target: NodeRef) {
        current.append((key.string, reference(target)))
    }

    mutating func refs(_ key: StaticString, _ targets: [NodeRef]) {
        current.append((key.string, .array(targets.map(reference))))
    }

    private func reference(_ target: NodeRef) -> JSONValue { .object([("@id", .string(iri(target)))]) }

    private func iri(_ ref: NodeRef) -> String {
        switch ref {
        case .article: return articleIRI
        case .span(let kind, let span): return IRIs.span(kind.string, span, article: articleIRI)
        case .sentence(let index):
            guard let document else { preconditionFailure("sentence \(index) with no document") }
            return IRIs.span("char", document.sentences[index].span, article: articleIRI)
        case .relation(let index): return articleIRI + "#relation=" + String(index)
        case .entity(let key): return IRIs.entity(key: key)
        case .term(let term): return term.string
        case .newsgraphTerm(let name): return "ng:" + name
        case .iri(let iri): return iri
        case .external(let prefix, let id, let suffix): return prefix.string + id + suffix.string
        }
    }
}

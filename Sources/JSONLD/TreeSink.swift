import NewsGraphCore

/// Collects an article's nodes as `JSONValue` trees, for serialisations that walk the structure (N-Quads).
struct TreeSink: NodeSink {
    private(set) var nodes: [JSONValue] = []
    private let document: Document
    private let articleIRI: String
    private var current: [(String, JSONValue)] = []

    init(document: Document, articleIRI: String) {
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

    mutating func text(_ key: StaticString, _ span: TextSpan) {
        current.append((key.string, .string(document.text(of: span))))
    }

    mutating func int(_ key: StaticString, _ value: Int) { current.append((key.string, .int(value))) }

    mutating func number(_ key: StaticString, _ value: Double) { current.append((key.string, .number(value))) }

    mutating func ref(_ key: StaticString, _ target: NodeRef) {
        current.append((key.string, .object([("@id", .string(iri(target)))])))
    }

    private func iri(_ ref: NodeRef) -> String {
        switch ref {
        case .article: return articleIRI
        case .span(let kind, let span): return IRIs.span(kind.string, span, article: articleIRI)
        case .relation(let index): return articleIRI + "#relation=" + String(index)
        case .entity(let key): return IRIs.entity(key: key)
        case .term(let term): return term
        }
    }
}

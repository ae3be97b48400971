import NewsGraphCore

/// Writes an article's nodes as compact JSON straight into UTF-8 bytes, nodes separated by `,\n`: the hot
/// path of every run, so no intermediate tree and no `String` per IRI or anchor.
struct ByteSink: NodeSink {
    private(set) var bytes: [UInt8] = []
    private let document: Document
    /// IRIs are percent-encoded, hence plain ASCII that needs no JSON escaping.
    private let articleIRI: [UInt8]
    private var entityIRIs: [String: [UInt8]] = [:]
    private var nodeCount = 0

    init(document: Document, articleIRI: String) {
        self.document = document
        self.articleIRI = Array(articleIRI.utf8)
        bytes.reserveCapacity(document.scalars.count * 8)
    }

    mutating func beginNode(_ id: NodeRef) {
        if nodeCount > 0 { append(",\n") }
        nodeCount += 1
        append("{\"@id\":")
        write(id)
    }

    mutating func endNode() { bytes.append(UInt8(ascii: "}")) }

    mutating func types(_ first: StaticString, _ second: StaticString?) {
        append(",\"@type\":")
        if let second {
            append("[\"")
            append(first)
            append("\",\"")
            append(second)
            append("\"]")
        } else {
            bytes.append(UInt8(ascii: "\""))
            append(first)
            bytes.append(UInt8(ascii: "\""))
        }
    }

    mutating func string(_ key: StaticString, _ value: String) {
        self.key(key)
        JSONBytes.appendString(value, to: &bytes)
    }

    mutating func text(_ key: StaticString, _ span: TextSpan) {
        self.key(key)
        document.withUTF8(of: span) { JSONBytes.appendString($0, to: &bytes) }
    }

    mutating func int(_ key: StaticString, _ value: Int) {
        self.key(key)
        JSONBytes.appendInt(value, to: &bytes)
    }

    mutating func number(_ key: StaticString, _ value: Double) {
        self.key(key)
        JSONValue.number(value).write(to: &bytes)
    }

    mutating func ref(_ key: StaticString, _ target: NodeRef) {
        self.key(key)
        append("{\"@id\":")
        write(target)
        bytes.append(UInt8(ascii: "}"))
    }

    private mutating func key(_ key: StaticString) {
        append(",\"")
        append(key)
        append("\":")
    }

    private mutating func write(_ ref: NodeRef) {
        bytes.append(UInt8(ascii: "\""))
        switch ref {
        case .article:
            bytes.append(contentsOf: articleIRI)
        case .span(let kind, let span):
            bytes.append(contentsOf: articleIRI)
            bytes.append(UInt8(ascii: "#"))
            append(kind)
            bytes.append(UInt8(ascii: "="))
            JSONBytes.appendInt(span.begin, to: &bytes)
            bytes.append(UInt8(ascii: ","))
            JSONBytes.appendInt(span.end, to: &bytes)
        case .relation(let index):
            bytes.append(contentsOf: articleIRI)
            append("#relation=")
            JSONBytes.appendInt(index, to: &bytes)
        case .entity(let key):
            if let iri = entityIRIs[key] {
                bytes.append(contentsOf: iri)
            } else {
                let iri = Array(IRIs.entity(key: key).utf8)
                entityIRIs[key] = iri
                bytes.append(contentsOf: iri)
            }
        case .term(let term):
            // Written as any JSON string, quotes included.
            bytes.removeLast()
            JSONBytes.appendString(term, to: &bytes)
            return
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }
}

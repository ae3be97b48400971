import NewsGraphCore

/// Writes nodes as compact JSON straight into UTF-8 bytes, nodes separated by `,\n`: the hot path of every
/// run, so no intermediate tree, no `String` per IRI or anchor, and no reference to the document per call
/// (it borrows the text's bytes and offsets once per article).
struct ByteSink: NodeSink {
    /// Owned by whoever made the sink, who deallocates it.
    var buffer: ByteBuffer
    private let text: UnsafeBufferPointer<UInt8>
    /// Where each code point of `text` starts, plus the end.
    private let offsets: UnsafeBufferPointer<Int32>
    /// IRIs are percent-encoded, hence plain ASCII that needs no JSON escaping.
    private let articleIRI: UnsafeBufferPointer<UInt8>
    private var nodeCount = 0

    init(
        buffer: ByteBuffer, text: UnsafeBufferPointer<UInt8>, offsets: UnsafeBufferPointer<Int32>,
        articleIRI: UnsafeBufferPointer<UInt8>
    ) {
        self.buffer = buffer
        self.text = text
        self.offsets = offsets
        self.articleIRI = articleIRI
    }

    mutating func beginNode(_ id: NodeRef) {
        if nodeCount > 0 { buffer.append(",\n") }
        nodeCount += 1
        buffer.append("{\"@id\":")
        write(id)
    }

    mutating func endNode() { buffer.append(UInt8(ascii: "}")) }

    mutating func types(_ first: StaticString, _ second: StaticString?) {
        if let second {
            buffer.append(",\"@type\":[\"")
            buffer.append(first)
            buffer.append("\",\"")
            buffer.append(second)
            buffer.append("\"]")
        } else {
            buffer.append(",\"@type\":\"")
            buffer.append(first)
            buffer.append(UInt8(ascii: "\""))
        }
    }

    mutating func string(_ key: StaticString, _ value: String) {
        self.key(key)
        JSONBytes.appendString(value, to: &buffer)
    }

    mutating func strings(_ key: StaticString, _ values: [String]) {
        self.key(key)
        buffer.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: ",")) }
            JSONBytes.appendString(value, to: &buffer)
        }
        buffer.append(UInt8(ascii: "]"))
    }

    mutating func text(_ key: StaticString, _ span: TextSpan) {
        self.key(key)
        let range = Int(offsets[span.begin])..<Int(offsets[span.end])
        JSONBytes.appendString(UnsafeBufferPointer(rebasing: text[range]), to: &buffer)
    }

    mutating func int(_ key: StaticString, _ value: Int) {
        self.key(key)
        JSONBytes.appendInt(value, to: &buffer)
    }

    mutating func number(_ key: StaticString, _ value: Double) {
        self.key(key)
        JSONValue.number(value).write(into: &buffer)
    }

    mutating func ref(_ key: StaticString, _ target: NodeRef) {
        self.key(key)
        reference(target)
    }

    mutating func refs(_ key: StaticString, _ targets: [NodeRef]) {
        self.key(key)
        buffer.append(UInt8(ascii: "["))
        for (index, target) in targets.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: ",")) }
            reference(target)
        }
        buffer.append(UInt8(ascii: "]"))
    }

    private mutating func reference(_ target: NodeRef) {
        buffer.append("{\"@id\":")
        write(target)
        buffer.append(UInt8(ascii: "}"))
    }

    private mutating func key(_ key: StaticString) {
        buffer.append(",\"")
        buffer.append(key)
        buffer.append("\":")
    }

    /// An IRI as a JSON string, quotes included.
    private mutating func write(_ ref: NodeRef) {
        buffer.append(UInt8(ascii: "\""))
        switch ref {
        case .article:
            buffer.append(contentsOf: articleIRI)
        case .span(let kind, let span):
            buffer.append(contentsOf: articleIRI)
            buffer.append(UInt8(ascii: "#"))
            buffer.append(kind)
            buffer.append(UInt8(ascii: "="))
            JSONBytes.appendInt(span.begin, to: &buffer)
            buffer.append(UInt8(ascii: ","))
            JSONBytes.appendInt(span.end, to: &buffer)
        case .relation(let index):
            buffer.append(contentsOf: articleIRI)
            buffer.append("#relation=")
            JSONBytes.appendInt(index, to: &buffer)
        case .entity(let key):
            IRIs.appendEntity(key: key, to: &buffer)
        case .term(let term):
            // Compact IRIs of the context: ASCII letters and a colon only.
            buffer.append(term)
        case .newsgraphTerm(let name):
            buffer.append("ng:")
            var name = name
            name.withUTF8 { JSONBytes.appendEscaped($0, to: &buffer) }
        case .iri(let iri):
            var iri = iri
            iri.withUTF8 { JSONBytes.appendEscaped($0, to: &buffer) }
        }
        buffer.append(UInt8(ascii: "\""))
    }
}

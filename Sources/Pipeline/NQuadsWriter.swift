import Foundation
import JSONLD
import NewsGraphCore

/// The same statements as the JSON-LD writer's, as N-Quads in the article's named graph: one statement
/// per line, for line-oriented tools (Hadoop Streaming, `sort -u`, triple stores' bulk loaders).
public struct NQuadsWriter: Sendable {
    public init() {}

    /// Every node of one article (its own nodes and its entities) as N-Quads lines, graph = the article IRI.
    public func quads(_ document: Document, writer: JSONLDWriter) -> String {
        let graph = "<\(IRIs.article(document))>"
        var out = ""
        for node in writer.articleNodes(document) + writer.entityNodes(document).map(\.json) {
            write(node, graph: graph, to: &out)
        }
        return out
    }

    private func write(_ node: JSONValue, graph: String, to out: inout String) {
        guard case .object(let pairs) = node, let subjectValue = pairs.first(where: { $0.0 == "@id" })?.1,
            case .string(let subjectIRI) = subjectValue
        else { return }
        let subject = iri(subjectIRI)
        for (key, value) in pairs where key != "@id" {
            let predicate = key == "@type" ? iri("rdf:type") : iri(key)
            for item in Self.items(value) {
                let object: String?
                if key == "@type", case .string(let type) = item {
                    object = iri(type)
                } else {
                    object = term(item)
                }
                guard let object else { continue }
                out += "\(subject) \(predicate) \(object) \(graph) .\n"
            }
        }
    }

    private static func items(_ value: JSONValue) -> [JSONValue] {
        if case .array(let items) = value { return items }
        return [value]
    }

    private func term(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text): return literal(text)
        case .int(let number): return "\"\(number)\"^^<\(Vocabulary.xsd)integer>"
        case .double(let number):
            guard number.isFinite else { return nil }
            return "\"\(Self.canonicalDouble(number))\"^^<\(Vocabulary.xsd)double>"
        case .bool(let flag): return "\"\(flag)\"^^<\(Vocabulary.xsd)boolean>"
        case .object(let pairs):
            guard let id = pairs.first(where: { $0.0 == "@id" })?.1, case .string(let target) = id else { return nil }
            return iri(target)
        case .array, .null: return nil
        }
    }

    /// JSON-LD's canonical xsd:double form (`1.5E0`, `2.5E-1`), built from Swift's shortest round-trip digits
    /// by moving the decimal point in the text, so that no arithmetic adds rounding error.
    static func canonicalDouble(_ value: Double) -> String {
        let text = "\(value.magnitude)"
        let parts = text.split(separator: "e", maxSplits: 1)
        var exponent = parts.count == 2 ? Int(parts[1]) ?? 0 : 0
        let mantissa = parts[0].split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        var digits = Array(mantissa[0] + (mantissa.count == 2 ? mantissa[1] : ""))
        exponent += mantissa[0].count - 1
        while digits.first == "0" {
            digits.removeFirst()
            exponent -= 1
        }
        while digits.last == "0" { digits.removeLast() }
        guard let first = digits.first else { return "0.0E0" }
        let rest = digits.dropFirst()
        return (value < 0 ? "-" : "") + "\(first).\(rest.isEmpty ? "0" : String(rest))E\(exponent)"
    }

    /// A compact IRI expanded with the context's prefixes, in angle brackets.
    private func iri(_ compact: String) -> String {
        var expanded = compact
        if let colon = compact.firstIndex(of: ":") {
            let prefix = String(compact[..<colon])
            if case .object(let prefixes) = Vocabulary.context,
                let namespace = prefixes.first(where: { $0.0 == prefix })?.1, case .string(let base) = namespace
            {
                expanded = base + compact[compact.index(after: colon)...]
            }
        }
        var out = "<"
        for scalar in expanded.unicodeScalars {
            switch scalar {
            case "<", ">", "\"", "{", "}", "|", "^", "`", "\\", " ", "\u{0}"..."\u{20}":
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + ">"
    }

    private func literal(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

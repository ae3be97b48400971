import NewsGraphCore

/// How NewsGraph names the nodes it writes: articles by name, spans by offsets, entities by type and
/// canonical name, so the same input always gives the same IRIs and a batch merges entities.
public enum IRIs {
    public static func article(_ document: Document) -> String {
        "urn:newsgraph:article:" + percentEncoded(document.name)
    }

    public static func entity(key: String) -> String {
        "urn:newsgraph:entity:" + percentEncoded(key)
    }

    /// A span's IRI under an article IRI computed once, since every node of an article needs it.
    static func span(_ kind: String, _ span: TextSpan, article: String) -> String {
        article + "#" + kind + "=" + String(span.begin) + "," + String(span.end)
    }

    /// Keeps unreserved ASCII, percent-encodes the UTF-8 bytes of everything else.
    static func percentEncoded(_ text: String) -> String {
        // Most names need no escaping at all: return them without building a new string.
        if text.utf8.allSatisfy(isUnreserved) { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count * 2)
        for byte in text.utf8 {
            if isUnreserved(byte) {
                out.append(byte)
            } else {
                out.append(UInt8(ascii: "%"))
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0xF)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
            UInt8(ascii: "~"), UInt8(ascii: "/"):
            return true
        default:
            return false
        }
    }
}

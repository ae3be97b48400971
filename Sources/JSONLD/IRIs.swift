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

    /// Appends an entity's IRI as ASCII bytes, the same as `entity(key:)` spells it.
    static func appendEntity(key: String, to buffer: inout ByteBuffer) {
        // Native strings lend their bytes without the copy (and its retain and release) `withUTF8` needs.
        if key.utf8.withContiguousStorageIfAvailable({ appendEntity(keyBytes: $0, to: &buffer) }) != nil { return }
        var key = key
        key.withUTF8 { appendEntity(keyBytes: $0, to: &buffer) }
    }

    /// The prefix and the encoded key in one run, with one capacity check: an entity's IRI is written once an
    /// article and keys are short, so the cost of a call, not of a byte, is what counts.
    private static func appendEntity(keyBytes: UnsafeBufferPointer<UInt8>, to buffer: inout ByteBuffer) {
        let prefix: StaticString = "urn:newsgraph:entity:"
        encodings.withUnsafeBufferPointer { encodings in
            // Each byte's table entry is stored whole, its length byte past what is kept: one byte more room.
            buffer.appendRun(upTo: prefix.utf8CodeUnitCount + keyBytes.count * 3 + 1) { run in
                run.literal(prefix)
                for byte in keyBytes {
                    let encoding = encodings[Int(byte)]
                    run.word(encoding, keeping: Int(encoding >> 24))
                }
            }
        }
    }

    /// The article's IRI as `article(_:)` spells it, in bytes made at once: no `String` joined first and copied
    /// after.
    static func articleBytes(_ document: Document) -> [UInt8] {
        let prefix: StaticString = "urn:newsgraph:article:"
        var name = document.name
        return name.withUTF8 { name in
            var bytes: [UInt8] = []
            bytes.reserveCapacity(prefix.utf8CodeUnitCount + name.count * 3 + 1)
            prefix.withUTF8Buffer { bytes.append(contentsOf: $0) }
            // Names are nearly always file stems or ids that need no encoding.
            if name.allSatisfy(isUnreserved) {
                bytes.append(contentsOf: name)
            } else {
                appendPercentEncoded(name, to: &bytes)
            }
            return bytes
        }
    }

    /// Keeps unreserved ASCII, percent-encodes the UTF-8 bytes of everything else.
    static func percentEncoded(_ text: String) -> String {
        // Most names need no escaping at all: return them without building a new string.
        if text.utf8.allSatisfy(isUnreserved) { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count * 2)
        var text = text
        text.withUTF8 { appendPercentEncoded($0, to: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    private static func appendPercentEncoded<Out: ByteOutput>(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout Out) {
        // In place, a byte at a time: keys are short and mostly letters, so runs between escapes are too short to
        // be worth copying as runs. Each byte is one table entry stored whole (one byte more room for its fourth).
        encodings.withUnsafeBufferPointer { encodings in
            out.append(upTo: bytes.count * 3 + 1) { target in
                let target = UnsafeMutableRawPointer(target)
                var count = 0
                for byte in bytes {
                    let encoding = encodings[Int(byte)]
                    target.storeBytes(of: encoding.littleEndian, toByteOffset: count, as: UInt32.self)
                    count &+= Int(encoding >> 24)
                }
                return count
            }
        }
    }

    /// Per byte, its spelling in an IRI (the byte, or `%` and two hex digits) in the low three bytes, memory
    /// order, and its length in the top byte.
    private static let encodings: [UInt32] = (0...255).map { (byte: UInt32) -> UInt32 in
        let value = UInt8(byte)
        if isUnreserved(value) { return 1 << 24 | byte }
        return 3 << 24 | UInt32(hexDigit(value & 0xF)) << 16 | UInt32(hexDigit(value >> 4)) << 8 | UInt32(UInt8(ascii: "%"))
    }

    /// Upper-case, as RFC 3986 recommends.
    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "A") + value - 10
    }

    /// Letters, digits and `-._~/`, as a bit per ASCII byte (0–63, 64–127). Literals in the function, not static
    /// properties: those are read through an accessor on every byte.
    @inline(__always)
    private static func isUnreserved(_ byte: UInt8) -> Bool {
        let low: UInt64 = 0x03FF_E000_0000_0000
        let high: UInt64 = 0x47FF_FFFE_87FF_FFFE
        return byte < 128 && (byte < 64 ? low : high) >> (byte & 63) & 1 != 0
    }
}

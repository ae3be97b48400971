/// A JSON value whose objects keep their keys in the order written, so output is byte-for-byte stable.
public enum JSONValue: Hashable, Sendable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case array([JSONValue])
    case object([(String, JSONValue)])
    case null

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialized() == rhs.serialized() }
    public func hash(into hasher: inout Hasher) { hasher.combine(serialized()) }

    /// A number as JSON: integral values without a fraction, others in Swift's shortest round-trip form.
    public static func number(_ value: Double) -> JSONValue {
        if value == value.rounded(), abs(value) < 1e15 { return .int(Int(value)) }
        return .double(value)
    }

    /// Compact JSON text.
    public func serialized() -> String {
        var out: [UInt8] = []
        write(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends compact JSON text to a String (convenience for small values).
    public func write(to out: inout String) {
        out += serialized()
    }

    /// Appends compact JSON as UTF-8 bytes: the fast path, since output is written as bytes anyway.
    public func write(to out: inout [UInt8]) {
        write(into: &out)
    }

    func write<Out: ByteOutput>(into out: inout Out) {
        switch self {
        case .string(let s): JSONBytes.appendString(s, to: &out)
        case .int(let i): JSONBytes.appendInt(i, to: &out)
        case .double(let d): Self.append(d.isFinite ? "\(d)" : "null", to: &out)
        case .bool(let b): Self.append(b ? "true" : "false", to: &out)
        case .null: Self.append("null", to: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                item.write(into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let pairs):
            out.append(UInt8(ascii: "{"))
            for (index, (key, value)) in pairs.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                JSONBytes.appendString(key, to: &out)
                out.append(UInt8(ascii: ":"))
                value.write(into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Text that needs no escaping, as it is.
    private static func append<Out: ByteOutput>(_ text: String, to out: inout Out) {
        var text = text
        text.withUTF8 { out.append(contentsOf: $0) }
    }
}

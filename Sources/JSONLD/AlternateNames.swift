/// An entity's alternate names as a `Set<String>` of them would hold them (the first of canonically equal
/// names kept), sorted as `String.<` sorts them, but compared by their bytes where that gives the same answer:
/// names made only of code points below U+0300 are in NFC, where equal means the same bytes and `<` orders as
/// the bytes do. Hashing or comparing a `String` checks normalisation; nearly every name needs none.
struct AlternateNames {
    private(set) var names: [String] = []
    /// Whether each name's bytes alone may be compared.
    private var plain: [Bool] = []

    init() {}

    /// Adds `name` unless an equal one is already there.
    mutating func insert(_ name: String) {
        let isPlain = Self.isPlain(name)
        for index in names.indices where Self.equal(names[index], plain[index], name, isPlain) { return }
        names.append(name)
        plain.append(isPlain)
    }

    /// Adds the name spelt by `bytes` unless an equal one is already there; builds a `String` only if not.
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>) {
        let isPlain = Self.isPlain(bytes)
        if isPlain {
            for index in names.indices where plain[index] {
                var name = names[index]
                if name.withUTF8({ Self.sameBytes($0, bytes) }) { return }
            }
            if plain.allSatisfy({ $0 }) {
                names.append(String(decoding: bytes, as: UTF8.self))
                plain.append(true)
                return
            }
        }
        insert(String(decoding: bytes, as: UTF8.self))
    }

    /// Removes the name equal to `name`, if there is one.
    mutating func remove(_ name: String) {
        let isPlain = Self.isPlain(name)
        if let index = names.indices.first(where: { Self.equal(names[$0], plain[$0], name, isPlain) }) {
            names.remove(at: index)
            plain.remove(at: index)
        }
    }

    /// The names, sorted as `String.<` sorts them.
    func sorted() -> [String] {
        guard names.count > 1 else { return names }
        guard plain.allSatisfy({ $0 }) else { return names.sorted() }
        return names.sorted { first, second in
            var first = first
            var second = second
            return first.withUTF8 { first in second.withUTF8 { Self.less(first, $0) } }
        }
    }

    private static func equal(_ first: String, _ firstPlain: Bool, _ second: String, _ secondPlain: Bool) -> Bool {
        guard firstPlain && secondPlain else { return first == second }
        var first = first
        var second = second
        return first.withUTF8 { first in second.withUTF8 { sameBytes(first, $0) } }
    }

    private static func isPlain(_ string: String) -> Bool {
        var string = string
        return string.withUTF8 { isPlain($0) }
    }

    /// U+0300 is the first code point whose UTF-8 lead byte is 0xCC.
    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy { $0 < 0xCC }
    }

    private static func sameBytes(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> Bool {
        first.count == second.count && first.elementsEqual(second)
    }

    /// Byte order, a prefix first.
    private static func less(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> Bool {
        let shared = min(first.count, second.count)
        var index = 0
        while index < shared {
            if first[index] != second[index] { return first[index] < second[index] }
            index += 1
        }
        return first.count < second.count
    }
}

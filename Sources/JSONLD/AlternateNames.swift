/// An entity's alternate names as a `Set<String>` of them would hold them (the first of canonically equal
/// names kept), sorted as `String.<` sorts them, but compared by their bytes where that gives the same answer:
/// names made only of code points below U+0300 are in NFC, where equal means the same bytes and `<` orders as
/// the bytes do. Hashing or comparing a `String` checks normalisation; nearly every name needs none.
struct AlternateNames {
    private(set) var names: [String] = []
    /// Bit n set: the n-th name's bytes alone may not be compared. Names from the 65th on count as such (compared as
    /// strings: always right, only slower); a word rather than an array of flags, which would be allocated.
    private var notPlain: UInt64 = 0
    /// A name never kept (an entity's canonical name), and whether its bytes alone may be compared: names equal to
    /// it are passed over as they come, rather than kept and removed after, as a set would have them.
    private let excluded: String?
    private let excludedIsPlain: Bool

    init(excluding excluded: String? = nil) {
        self.excluded = excluded
        excludedIsPlain = excluded.map(Self.isPlain) ?? true
    }

    /// Adds `name` unless an equal one is already there (or it is the excluded one).
    mutating func insert(_ name: String) {
        let isPlain = Self.isPlain(name)
        if let excluded, Self.equal(excluded, excludedIsPlain, name, isPlain) { return }
        for index in names.indices where Self.equal(names[index], self.isPlain(at: index), name, isPlain) { return }
        append(name, isPlain: isPlain)
    }

    private mutating func append(_ name: String, isPlain: Bool) {
        if !isPlain && names.count < 64 { notPlain |= 1 << UInt64(names.count) }
        names.append(name)
    }

    private func isPlain(at index: Int) -> Bool { index < 64 && notPlain >> UInt64(index) & 1 == 0 }

    /// Whether every name's bytes alone may be compared.
    private var allPlain: Bool { notPlain == 0 && names.count <= 64 }

    /// Adds the name spelt by `bytes` unless an equal one is already there (or it is the excluded one); builds a
    /// `String` only if not.
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>) {
        let isPlain = Self.isPlain(bytes)
        if isPlain && excludedIsPlain {
            if var excluded, excluded.withUTF8({ Self.sameBytes($0, bytes) }) { return }
            for index in names.indices where self.isPlain(at: index) {
                var name = names[index]
                if name.withUTF8({ Self.sameBytes($0, bytes) }) { return }
            }
            if allPlain {
                append(String(decoding: bytes, as: UTF8.self), isPlain: true)
                return
            }
        }
        insert(String(decoding: bytes, as: UTF8.self))
    }

    /// Whether `names` (and `excluded`) are plain, in strictly ascending byte order and none of them `excluded`:
    /// collecting them, apart from `excluded`, would keep every one and sort them as they are.
    static func areSortedAndApart(_ names: [String], from excluded: UnsafeBufferPointer<UInt8>) -> Bool {
        guard isPlain(excluded) else { return false }
        for index in names.indices {
            // A native name lends its bytes in place, without the copy `withUTF8` needs; a name that does not is
            // left to the general way.
            let fits: Bool? = names[index].utf8.withContiguousStorageIfAvailable { bytes in
                guard isPlain(bytes) && !sameBytes(bytes, excluded) else { return false }
                guard index > 0 else { return true }
                return names[index - 1].utf8.withContiguousStorageIfAvailable { less($0, bytes) } ?? false
            }
            guard fits == true else { return false }
        }
        return true
    }

    /// Whether one of `names` is spelt by `bytes`, compared byte by byte.
    static func contain(_ names: [String], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        names.contains { $0.utf8.withContiguousStorageIfAvailable { sameBytes($0, bytes) } ?? false }
    }

    /// Removes the name equal to `name`, if there is one.
    mutating func remove(_ name: String) {
        let isPlain = Self.isPlain(name)
        if let index = names.indices.first(where: { Self.equal(names[$0], self.isPlain(at: $0), name, isPlain) }) {
            names.remove(at: index)
            guard index < 64 else { return }
            // The flags above the removed name's move down one; the 65th name's, not kept, comes in as not plain.
            let below = notPlain & ((1 << UInt64(index)) - 1)
            let above = index < 63 ? (notPlain >> UInt64(index + 1)) << UInt64(index) : 0
            notPlain = below | above | (names.count >= 64 ? 1 << 63 : 0)
        }
    }

    /// The names, sorted as `String.<` sorts them.
    func sorted() -> [String] {
        guard names.count > 1 else { return names }
        guard allPlain else { return names.sorted() }
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

    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        PlainText.isPlain(bytes)
    }

    private static func sameBytes(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> Bool {
        JSONLDWriter.sameBytes(first, second)
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

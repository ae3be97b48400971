import NewsGraphCore

/// What makes two relations one fact for `RelationLinker.deduplicated`: the parts of the string
/// `subject|predicate|object` that keys a fact, kept apart instead of joined into a new string per relation.
///
/// The parts give the joined string's answers when no subject holds `|` (the joined string then splits into its
/// parts one way only) and every part is made of code points below U+0300, where `String` equality is byte
/// equality and no combining mark joins one part to the next. `init?` is nil for any other relation, and the
/// caller compares joined strings for the whole article.
///
/// Numbers stay numbers: a quantity subject is the text `q:N` and a quotation subject `b..<e`, which equal each
/// other or a text subject only as the same kind with the same numbers, once a text subject that starts with `q:`
/// or a digit (which could spell one of them) has no key. Objects carry their kind's prefix in the joined string,
/// so objects of two kinds never equal.
struct FactKey: Equatable {
    // Compared in this order (`==` is synthesised): the cheap parts first, the strings last.
    let predicate: Relation.Predicate
    /// The joined object's two-character prefix (`e:`, `q:`, `l:`, `s:`), as its first letter.
    let objectKind: UInt8
    /// `t` (an entity key or a literal, as written), `q` (a quantity), `p` (a quotation span).
    let subjectKind: UInt8
    /// The quantity index or the span's begin; 0 for text.
    let subjectFirst: Int
    /// The span's end; 0 otherwise.
    let subjectSecond: Int
    /// The quantity index or the evidence sentence of a quotation object; 0 for text.
    let objectNumber: Int
    /// The subject's text, "" for a quantity or quotation.
    let subject: String
    /// The entity key or the lower-cased literal, "" for a quantity or quotation.
    let object: String

    init?(_ relation: Relation) {
        switch relation.subject {
        case .entity(let text), .literal(let text):
            guard Self.isPlainSubject(text) else { return nil }
            (subjectKind, subjectFirst, subjectSecond, subject) = (UInt8(ascii: "t"), 0, 0, text)
        case .quantity(let index):
            (subjectKind, subjectFirst, subjectSecond, subject) = (UInt8(ascii: "q"), index, 0, "")
        case .quotation(let span):
            (subjectKind, subjectFirst, subjectSecond, subject) = (UInt8(ascii: "p"), span.begin, span.end, "")
        }
        predicate = relation.predicate
        switch relation.object {
        case .entity(let entity):
            guard Self.isPlain(entity) else { return nil }
            (objectKind, objectNumber, object) = (UInt8(ascii: "e"), 0, entity)
        case .quantity(let index):
            (objectKind, objectNumber, object) = (UInt8(ascii: "q"), index, "")
        case .literal(let text):
            let lower = text.quickLowercased()
            guard Self.isPlain(lower) else { return nil }
            (objectKind, objectNumber, object) = (UInt8(ascii: "l"), 0, lower)
        case .quotation:
            (objectKind, objectNumber, object) = (UInt8(ascii: "s"), relation.sentenceIndex, "")
        }
    }

    /// `isPlain`, no `|`, and no start that could spell a quantity (`q:`) or a span (a digit).
    private static func isPlainSubject(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            if let first = bytes.first {
                if first &- UInt8(ascii: "0") < 10 { return false }
                if first == UInt8(ascii: "q") && bytes.count > 1 && bytes[1] == UInt8(ascii: ":") { return false }
            }
            for byte in bytes where byte >= 0xCC || byte == UInt8(ascii: "|") { return false }
            return true
        }
    }

    /// Every UTF-8 byte below 0xCC (code points below U+0300).
    private static func isPlain(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for byte in bytes where byte >= 0xCC { return false }
            return true
        }
    }
}

extension FactKey {
    /// A 64-bit digest of the parts `init?` compares, nil where `init?` is (and for text not stored contiguously):
    /// two relations whose keys are equal have equal digests, so that only relations with equal digests need their
    /// keys made and compared.
    ///
    /// Made from the relation's bytes where they stand, without the key's strings: the literal object is folded as
    /// `quickLowercased()` folds text below U+0100, and left out of the digest (its kind alone counts) otherwise.
    // Inlined into its one caller, which reads the relations in place through a buffer: a call took each relation
    // as a copy of its own (its strings retained and released), more than the digest cost.
    @inline(__always)
    static func digest(of relation: Relation) -> UInt64? {
        var hash = Digest()
        hash.mix(UInt64(truncatingIfNeeded: relation.predicate.hashValueForDigest))
        switch relation.subject {
        case .entity(let text), .literal(let text):
            hash.mix(UInt64(UInt8(ascii: "t")))
            guard hash.mixSubject(text) else { return nil }
        case .quantity(let index):
            hash.mix(UInt64(UInt8(ascii: "q")))
            hash.mix(UInt64(bitPattern: Int64(index)))
        case .quotation(let span):
            hash.mix(UInt64(UInt8(ascii: "p")))
            hash.mix(UInt64(bitPattern: Int64(span.begin)))
            hash.mix(UInt64(bitPattern: Int64(span.end)))
        }
        switch relation.object {
        case .entity(let entity):
            hash.mix(UInt64(UInt8(ascii: "e")))
            guard hash.mixPlain(entity) else { return nil }
        case .quantity(let index):
            hash.mix(UInt64(UInt8(ascii: "q")))
            hash.mix(UInt64(bitPattern: Int64(index)))
        case .literal(let text):
            hash.mix(UInt64(UInt8(ascii: "l")))
            switch hash.mixFolded(text) {
            case .folded: break
            case .notFolded: if !isPlain(text.quickLowercased()) { return nil }
            case .notPlain: return nil
            }
        case .quotation:
            hash.mix(UInt64(UInt8(ascii: "s")))
            hash.mix(UInt64(bitPattern: Int64(relation.sentenceIndex)))
        }
        return hash.value
    }

    /// FNV-1a over bytes and numbers.
    private struct Digest {
        var value: UInt64 = 0xCBF2_9CE4_8422_2325

        mutating func mix(_ word: UInt64) {
            value = (value ^ word) &* 0x0000_0100_0000_01B3
        }

        /// Mixes the bytes of a text subject; false where `isPlainSubject` is.
        mutating func mixSubject(_ text: String) -> Bool {
            let plain: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
                if let first = bytes.first {
                    if first &- UInt8(ascii: "0") < 10 { return false }
                    if first == UInt8(ascii: "q") && bytes.count > 1 && bytes[1] == UInt8(ascii: ":") { return false }
                }
                // Eight ASCII bytes without a `|` at a time (`mixWords`), then byte by byte.
                for byte in bytes[mixWords(bytes, excludingBar: true)...] {
                    if byte >= 0xCC || byte == UInt8(ascii: "|") { return false }
                    mix(UInt64(byte))
                }
                return true
            }
            return plain ?? false
        }

        /// Mixes the bytes from the start eight at a time while they are ASCII (below 0xCC, and so plain) and, with
        /// `excludingBar`, hold no `|`; returns where the bytes left begin. Keys are mostly ASCII, and a word a step
        /// costs an eighth of a byte a step. The same bytes give the same digest, all that deduplication asks.
        private mutating func mixWords(_ bytes: UnsafeBufferPointer<UInt8>, excludingBar: Bool) -> Int {
            guard let base = bytes.baseAddress else { return 0 }
            var index = 0
            while index + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                guard word & 0x8080_8080_8080_8080 == 0 else { break }
                if excludingBar {
                    // A zero byte in `word ^ bars` is a `|` in `word` (the exact zero-byte test).
                    let bars = word ^ 0x7C7C_7C7C_7C7C_7C7C
                    guard (bars &- 0x0101_0101_0101_0101) & ~bars & 0x8080_8080_8080_8080 == 0 else { break }
                }
                mix(word)
                index += 8
            }
            return index
        }

        /// Mixes the bytes of an entity key; false where `isPlain` is.
        mutating func mixPlain(_ text: String) -> Bool {
            let plain: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
                for byte in bytes[mixWords(bytes, excludingBar: false)...] {
                    if byte >= 0xCC { return false }
                    mix(UInt64(byte))
                }
                return true
            }
            return plain ?? false
        }

        enum Folding { case folded, notFolded, notPlain }

        /// Mixes the lower-cased bytes of text below U+0100 (`quickLowercased()`'s byte fold); `.notFolded` for
        /// text with other code points below U+0300, whose bytes are left out.
        mutating func mixFolded(_ text: String) -> Folding {
            let before = self
            let folding: Folding? = text.utf8.withContiguousStorageIfAvailable { bytes in
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte >= 0xC4 {
                        for rest in bytes[index...] where rest >= 0xCC { return .notPlain }
                        return .notFolded
                    }
                    if byte &- 0x41 < 26 {
                        mix(UInt64(byte | 0x20))
                    } else if byte == 0xC3 && index + 1 < bytes.count {
                        let next = bytes[index + 1]
                        mix(UInt64(byte))
                        mix(UInt64(next >= 0x80 && next <= 0x9E && next != 0x97 ? next + 0x20 : next))
                        index += 1
                    } else {
                        mix(UInt64(byte))
                    }
                    index += 1
                }
                return .folded
            }
            guard let folding else { return .notPlain }
            if folding == .notFolded { self = before }
            return folding
        }
    }
}

private extension Relation.Predicate {
    /// A number per predicate, the same in every run (`hashValue` is seeded per process).
    var hashValueForDigest: Int {
        switch self {
        case .memberOf: 1
        case .represents: 2
        case .hasTitle: 3
        case .locatedIn: 4
        case .said: 5
        case .accordingTo: 6
        }
    }
}


import NewsGraphCore

/// What makes two relations one fact for `RelationLinker.deduplicated`: the parts of the string
/// `subject|predicate|object` that keys a fact, kept apart instead of joined into a new string per relation.
///
/// The parts give the joined string's answers when no subject holds `|` (the joined string then splits into its
/// parts one way only) and every part is made of code points below U+0300, where `String` equality is byte
/// equality and no combining mark joins one part to the next. `init?` is nil for any other relation, and the
/// caller compares joined strings for the whole article.
struct FactKey: Hashable {
    // Compared in this order (`==` is synthesised): the cheap parts first.
    let predicate: Relation.Predicate
    /// The joined object's two-character prefix (`e:`, `q:`, `l:`, `s:`), as its first letter.
    let objectKind: UInt8
    let subject: String
    let object: String

    init?(_ relation: Relation) {
        switch relation.subject {
        case .entity(let entity): subject = entity
        case .quantity(let index): subject = "q:" + String(index)
        case .literal(let text): subject = text
        case .quotation(let span): subject = span.description
        }
        predicate = relation.predicate
        switch relation.object {
        case .entity(let entity): objectKind = UInt8(ascii: "e"); object = entity
        case .quantity(let index): objectKind = UInt8(ascii: "q"); object = String(index)
        case .literal(let text): objectKind = UInt8(ascii: "l"); object = text.quickLowercased()
        case .quotation: objectKind = UInt8(ascii: "s"); object = String(relation.sentenceIndex)
        }
        guard Self.isPlain(subject, allowingBar: false), Self.isPlain(object, allowingBar: true) else { return nil }
    }

    /// Every UTF-8 byte below 0xCC (code points below U+0300), and no `|` unless allowed.
    private static func isPlain(_ text: String, allowingBar: Bool) -> Bool {
        let bar: UInt8 = allowingBar ? 0xFF : UInt8(ascii: "|")
        // Native strings lend their bytes; the byte loop is what `utf8.allSatisfy` costs several times over.
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes where byte >= 0xCC || byte == bar { return false }
            return true
        } ?? text.utf8.allSatisfy { $0 < 0xCC && $0 != bar }
    }
}

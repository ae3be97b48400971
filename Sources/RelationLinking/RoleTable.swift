import Foundation

/// The role words of `LinkingLexicon` and their look-ups, for a token's lower-cased text or its NFC bytes
/// (`Innenministers` → `Innenminister`).
///
/// An object of its own, which `ArticleView` holds: the look-ups were methods of the lexicon, a struct of three dozen
/// tables, and each call copied the lexicon to the stack first (a memcpy for every token whose role was asked).
final class RoleTable: Sendable {
    /// Role forms (lower-cased) with their lemma and list source.
    let roles: [String: (lemma: String, source: String)]
    /// Forms that are roles only as a whole word, not as a compound's end.
    let wholeWordRoles: Set<String>
    /// `roles` by NFC UTF-8 (ids index `roleEntries`), and `wholeWordRoles`, for tokens in NFC.
    private let roleBytes: ByteVocabulary
    private let roleEntries: [(lemma: String, source: String)]
    /// Each entry's lemma lower-cased, for the compounds that end in it (`Innenminister` → `…minister`).
    private let lowerLemmas: [String]
    private let wholeWordRoleBytes: ByteVocabulary
    /// A bit for the last four bytes of each role form (`tailBit`): a word whose own last four bytes have no bit is
    /// no form and ends in none, and neither it nor its suffixes need be looked up.
    private let roleTails: [UInt64]
    /// A bit for the first four bytes of each role form (`tailBit` of them), as `roleTails` for the last four: a
    /// compound's end (`…kanzlerin` of `Bundeskanzlerin`) whose first four have no bit is no form, and is not looked
    /// up (the forms share some 335 starts, the suffixes tried nearly never start as one does).
    private let roleHeads: [UInt64]
    /// The fewest bytes a role form has (none of the lists' has fewer than four): a shorter word, which the tail
    /// filter does not see, is no form, nor a compound, and is not looked up.
    private let shortestForm: Int

    init(roles: [String: (lemma: String, source: String)], wholeWordRoles: Set<String>) {
        self.roles = roles
        self.wholeWordRoles = wholeWordRoles
        var roleIDs: [String: Int32] = [:]
        var roleEntries: [(lemma: String, source: String)] = []
        for (form, entry) in roles {
            roleIDs[form] = Int32(roleEntries.count)
            roleEntries.append(entry)
        }
        self.roleEntries = roleEntries
        lowerLemmas = roleEntries.map { $0.lemma.quickLowercased() }
        roleBytes = ByteVocabulary(roleIDs)
        var roleTails = [UInt64](repeating: 0, count: 64)
        var roleHeads = [UInt64](repeating: 0, count: 64)
        var shortestForm = Int.max
        for form in roles.keys {
            // The NFC bytes `roleBytes` keys the form by.
            let key = form.utf8.allSatisfy({ $0 < 0xCC })
                ? Array(form.utf8) : Array(form.precomposedStringWithCanonicalMapping.utf8)
            shortestForm = min(shortestForm, key.count)
            guard key.count >= 4 else { continue }
            let tail = Self.tailBit(key.withUnsafeBufferPointer { Self.tail(of: $0) })
            roleTails[tail >> 6] |= 1 << UInt64(tail & 63)
            let head = Self.tailBit(key.withUnsafeBufferPointer { Self.head(of: $0, at: 0) })
            roleHeads[head >> 6] |= 1 << UInt64(head & 63)
        }
        self.roleTails = roleTails
        self.roleHeads = roleHeads
        self.shortestForm = shortestForm
        wholeWordRoleBytes = ByteVocabulary(Dictionary(uniqueKeysWithValues: wholeWordRoles.map { ($0, 0) }))
    }

    /// The last four bytes of a key of at least four.
    @inline(__always)
    private static func tail(of key: UnsafeBufferPointer<UInt8>) -> UInt32 {
        UInt32(littleEndian: UnsafeRawPointer(key.baseAddress! + key.count - 4).loadUnaligned(as: UInt32.self))
    }

    /// The four bytes of a key from `offset`, where at least four follow it.
    @inline(__always)
    private static func head(of key: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt32 {
        UInt32(littleEndian: UnsafeRawPointer(key.baseAddress! + offset).loadUnaligned(as: UInt32.self))
    }

    /// Whether the four bytes of `bytes` from `offset` (at least four follow it) may start a role form.
    @inline(__always)
    private func mayStartForm(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        let head = Self.tailBit(Self.head(of: bytes, at: offset))
        return roleHeads[head >> 6] & (1 << UInt64(head & 63)) != 0
    }

    /// One of 4096 bits for the last four bytes of a word.
    @inline(__always)
    private static func tailBit(_ tail: UInt32) -> Int {
        Int(truncatingIfNeeded: (UInt64(tail) &* 0x9E37_79B9_7F4A_7C15) >> 52)
    }

    /// The lemma of a role word, for a list form or a compound ending in one (`Innenministers` → `Innenminister`).
    func role(lower: String, capitalized: Bool, original: () -> String) -> (lemma: String, source: String)? {
        if let hit = roles[lower] { return hit }
        guard capitalized, lower.count > 5 else { return nil }
        let word = original()
        // `Exchef`, `Expräsident`: `Ex` fused to a role is the one prefix of two letters (a title of its own, as
        // `Ex-Chef` is).
        if lower.hasPrefix("ex"), let hit = roles[String(lower.dropFirst(2))],
           !wholeWordRoles.contains(String(lower.dropFirst(2))) {
            return (word.prefix(2) + hit.lemma.lowercased(), hit.source)
        }
        // Longest list form that ends the word, leaving at least three letters of prefix.
        var index = lower.index(lower.startIndex, offsetBy: 3)
        while lower.distance(from: index, to: lower.endIndex) >= 4 {
            if let hit = roles[String(lower[index...])], !wholeWordRoles.contains(String(lower[index...])) {
                let prefix = word.prefix(lower.distance(from: lower.startIndex, to: index))
                guard !prefix.hasSuffix("-") else { return nil }
                return (prefix + hit.lemma.quickLowercased(), hit.source)
            }
            index = lower.index(after: index)
        }
        return nil
    }

    /// The role of a compound: the word's first `prefixCount` characters, which the lower-cased word's first
    /// `byteCount` bytes hold, before the lower-cased lemma of the role it ends in; nil where they end in `-`.
    private static func compound(
        _ word: String, prefixCount: Int, byteCount: Int, lemma: String, source: String
    ) -> (lemma: String, source: String)? {
        if let prefix = plainPrefix(of: word, byteCount: byteCount) {
            return prefix.endsInHyphen ? nil : (prefix.text + lemma, source)
        }
        let prefix = word.prefix(prefixCount)
        guard !prefix.hasSuffix("-") else { return nil }
        return (prefix + lemma, source)
    }

    /// The word's first `byteCount` UTF-8 bytes as a string, and whether they end in `-`, where they are its first
    /// characters as the lower-cased word's first `byteCount` bytes are its first code points: where they are ASCII
    /// and Latin-1 (lower case keeps each one's length; a longer code point among them has a lead byte of 0xC4 or
    /// more) but a carriage return (which joins a line feed). In the stable text `role(nfcLower:…)` reads, nothing
    /// after them joins the last. Nil where only characters tell: the word's `prefix`, `hasSuffix` and the appending
    /// of the lemma to a substring walked its characters, some two thousand instructions a compound role.
    private static func plainPrefix(of word: String, byteCount: Int) -> (text: String, endsInHyphen: Bool)? {
        let found: (text: String, endsInHyphen: Bool)?? = word.utf8.withContiguousStorageIfAvailable { bytes in
            guard byteCount > 0, byteCount <= bytes.count,
                  !bytes[..<byteCount].contains(where: { $0 >= 0xC4 || $0 == 0x0D }) else { return nil }
            return (String(decoding: bytes[..<byteCount], as: UTF8.self), bytes[byteCount - 1] == UInt8(ascii: "-"))
        }
        return found ?? nil
    }

    /// Whether a word in NFC (its UTF-8) may be a role form or end in one, by the filters alone: false for most
    /// words. Inlined where `ArticleView.role(_:)` asks, so that a word turned away makes no call (the look-up saved
    /// the registers of its whole body first, and its answer, two strings, was made an optional).
    @inline(__always)
    func mayBeRole(nfcLower bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // A word of four bytes or more whose last four have no bit is no form, whole or as a compound's end (a form
        // it were would have its last four).
        if bytes.count >= 4 {
            let tail = Self.tailBit(Self.tail(of: bytes))
            return roleTails[tail >> 6] & (1 << UInt64(tail & 63)) != 0
        }
        // (`und`, `der`: shorter than any form, and too short for a compound.)
        return bytes.count >= shortestForm
    }

    /// `role(lower:capitalized:original:)` for a word in NFC, given as its UTF-8: the same answers from byte
    /// lookups. In such text every code point is a `Character`, so counts and offsets are code points.
    func role(
        nfcLower bytes: UnsafeBufferPointer<UInt8>, capitalized: Bool, original: () -> String
    ) -> (lemma: String, source: String)? {
        guard mayBeRole(nfcLower: bytes) else { return nil }
        // (A word of four bytes or more whose first four start no form is none; it may still end in one.)
        if bytes.count < 4 || mayStartForm(bytes, at: 0), let index = roleBytes.id(of: bytes) {
            return roleEntries[Int(index)]
        }
        guard capitalized, bytes.count >= 4 else { return nil }
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        guard count > 5 else { return nil }
        // (`Exchef`: the two-letter prefix, as above.)
        if bytes[0] == UInt8(ascii: "e"), bytes[1] == UInt8(ascii: "x") {
            let suffix = UnsafeBufferPointer(rebasing: bytes[2...])
            if let index = roleBytes.id(of: suffix), wholeWordRoleBytes.id(of: suffix) == nil {
                let hit = roleEntries[Int(index)]
                return (original().prefix(2) + hit.lemma.lowercased(), hit.source)
            }
        }
        // Longest list form that ends the word, leaving at least three letters of prefix.
        var scalar = 0
        var offset = 0
        while scalar < 3 {
            offset += 1
            while offset < bytes.count && bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            scalar += 1
        }
        while count - scalar >= 4 {
            let suffix = UnsafeBufferPointer(rebasing: bytes[offset...])
            // (Four code points or more follow `offset`, so four bytes do.)
            if mayStartForm(bytes, at: offset), let index = roleBytes.id(of: suffix),
               wholeWordRoleBytes.id(of: suffix) == nil {
                return Self.compound(
                    original(), prefixCount: scalar, byteCount: offset, lemma: lowerLemmas[Int(index)],
                    source: roleEntries[Int(index)].source)
            }
            offset += 1
            while offset < bytes.count && bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            scalar += 1
        }
        return nil
    }
}

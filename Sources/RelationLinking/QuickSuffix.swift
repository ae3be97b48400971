extension String {
    /// `hasSuffix(suffix)`, from the bytes where both texts are byte-comparable (`EndingList.isByteComparable`: code
    /// points below U+0300 but CR, each a character of its own, in NFC, where a suffix of characters is one of bytes):
    /// `hasSuffix` breaks both into characters, several hundred instructions for the titles and roles the rules test.
    func quickHasSuffix(_ suffix: String) -> Bool {
        let decided: Bool?? = utf8.withContiguousStorageIfAvailable { text in
            suffix.utf8.withContiguousStorageIfAvailable { suffix -> Bool? in
                guard Self.isByteComparable(text), Self.isByteComparable(suffix) else { return nil }
                return text.count >= suffix.count
                    && suffix.elementsEqual(UnsafeBufferPointer(rebasing: text[(text.count - suffix.count)...]))
            } ?? nil
        }
        return decided.flatMap { $0 } ?? hasSuffix(suffix)
    }

    /// `hasPrefix(prefix)` for a literal of ASCII but CR (a rule's name), from the text's first bytes where they
    /// decide: ASCII bytes that differ from the prefix's, or end before it, or match it with an ASCII byte or nothing
    /// after it (a character boundary). An ASCII character equals only itself, so bytes are characters there.
    /// `hasPrefix` breaks both texts into characters, about two hundred instructions a call.
    func quickHasPrefix(_ prefix: StaticString) -> Bool {
        let decided: Bool?? = utf8.withContiguousStorageIfAvailable { text -> Bool? in
            guard prefix.hasPointerRepresentation else { return nil }
            let count = prefix.utf8CodeUnitCount
            let bytes = prefix.utf8Start
            for index in 0..<count {
                guard bytes[index] < 0x80, bytes[index] != 0x0D else { return nil }
                guard index < text.count else { return false }
                guard text[index] < 0x80 else { return nil }
                if text[index] != bytes[index] { return false }
            }
            return text.count == count || text[count] < 0x80 ? true : nil
        }
        return decided.flatMap { $0 } ?? hasPrefix(prefix.description)
    }

    /// `quickLowercased().quickHasSuffix(suffix)`, with the text's bytes lower-cased as they are compared where
    /// `quickLowercased` would fold them itself (below 0xC4): not a lower-cased copy of the text per test.
    func lowercasedHasSuffix(_ suffix: String) -> Bool {
        let decided: Bool?? = utf8.withContiguousStorageIfAvailable { text in
            suffix.utf8.withContiguousStorageIfAvailable { suffix -> Bool? in
                guard text.allSatisfy({ $0 < 0xC4 && $0 != 0x0D }), Self.isByteComparable(suffix) else { return nil }
                guard text.count >= suffix.count else { return false }
                let start = text.count - suffix.count
                for offset in 0..<suffix.count where text.quickLowercased(at: start + offset) != suffix[offset] {
                    return false
                }
                return true
            } ?? nil
        }
        return decided.flatMap { $0 } ?? quickLowercased().quickHasSuffix(suffix)
    }

    @inline(__always)
    private static func isByteComparable(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy { $0 < 0xCC && $0 != 0x0D }
    }
}

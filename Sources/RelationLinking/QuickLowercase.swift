extension String {
    /// `lowercased()`, without its per-code-point case lookups for text of code points below U+0100 (the titles,
    /// keys and literals the rules lower-case): there a capital is `A`–`Z` or `À`–`Þ` other than `×`, and its
    /// lower-case letter lies 0x20 above. Other text takes `lowercased()`.
    func quickLowercased() -> String {
        let result: String?? = utf8.withContiguousStorageIfAvailable { bytes -> String? in
            // UTF-8 below 0xC4: ASCII, and U+0080–U+00FF as C2/C3 and one continuation byte.
            var hasCapital = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte >= 0xC4 { return nil }
                if byte &- 0x41 < 26 {
                    hasCapital = true
                } else if byte == 0xC3 && index + 1 < bytes.count {
                    let next = bytes[index + 1]
                    if next >= 0x80 && next <= 0x9E && next != 0x97 { hasCapital = true }
                }
                index += 1
            }
            if !hasCapital { return self }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte &- 0x41 < 26 {
                        out[index] = byte | 0x20
                    } else if byte == 0xC3 && index + 1 < bytes.count {
                        let next = bytes[index + 1]
                        out[index] = byte
                        out[index + 1] = next >= 0x80 && next <= 0x9E && next != 0x97 ? next + 0x20 : next
                        index += 1
                    } else {
                        out[index] = byte
                    }
                    index += 1
                }
                return bytes.count
            }
        }
        if let result, let lower = result { return lower }
        return lowercased()
    }
}

extension String {
    /// `quickLowercased() == other.quickLowercased()`. Where both texts' bytes are below 0xC4 (code points below
    /// U+0100, NFC, so equal text has equal bytes) they are lower-cased as they are compared, without the copies.
    func quickLowercasedEquals(_ other: String) -> Bool {
        let decided: Bool?? = utf8.withContiguousStorageIfAvailable { text in
            other.utf8.withContiguousStorageIfAvailable { other -> Bool? in
                guard text.allSatisfy({ $0 < 0xC4 }), other.allSatisfy({ $0 < 0xC4 }) else { return nil }
                guard text.count == other.count else { return false }
                for index in 0..<text.count where text.quickLowercased(at: index) != other.quickLowercased(at: index) {
                    return false
                }
                return true
            } ?? nil
        }
        return decided.flatMap { $0 } ?? (quickLowercased() == other.quickLowercased())
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The byte at `index` of UTF-8 below 0xC4 as `quickLowercased` writes it: `A`–`Z` and the continuation byte of
    /// `À`–`Þ` (other than `×`) 0x20 higher. (In valid UTF-8 a byte after 0xC3 is its continuation byte.) Compared
    /// so, a text's lower case needs no copy of its own.
    @inline(__always)
    func quickLowercased(at index: Int) -> UInt8 {
        let byte = self[index]
        if byte &- 0x41 < 26 { return byte | 0x20 }
        if index > 0 && self[index - 1] == 0xC3 && byte >= 0x80 && byte <= 0x9E && byte != 0x97 { return byte + 0x20 }
        return byte
    }
}

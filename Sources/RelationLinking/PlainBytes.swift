extension UnsafeBufferPointer<UInt8> {
    /// Whether every byte is below 0xCC: the UTF-8 of code points below U+0300, NFC text whose bytes are equal
    /// exactly where the text is.
    ///
    /// Tested eight bytes at a time where there are eight (the last eight loaded again, overlapping): a byte is
    /// 0xCC or more where its top bit is set and its low seven bits, plus 0x34, carry into it. A test of each byte
    /// cost five instructions a byte, most of the time of the key comparisons that ask it.
    var isBelowU0300: Bool {
        guard let base = baseAddress, count >= 8 else { return allSatisfy { $0 < 0xCC } }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset < count &- 8 {
            if Self.holdsByteFromCC(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) { return false }
            offset &+= 8
        }
        return !Self.holdsByteFromCC(raw.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self))
    }

    @inline(__always)
    private static func holdsByteFromCC(_ word: UInt64) -> Bool {
        let high: UInt64 = 0x8080_8080_8080_8080
        return (word & 0x7F7F_7F7F_7F7F_7F7F &+ 0x3434_3434_3434_3434) & word & high != 0
    }
}

/// Text made only of code points below U+0300: in NFC whatever its bytes, so two such texts are equal as strings
/// when their bytes are, and `String.<` orders them as their bytes do. Names and keys nearly all are.
enum PlainText {
    /// Whether `bytes` (valid UTF-8) are plain text. U+0300 is the first code point whose UTF-8 lead byte is 0xCC,
    /// and no byte of one below it is as high. Eight bytes at a time: a byte is 0xCC or
    /// more when its top bit is set and its low seven bits plus 0x34 reach 0x80 (which carries into no other byte).
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return true }
        let count = bytes.count
        var index = 0
        while index + 8 <= count {
            let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
            if word & ((word & low) &+ 0x3434_3434_3434_3434) & ~low != 0 { return false }
            index += 8
        }
        while index < count {
            if bytes[index] >= 0xCC { return false }
            index += 1
        }
        return true
    }
}

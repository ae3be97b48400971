@testable import JSONLD
import Testing

@Suite struct PlainTextTests {
    /// A byte of 0xCC or more anywhere, in a whole word or in the bytes after the last one, makes text not plain;
    /// bytes up to 0xCB never do.
    @Test(arguments: [0xCB, 0xCC, 0xCD, 0xFF, 0x7F, 0x80])
    func aHighByteAnywhereIsFound(byte: Int) {
        for count in 1...19 {
            for position in 0..<count {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: count)
                bytes[position] = UInt8(byte)
                let plain = bytes.withUnsafeBufferPointer { PlainText.isPlain($0) }
                #expect(plain == (byte < 0xCC), "byte \(byte) at \(position) of \(count)")
            }
        }
    }
}

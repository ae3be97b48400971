import NewsGraphCore
import Testing

/// The document decodes its text into code points and UTF-8 offsets itself, eight ASCII bytes at a time.
@Suite struct DocumentTests {
    @Test func codePointsAndSpansMatchTheStringAtEveryAlignment() {
        let pieces = ["ä", "€", "😀", "\u{2028}", "a", "\n", "\u{7F}", "ß"]
        for piece in pieces {
            for offset in 0..<17 {
                let text = String(repeating: "x", count: offset) + piece + "abcdefghijklmnop" + piece + "qr"
                let document = Document(name: "t", text: text)
                #expect(document.scalars == Array(text.unicodeScalars))
                let ends = Array(document.scalars.indices) + [document.scalars.count]
                for (begin, end) in zip(ends, ends.dropFirst()) {
                    #expect(document.text(of: TextSpan(begin, end)) == String(document.scalars[begin]))
                }
                #expect(document.text(of: TextSpan(0, document.scalars.count)) == text)
            }
        }
    }

    @Test func emptyTextHasNoCodePoints() {
        let document = Document(name: "t", text: "")
        #expect(document.scalars.isEmpty)
        #expect(document.text(of: TextSpan(0, 0)) == "")
    }
}

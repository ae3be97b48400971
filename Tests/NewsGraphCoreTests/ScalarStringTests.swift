import Testing
import NewsGraphCore

/// `String(encoding:)` writes code points of every UTF-8 length as the document's own text does.
struct ScalarStringTests {
    @Test(arguments: ["Fußgängerzone", "Łódź", "Ħamrun", "数据", "Emoji 🙂 Test", "Straße", ""])
    func encodingEqualsTheDocumentsText(text: String) {
        let document = Document(name: "t", text: "« \(text) »")
        let span = TextSpan(2, document.scalars.count - 2)
        #expect(String(encoding: document.scalars[span.begin..<span.end]) == document.text(of: span))
    }
}

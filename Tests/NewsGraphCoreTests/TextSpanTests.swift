import NewsGraphCore
import Testing

@Suite struct TextSpanTests {
    @Test func enclosingSpanSortsBeforeWhatItEncloses() {
        let spans = [TextSpan(5, 7), TextSpan(0, 3), TextSpan(5, 20)]
        #expect(spans.sorted() == [TextSpan(0, 3), TextSpan(5, 20), TextSpan(5, 7)])
    }

    @Test func overlapIsStrict() {
        #expect(TextSpan(0, 5).overlaps(TextSpan(4, 6)))
        #expect(!TextSpan(0, 5).overlaps(TextSpan(5, 6)))
    }

    @Test func documentTextUsesCodePoints() {
        let document = Document(name: "t", text: "Grüße 🇩🇪 aus Köln")
        #expect(document.text(of: TextSpan(13, 17)) == "Köln")
        #expect(document.scalars.count == 17)
    }
}

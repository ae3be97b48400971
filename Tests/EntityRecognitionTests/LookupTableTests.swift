import NewsGraphCore
import Testing
@testable import EntityRecognition

/// The hand-made tables behind the fast paths: they must answer exactly like a plain `Set` and `String`.
@Suite struct LookupTableTests {
    @Test func bulkKeySetHoldsEveryKeyAndNoOther() {
        let words = (0..<5_000).map { "Wort\($0)" }
        let set = KeySet(bulk: words.map { WordKey($0, folded: true) })
        #expect(words.allSatisfy { set.contains(WordKey($0, folded: true)) })
        #expect(!set.contains(WordKey("Wort5000", folded: true)))
        #expect(set.count == words.count)
    }

    @Test func keyTableKeepsTheFirstValueAndSurvivesReserve() {
        var table = KeyTable()
        let first = table.value(for: WordKey("Linz", folded: true), insertingIfAbsent: 7)
        let again = table.value(for: WordKey("Linz", folded: true), insertingIfAbsent: 9)
        table.reserve(10_000)
        #expect(first.inserted && !again.inserted && again.value == 7)
        #expect(table[WordKey("Linz", folded: true)] == 7)
        #expect(table[WordKey("Graz", folded: true)] == nil)
    }

    @Test(arguments: ["Fußgängerzone", "Łódź", "Ħamrun", "数据", "Emoji 🙂 Test", "Straße"])
    func spanTextEqualsTheDocumentsText(text: String) {
        let document = Document(name: "t", text: "« \(text) »")
        let span = TextSpan(2, document.scalars.count - 2)
        #expect(SpanText.string(document.scalars, span) == document.text(of: span))
    }
}

import NewsGraphCore
@testable import QuantityExtraction
import Testing

/// The thread's scratch memory lent to one text at a time: texts alive together on one thread, and texts made
/// one after another in the same memory, keep their own answers.
struct ThreadScratchTests {
    /// Each token's string as the document spells it.
    private func strings(_ document: Document) -> [String] {
        document.tokens.map { token in
            var text = String.UnicodeScalarView()
            text.append(contentsOf: document.scalars[token.span.begin..<token.span.end])
            return String(text)
        }
    }

    @Test func textsAliveTogetherKeepTheirOwnStrings() throws {
        let firstDocument = try Fixture.run("Über 5 Mio. Euro wurden beschlagnahmt.")
        let secondDocument = try Fixture.run("Drei Männer wurden in Wien festgenommen.")
        let first = TokenText(document: firstDocument)
        let second = TokenText(document: secondDocument)
        let firstStrings = strings(firstDocument)
        let secondStrings = strings(secondDocument)
        // Asked in turns, so that the strings each makes land between the other's.
        for index in 0..<max(first.count, second.count) {
            if index < first.count {
                #expect(first.text(index) == firstStrings[index])
                #expect(first.lowered(index) == firstStrings[index].lowercased())
            }
            if index < second.count {
                #expect(second.lowered(index) == secondStrings[index].lowercased())
                #expect(second.text(index) == secondStrings[index])
            }
        }
        // A third, made and gone while the two live, and a fourth after it, in the memory it gave back.
        for text in ["Zwei Tonnen Kokain.", "Sieben Boote."] {
            let document = try Fixture.run(text)
            let tokens = TokenText(document: document)
            #expect((0..<tokens.count).map { tokens.text($0) } == strings(document))
        }
        #expect((0..<first.count).map { first.text($0) } == firstStrings)
        #expect((0..<second.count).map { second.text($0) } == secondStrings)
    }

    @Test func memoryIsLentOnceAtATime() {
        let scratch = ThreadScratch()
        let lent = scratch.take(.tokenText, byteCount: 64)
        let apart = scratch.take(.tokenText, byteCount: 64)
        #expect(lent != apart)
        scratch.giveBack(.tokenText, apart)
        scratch.giveBack(.tokenText, lent)
        // Given back, the same memory is lent again while it is large enough.
        #expect(scratch.take(.tokenText, byteCount: 100) == lent)
        scratch.giveBack(.tokenText, lent)
    }
}

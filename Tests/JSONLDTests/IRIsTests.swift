@testable import JSONLD
import NewsGraphCore
import Testing

@Suite struct IRIsTests {
    /// The writer spells the article's IRI in bytes: they must be those of the IRI as a string, names that need
    /// percent-encoding included.
    @Test(arguments: ["10kGNAD-test-0000", "Köln Süd", "a/b c%d", "", "x\u{301}"])
    func articleBytesSpellTheArticleIRI(name: String) {
        let document = Document(name: name, text: "Text.")
        #expect(IRIs.articleBytes(document) == Array(IRIs.article(document).utf8))
    }
}

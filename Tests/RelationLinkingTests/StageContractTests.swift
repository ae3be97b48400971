import NewsGraphCore
import RelationLinking
import Testing

/// The stage contract: empty input, repeatability, spans in bounds, other layers untouched.
struct StageContractTests {
    static let article = "Laut Europol wurden 500 Konten gesperrt. „Wir machen weiter“, sagte Direktorin Eva Lind, "
        + "Leiterin von Europol in Den Haag. Man werde nicht nachlassen."

    static let marks: [Fixture.Mark] = [
        .org("Europol"), .per("Eva Lind"), .loc("Den Haag"), .quantity("500 Konten"),
    ]

    @Test func emptyDocumentGivesNoRelationsAndCompletesTheLayer() throws {
        var document = try Fixture.document("", [])
        var diagnostics: [Diagnostic] = []
        try Fixture.linker.get().process(&document, diagnostics: &diagnostics)
        #expect(document.relations.isEmpty)
        #expect(document.completedLayers.contains(.relations))
    }

    @Test func sameInputGivesTheSameRelations() throws {
        let first = try Fixture.relations(Self.article, Self.marks)
        let second = try Fixture.relations(Self.article, Self.marks)
        #expect(!first.isEmpty)
        #expect(first == second)
    }

    @Test func spansAndIndicesStayInBounds() throws {
        var document = try Fixture.document(Self.article, Self.marks)
        var diagnostics: [Diagnostic] = []
        try Fixture.linker.get().process(&document, diagnostics: &diagnostics)
        for relation in document.relations {
            #expect(document.sentences.indices.contains(relation.sentenceIndex))
            #expect(!relation.provenance.source.isEmpty)
            for node in [relation.subject, relation.object] {
                switch node {
                case .entity(let key): #expect(document.entities[key] != nil)
                case .quantity(let index): #expect(document.quantities.indices.contains(index))
                case .quotation(let span):
                    #expect(span.begin >= 0 && span.end <= document.scalars.count && !span.isEmpty)
                case .literal(let text): #expect(!text.isEmpty)
                }
            }
        }
        #expect(document.relations.map(\.sentenceIndex) == document.relations.map(\.sentenceIndex).sorted())
    }

    @Test func otherLayersAreUntouched() throws {
        let before = try Fixture.document(Self.article, Self.marks)
        var after = before
        var diagnostics: [Diagnostic] = []
        try Fixture.linker.get().process(&after, diagnostics: &diagnostics)
        #expect(after.tokens == before.tokens)
        #expect(after.sentences == before.sentences)
        #expect(after.mentions == before.mentions)
        #expect(after.entities == before.entities)
        #expect(after.quantities == before.quantities)
    }

    @Test func exampleArticleGivesTheExpectedRelations() throws {
        let out = try Fixture.describe(Self.article, Self.marks)
        #expect(out == [
            "500 Konten accordingTo Europol",
            "Eva Lind hasTitle Direktorin",
            "Eva Lind memberOf Europol (Leiterin)",
            "Europol locatedIn Den Haag",
            "Eva Lind said Wir machen weiter",
            "Eva Lind said Man werde nicht nachlassen",
        ])
    }
}

import NewsGraphCore
import Testing
@testable import QuantityExtraction

/// The byte-level noun table answers as a dictionary of strings did.
struct NounLemmaTableTests {
    static let table = NounLemmaTable(file: TSVFile(path: "test.tsv", bytes: Array("""
        # comment
        Telefone\tTelefon\tn
        Kindern\tKind\tn
        Kindern\tKinder\tn
        Pässe\tPass\tm
        Leer\t\tn

        """.utf8)))

    @Test func formsFindTheirLemma() {
        #expect(Self.table["Telefone"] == "Telefon")
        #expect(Self.table["Pässe"] == "Pass")
        #expect(Self.table["Telefon"] == nil)
    }

    @Test func theFirstRowOfAFormWins() {
        #expect(Self.table["Kindern"] == "Kind")
    }

    @Test func rowsWithoutALemmaAreSkipped() {
        #expect(Self.table["Leer"] == nil)
        #expect(!Self.table.isEmpty)
        #expect(NounLemmaTable().isEmpty)
    }

    @Test func aDecomposedUmlautFindsTheComposedForm() {
        #expect(Self.table["Pa\u{0308}sse"] == "Pass")
    }
}

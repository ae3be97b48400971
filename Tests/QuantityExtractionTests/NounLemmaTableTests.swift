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

    /// The table reads rows as `TSVFile.forEachRow` does: spaces around fields, `\r` line ends, extra columns,
    /// one-column and comment lines, a missing final newline, control bytes inside a field.
    @Test func rowsAreReadAsTheTSVReaderReadsThem() {
        let text = "#Kommentar\tNein\n  Hund \t Hund\r\nKatze\tKatze \r\nMaus\n\n\r\nTier\tTier\tf\tx\r\n"
            + "Vo\u{01}gel\tVo\u{01}gel\n\tLeer\nLöwe\tLöwe\r\nEnde\t\r\nLetzte\tLetzte"
        let file = TSVFile(path: "test.tsv", bytes: Array(text.utf8))
        let table = NounLemmaTable(file: file)
        var expected: [String: String] = [:]
        file.forEachRow { row in
            guard row.count >= 2, !file.isEmpty(row[1]) else { return }
            let form = file.string(row[0])
            if expected[form] == nil { expected[form] = file.string(row[1]) }
        }
        #expect(expected.count == 7)
        for (form, lemma) in expected { #expect(table[form] == lemma, "\(form)") }
        for absent in ["#Kommentar", "Maus", "Ende", "Hund ", "Katze\r", "Nein"] { #expect(table[absent] == nil) }
    }

    /// Many rows: every form finds its own lemma, however the buckets fill.
    @Test func manyFormsFindTheirLemmas() {
        let text = (0..<5000).map { "Form\($0)\tLemma\($0)\tn\n" }.joined()
        let table = NounLemmaTable(file: TSVFile(path: "many.tsv", bytes: Array(text.utf8)))
        #expect((0..<5000).allSatisfy { table["Form\($0)"] == "Lemma\($0)" })
        #expect(table["Form5000"] == nil)
        #expect(table["Lemma1"] == nil)
    }

    @Test func aDecomposedUmlautFindsTheComposedForm() {
        #expect(Self.table["Pa\u{0308}sse"] == "Pass")
    }
}

import NewsGraphCore
import Testing

/// The byte-level reader must see the same rows and fields as `LexiconDirectory.rows(of:)` reads as strings.
@Suite struct TSVFileTests {
    static func rows(_ text: String) -> [(line: Int, fields: [String])] {
        let file = TSVFile(path: "test.tsv", bytes: Array(text.utf8))
        var rows: [(Int, [String])] = []
        file.forEachRow { row in rows.append((row.line, (0..<row.count).map { file.string(row[$0]) })) }
        return rows
    }

    @Test func commentsAndBlankLinesAreSkippedAndLinesCounted() {
        let rows = Self.rows("# header\n\nWien\tWien\tgn:1\n\r\n  Graz \t\n#x\tY\nLinz")
        #expect(rows.map(\.line) == [3, 5, 7])
        #expect(rows.map(\.fields) == [["Wien", "Wien", "gn:1"], ["Graz", ""], ["Linz"]])
    }

    @Test func longRowsWithManyFieldsAndCarriageReturns() {
        let fields = (0..<40).map { "Feld\($0)ÄÖÜ" }
        let rows = Self.rows(fields.joined(separator: "\t") + "\r\n" + "kurz\r\n")
        #expect(rows.map(\.fields) == [fields, ["kurz"]])
    }

    @Test func lineCountCountsEveryNewline() {
        let text = String(repeating: "Straße\tx\n", count: 37) + "Ende"
        #expect(TSVFile(path: "t", bytes: Array(text.utf8)).lineCount == 38)
    }

    @Test func fieldHelpersReadBytes() {
        let file = TSVFile(path: "t", bytes: Array(" 12345 \tmedia-ambiguous\tparticle".utf8))
        var checked = false
        file.forEachRow { row in
            #expect(file.integer(row[0]) == 12345)
            #expect(file.hasSuffix(row[1], "-ambiguous") && !file.hasSuffix(row[1], "-place"))
            #expect(file.equals(row[2], "particle") && !file.equals(row[1], "particle"))
            #expect(!file.isEmpty(row[0]))
            checked = true
        }
        #expect(checked)
    }
}

import NewsGraphCore
import Testing
@testable import EntityRecognition

/// `ListRows` must hand the loaders exactly the rows `TSVFile.forEachRow` does.
@Suite struct ListRowsTests {
    /// Every row as `line:count:field|field|…`, fields decoded (at most the stored ones).
    private static func rows(of text: String, stored: Int) -> (tsv: [String], list: [String]) {
        let bytes = Array(text.utf8)
        let file = TSVFile(path: "test.tsv", bytes: bytes)
        var tsv: [String] = []
        file.forEachRow { row in
            let fields = (0..<min(row.count, stored)).map { String(decoding: bytes[row[$0]], as: UTF8.self) }
            tsv.append("\(row.line):\(row.count):\(fields.joined(separator: "|"))")
        }
        var list: [String] = []
        bytes.withUnsafeBufferPointer { buffer in
            ListRows(bytes: buffer).forEachRow { row in
                let fields = (0..<min(row.count, stored)).map {
                    String(decoding: UnsafeBufferPointer(rebasing: buffer[row[$0]]), as: UTF8.self)
                }
                list.append("\(row.line):\(row.count):\(fields.joined(separator: "|"))")
            }
        }
        return (tsv, list)
    }

    @Test(arguments: [
        "Wien\tWien\tgn:2761369\tcity\tAT\t1691468\n# comment\n\nGraz\n",
        "a\r\n\r\n b \t c \r\nlast line without newline",
        "#only a comment",
        "\t\t\n\tx\t\n",
        "Zürich\tZürich\u{1}x\tch\nlong row\t1\t2\t3\t4\t5\t6\t7\t8\t9\t10\n",
        "eight bytes more than eight bytes\teight bytes more than eight bytes\n\n\n",
        "",
    ])
    func rowsAreTheRowsOfTSVFile(text: String) {
        let (tsv, list) = Self.rows(of: text, stored: ListRows.storedFields)
        #expect(list == tsv)
    }

    @Test func rowsCountFieldsBeyondTheStoredOnes() {
        let (_, list) = Self.rows(of: "1\t2\t3\t4\t5\t6\t7\t8\t9\t10\n", stored: ListRows.storedFields)
        #expect(list == ["1:10:1|2|3|4|5|6|7|8"])
    }

    @Test func fieldTestsMatchTSVFile() {
        let text = "  Wien \t\t  \t city-ambiguous\t 0042 \tparticle\n"
        let bytes = Array(text.utf8)
        let file = TSVFile(path: "test.tsv", bytes: bytes)
        var fields: [Range<Int>] = []
        file.forEachRow { row in fields = (0..<row.count).map { row[$0] } }
        bytes.withUnsafeBufferPointer { buffer in
            let rows = ListRows(bytes: buffer)
            for field in fields {
                #expect(rows.trimmed(field) == file.trimmed(field))
                #expect(rows.isEmpty(field) == file.isEmpty(field))
                #expect(rows.string(field) == file.string(field))
                #expect(rows.integer(field) == file.integer(field))
                #expect(rows.hasSuffix(field, "-ambiguous") == file.hasSuffix(field, "-ambiguous"))
                #expect(rows.equals(field, "particle") == file.equals(field, "particle"))
            }
        }
        #expect(fields.count == 6)
    }
}

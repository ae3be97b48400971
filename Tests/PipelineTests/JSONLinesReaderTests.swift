import Foundation
import NewsGraphCore
import Pipeline
import Testing

@Suite struct JSONLinesReaderTests {
    func parse(_ line: String) throws -> Article? {
        try JSONLinesReader.parse(line: Data(line.utf8), origin: "in.jsonl:1", reader: ArticleReader())
    }

    @Test func readsTextAndMetadata() throws {
        let article = try #require(try parse(
            #"{"id":"apa-17","text":"Europol meldet 40 Festnahmen.","date":"2023-11-05T08:30:00Z","#
                + #""language":"de","title":"Razzia","url":"https://example.org/a"}"#))
        #expect(article.name == "apa-17")
        #expect(article.text == "Europol meldet 40 Festnahmen.")
        #expect(article.metadata == .init(
            language: "de", publicationDate: "2023-11-05", title: "Razzia", url: "https://example.org/a"))
    }

    @Test func numericIdIsAccepted() throws {
        #expect(try parse(#"{"id":42,"text":"Salzburg"}"#)?.name == "42")
    }

    @Test func blankLineIsSkipped() throws {
        #expect(try parse("   ") == nil)
    }

    @Test(arguments: [
        (#"{"text":"Wien"}"#, "has no \"id\""),
        (#"{"id":"a"}"#, "has no \"text\""),
        (#"{"id":"a","text":"Wien""#, "not a JSON object"),
        (#"["a","Wien"]"#, "not a JSON object"),
        (#"{"id":"a","text":"  "}"#, "only whitespace"),
        (#"{"id":"a","text":"x\u0000y"}"#, "NUL"),
    ])
    func badRecordsAreRefusedWithTheReason(line: String, reason: String) {
        do {
            _ = try parse(line)
            Issue.record("accepted \(line)")
        } catch let error as NewsGraphError {
            #expect(error.path == "in.jsonl:1")
            #expect(error.message.contains(reason))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func idCannotLeaveTheOutputFolder() throws {
        let name = try #require(try parse(#"{"id":"../../etc/passwd","text":"Graz"}"#)).name
        #expect(!name.contains("/") && !name.hasPrefix("."))
    }

    @Test func badDateIsIgnoredWithAWarning() throws {
        let article = try #require(try parse(#"{"id":"a","text":"Linz","date":"2023-02-30"}"#))
        #expect(article.metadata.publicationDate == nil)
        #expect(article.diagnostics.contains { $0.severity == .warning })
    }

    @Test(arguments: [("2024-02-29", "2024-02-29"), ("2023-02-29", nil), ("2023-13-01", nil), ("20231301", nil),
        ("2023-05-07 12:00", "2023-05-07")] as [(String, String?)])
    func publicationDates(text: String, day: String?) {
        #expect(PublicationDate.parse(text) == day)
    }
}

import Foundation
import NewsGraphCore

/// Reads JSON Lines articles: one object per line with `id` and `text`, optionally `date` (`YYYY-MM-DD`,
/// or an ISO 8601 timestamp whose date part is used), `language`, `url` and `title`; other fields are ignored.
public enum JSONLinesReader {
    /// The article of one line, or nil for a blank line. The name is the safe form of the id; the batch
    /// makes it unique.
    public static func parse(line: Data, origin: String, reader: ArticleReader) throws -> Article? {
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
        if let bad = ArticleReader.firstInvalidUTF8Offset([UInt8](line)) {
            throw NewsGraphError(.invalidUTF8, path: origin, message: "invalid UTF-8 at byte offset \(bad) of the line")
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: line, options: [.fragmentsAllowed])
        } catch {
            throw NewsGraphError(.badInput, path: origin, message: "not a JSON object (\(reason(error)))")
        }
        guard let record = object as? [String: Any] else {
            throw NewsGraphError(.badInput, path: origin, message: "not a JSON object")
        }
        let id: String
        if let text = record["id"] as? String, !text.isEmpty {
            id = text
        } else if let number = record["id"] as? NSNumber, !(record["id"] is Bool) {
            id = number.stringValue
        } else {
            throw NewsGraphError(.badInput, path: origin, message: "record has no \"id\" (a string or number)")
        }
        guard let rawText = record["text"] as? String else {
            throw NewsGraphError(.badInput, path: origin, message: "record \(id) has no \"text\" string")
        }
        var diagnostics: [Diagnostic] = []
        var metadata = ArticleSource.Metadata()
        metadata.language = nonEmptyString(record["language"])
        metadata.title = nonEmptyString(record["title"])
        metadata.url = nonEmptyString(record["url"])
        if let date = nonEmptyString(record["date"]) {
            if let day = PublicationDate.parse(date) {
                metadata.publicationDate = day
            } else {
                diagnostics.append(Diagnostic(
                    .warning, source: origin, message: "date \"\(date)\" is not YYYY-MM-DD; ignored"))
            }
        }
        try reader.checkSize(rawText.utf8.count, path: origin)
        let (text, checks) = try reader.validated(rawText, path: origin, diagnostics: diagnostics)
        return Article(
            name: ArticleSource.safeName(id), origin: origin, text: text, metadata: metadata, diagnostics: checks)
    }

    private static func nonEmptyString(_ value: Any?) -> String? {
        guard let text = value as? String, !text.isEmpty else { return nil }
        return text
    }

    private static func reason(_ error: Error) -> String {
        let info = (error as NSError).userInfo
        return (info[NSDebugDescriptionErrorKey] as? String) ?? "syntax error"
    }
}

/// Publication dates as the stages expect them: `YYYY-MM-DD`, a real calendar day.
public enum PublicationDate {
    /// The day of `YYYY-MM-DD` or of an ISO 8601 timestamp starting with it, or nil.
    public static func parse(_ text: String) -> String? {
        let scalars = Array(text.unicodeScalars.prefix(11))
        guard scalars.count >= 10, scalars[4] == "-", scalars[7] == "-" else { return nil }
        if scalars.count == 11 && scalars[10] != "T" && scalars[10] != " " { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                guard let digit = scalars[index].properties.numericType == .decimal
                    ? Int(String(scalars[index])) : nil, scalars[index].isASCII
                else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            (1...12).contains(month), year >= 1
        else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard (1...days).contains(day) else { return nil }
        return String(String.UnicodeScalarView(scalars[0..<10]))
    }
}

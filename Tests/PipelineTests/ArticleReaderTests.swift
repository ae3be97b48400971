import Foundation
import NewsGraphCore
import Pipeline
import Testing

@Suite struct ArticleReaderTests {
    let reader = ArticleReader()

    func refusal(_ bytes: [UInt8], reader: ArticleReader = ArticleReader()) -> NewsGraphError? {
        do {
            _ = try reader.text(from: Data(bytes), path: "a.txt")
            return nil
        } catch let error as NewsGraphError {
            return error
        } catch {
            return nil
        }
    }

    @Test func invalidUTF8NamesTheByteOffsetInTheFile() {
        // "Köln" in Latin-1, after a BOM: the offset counts the BOM's bytes too.
        let error = refusal([0xEF, 0xBB, 0xBF] + Array("Stadt K".utf8) + [0xF6] + Array("ln".utf8))
        #expect(error?.code == .invalidUTF8)
        #expect(error?.message == "invalid UTF-8 at byte offset 10")
    }

    @Test(arguments: [[0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xE2, 0x82], [0xF5, 0x80, 0x80, 0x80]] as [[UInt8]])
    func malformedSequencesAreRefused(sequence: [UInt8]) {
        #expect(refusal(Array("Wien ".utf8) + sequence)?.message == "invalid UTF-8 at byte offset 5")
    }

    @Test(arguments: ["", " \n\t\n"])
    func emptyAndBlankFilesAreRefused(text: String) {
        #expect(refusal(Array(text.utf8))?.code == .emptyInput)
    }

    @Test func nulByteMeansBinary() {
        let error = refusal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])
        #expect(error?.code == .binaryInput)
        #expect(error?.message.contains("byte offset 8") == true)
    }

    @Test func oversizedInputIsRefused() {
        let small = ArticleReader(maximumBytes: 10)
        #expect(refusal(Array("Graz meldet Hochwasser".utf8), reader: small)?.code == .tooLarge)
    }

    @Test func oversizedFileIsRefusedBeforeReading() throws {
        let folder = try TestSupport.scratch("huge")
        let path = folder.appendingPathComponent("huge.txt").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 100 << 20)  // sparse: 100 MB without writing them
        try handle.close()
        #expect(throws: NewsGraphError.self) { try ArticleReader().contents(ofFile: path) }
    }

    @Test func byteOrderMarkIsDroppedWithANote() throws {
        let (text, diagnostics) = try reader.text(from: Data([0xEF, 0xBB, 0xBF] + Array("Linz".utf8)), path: "a")
        #expect(text == "Linz")
        #expect(diagnostics.contains { $0.severity == .note && $0.message.contains("byte order mark") })
    }

    @Test func crlfBecomesLF() throws {
        let (text, _) = try reader.text(from: Data("Erste Zeile.\r\nZweite Zeile.\rDritte.".utf8), path: "a")
        #expect(text == "Erste Zeile.\nZweite Zeile.\nDritte.")
    }

    @Test func decomposedTextIsKeptAsGivenWithANote() throws {
        let nfd = "Mu\u{0308}nchen"
        let (text, diagnostics) = try reader.text(from: Data(nfd.utf8), path: "a")
        #expect(Array(text.unicodeScalars) == Array(nfd.unicodeScalars))
        #expect(diagnostics.contains { $0.severity == .note && $0.message.contains("code point 2") })
    }

    @Test func composedTextHasNoNote() throws {
        let (_, diagnostics) = try reader.text(from: Data("München, Zürich, São Paulo".utf8), path: "a")
        #expect(diagnostics.isEmpty)
    }

    @Test func htmlIsProcessedWithAWarning() throws {
        let html = "<html><body><p>Die Staatsanwaltschaft Wien ermittelt.</p></body></html>"
        let (text, diagnostics) = try reader.text(from: Data(html.utf8), path: "a")
        #expect(text == html)
        #expect(diagnostics.contains { $0.severity == .warning && $0.message.contains("HTML") })
    }

    @Test func veryLongLineIsAccepted() throws {
        let line = String(repeating: "Die Polizei ermittelt weiter ", count: 20_000)
        let (text, diagnostics) = try reader.text(from: Data(line.utf8), path: "a")
        #expect(text.utf8.count == line.utf8.count)
        #expect(diagnostics.isEmpty)
    }
}

import Foundation
import NewsGraphCore
import Pipeline
import Testing

/// Runs the built `newsgraph` binary on a mix of good and bad inputs.
@Suite struct CommandLineTests {
    static let good =
        "Das Bundeskriminalamt warnt vor Anrufen falscher Bankmitarbeiter. Der Schaden beträgt 2 Millionen Euro."

    /// Each bad input, and what the run must say about it (nil: processed, no message required).
    static let cases: [(file: String, bytes: [UInt8], message: String?, written: Bool)] = [
        ("good.txt", Array(good.utf8), nil, true),
        (
            "latin1.txt", Array("Stra".utf8) + [0xDF] + Array("e in Wien".utf8),
            "error: invalid UTF-8 at byte offset 4", false
        ),
        ("empty.txt", [], "error: file is empty", false),
        ("blank.txt", Array("  \n\n".utf8), "error: file contains only whitespace", false),
        (
            "binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00],
            "error: binary file (NUL byte at byte offset 7)", false
        ),
        ("bom.txt", [0xEF, 0xBB, 0xBF] + Array(good.utf8), "note: byte order mark dropped", true),
        (
            "crlf.txt", Array("Erste Zeile in Graz.\r\nZweite Zeile.\r\n".utf8), "note: CRLF/CR line ends read as LF",
            true
        ),
        ("nfd.txt", Array("Die Polizei in Mu\u{0308}nchen ermittelt.".utf8), "note: text is not in NFC", true),
        (
            "page.txt", Array("<html><body><p>Europol meldet Festnahmen.</p></body></html>".utf8),
            "warning: looks like HTML", true
        ),
        ("longline.txt", Array(String(repeating: "Die Ermittlungen dauern an, ", count: 10_000).utf8), nil, true),
    ]

    @Test func badInputsAreNamedAndTheRestIsWritten() throws {
        let input = try TestSupport.scratch("cli-in")
        for item in Self.cases { try TestSupport.write(item.bytes, item.file, in: input) }
        let huge = input.appendingPathComponent("huge.txt").path
        #expect(FileManager.default.createFile(atPath: huge, contents: nil))
        try FileHandle(forWritingAtPath: huge).map {
            try $0.truncate(atOffset: 100 << 20)
            try $0.close()
        }
        let output = try TestSupport.scratch("cli-out")

        let (status, stderr, _) = try TestSupport.run(["run", input.path, "--out", output.path])
        #expect(status == 1)
        #expect(stderr.contains("huge.txt: error: file is too large (104857600 bytes"))
        let written = TestSupport.files(in: output)
        for item in Self.cases {
            let path = input.appendingPathComponent(item.file).path
            if let message = item.message { #expect(stderr.contains("\(path): \(message)"), "\(item.file)") }
            let name = String(item.file.dropLast(4)) + ".jsonld"
            #expect(written.contains(name) == item.written, "\(item.file)")
        }
        #expect(written.contains("graph.jsonld"))
        #expect(stderr.contains("6 articles written, 0 unchanged, 5 failed"))
    }

    @Test func goodBatchExitsZeroAndRerunDoesNothing() throws {
        let input = try TestSupport.scratch("cli-good")
        try TestSupport.write(Self.good, "a.txt", in: input)
        let output = try TestSupport.scratch("cli-out")
        #expect(try TestSupport.run(["run", input.path, "--out", output.path]).status == 0)
        let again = try TestSupport.run(["run", input.path, "--out", output.path])
        #expect(again.status == 0)
        #expect(again.stderr.contains("0 articles written, 1 unchanged"))
    }

    @Test func missingInputIsAFatalErrorNamingIt() throws {
        let output = try TestSupport.scratch("cli-out")
        let (status, stderr, _) = try TestSupport.run(["run", "/nonexistent/folder", "--out", output.path])
        #expect(status == 2)
        #expect(stderr.contains("/nonexistent/folder: error: no such file or folder"))
    }

    @Test func jsonLinesOnStandardInputWithABadLine() throws {
        let lines =
            #"{"id":"w1","text":"Die WKStA ermittelt in Wien."}"# + "\n" + "{kaputt\n"
            + #"{"id":"w2","text":"Interpol sucht zwei Männer.","date":"2020-01-31"}"# + "\n"
        let output = try TestSupport.scratch("cli-out")
        let (status, stderr, _) = try TestSupport.run(["run", "-", "--out", output.path], input: Data(lines.utf8))
        #expect(status == 1)
        #expect(stderr.contains("<stdin>:2: error: not a JSON object"))
        #expect(TestSupport.files(in: output).contains("w1.jsonld"))
        #expect(TestSupport.files(in: output).contains("w2.jsonld"))
    }

    @Test func streamWritesOneLinePerGoodRecord() throws {
        let lines =
            #"{"id":"w1","text":"Die WKStA ermittelt in Wien."}"# + "\n" + "{kaputt\n"
            + #"{"id":"w2","text":"Interpol sucht zwei Männer."}"# + "\n"
        let (status, stderr, stdout) = try TestSupport.run(["stream", "--format", "jsonld"], input: Data(lines.utf8))
        #expect(status == 1)
        #expect(stderr.contains("<stdin>:2: error"))
        let outputLines = stdout.split(separator: "\n")
        #expect(outputLines.count == 2)
        #expect(outputLines.first?.contains("urn:newsgraph:article:w1") == true)
        #expect(outputLines.last?.contains("urn:newsgraph:article:w2") == true)
    }
}

@Suite struct CommandLineOutputTests {
    @Test func outputThatIsAFileIsAFatalErrorNamingIt() throws {
        let folder = try TestSupport.scratch("cli-file")
        try TestSupport.write("x", "taken", in: folder)
        try TestSupport.write(CommandLineTests.good, "a.txt", in: folder)
        let target = folder.appendingPathComponent("taken").path
        let (status, stderr, _) = try TestSupport.run([
            "run", folder.appendingPathComponent("a.txt").path, "--out", target,
        ])
        #expect(status == 2)
        #expect(stderr.contains("\(target): error: cannot create the output folder"))
    }
}

@Suite struct KilledRunTests {
    /// Kills a real run part-way (wherever it is: the assertions hold at any moment), then reruns: the result
    /// must equal an uninterrupted run, with no temporary file left.
    @Test func runKilledAtAnyMomentResumesToTheSameGraph() throws {
        let input = try TestSupport.scratch("kill-in")
        let towns = ["Wien", "Graz", "Linz", "Salzburg", "Innsbruck", "Klagenfurt", "Bregenz", "Eisenstadt"]
        for index in 0..<400 {
            let town = towns[index % towns.count]
            try TestSupport.write(
                "Die Polizei in \(town) hat \(index) Anzeigen wegen Betrugs aufgenommen. Die Ermittlungen dauern an. "
                    + String(repeating: "Ein Sprecher bat um Hinweise aus der Bevölkerung. ", count: index % 20),
                String(format: "meldung-%04d.txt", index), in: input)
        }
        let clean = try TestSupport.scratch("kill-clean")
        #expect(try TestSupport.run(["run", input.path, "--out", clean.path]).status == 0)

        let output = try TestSupport.scratch("kill-out")
        let process = Process()
        process.executableURL = TestSupport.binary
        process.arguments = ["run", input.path, "--out", output.path, "--jobs", "2"]
        process.environment = ["NEWSGRAPH_LEXICONS": TestSupport.lexicons.url.path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Kill once the first articles are written, so that the run is caught in the middle.
        for _ in 0..<2000 where process.isRunning {
            if TestSupport.files(in: output).contains(where: { $0.hasPrefix("meldung-") }) { break }
            usleep(10_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()

        let resumed = try TestSupport.run(["run", input.path, "--out", output.path])
        #expect(resumed.status == 0)
        #expect(!TestSupport.files(in: output).contains { $0.hasSuffix(".tmp") })
        #expect(TestSupport.files(in: output) == TestSupport.files(in: clean))
        #expect(
            try Data(contentsOf: output.appendingPathComponent("graph.jsonld"))
                == Data(contentsOf: clean.appendingPathComponent("graph.jsonld")))
        #expect(try TestSupport.run(["run", input.path, "--out", output.path]).stderr.contains("0 articles written"))
    }
}

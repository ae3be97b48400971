import Foundation
import NewsGraphCore
import Pipeline

/// Shared fixtures: the repository's lexicons, scratch folders, the built `newsgraph` binary.
enum TestSupport {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let lexicons = LexiconDirectory(url: repository.appendingPathComponent("Lexicons"))

    /// Loaded once for all tests: the lexicons take seconds to compile in a debug build.
    static let pipeline = Result { try Pipeline.standard(lexicons: lexicons) }

    static func runner(jobs: Int = 2, force: Bool = false) throws -> BatchRunner {
        BatchRunner(pipeline: try pipeline.get(), jobs: jobs, force: force)
    }

    /// A fresh, empty folder under the system's temporary folder.
    static func scratch(_ label: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("newsgraph-tests-\(label)-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func write(_ bytes: [UInt8], _ name: String, in folder: URL) throws {
        try Data(bytes).write(to: folder.appendingPathComponent(name))
    }

    static func write(_ text: String, _ name: String, in folder: URL) throws {
        try write(Array(text.utf8), name, in: folder)
    }

    static func files(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    /// The `newsgraph` executable next to the test bundle (SwiftPM builds it with the tests).
    static var binary: URL {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        while folder.path != "/"
            && !FileManager.default.fileExists(atPath: folder.appendingPathComponent("newsgraph").path)
        {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("newsgraph")
    }

    /// Runs the binary; returns exit status and standard error.
    static func run(_ arguments: [String], input: Data? = nil) throws -> (status: Int32, stderr: String, stdout: String)
    {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = ["NEWSGRAPH_LEXICONS": lexicons.url.path]
        let errorPipe = Pipe()
        let outputPipe = Pipe()
        process.standardError = errorPipe
        process.standardOutput = outputPipe
        let inputPipe = Pipe()
        process.standardInput = inputPipe
        try process.run()
        if let input { inputPipe.fileHandleForWriting.write(input) }
        try inputPipe.fileHandleForWriting.close()
        let output = outputPipe.fileHandleForReading.readDataToEndOfFile()
        let error = errorPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: error, as: UTF8.self), String(decoding: output, as: UTF8.self)
        )
    }
}

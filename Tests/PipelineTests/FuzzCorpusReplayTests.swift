import Foundation
import Pipeline
import Testing

/// Every input the fuzzer kept (Tests/FuzzCorpus) goes through the fuzz harness again: the whole pipeline and both
/// output formats, with the harness's invariants. An input that once trapped stays here (`laut-at-text-end.txt`:
/// `Laut` one word before the text's end once made an empty range a reversed one).
struct FuzzCorpusReplayTests {
    @Test func everyKeptInputRunsThroughThePipeline() throws {
        let directory = TestSupport.repository.appendingPathComponent("Tests/FuzzCorpus")
        let files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        #expect(files.count > 60)
        let harness = try FuzzHarness(lexicons: TestSupport.lexicons)
        for file in files {
            harness.run(try Data(contentsOf: file))
        }
    }
}

import Foundation
import NewsGraphCore
import Pipeline

// libFuzzer target over the whole pipeline. `scripts/fuzz.sh` builds it with `-sanitize=fuzzer,address`
// and `-D FUZZING`, so libFuzzer supplies `main`. Built plainly (`swift build`), it is a reproducer
// instead: `newsgraph-fuzz FILE...` runs each file through the same harness.

private let harness: FuzzHarness = {
    do {
        return try FuzzHarness(lexicons: LexiconDirectory.locate())
    } catch {
        fatalError("newsgraph-fuzz: \(error)")
    }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    harness.run(Data(bytes: start, count: count))
    return 0
}

#if !FUZZING
/// Replays fuzzer inputs (crash files, corpus entries) without the sanitizers.
@main
struct FuzzReproducer {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                print("newsgraph-fuzz: cannot read \(path)")
                exit(1)
            }
            harness.run(data)
            print("\(path): ok")
        }
    }
}
#endif

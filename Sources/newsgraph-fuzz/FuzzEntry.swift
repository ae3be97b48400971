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

#if FUZZING
/// libFuzzer's driver, entered from our own `main`: SwiftPM renames an executable's entry point and
/// aliases `main` to it, so libFuzzer's `main` is never linked.
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafeRawPointer, Int) -> CInt
) -> CInt

@_cdecl("newsgraph_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    // Load the lexicons before the first input, so that their load time (long under ASan) is not a timeout.
    _ = harness
    return runDriver(&count, &arguments) { start, size in fuzzOneInput(start, size) }
}
#else
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

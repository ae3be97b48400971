import Dispatch
import EntityRecognition
import Foundation
import JSONLD
import NewsGraphCore
import Pipeline
import QuantityExtraction
import RelationLinking
import Segmentation

// Benchmark of the standard pipeline over a JSON Lines corpus (release build):
//   swift build -c release --product newsgraph-bench
//   .build/release/newsgraph-bench [articles.jsonl] [--seconds 5] [--one-core]
// Loops the corpus until at least `--seconds` have passed, for a stable figure. Prints articles/s and MB/s
// (UTF-8 bytes of article text) per stage on one core, for the whole pipeline with JSON-LD writing on one
// core and on all cores, the lexicon load time and peak memory (ru_maxrss).

var arguments = Array(CommandLine.arguments.dropFirst())
var minimumSeconds = 5.0
if let index = arguments.firstIndex(of: "--seconds"), index + 1 < arguments.count {
    minimumSeconds = Double(arguments[index + 1]) ?? 5
    arguments.removeSubrange(index...(index + 1))
}
// `--one-core` skips the all-cores run (quicker when only the per-stage figures matter).
let oneCoreOnly = arguments.contains("--one-core")
arguments.removeAll { $0 == "--one-core" }
// `--only document|segmentation|writing` loops that one piece and nothing else, for a profiler's sake: the
// other stages and the lexicon loads stay out of the profile.
var onlyPiece: String?
if let index = arguments.firstIndex(of: "--only"), index + 1 < arguments.count {
    onlyPiece = arguments[index + 1]
    arguments.removeSubrange(index...(index + 1))
}
// `--stage NAME` times only that stage, pass by pass over documents prepared up to it, and prints the best and the
// median pass: a figure that moves less than the per-stage sums while other jobs share the cores.
var onlyStage: String?
if let index = arguments.firstIndex(of: "--stage"), index + 1 < arguments.count {
    onlyStage = arguments[index + 1]
    arguments.removeSubrange(index...(index + 1))
}
// `--passes N`: with `--only`, exactly N passes (0 = just the set-up); with `--stage`, at least N (with
// `--seconds 0`, exactly N). Either way a fixed amount of work, for `perf stat` or callgrind, whose counts other
// jobs on the machine do not disturb.
var fixedPasses: Int?
var minimumPasses = 3
if let index = arguments.firstIndex(of: "--passes"), index + 1 < arguments.count {
    fixedPasses = Int(arguments[index + 1])
    minimumPasses = fixedPasses ?? 3
    arguments.removeSubrange(index...(index + 1))
}
let corpusPath = arguments.first ?? "../shared/corpus/10kGNAD/articles.jsonl"

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

/// CPU seconds of the calling thread: per-stage figures stay meaningful while other jobs share the cores.
func threadCPU() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// User + system CPU seconds of the process: on a shared machine, wall time alone says little.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("newsgraph-bench: \(message)\n".utf8))
    exit(1)
}

guard let corpusData = FileManager.default.contents(atPath: corpusPath) else { fail("cannot read \(corpusPath)") }
var articles: [Article] = []
for (number, line) in corpusData.split(separator: UInt8(ascii: "\n")).enumerated() {
    do {
        if let article = try JSONLinesReader.parse(
            line: Data(line), origin: "\(corpusPath):\(number + 1)", reader: .init())
        {
            articles.append(article)
        }
    } catch {
        fail("\(error)")
    }
}
guard !articles.isEmpty else { fail("no articles in \(corpusPath)") }
let corpusBytes = articles.reduce(0) { $0 + $1.text.utf8.count }

let loadStart = now()
let lexicons: LexiconDirectory
let pipeline: Pipeline
do {
    lexicons = try LexiconDirectory.locate()
    pipeline = try Pipeline.standard(lexicons: lexicons)
} catch {
    fail("\(error)")
}
let lexiconSeconds = now() - loadStart
let writer = JSONLDWriter(pipelineVersion: Pipeline.version)

@Sendable func document(_ article: Article) -> Document {
    Document(
        name: article.name, text: article.text, language: article.metadata.language,
        publicationDate: article.metadata.publicationDate)
}

func rate(_ count: Int, _ bytes: Int, _ seconds: Double) -> String {
    String(format: "%9.1f articles/s %8.2f MB/s", Double(count) / seconds, Double(bytes) / seconds / 1e6)
}

if let onlyPiece {
    let splitter: SentenceSplitter
    do { splitter = try SentenceSplitter(lexicons: lexicons) } catch { fail("\(error)") }
    var prepared: [Document] = []
    if onlyPiece == "writing" {
        do {
            prepared = try articles.map {
                var doc = document($0)
                _ = try pipeline.process(&doc)
                return doc
            }
        } catch {
            fail("\(error)")
        }
    }
    var passes = 0
    let start = threadCPU()
    while fixedPasses.map({ passes < $0 }) ?? (passes == 0 || threadCPU() - start < minimumSeconds) {
        switch onlyPiece {
        case "document":
            for article in articles { precondition(document(article).scalars.count >= 0) }
        case "segmentation":
            for article in articles {
                var doc = document(article)
                var diagnostics: [Diagnostic] = []
                do { try splitter.process(&doc, diagnostics: &diagnostics) } catch { fail("\(error)") }
            }
        case "writing":
            for doc in prepared { precondition(!writer.documentBytes(doc).isEmpty) }
        default:
            fail("--only takes document, segmentation or writing")
        }
        passes += 1
    }
    let seconds = threadCPU() - start
    print("\(onlyPiece) only (\(passes) passes, thread CPU time): " + rate(articles.count * passes, corpusBytes * passes, seconds))
    exit(0)
}

print("corpus: \(articles.count) articles, \(String(format: "%.2f", Double(corpusBytes) / 1e6)) MB (\(corpusPath))")
print("lexicon load: \(String(format: "%.3f", lexiconSeconds)) s (\(lexicons.url.path))")
// Each stage's lists on their own, best of three; the entity stage's has a target of its own. CPU time too:
// the entity load runs on two threads, and wall time says little while other jobs share the cores.
let loaders: [(String, () throws -> Void)] = [
    ("segmentation", { _ = try SentenceSplitter(lexicons: lexicons) }),
    ("entity", { _ = try EntityRecognizer(lexicons: lexicons) }),
    ("quantity", { _ = try QuantityExtractor(lexicons: lexicons) }),
    ("relation", { _ = try RelationLinker(lexicons: lexicons) }),
]
for (name, load) in loaders {
    var wall = Double.infinity
    var cpu = Double.infinity
    for _ in 0..<3 {
        let (start, startCPU) = (now(), cpuSeconds())
        do { try load() } catch { fail("\(error)") }
        wall = min(wall, now() - start)
        cpu = min(cpu, cpuSeconds() - startCPU)
    }
    print(
        "  \(name) lexicon load: \(String(format: "%.1f", wall * 1000)) ms wall, "
            + "\(String(format: "%.1f", cpu * 1000)) ms CPU (best of 3)")
}

if let onlyStage {
    guard let stageIndex = pipeline.stages.firstIndex(where: { $0.name == onlyStage }) else {
        fail("no stage \(onlyStage) (stages: \(pipeline.stages.map(\.name).joined(separator: ", ")))")
    }
    var prepared: [Document] = []
    for article in articles {
        var doc = document(article)
        var diagnostics: [Diagnostic] = []
        for stage in pipeline.stages[..<stageIndex] {
            do { try stage.process(&doc, diagnostics: &diagnostics) } catch { fail("\(article.origin): \(error)") }
        }
        prepared.append(doc)
    }
    let stage = pipeline.stages[stageIndex]
    var passes: [Double] = []
    let start = now()
    repeat {
        let passStart = threadCPU()
        for doc in prepared {
            var doc = doc
            var diagnostics: [Diagnostic] = []
            do { try stage.process(&doc, diagnostics: &diagnostics) } catch { fail("\(error)") }
        }
        passes.append(threadCPU() - passStart)
    } while now() - start < minimumSeconds || passes.count < minimumPasses
    passes.sort()
    print("\n\(onlyStage) alone (\(passes.count) passes, thread CPU):")
    print("  " + "best pass".padding(toLength: 22, withPad: " ", startingAt: 0) + rate(articles.count, corpusBytes, passes[0]))
    print("  " + "median pass".padding(toLength: 22, withPad: " ", startingAt: 0)
        + rate(articles.count, corpusBytes, passes[passes.count / 2]))
    exit(0)
}

// One core, each stage timed on its own (thread CPU time).
var stageSeconds = [Double](repeating: 0, count: pipeline.stages.count)
var documentSeconds = 0.0
var writeSeconds = 0.0
var passes = 0
let singleStart = now()
let singleCPUStart = cpuSeconds()
repeat {
    for article in articles {
        var start = threadCPU()
        var doc = document(article)
        documentSeconds += threadCPU() - start
        var diagnostics: [Diagnostic] = []
        for (index, stage) in pipeline.stages.enumerated() {
            start = threadCPU()
            do { try stage.process(&doc, diagnostics: &diagnostics) } catch { fail("\(article.origin): \(error)") }
            stageSeconds[index] += threadCPU() - start
        }
        start = threadCPU()
        let output = writer.documentBytes(doc)
        writeSeconds += threadCPU() - start
        precondition(!output.isEmpty)
    }
    passes += 1
} while now() - singleStart < minimumSeconds
let singleSeconds = now() - singleStart
let singleCPU = cpuSeconds() - singleCPUStart
let (count, bytes) = (articles.count * passes, corpusBytes * passes)
print("\none core (\(passes) passes over the corpus; stages in thread CPU time, total in wall time):")
print("  " + "document model".padding(toLength: 22, withPad: " ", startingAt: 0) + rate(count, bytes, documentSeconds))
for (index, stage) in pipeline.stages.enumerated() {
    print(
        "  " + stage.name.padding(toLength: 22, withPad: " ", startingAt: 0) + rate(count, bytes, stageSeconds[index]))
}
print("  " + "JSON-LD writing".padding(toLength: 22, withPad: " ", startingAt: 0) + rate(count, bytes, writeSeconds))
print(
    "  " + "total".padding(toLength: 22, withPad: " ", startingAt: 0) + rate(count, bytes, singleSeconds)
        + String(format: "   (%.2f s wall, %.2f s CPU)", singleSeconds, singleCPU))
let stageCPU = documentSeconds + stageSeconds.reduce(0, +) + writeSeconds
print("  " + "total (stage CPU sum)".padding(toLength: 22, withPad: " ", startingAt: 0) + rate(count, bytes, stageCPU))

func printPeakMemory() {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    print("\npeak memory: \(String(format: "%.1f", Double(usage.ru_maxrss) / 1024)) MB (ru_maxrss)")
}
if oneCoreOnly {
    printPeakMemory()
    exit(0)
}

// All cores: articles in parallel, whole pipeline plus writing.
let cores = ProcessInfo.processInfo.activeProcessorCount
final class Counter: @unchecked Sendable {
    let lock = NSLock()
    var value = 0
    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value - 1
    }
}
let shared = articles
var parallelPasses = 0
let parallelStart = now()
let parallelCPUStart = cpuSeconds()
repeat {
    let counter = Counter()
    DispatchQueue.concurrentPerform(iterations: cores) { _ in
        while true {
            let index = counter.next()
            guard index < shared.count else { return }
            var doc = document(shared[index])
            guard (try? pipeline.process(&doc)) != nil else { continue }
            precondition(!writer.documentBytes(doc).isEmpty)
        }
    }
    parallelPasses += 1
} while now() - parallelStart < minimumSeconds
let parallelSeconds = now() - parallelStart
let parallelCPU = cpuSeconds() - parallelCPUStart
let parallelRate = Double(articles.count * parallelPasses) / parallelSeconds
let singleRate = Double(count) / singleSeconds
print("\n\(cores) cores (\(parallelPasses) passes):")
print(
    "  " + "total".padding(toLength: 22, withPad: " ", startingAt: 0)
        + rate(articles.count * parallelPasses, corpusBytes * parallelPasses, parallelSeconds)
        + String(
            format: "   (%.2f s wall, %.2f s CPU)   speed-up %.2fx", parallelSeconds, parallelCPU,
            parallelRate / singleRate))
// CPU per article: equal in both runs means threads do not slow each other; the wall speed-up then
// approaches the number of idle cores.
print(
    String(
        format: "  CPU per article: %.3f ms on one core, %.3f ms on %d cores",
        singleCPU / Double(count) * 1000, parallelCPU / Double(articles.count * parallelPasses) * 1000, cores))

printPeakMemory()

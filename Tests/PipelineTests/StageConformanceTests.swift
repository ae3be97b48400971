import Foundation
import NewsGraphCore
import Pipeline
import Testing

/// The contract every stage of the standard pipeline keeps, whatever the text: it handles the empty
/// document, its spans lie inside the text in document order, it gives the same result twice, and it
/// leaves the layers of other stages as they were.
@Suite struct StageConformanceTests {
    static let lexicons = LexiconDirectory(
        url: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Lexicons"))

    static let pipeline: Pipeline = {
        do { return try Pipeline.standard(lexicons: lexicons) } catch { fatalError("cannot load lexicons: \(error)") }
    }()

    static let texts = [
        "",
        "Wien",
        "   \n\n  ",
        "🇦🇹🇩🇪 Grüße!",
        // NFD: "ö" as o + combining diaeresis, so code points and characters differ.
        "Die Polizei in Ko\u{308}ln nahm am 3. Mai zwei Männer fest.",
        "Laut Interpol wurden mehr als 1.200 Personen befreit. Der Sprecher der Behörde, Anna Berger, sagte, "
            + "die Ermittlungen dauerten an.\nÜberschrift ohne Punkt\n\nZweiter Absatz mit 5,5 Prozent und 20 Euro.",
        String(repeating: "sehr langer Satz ohne Ende ", count: 200),
        "1. Punkt eins\n2. Punkt zwei\n3) drittens",
        "....!!!???---",
    ]

    struct Snapshot: Equatable {
        var tokens: [Token]
        var sentences: [Sentence]
        var mentions: [EntityMention]
        var entities: EntityTable
        var quantities: [Quantity]
        var dates: [TemporalExpression]
        var relations: [Relation]

        init(_ document: Document) {
            tokens = document.tokens
            sentences = document.sentences
            mentions = document.mentions
            entities = document.entities
            quantities = document.quantities
            dates = document.dates
            relations = document.relations
        }

        func spans(of layer: Layer) -> [TextSpan] {
            switch layer {
            case .tokens: return tokens.map(\.span)
            case .sentences: return sentences.map(\.span)
            case .entities: return mentions.map(\.span)
            case .quantities: return quantities.map(\.span)
            case .dates: return dates.map(\.span)
            case .relations: return []
            }
        }

        func equal(_ other: Snapshot, on layer: Layer) -> Bool {
            switch layer {
            case .tokens: return tokens == other.tokens
            case .sentences: return sentences == other.sentences
            case .entities: return mentions == other.mentions && entities == other.entities
            case .quantities: return quantities == other.quantities
            case .dates: return dates == other.dates
            case .relations: return relations == other.relations
            }
        }
    }

    /// The document as the stage at `index` receives it: every earlier stage already run.
    static func prepared(_ text: String, upTo index: Int) throws -> Document {
        var document = Document(name: "conformance", text: text)
        var diagnostics: [Diagnostic] = []
        for stage in pipeline.stages[..<index] { try stage.process(&document, diagnostics: &diagnostics) }
        return document
    }

    static var cases: [(Int, Int)] {
        pipeline.stages.indices.flatMap { stage in texts.indices.map { (stage, $0) } }
    }

    @Test(arguments: cases)
    func stageKeepsTheContract(stageIndex: Int, textIndex: Int) throws {
        let stage = Self.pipeline.stages[stageIndex]
        let input = try Self.prepared(Self.texts[textIndex], upTo: stageIndex)
        var first = input
        var second = input
        var diagnostics: [Diagnostic] = []
        try stage.process(&first, diagnostics: &diagnostics)
        try stage.process(&second, diagnostics: &diagnostics)
        let before = Snapshot(input)
        let after = Snapshot(first)
        #expect(after == Snapshot(second), "\(stage.name) gave two different results")
        #expect(first.completedLayers.isSuperset(of: stage.produces), "\(stage.name) did not mark its layers")
        for layer in Layer.allCases {
            if stage.produces.contains(layer) {
                let spans = after.spans(of: layer)
                for span in spans {
                    #expect(span.begin >= 0 && span.end <= first.scalars.count, "\(stage.name): \(span) out of bounds")
                    #expect(!span.isEmpty, "\(stage.name): empty span \(span)")
                }
                #expect(spans == spans.sorted(), "\(stage.name): \(layer) not in document order")
            } else {
                #expect(before.equal(after, on: layer), "\(stage.name) changed \(layer)")
            }
        }
        if Self.texts[textIndex].isEmpty {
            for layer in stage.produces { #expect(after.spans(of: layer).isEmpty) }
        }
    }

    @Test func pipelineRefusesAStageWhoseNeedsAreUnmet() {
        let stages = Self.pipeline.stages
        #expect(throws: NewsGraphError.self) { try Pipeline(stages: [stages[1], stages[0]]) }
        #expect(throws: Never.self) { try Pipeline(stages: stages) }
    }
}

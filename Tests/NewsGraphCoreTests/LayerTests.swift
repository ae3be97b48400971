import NewsGraphCore
import Testing

/// Layers compare, hash and order by their place in the pipeline.
@Suite struct LayerTests {
    @Test func orderIsThePipelinesAndEveryLayerIsItselfOnly() {
        #expect(Layer.allCases.sorted() == [.tokens, .sentences, .entities, .quantities, .dates, .relations])
        for layer in Layer.allCases {
            #expect(Layer.allCases.filter { $0 == layer } == [layer])
        }
        let set: Set<Layer> = [.tokens, .sentences, .tokens]
        #expect(set.count == 2 && set.contains(.sentences) && !set.contains(.relations))
        #expect(Layer(rawValue: "dates") == .dates)
    }
}

import NewsGraphCore
import Testing

/// A document's completed layers, one bit each, answer as a `Set<Layer>` of the same layers would.
@Suite struct LayerSetTests {
    @Test func addingStageLayersKeepsEachOnceAndOthersOut() {
        var layers = LayerSet()
        #expect(layers.isEmpty)
        layers.formUnion(Set<Layer>([.tokens, .sentences]))
        layers.formUnion(Set<Layer>([.sentences, .entities]))
        #expect(layers.layers == [.tokens, .sentences, .entities])
        #expect(layers.isSuperset(of: Set<Layer>([.tokens, .entities])))
        #expect(!layers.isSuperset(of: Set<Layer>([.tokens, .relations])))
        #expect(!layers.contains(.dates) && layers.contains(.tokens))
    }

    @Test func setAlgebraMatchesSetOfLayers() {
        let all = Layer.allCases
        // Every pair of subsets of the six layers, by their bits.
        for a in 0..<64 {
            for b in stride(from: 0, to: 64, by: 5) {
                let left = Set(all.indices.filter { a >> $0 & 1 == 1 }.map { all[$0] })
                let right = Set(all.indices.filter { b >> $0 & 1 == 1 }.map { all[$0] })
                let leftBits = LayerSet(left)
                let rightBits = LayerSet(right)
                #expect(Set(leftBits.union(rightBits).layers) == left.union(right))
                #expect(Set(leftBits.intersection(rightBits).layers) == left.intersection(right))
                #expect(Set(leftBits.symmetricDifference(rightBits).layers) == left.symmetricDifference(right))
                #expect(leftBits.isSuperset(of: right) == left.isSuperset(of: right))
            }
        }
        var layers: LayerSet = [.dates]
        #expect(layers.insert(.dates).inserted == false)
        #expect(layers.remove(.dates) == .dates && layers.isEmpty)
    }
}

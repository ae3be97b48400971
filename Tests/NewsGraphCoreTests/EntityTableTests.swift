import NewsGraphCore
import Testing

/// An article's entity table answers as the dictionary by key it replaced would.
@Suite struct EntityTableTests {
    @Test func keysAreFoundUpToCanonicalEquivalenceAsADictionaryFindsThem() {
        let composed = Entity(type: .place, canonicalName: "K\u{F6}ln")
        let bonn = Entity(type: .place, canonicalName: "Bonn")
        let table = EntityTable(uniqueEntities: [bonn, composed])
        // `o` and a combining diaeresis: other bytes, other length, the same string.
        let decomposed = "LOC/Ko\u{308}ln"
        #expect(decomposed.utf8.count != composed.key.utf8.count)
        #expect(table[decomposed] == composed)
        #expect(table[bonn.key] == bonn)
        #expect(table["LOC/Berlin"] == nil)
        #expect(table.position(of: composed.key) == 1)
    }

    @Test func settingReplacesAddsAndRemovesInOrder() {
        let wien = Entity(type: .place, canonicalName: "Wien")
        let graz = Entity(type: .place, canonicalName: "Graz")
        var table: EntityTable = [wien.key: wien]
        table[graz.key] = graz
        #expect(table.keys == [wien.key, graz.key])
        table[wien.key] = Entity(type: .place, canonicalName: "Wien", alternateNames: ["Vienna"])
        #expect(table[wien.key]?.alternateNames == ["Vienna"])
        #expect(table.count == 2)
        table[wien.key] = nil
        #expect(table.keys == [graz.key] && table.values == [graz])
        #expect(Array(table.map(\.key)) == [graz.key])
    }

    @Test func equalityIgnoresOrderAsForDictionaries() {
        let wien = Entity(type: .place, canonicalName: "Wien")
        let graz = Entity(type: .place, canonicalName: "Graz")
        #expect(EntityTable(uniqueEntities: [wien, graz]) == EntityTable(uniqueEntities: [graz, wien]))
        #expect(EntityTable(uniqueEntities: [wien]) != EntityTable(uniqueEntities: [wien, graz]))
        let renamed = Entity(type: .place, canonicalName: "Graz", alternateNames: ["Gradec"])
        #expect(EntityTable(uniqueEntities: [wien, graz]) != EntityTable(uniqueEntities: [wien, renamed]))
    }
}

@testable import JSONLD
import NewsGraphCore
import Testing

@Suite struct KeySlotsTests {
    /// Every key is found as the slot its order gives it, by its very bytes only: a key equal as a string but
    /// spelt otherwise (decomposed), a prefix or an unknown key is not found.
    @Test func findsKeysByTheirBytes() {
        let keys = [
            "PER/Ana", "PER/Ana Maria", "LOC/Wien", "ORG/ÖBB", "ORG/Ab", "ORG/Ab\u{0}", "LOC/", "PER/Zoë Weber",
            "ORG/Abcdefgh", "ORG/Abcdefg",
        ]
        let order = KeyOrder.sortedPositions(of: keys)
        var index = EntityIndex(keys: keys, mentions: [])
        for (slot, position) in order.enumerated() { #expect(index.position(slot) == position) }
        index.withLent { index in
            let lookup = index.keys
            for (slot, position) in order.enumerated() {
                #expect(index.positions[slot] == position)
                #expect(lookup.slot(of: keys[position]) == slot)
            }
            #expect(lookup.slot(of: "ORG/O\u{308}BB") == nil)
            #expect(lookup.slot(of: "PER/An") == nil)
            #expect(lookup.slot(of: "PER/Bob") == nil)
            #expect(lookup.slot(of: "") == nil)
        }
        // Many keys, whose places collide and are probed past.
        let many = (0..<300).map { "ORG/Firma \($0)" }
        let manyOrder = KeyOrder.sortedPositions(of: many)
        var manyIndex = EntityIndex(keys: many, mentions: [])
        manyIndex.withLent { index in
            for (slot, position) in manyOrder.enumerated() { #expect(index.keys.slot(of: many[position]) == slot) }
        }
        var empty = EntityIndex(keys: [], mentions: [])
        empty.withLent { #expect($0.keys.slot(of: "PER/Ana") == nil) }
    }
}

@testable import JSONLD
import Testing

@Suite struct KeySlotsTests {
    /// Every key is found as the slot its order gives it, by its very bytes only: a key equal as a string but
    /// spelt otherwise (decomposed), a prefix or an unknown key is not found.
    @Test func findsKeysByTheirBytes() {
        let keys = [
            "PER/Ana", "PER/Ana Maria", "LOC/Wien", "ORG/ÖBB", "ORG/Ab", "ORG/Ab\u{0}", "LOC/", "PER/Zoë Weber",
            "ORG/Abcdefgh", "ORG/Abcdefg",
        ]
        let runs = KeyOrder.Runs(keys)
        let order = KeyOrder.sortedPositions(of: keys, runs: runs)
        let slots = KeySlots(runs: runs, order: order)
        slots.withLookup { lookup in
            for (slot, position) in order.enumerated() { #expect(lookup.slot(of: keys[position]) == slot) }
            #expect(lookup.slot(of: "ORG/O\u{308}BB") == nil)
            #expect(lookup.slot(of: "PER/An") == nil)
            #expect(lookup.slot(of: "PER/Bob") == nil)
            #expect(lookup.slot(of: "") == nil)
        }
        // Many keys, whose places collide and are probed past.
        let many = (0..<300).map { "ORG/Firma \($0)" }
        let manyRuns = KeyOrder.Runs(many)
        let manyOrder = KeyOrder.sortedPositions(of: many, runs: manyRuns)
        KeySlots(runs: manyRuns, order: manyOrder).withLookup { lookup in
            for (slot, position) in manyOrder.enumerated() { #expect(lookup.slot(of: many[position]) == slot) }
        }
        KeySlots(runs: KeyOrder.Runs([]), order: []).withLookup { #expect($0.slot(of: "PER/Ana") == nil) }
    }
}

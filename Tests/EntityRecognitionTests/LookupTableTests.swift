import NewsGraphCore
import Testing
@testable import EntityRecognition

/// The hand-made tables behind the fast paths: they must answer exactly like a plain `Set` and `String`.
@Suite struct LookupTableTests {
    @Test func bulkKeySetHoldsEveryKeyAndNoOther() {
        let words = (0..<5_000).map { "Wort\($0)" }
        let set = KeySet(bulk: words.map { WordKey($0, folded: true) })
        #expect(words.allSatisfy { set.contains(WordKey($0, folded: true)) })
        #expect(!set.contains(WordKey("Wort5000", folded: true)))
        #expect(set.count == words.count)
    }

    @Test(arguments: ["Kambodschas", "Amtes", "ÖSTERREICHS", "Ağaoğlus", "s"])
    func keyWithoutItsLastCodePointIsTheKeyOfTheShorterWord(_ word: String) {
        // The coreference scan filters words in `s` by their stems worked out this way (see `foldedStems`).
        let scalars = Array(word.unicodeScalars)
        for folded in [true, false] {
            let key = WordKey(scalars, folded: folded)
            let last = scalars[scalars.count - 1]
            let shorter = key.dropping(last: folded ? WordKey.fold(last) : last.value)
            #expect(shorter == WordKey(scalars.dropLast(), folded: folded))
            #expect(scalars.count < 2 || shorter != WordKey(scalars.dropLast(2), folded: folded))
        }
    }

    @Test func keyTableKeepsTheFirstValueAndSurvivesReserve() {
        var table = KeyTable()
        let first = table.value(for: WordKey("Linz", folded: true), insertingIfAbsent: 7)
        let again = table.value(for: WordKey("Linz", folded: true), insertingIfAbsent: 9)
        table.reserve(10_000)
        #expect(first.inserted && !again.inserted && again.value == 7)
        #expect(table[WordKey("Linz", folded: true)] == 7)
        #expect(table[WordKey("Graz", folded: true)] == nil)
    }

    @Test func clearedTableForgetsEveryKeyWhateverItsSize() {
        // A cleared table keeps its slots and uses only as many as the capacity wants: the slots past them hold
        // stale keys, which no look-up, growth or union may bring back.
        var table = KeyTable()
        let many = (0..<1_000).map { WordKey("Wort\($0)", folded: true) }
        for (index, key) in many.enumerated() { table.set(key, Int32(index)) }
        table.removeAll(reservingCapacity: 4)
        #expect(table.count == 0 && many.allSatisfy { table[$0] == nil })
        table.set(many[1], 11)
        table.removeAll(reservingCapacity: 600)
        #expect(table.count == 0 && many.allSatisfy { table[$0] == nil })
        // Grown past the slots of the layout, by sets and by a union, the table holds only what was set since.
        let few = (0..<40).map { WordKey("Name\($0)", folded: true) }
        table.removeAll(reservingCapacity: 4)
        for (index, key) in few.enumerated() { table.set(key, Int32(index)) }
        var union = KeyTable()
        union.formUnion(table)
        for candidate in [table, union] {
            #expect(candidate.count == few.count)
            #expect(few.enumerated().allSatisfy { candidate[$0.element] == Int32($0.offset) })
            #expect(many.allSatisfy { candidate[$0] == nil })
        }
    }

    @Test func emptyTablesShareNothingOnceWrittenTo() {
        // The smallest tables start from one shared array: writing to one must leave every other empty.
        var first = KeyTable()
        let second = KeyTable()
        first.set(WordKey("Linz", folded: true), 3)
        #expect(first[WordKey("Linz", folded: true)] == 3)
        #expect(second[WordKey("Linz", folded: true)] == nil)
        #expect(KeyTable()[WordKey("Linz", folded: true)] == nil)
        var set = KeySet()
        set.insert(WordKey("Graz", folded: true))
        #expect(set.contains(WordKey("Graz", folded: true)))
        #expect(!KeySet().contains(WordKey("Graz", folded: true)))
    }

    @Test func suffixSetAnswersLikeAPlainSuffixTest() {
        let endings = ["stiftung", "sprecher", "sprecherin", "verband", "gruppe", "bündnis", "partei"]
        var set = SuffixSet()
        for ending in endings { set.insert(ending.unicodeScalars) }
        let words = [
            "Menschenrechtsstiftung", "Stiftung", "Polizeisprecherin", "Regierungssprecher", "Lautsprecherbox",
            "Fußballverband", "Verbandes", "Rebellengruppe", "Gruppen", "Wahlbündnis", "Bündnisse", "Volkspartei",
            "Parteitag", "XSTIFTUNG", "Sprecherinnen", "ABCsprecher", "Kriegsgruppe", "Bahnverbandx",
        ]
        for (minimum, prefix) in [(5, 3), (5, 2), (8, 3), (4, 0)] {
            for word in words {
                let scalars = Array(word.unicodeScalars)
                let folded = word.lowercased()
                let expected = endings.contains { ending in
                    let length = ending.unicodeScalars.count
                    return length >= minimum && scalars.count - length >= prefix && folded.hasSuffix(ending)
                }
                #expect(set.matchesEnd(of: scalars[...], minimum: minimum, prefix: prefix) == expected,
                        "\(word) minimum \(minimum) prefix \(prefix)")
            }
        }
    }
}

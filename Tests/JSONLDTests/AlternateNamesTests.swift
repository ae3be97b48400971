@testable import JSONLD
import Testing

@Suite struct AlternateNamesTests {
    /// The names kept and their order must be those of a `Set<String>` filled in the same order and sorted:
    /// canonically equal spellings (a decomposed `é`) count as one, the first kept, and the order is `String.<`.
    @Test func keepsAndSortsAsASetOfStrings() {
        let inputs = [
            "Zürich", "Wien", "San José", "San Jose\u{301}", "Ärztekammer", "A\u{308}rztebund", "Wien", "Ana",
            "Ana Maria", "ß-Verlag", "ss-Verlag", "Čapek", "",
        ]
        var names = AlternateNames()
        var set: Set<String> = []
        for (index, name) in inputs.enumerated() {
            // Half as bytes, as the writer adds mention surfaces.
            if index % 2 == 0 {
                names.insert(name)
            } else {
                var bytes = name
                bytes.withUTF8 { names.insert($0) }
            }
            set.insert(name)
        }
        // By bytes: `==` on strings would not tell the spellings apart.
        #expect(names.sorted().map { Array($0.utf8) } == set.sorted().map { Array($0.utf8) })
        #expect(names.names.contains { Array($0.utf8) == Array("San José".utf8) })
        #expect(!names.names.contains { Array($0.utf8) == Array("San Jose\u{301}".utf8) })
        names.remove("Ana")
        set.remove("Ana")
        names.remove("San Jose\u{301}")
        set.remove("San Jose\u{301}")
        #expect(names.sorted().map { Array($0.utf8) } == set.sorted().map { Array($0.utf8) })
        #expect(names.names.count == set.count)
    }

    /// Plain names alone are sorted by their bytes: that must still be `String.<`'s order.
    @Test func plainNamesSortAsStrings() {
        let inputs = ["Österreich", "Oesterreich", "Wien", "Wiener Neustadt", "Ärzte", "Zoë", "Zoe", "zoe", "Ǆ"]
        var names = AlternateNames()
        for name in inputs { names.insert(name) }
        #expect(names.sorted() == inputs.sorted())
    }
}

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
        var (names, set) = Self.filled(with: inputs)
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

    /// Keeping a name out as names come must leave what a set of them less that name holds: also a spelling
    /// canonically equal to it, whichever of the two is plain.
    @Test(arguments: ["Jos\u{E9}", "Jose\u{301}", "Wien"])
    func excludingANameLeavesTheSetWithoutIt(excluded: String) {
        let inputs = ["Jose\u{301}", "Wien", "Jos\u{E9}", "Graz", "Wien", "Jose"]
        var (names, set) = Self.filled(with: inputs, names: AlternateNames(excluding: excluded))
        set.remove(excluded)
        #expect(names.sorted().map { Array($0.utf8) } == set.sorted().map { Array($0.utf8) })
    }

    /// Past 64 names the flags run out and names are compared as strings: the set must come out the same,
    /// removals in either part included.
    @Test func manyNamesKeepAndSortAsASetOfStrings() {
        // Eighty names, each twice, spelt composed or decomposed; numbers of two digits, none a prefix of another
        // (`String.<` between a decomposed name and a longer composed one depends on the order it is asked in).
        let inputs = (0..<160).map { (index: Int) -> String in
            let number = String(10 + index % 80)
            return index % 7 == 0 ? "Jose\u{301} " + number : "Jos\u{E9} " + number
        }
        var (names, set) = Self.filled(with: inputs)
        for removed in ["Jos\u{E9} 13", "Jose\u{301} 80", "Jos\u{E9} 73", "Jos\u{E9} 74"] {
            names.remove(removed)
            set.remove(removed)
            names.insert("Jos\u{E9} 49")
            set.insert("Jos\u{E9} 49")
        }
        #expect(names.sorted().map { Array($0.utf8) } == set.sorted().map { Array($0.utf8) })
    }

    /// Plain names alone are sorted by their bytes: that must still be `String.<`'s order.
    @Test func plainNamesSortAsStrings() {
        let inputs = ["Österreich", "Oesterreich", "Wien", "Wiener Neustadt", "Ärzte", "Zoë", "Zoe", "zoe", "Ǆ"]
        var names = AlternateNames()
        for name in inputs { names.insert(name) }
        #expect(names.sorted() == inputs.sorted())
    }

    /// `inputs` in a name set and a `Set<String>`, half of them as bytes, as the writer adds mention surfaces.
    static func filled(
        with inputs: [String], names start: AlternateNames = AlternateNames()
    ) -> (AlternateNames, Set<String>) {
        var names = start
        var set: Set<String> = []
        for (index, name) in inputs.enumerated() {
            if index % 2 == 0 {
                names.insert(name)
            } else {
                var bytes = name
                bytes.withUTF8 { names.insert($0) }
            }
            set.insert(name)
        }
        return (names, set)
    }
}

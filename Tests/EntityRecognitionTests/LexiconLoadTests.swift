import NewsGraphCore
import Testing
@testable import EntityRecognition

/// The fast loading paths must build exactly what the plain ones would.
@Suite struct LexiconLoadTests {
    @Test(arguments: ["Straße", "ÄRZTE", "Łódź", "İstanbul", "数据", "Emoji 🙂", "e.V."])
    func keyOfUTF8BytesEqualsKeyOfScalars(word: String) {
        let bytes = Array(word.utf8)
        for folded in [true, false] {
            let key = bytes.withUnsafeBufferPointer { WordKey(utf8: $0, 0..<bytes.count, folded: folded) }
            #expect(key == WordKey(word, folded: folded))
        }
    }

    @Test(arguments: ["Vereinte", "Oberster", "Rotes", "Europäischen", "Neuem", "Alt", "Wien", "Große", "Team",
                      "Verein", "Haus", "Reflex"])
    func declensionKeysAreTheKeysOfTheDeclensions(word: String) {
        let scalars = Array(word.unicodeScalars)
        let expected = NameLexicon.declensions(of: scalars).map { WordKey($0, folded: true) }
        #expect(NameLexicon.declensionKeys(of: scalars[...]) == expected)
    }

    @Test func nounFirstWordsGetTheirGenitive() {
        func forms(_ word: String) -> [String] {
            NameLexicon.declensions(of: Array(word.unicodeScalars)).map { String(String.UnicodeScalarView($0)) }
        }
        #expect(forms("Team") == ["Teams"])
        #expect(forms("Institut") == ["Instituts"])
        #expect(forms("Haus").isEmpty && forms("Netz").isEmpty && forms("Kika").isEmpty)
    }

    /// A larger set merged into a smaller one (the second first-name list into the first) holds exactly both.
    @Test func unionOfALargerSetHoldsBoth() {
        let small = (0..<300).map { WordKey("klein\($0)", folded: true) }
        let large = (0..<5_000).map { WordKey("groß\($0)", folded: true) } + small.prefix(100)
        var union = KeySet(bulk: small)
        union.formUnion(KeySet(bulk: large))
        #expect(union.count == 5_300)
        #expect(small.allSatisfy(union.contains) && large.allSatisfy(union.contains))
        #expect(!union.contains(WordKey("mittel", folded: true)))
    }

    @Test(arguments: [
        ("UN-Hauptquartier", ["UN", "-", "Hauptquartier"]), ("e. V.", ["e", ".", "V", "."]), ("e.V.", ["e.V", "."]),
        ("O'Brien  Jr", ["O'Brien", "Jr"]), ("Zürich\u{00A0}Nord", ["Zürich", "Nord"]), ("Łódź (PL)", ["Łódź", "(", "PL", ")"]),
        ("A1 Telekom", ["A1", "Telekom"]), ("d\u{2019}Arc", ["d\u{2019}Arc"]), ("'s-Gravenzande", ["'", "s", "-", "Gravenzande"]),
    ])
    func namesSplitAsTheWordBreakerSplitsText(name: String, tokens: [String]) {
        #expect(NameSplitter.tokens(of: name).map { String(String.UnicodeScalarView($0)) } == tokens)
    }

    @Test(arguments: [1, 9, 10, 99, 100, 1234, 59_960, 2_147_483_647])
    func sourceIsFileColonLine(line: Int) {
        var lexicon = NameLexicon()
        lexicon.add(name: "Wien", type: .place, canonical: "Wien", file: "places/städte.tsv", line: line, priority: 60)
        #expect(lexicon.source(of: lexicon.entries[0]) == "places/städte.tsv:\(line)")
    }

    /// Overlapping list matches of equal rank are ordered by their sources as text (`orgs.tsv:12` before
    /// `orgs.tsv:9`), which `sourcePrecedes` works out without making the strings.
    @Test func sourceOrderIsTheOrderOfTheSourceStrings() {
        var lexicon = NameLexicon()
        let rows: [(file: String, line: Int)] = [
            ("orgs.tsv", 9), ("orgs.tsv", 12), ("orgs.tsv", 1), ("orgs.tsv", 100), ("orgs-at.tsv", 5),
            ("orgs2.tsv", 3), ("places/städte.tsv", 7), ("places/staedte.tsv", 70), ("persons.tsv", 12),
        ]
        for (file, line) in rows {
            lexicon.add(name: "Wien", type: .place, canonical: "Wien", file: file, line: line, priority: 60)
        }
        #expect(lexicon.entries.count == rows.count)
        var decided = 0
        for lhs in lexicon.entries {
            for rhs in lexicon.entries {
                guard let order = lexicon.sourcePrecedes(lhs, rhs) else { continue }
                #expect(order == (lexicon.source(of: lhs) < lexicon.source(of: rhs)))
                decided += 1
            }
        }
        // Only pairs of files whose names differ first after a non-ASCII letter are left to the strings.
        #expect(decided >= rows.count * rows.count - 4)
    }

    /// A lexicon compiled in two parts (the second collected elsewhere and appended) finds the same entries.
    @Test func appendedNamesCompileLikeNamesAddedInOrder() {
        let names: [(String, Int)] = [
            ("Vereinte Nationen", 95), ("Wien", 60), ("Neue Zürcher Zeitung", 90), ("Wien", 80), ("Linz", 60),
            ("Vereinten Nationen", 70), ("Graz", 55),
        ]
        var whole = NameLexicon()
        for (line, (name, priority)) in names.enumerated() {
            whole.add(name: name, type: .place, canonical: name, file: "a.tsv", line: line + 1, priority: priority)
        }
        whole.compile()
        var head = NameLexicon()
        var tail = NameLexicon()
        for (line, (name, priority)) in names.enumerated() {
            if line < 3 {
                head.add(name: name, type: .place, canonical: name, file: "a.tsv", line: line + 1, priority: priority)
            } else {
                tail.add(name: name, type: .place, canonical: name, file: "b.tsv", line: line + 1, priority: priority)
            }
        }
        head.compile()
        head.append(collected: tail)
        head.compile()
        func found(_ lexicon: NameLexicon, _ name: String) -> String? {
            var node = NameLexicon.root
            for token in NameSplitter.tokens(of: name) {
                guard let next = lexicon.next(node, WordKey(token, folded: true)) else { return nil }
                node = next
            }
            guard let terminal = lexicon.terminal(node) else { return nil }
            let entry = lexicon.entries[Int(terminal.entry)]
            return "\(lexicon.canonical(of: entry)) \(entry.line) \(terminal.inflected)"
        }
        for name in ["Vereinte Nationen", "Vereinten Nationen", "Wien", "Neuen Zürcher Zeitung", "Graz", "Linz", "Bern"] {
            #expect(found(head, name) == found(whole, name), "\(name)")
        }
        #expect(found(head, "Vereinten Nationen") == "Vereinten Nationen 6 false")
        #expect(found(head, "Wien") == "Wien 4 false")
        #expect(head.count == whole.count)
    }
}

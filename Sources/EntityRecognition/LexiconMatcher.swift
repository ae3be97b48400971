import NewsGraphCore

/// Finds list names in a document: the trie walked from every word, the genitive of the last word tried,
/// letter case checked per entry, names as the first part of hyphenated compounds kept on their own span.
struct LexiconMatcher {
    let lexicon: NameLexicon
    let words: WordLists
    /// Rest words that turn `NAME-rest` into a facility place (`UN-Hauptquartier`).
    let facilityWords: KeySet
    /// Rest words that make `NAME-rest` a unit, not a name (`US-Dollar`).
    let unitWords: KeySet

    func candidates(in document: Document, facts: [TokenFacts]) -> [Candidate] {
        var out: [Candidate] = []
        let scalars = document.scalars
        for sentence in document.sentences {
            let end = sentence.tokenRange.upperBound
            for start in sentence.tokenRange where facts[start].kind == .word && !facts[start].hyphenJoinedBefore {
                if !facts[start].capitalised && !lexicon.mayStartLowercaseName(facts[start].folded) { continue }
                var node = NameLexicon.root
                var index = start
                while index < end {
                    let fact = facts[index]
                    // Genitive `-s`/`-es` of capitalised names only (`Kambodschas`, not `dpas`).
                    if fact.kind == .word, facts[start].capitalised, fact.span.length >= 4,
                        scalars[fact.span.end - 1] == "s"
                    {
                        for cut in 1...2 where cut == 1 || scalars[fact.span.end - 2] == "e" {
                            let stem = cut == 1 ? fact.foldedStem1 : fact.foldedStem2
                            if let stemNode = lexicon.next(node, stem), let terminal = lexicon.terminal(stemNode),
                                !words.commonNouns.contains(stem)
                            {
                                consider(start..<(index + 1), terminal, genitive: true, facts, scalars, &out)
                            }
                        }
                    }
                    guard let next = lexicon.next(node, fact.folded) else { break }
                    node = next
                    if let terminal = lexicon.terminal(node) {
                        consider(start..<(index + 1), terminal, genitive: false, facts, scalars, &out)
                    }
                    index += 1
                }
            }
        }
        return out
    }

    private func consider(
        _ tokens: Range<Int>, _ terminal: NameLexicon.Terminal, genitive: Bool, _ facts: [TokenFacts],
        _ scalars: [Unicode.Scalar], _ out: inout [Candidate]
    ) {
        let entry = lexicon.entries[Int(terminal.entry)]
        let first = facts[tokens.lowerBound]
        let last = facts[tokens.upperBound - 1]
        var match: Provenance.Match = genitive || terminal.inflected ? .inflected : .exact
        switch entry.caseMode {
        case .exact:
            guard !genitive, exactKey(tokens, facts) == entry.exactKey else { return }
        case .acronym:
            if exactKey(tokens, facts) != entry.exactKey {
                guard first.capitalised, !first.innerCaps, !words.commonNouns.contains(first.folded) else { return }
                match = .caseVariant
            }
        case .capitalised:
            guard first.capitalised else { return }
            if tokens.allSatisfy({ facts[$0].allCaps || facts[$0].kind != .word }) && first.span.length > 1 {
                // Headlines in capitals (`WIEN`); short capitals are acronyms (`SE` is no town `Se`).
                guard first.span.length >= 4 else { return }
                match = .caseVariant
            }
        }
        if tokens.count == 1 {
            let classes = first.classes
            if classes & WordClass.function != 0 { return }
            if entry.stopNouns, words.commonNouns.contains(first.folded) { return }
            if classes & (WordClass.nationality | WordClass.role) != 0 { return }
        }
        // A name inside a compound is only its own span when it is the first part (`UN-Büros`).
        if first.hyphenJoinedBefore { return }
        let span = TextSpan(first.span.begin, last.span.end)
        var candidate = Candidate(
            tokens: tokens, span: span, type: entry.type, priority: entry.priority,
            provenance: Provenance(match: match, source: lexicon.source(of: entry)), canonical: lexicon.canonical(of: entry),
            idsField: lexicon.idsField(of: entry))
        candidate.ambiguous = entry.ambiguous && !isSupported(tokens, entry, facts)
        candidate.genitive = genitive
        if last.hyphenJoinedAfter && !genitive {
            let rest = facts[tokens.upperBound + 1]
            if unitWords.contains(rest.folded) { return }
            candidate = Candidate(
                tokens: tokens, span: span, type: entry.type, priority: entry.priority,
                provenance: Provenance(match: .compoundPart, source: lexicon.source(of: entry)),
                canonical: lexicon.canonical(of: entry), idsField: lexicon.idsField(of: entry))
            candidate.ambiguous = entry.ambiguous && !isSupported(tokens, entry, facts)
            if facilityWords.contains(rest.folded) {
                let whole = TextSpan(first.span.begin, rest.span.end)
                var facility = Candidate(
                    tokens: tokens.lowerBound..<(tokens.upperBound + 2), span: whole, type: .place,
                    priority: entry.priority, provenance: Provenance(match: .rule, source: "name-facility"))
                facility.nested = [candidate]
                out.append(facility)
            }
        }
        out.append(candidate)
    }

    /// Context that makes an ambiguous name (`Bild`, `Linke`, `Apple`) a name: a type word before it
    /// (`Zeitung Bild`, `Partei Die Linke`), or capitals as listed (`BILD`, three letters or more).
    private func isSupported(_ tokens: Range<Int>, _ entry: NameEntry, _ facts: [TokenFacts]) -> Bool {
        let first = tokens.lowerBound
        if first > 0 && facts[first - 1].classes & WordClass.orgTypeWord != 0 { return true }
        return entry.caseMode != .capitalised && facts[first].allCaps && facts[first].span.length >= 3
            && exactKey(tokens, facts) == entry.exactKey
    }

    private func exactKey(_ tokens: Range<Int>, _ facts: [TokenFacts]) -> WordKey {
        var key = WordKey(raw: 0)
        for index in tokens { key = key.combined(with: facts[index].exact) }
        return key
    }
}

import NewsGraphCore

/// Finds list names in a document: the trie walked from every word, the genitive of the last word tried,
/// letter case checked per entry, names as the first part of hyphenated compounds kept on their own span.
///
/// A class: the stage calls it for every article, and as a value of some 1,400 bytes it was copied for each call.
final class LexiconMatcher: Sendable {
    let lexicon: NameLexicon
    let words: WordLists
    /// Rest words that turn `NAME-rest` into a facility place (`UN-Hauptquartier`).
    let facilityWords: KeySet
    /// Rest words that make `NAME-rest` a unit, not a name (`US-Dollar`).
    let unitWords: KeySet
    /// Words after a place's name, spaced or joined, that make it a competition's (`Europa League`).
    let competitionWords: KeySet

    init(lexicon: NameLexicon, words: WordLists, facilityWords: KeySet, unitWords: KeySet, competitionWords: KeySet) {
        self.lexicon = lexicon
        self.words = words
        self.facilityWords = facilityWords
        self.unitWords = unitWords
        self.competitionWords = competitionWords
    }

    /// Appends the document's list matches, by first token, to `out`, which comes empty: the caller's array from
    /// an earlier article, whose block is used again.
    func candidates(
        in document: Document, facts table: TokenFacts.Table, extras: CandidateExtras, into out: inout [Candidate]
    ) {
        let facts = table.facts
        let scalars = document.scalars
        // Read from a local: through `self`, each trie step below copied the whole lexicon value (200 bytes) first.
        let lexicon = lexicon
        // Walks start at capitalised words and at the few lower-case words that start a listed name, both gathered
        // with the facts; compound tails are rare enough to be tested apart.
        // The first two steps of every walk are looked up for all starts together (`NameLexicon.firstTwoSteps`):
        // each start's key and the next token's.
        let capitalised = table.capitalised
        let lowercase = table.lowercaseNameStarts
        let capacity = capitalised.count + lowercase.count
        // The starts, their keys and their first two steps in one block of scratch memory, freed on return: three
        // arrays an article cost an allocation and a release each.
        let memory = allocateScratch(byteCount: max(capacity, 1) * (MemoryLayout<Int>.stride + 24))
        defer { freeScratch(memory) }
        let starts = UnsafeMutableBufferPointer(
            start: memory.bindMemory(to: Int.self, capacity: capacity), count: capacity)
        let keyMemory = (memory + capacity * MemoryLayout<Int>.stride)
            .bindMemory(to: WordKey.self, capacity: 2 * capacity)
        let keys = UnsafeMutableBufferPointer(start: keyMemory, count: capacity)
        let nextKeys = UnsafeMutableBufferPointer(start: keyMemory + capacity, count: capacity)
        let nodeMemory = UnsafeMutableRawPointer(keyMemory + 2 * capacity)
            .bindMemory(to: Int32.self, capacity: 2 * capacity)
        let rootNodes = UnsafeMutableBufferPointer(start: nodeMemory, count: capacity)
        let secondNodes = UnsafeMutableBufferPointer(start: nodeMemory + capacity, count: capacity)
        let found = facts.withUnsafeBufferPointer { facts in
            gatherStarts(capitalised, lowercase, facts, into: starts, keys, nextKeys)
        }
        lexicon.firstTwoSteps(
            UnsafeBufferPointer(rebasing: keys[..<found]), UnsafeBufferPointer(rebasing: nextKeys[..<found]),
            into: UnsafeMutableBufferPointer(rebasing: rootNodes[..<found]),
            UnsafeMutableBufferPointer(rebasing: secondNodes[..<found]))
        // Room made once for the usual number of matches, instead of doubling from one on the way.
        out.reserveCapacity(found / 4)
        // A walk does something only where its first step is in the trie, where the word may be a name in the
        // genitive, or where it may open a compass compound; most starts are none of these. They are dropped here
        // in a tight loop, without a branch per start: each cost the walk loop's whole setup, most of its time.
        let walks = facts.withUnsafeBufferPointer { facts in
            scalars.withUnsafeBufferPointer { scalars in
                var kept = 0
                for position in 0..<found {
                    let start = starts[position]
                    let firstNode = rootNodes[position]
                    starts[kept] = start
                    rootNodes[kept] = firstNode
                    secondNodes[kept] = secondNodes[position]
                    let fact = facts[start]
                    let genitive = fact.kind == .word && fact.capitalised && fact.span.length >= 4
                        && scalars[fact.span.end - 1] == "s"
                    let compass = fact.capitalised && fact.span.length >= 7
                        && Self.mayStartCompassPrefix(scalars[fact.span.begin], scalars[fact.span.begin + 1])
                    kept &+= firstNode >= 0 || genitive || compass ? 1 : 0
                }
                return kept
            }
        }
        var startNumber = 0
        // The walks read the facts, code points and starts through pointers, without bounds checks: most of them end
        // after a step or two, where the checks were a good part of the cost. Calls are handed the arrays.
        facts.withUnsafeBufferPointer { factPointer in scalars.withUnsafeBufferPointer { scalarPointer in
            for sentence in document.sentences {
                let end = sentence.tokenRange.upperBound
                while startNumber < walks && starts[startNumber] < end {
                    let start = starts[startNumber]
                    let firstNode = rootNodes[startNumber]
                    let secondNode = secondNodes[startNumber]
                    startNumber += 1
                    // Only words inside a sentence start a walk.
                    guard start >= sentence.tokenRange.lowerBound else { continue }
                    // Its guard's first tests here: the call cost more than the tests for most words.
                    let startSpan = factPointer[start].span
                    if factPointer[start].capitalised && startSpan.length >= 7
                        && Self.mayStartCompassPrefix(
                            scalarPointer[startSpan.begin], scalarPointer[startSpan.begin + 1])
                    {
                        compassPlace(at: start, facts, scalars, extras, &out)
                    }
                    var node = NameLexicon.root
                    var index = start
                    // `Bank-Austria-Mutter`: a name of several words fused by hyphens into a compound.
                    var fusedByHyphen = false
                    while index < end {
                        let fact = factPointer[index]
                        // From the first node, the next word's step was looked up with the other walks'.
                        if index > start, factPointer[index - 1].hyphenJoinedAfter, index + 1 < end,
                           (index == start + 1 ? (secondNode >= 0 ? secondNode : nil) : lexicon.next(node, fact.folded))
                            == nil {
                            fusedByHyphen = true
                            index += 1
                            continue
                        }
                        // Genitive `-s`/`-es` of capitalised names only (`Kambodschas`, not `dpas`).
                        if fact.kind == .word, factPointer[start].capitalised, fact.span.length >= 4,
                            scalarPointer[fact.span.end - 1] == "s"
                        {
                            let stems = fact.foldedStems(scalars)
                            for cut in 1...2 where cut == 1 || scalarPointer[fact.span.end - 2] == "e" {
                                let stem = cut == 1 ? stems.stem1 : stems.stem2
                                // A stem that is also a noun takes a genitive only as a place of a list without
                                // such nouns (`Chinas`: Wiktionary lists `China` as a noun too), or where the noun is
                                // a plural, which has no genitive `-s` (`Bayerns`, `Hessens`).
                                // (Or as a body's name before a noun with no article before it: only a name stands
                                // so, `Facebooks Nutzer`, `Teslas Model S`.)
                                if let stemNode = lexicon.next(node, stem), let terminal = lexicon.terminal(stemNode),
                                    !words.commonNouns.contains(stem) || Self.isUnambiguousPlace(terminal, lexicon)
                                        || Self.namesPlace(terminal, lexicon) && words.inflectedNounsInN.contains(stem)
                                        || cut == 1 && isPrenominalGenitive(
                                            start, index, terminal, factPointer, scalarPointer, end)
                                {
                                    consider(
                                        start..<(index + 1), terminal, genitive: true, facts, scalars, extras, &out)
                                }
                            }
                        }
                        let step: Int32?
                        switch index - start {
                        case 0: step = firstNode >= 0 ? firstNode : nil
                        case 1: step = secondNode >= 0 ? secondNode : nil
                        default: step = lexicon.next(node, fact.folded)
                        }
                        guard let next = step else { break }
                        node = next
                        // Fused so, the name is only the first part of a compound (`Bank-Austria-Mutter`), never alone.
                        if let terminal = lexicon.terminal(node), !fusedByHyphen || fact.hyphenJoinedAfter {
                            consider(start..<(index + 1), terminal, genitive: false, facts, scalars, extras, &out)
                        }
                        index += 1
                    }
                }
            }
        } }
        dropStateWordForms(&out, facts, scalars)
    }

    /// `des Königreichs Kambodscha`, `der Bundesrepublik Deutschland`: an official name listed with its state's
    /// word gives way to the short name after the word, which is listed too (the guidelines leave a place-type
    /// word outside the span, as in `Stadt Passau`).
    /// `der Republik Österreich` too, where the name after the word is the country's own short name (not
    /// `Republik Moldau`, `Republik Kongo`, official names the guidelines keep whole).
    private func dropStateWordForms(_ out: inout [Candidate], _ facts: [TokenFacts], _ scalars: [Unicode.Scalar]) {
        guard out.contains(where: { $0.type == .place && $0.tokens.count >= 2
            && (Self.stateWords.contains(facts[$0.tokens.lowerBound].folded)
                || facts[$0.tokens.lowerBound].folded == Self.republik) }) else { return }
        // Places' entries by token range, packed in one integer key: a dictionary keyed by arrays of two positions
        // allocated every key and hashed it with `Hasher`, and grew by rehashing.
        var places = KeyTable(capacity: out.count)
        for candidate in out where candidate.type == .place {
            places.set(Self.rangeKey(candidate.tokens.lowerBound, candidate.tokens.upperBound), candidate.nameEntry)
        }
        out.removeAll { candidate in
            guard candidate.type == .place, candidate.tokens.count >= 2,
                  let short = places[Self.rangeKey(candidate.tokens.lowerBound + 1, candidate.tokens.upperBound)]
            else { return false }
            let word = facts[candidate.tokens.lowerBound].folded
            if Self.stateWords.contains(word) { return true }
            guard word == Self.republik, short >= 0, candidate.nameEntry >= 0 else { return false }
            let canonical = lexicon.canonical(of: lexicon.entries[Int(candidate.nameEntry)])
            let rest = String(encoding: scalars[facts[candidate.tokens.lowerBound + 1].span.begin..<candidate.span.end])
            return canonical == rest && lexicon.canonical(of: lexicon.entries[Int(short)]) == canonical
        }
    }

    private static let republik = WordKey("republik", folded: true)

    /// The key of tokens `lower..<upper` (never 0: `upper` is past a token).
    private static func rangeKey(_ lower: Int, _ upper: Int) -> WordKey {
        WordKey(raw: UInt64(truncatingIfNeeded: lower) << 32 | UInt64(truncatingIfNeeded: upper))
    }

    private static let stateWords = KeySet([
        // (Not `Republik`: `Republik Moldau` is no `Moldau`, the river, nor `Republik Kongo` the other Kongo.)
        "königreich", "königreichs", "königreiches", "bundesrepublik", "fürstentum", "fürstentums",
        "großherzogtum", "großherzogtums", "sultanat", "sultanats", "emirat", "emirats", "staat", "staates", "staats",
    ].map { WordKey($0, folded: true) })

    /// `der Costa Concordia`, `die Queen Mary`: a town's name right after a capitalised word that is no noun,
    /// no first name and no word of the rules' lists, in the same sentence, ends a longer name no list holds (a
    /// ship, a building, a company), not the town.
    /// (`Landesstudio Wien`, `Industriehochburgen Oberösterreich`: a noun, or a compound ending in one, is no
    /// part of a name.)
    private func isLastPartOfLongerName(_ token: Int, _ facts: [TokenFacts], _ scalars: [Unicode.Scalar]) -> Bool {
        guard token > 0 else { return false }
        let before = facts[token - 1]
        let listed = WordClass.surname | WordClass.lowercaseNameStart
        guard before.kind == .word, before.capitalised, !before.firstInSentence, !before.allCaps,
              !before.hyphenJoinedAfter, !before.hyphenJoinedBefore, before.sentence == facts[token].sentence,
              before.classes & ~listed == 0, !words.commonNouns.contains(before.folded) else { return false }
        // `Wien Währing`, `Crans Montana`: a listed place before it is another name of the same place; after a listed
        // organisation it is the seat of its branch (`Caritas Wien`, `NameRules.nationalBranch`).
        if let type = lexicon.oneWordEntry(before.folded)?.type, type == .place || type == .organization {
            return false
        }
        let word = scalars[before.span.begin..<before.span.end]
        // `im Waldviertler Weitra`: a place's adjective in -er.
        if word.count >= 5, word.last == "r", word[word.endIndex - 2] == "e" { return false }
        return word.count < 6 || !words.hasCommonNounEnd(word, skipping: 2, minimum: 3)
    }

    /// Whether the entry at a trie node is a place from a list that keeps nouns (countries, regions).
    /// Whether the entry or the one beside it is a place (`Bayern` is the Land and a club).
    private static func namesPlace(_ terminal: NameLexicon.Terminal, _ lexicon: NameLexicon) -> Bool {
        lexicon.entries[Int(terminal.entry)].type == .place
            || terminal.alternate >= 0 && lexicon.entries[Int(terminal.alternate)].type == .place
    }

    /// `Facebooks Nutzer`: a listed body's name in `-s` before a capitalised word, with no article or adjective
    /// (a word in `-e`, `-en`, `-er`, `-es`, `-em`: `Die Standards Europas`) before it. A common noun cannot
    /// stand so.
    private func isPrenominalGenitive(
        _ start: Int, _ index: Int, _ terminal: NameLexicon.Terminal, _ facts: UnsafeBufferPointer<TokenFacts>,
        _ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ end: Int
    ) -> Bool {
        let entry = lexicon.entries[Int(terminal.entry)]
        // (`Microsofts neues Betriebssystem`: one declined adjective before the noun.)
        guard entry.type == .organization, !entry.ambiguous, index + 1 < end, facts[index + 1].kind == .word,
              facts[index + 1].capitalised || index + 2 < end && facts[index + 1].endsInDeclension(scalars, minimum: 3)
                && facts[index + 2].kind == .word && facts[index + 2].capitalised,
              !facts[index].hyphenJoinedAfter else { return false }
        guard start > 0, facts[start - 1].kind == .word else { return true }
        return !facts[start - 1].endsInDeclension(scalars, minimum: 1)
    }

    private static func isUnambiguousPlace(_ terminal: NameLexicon.Terminal, _ lexicon: NameLexicon) -> Bool {
        let entry = lexicon.entries[Int(terminal.entry)]
        return entry.type == .place && !entry.stopNouns
    }

    /// The entry that ends at a trie node, and the one of another letter case beside it (`dpa`, `DPA`).
    private func consider(
        _ tokens: Range<Int>, _ terminal: NameLexicon.Terminal, genitive: Bool, _ facts: [TokenFacts],
        _ scalars: [Unicode.Scalar], _ extras: CandidateExtras, _ out: inout [Candidate]
    ) {
        consider(
            tokens, entry: terminal.entry, inflected: terminal.inflected, genitive: genitive, facts, scalars, extras,
            &out)
        if terminal.alternate >= 0 {
            consider(
                tokens, entry: terminal.alternate, inflected: terminal.inflected, genitive: genitive, facts, scalars,
                extras, &out)
        }
    }

    private func consider(
        _ tokens: Range<Int>, entry entryIndex: Int32, inflected: Bool, genitive: Bool, _ facts: [TokenFacts],
        _ scalars: [Unicode.Scalar], _ extras: CandidateExtras, _ out: inout [Candidate]
    ) {
        let entry = lexicon.entries[Int(entryIndex)]
        let first = facts[tokens.lowerBound]
        let last = facts[tokens.upperBound - 1]
        var match: Provenance.Match = genitive || inflected ? .inflected : .exact
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
                // Headlines in capitals (`WIEN`, `DER STANDARD`); short capitals alone are acronyms (`SE` is no
                // town `Se`).
                guard first.span.length >= 4 || tokens.count > 1 else { return }
                match = .caseVariant
            }
        }
        var placeNoun = false
        if tokens.count == 1 {
            let classes = first.classes
            // `IS` written in capitals is the acronym, not the English `is`.
            let capitalAcronym = entry.caseMode != .capitalised && match == .exact && first.allCaps
            if classes & WordClass.function != 0, !capitalAcronym { return }
            if entry.stopNouns, words.commonNouns.contains(first.folded) {
                // A place that is also a noun (`Rom`, `Havanna`, `Bremen`) counts where the context says place
                // (`in Rom`, a dateline `Rom – …`), elsewhere only beside such a mention (the ambiguous path).
                guard entry.type == .place else { return }
                placeNoun = !isPlaceContext(tokens.lowerBound, facts, scalars)
                    && !isBracketedAfterPlace(tokens.lowerBound, facts, scalars, out)
                    && !isListedAfterPlace(tokens.lowerBound, facts, scalars, out)
                    && !isJoinedToListedPlace(tokens.lowerBound, facts)
            }
            // (A chamber named like its members stays: `im Nationalrat`, where `Nationalrat Peter Pilz` is a member.)
            if classes & (WordClass.nationality | WordClass.role) != 0, !(entry.chamber && isChamber(tokens, facts)) {
                return
            }
            // (A genitive is no name's last part: `Matchplay Tirols Landeshauptstadt`.)
            if entry.type == .place, entry.stopNouns, !genitive,
               isLastPartOfLongerName(tokens.lowerBound, facts, scalars) {
                return
            }
        }
        // A name inside a compound is only its own span when it is the first part (`UN-Büros`).
        if isCompoundTail(tokens.lowerBound, facts) { return }
        // (`in der Europa League`, `die Europa-League-Gruppe`: an event's name, which names no place.)
        if entry.type == .place, case let next = tokens.upperBound + (last.hyphenJoinedAfter ? 1 : 0),
           next < facts.count, competitionWords.contains(facts[next].folded) {
            return
        }
        let span = TextSpan(first.span.begin, last.span.end)
        var candidate = Candidate(
            tokens: tokens, span: span, type: entry.type, priority: entry.priority, match: match, entry: entryIndex)
        candidate.ambiguous = placeNoun || entry.ambiguous && !isSupported(tokens, entry, facts, scalars)
            && !isJoinedToListedOrganisation(tokens, entry, facts, scalars, out)
        // `Standard` for `STANDARD`: a name listed in capitals, written as the common noun it also is.
        let nounOfCapitals = tokens.count == 1 && entry.caseMode == .capitalised && !first.allCaps
            && exactKey(tokens, facts) != entry.exactKey && words.commonNouns.contains(first.folded)
        // `ein Bild der toten Körper` beside `der Bild-Zeitung`, `eines Grünen`, `einen europäischen Standard`:
        // after an indefinite article (and the adjectives it opens) the word is the common noun, whatever else the
        // article names (a definite one may be a paper's own: `das Profil`). Not before a capitalised word or a
        // hyphen, where the article is a product's or a compound's (`ein Dell Chromebook`, `einen Krone-Fotografen`).
        // (The same for a name listed in capitals and written as the noun: `STANDARD`, `keinen Standard`.)
        if candidate.ambiguous && entry.ambiguous || nounOfCapitals,
           isAfterIndefiniteArticle(tokens.lowerBound, facts, scalars),
           !last.hyphenJoinedAfter, tokens.upperBound >= facts.count || !facts[tokens.upperBound].capitalised {
            return
        }
        candidate.genitive = genitive
        if last.hyphenJoinedAfter && !genitive {
            let rest = facts[tokens.upperBound + 1]
            if unitWords.contains(rest.folded) { return }
            // `US-amerikanischer`, `SPÖ-naher`, `EU-weiten`: fused to a lower-case word the name is part of an
            // adjective, no entity; the guidelines split a compound only where its rest is a common noun.
            if rest.kind == .word, !rest.capitalised, ScalarClass.isLower(scalars[rest.span.begin]) { return }
            // `Luxemburg-Stadt`, `Kuwait-Stadt`: a country's or region's city of its name is one place, listed or not.
            // (Not a compound noun before a name: `der US-Stadt Aurora` is a town in the US.)
            let cityOfPlace = entry.type == .place && rest.folded == Self.stadt && !rest.hyphenJoinedAfter
                && !first.allCaps && (tokens.upperBound + 2 >= facts.count || !facts[tokens.upperBound + 2].capitalised)
            if cityOfPlace || entry.type == .place && entry.priority < Self.regionPriority
                && (isDistrict(rest) || isUnlistedDistrict(rest, scalars)) {
                // `Wien-Hietzing`, `Hamburg-Altona`: a city and its district are one place (guidelines).
                var district = Candidate(
                    tokens: tokens.lowerBound..<(tokens.upperBound + 2), span: TextSpan(first.span.begin, rest.span.end),
                    // (Below a listed one: `Mexiko-Stadt` keeps its entry.)
                    type: .place, priority: cityOfPlace ? RulePriority.placeType : entry.priority,
                    rule: cityOfPlace ? .cityOfPlace : .placeDistrict)
                extras.setCanonical(
                    String(encoding: scalars[first.span.begin..<rest.span.end]), of: &district)
                out.append(district)
                return
            }
            candidate = Candidate(
                tokens: tokens, span: span, type: entry.type, priority: entry.priority, match: .compoundPart,
                entry: entryIndex)
            // (`Standard-Version`, `Standard-Android`: the noun of a name listed in capitals opens a compound as
            // the noun, unless the article names the paper elsewhere.)
            candidate.ambiguous = placeNoun
                || (entry.ambiguous || nounOfCapitals) && !isSupported(tokens, entry, facts, scalars)
            if facilityWords.contains(rest.folded) {
                let whole = TextSpan(first.span.begin, rest.span.end)
                var facility = Candidate(
                    tokens: tokens.lowerBound..<(tokens.upperBound + 2), span: whole, type: .place,
                    priority: entry.priority, rule: .nameFacility)
                extras.setNested([candidate], of: &facility)
                out.append(facility)
            }
        }
        out.append(candidate)
    }

    /// The walks' starts, the capitalised words and numbers merged in order with the lower-case name starts, with
    /// each one's folded key and the next token's, into the three buffers; returns how many. Compound tails and
    /// numbers in lower case are passed over.
    private func gatherStarts(
        _ capitalised: [Int32], _ lowercase: [Int32], _ facts: UnsafeBufferPointer<TokenFacts>,
        into starts: UnsafeMutableBufferPointer<Int>, _ keys: UnsafeMutableBufferPointer<WordKey>,
        _ nextKeys: UnsafeMutableBufferPointer<WordKey>
    ) -> Int {
        let last = facts.count - 1
        var found = 0
        @inline(__always)
        func add(_ position: Int32) {
            let start = Int(position)
            let fact = facts[start]
            // (A capitalised number is a name's letters and digits: `G7`, `Ö1`, `Check24`.)
            var keep = fact.kind == .word || fact.kind == .number && fact.capitalised ? 1 : 0
            if fact.hyphenJoinedBefore && isCompoundTail(start, facts) { keep = 0 }
            starts[found] = start
            keys[found] = fact.folded
            // The last token's walk has no second step; any key does.
            nextKeys[found] = facts[min(start + 1, last)].folded
            found &+= keep
        }
        // The two lists merged in order; the lower-case starts are few, and most articles have none. The next one's
        // position is kept apart, past every token once none is left: one comparison for each capitalised start.
        var nextLowercase = 0
        var lowercasePosition = lowercase.first ?? Int32.max
        for position in capitalised {
            while lowercasePosition < position {
                add(lowercasePosition)
                nextLowercase += 1
                lowercasePosition = nextLowercase < lowercase.count ? lowercase[nextLowercase] : Int32.max
            }
            add(position)
        }
        while nextLowercase < lowercase.count {
            add(lowercase[nextLowercase])
            nextLowercase += 1
        }
        return found
    }

    /// A word joined by a hyphen to the word before (`Büros` in `UN-Büros`), except after the prefix `Ex-`
    /// (`Ex-FPÖ-Werber`), which leaves the name the first real part, and a name after a name in a compound that
    /// goes on (`EU-Türkei-Gipfel`: both names are their own spans).
    /// Inlined, as `exactKey` is: the matcher asks both of every list match it considers, and a call cost as much.
    @inline(__always)
    private func isCompoundTail(_ index: Int, _ facts: [TokenFacts]) -> Bool {
        facts[index].hyphenJoinedBefore
            && !(index >= 2
                 && (facts[index - 2].folded == ex || isSecondName(facts[index], after: facts[index - 2])))
    }

    /// `isCompoundTail(_:_:)` over a buffer.
    @inline(__always)
    private func isCompoundTail(_ index: Int, _ facts: UnsafeBufferPointer<TokenFacts>) -> Bool {
        facts[index].hyphenJoinedBefore
            && !(index >= 2
                 && (facts[index - 2].folded == ex || isSecondName(facts[index], after: facts[index - 2])))
    }

    /// Whether `fact`, joined by hyphens before and after, follows a listed one-word name that opens the compound.
    @inline(__always)
    private func isSecondName(_ fact: TokenFacts, after first: TokenFacts) -> Bool {
        guard fact.hyphenJoinedAfter, fact.capitalised, first.capitalised, !first.hyphenJoinedBefore,
              let node = lexicon.next(NameLexicon.root, first.folded) else { return false }
        return lexicon.terminal(node) != nil
    }

    // The words below that the matcher compares with thousands of tokens a pass are stored with it, made once with
    // the stage: as statics, each read cost a lazy initialisation check, a call.
    private let ex = WordKey("ex", folded: true)
    private static let stadt = WordKey("stadt", folded: true)
    /// Words for a part of a town after its name and a hyphen (`Graz-Umgebung`, `Tulln-Land`, `Wien-Mitte`).
    private static let townParts: Set<WordKey> = Set(["umgebung", "land", "mitte", "nord", "süd", "ost", "west",
                                                      "zentrum", "innenstadt", "altstadt"].map {
        WordKey($0, folded: true)
    })
    private let bei = WordKey("bei", folded: true)
    /// (With `ganz`, which before a capitalised word names a whole place: `in ganz Niedersachsen`, `ganz Europa`.)
    private static let locativePrepositions = KeySet(["in", "nach", "aus", "bei", "ganz"].map {
        WordKey($0, folded: true)
    })
    /// `von Paris`, `über Rom`: these name a place too, but also what a noun is made of or about (`von Marken`,
    /// `von Essen`), so only before a word that does not end like a plural or an infinitive (`-en`).
    private static let sourcePrepositions = KeySet(["von", "über"].map { WordKey($0, folded: true) })
    private static let articlesAndFusedPrepositions = KeySet(
        ["im", "ins", "vom", "zum", "beim", "am", "dem", "des"].map { WordKey($0, folded: true) })

    /// A bare locative preposition or `ganz` before the word (`in Rom`; an article would make it a noun: `im Essen` is
    /// `in dem`), or a dateline: the sentence's first word with a dash after it (`Rom – Nach …`).
    private func isPlaceContext(_ index: Int, _ facts: [TokenFacts], _ scalars: [Unicode.Scalar]) -> Bool {
        if index > 0, facts[index - 1].sentence == facts[index].sentence,
            Self.locativePrepositions.contains(facts[index - 1].folded),
            // (`Es sei wie bei Essen`: after `wie` the `bei` is a case's, not a place's.)
            !(index > 1 && facts[index - 1].folded == bei && facts[index - 2].folded == wie)
        {
            return true
        }
        if index > 0, facts[index - 1].sentence == facts[index].sentence,
           Self.sourcePrepositions.contains(facts[index - 1].folded), facts[index].span.length >= 3,
           !(scalars[facts[index].span.end - 2] == "e" && scalars[facts[index].span.end - 1] == "n") {
            return true
        }
        // `im spanischen Malaga`, `aus dem italienischen Bari`: a country's adjective right before names its place,
        // after a preposition fused with the article or an article a preposition takes (after `das` alone it is a
        // dish's or a wine's origin more often: `das syrische Essen`).
        // (Not a compound's first part: `dem kroatischen Assen-König`.)
        if index > 1, facts[index - 1].sentence == facts[index].sentence, facts[index - 1].kind == .word,
           !facts[index].hyphenJoinedAfter,
           !facts[index - 1].capitalised, facts[index - 1].classes & WordClass.nationality != 0,
           Self.articlesAndFusedPrepositions.contains(facts[index - 2].folded) {
            return true
        }
        // `Polizeipräsidium Aalen`, `Staatsanwaltschaft Siegen`: an institution's designation names its seat next.
        if index > 0, facts[index - 1].sentence == facts[index].sentence, facts[index - 1].capitalised,
           facts[index - 1].classes & WordClass.designation != 0 {
            return true
        }
        guard facts[index].firstInSentence, index + 1 < facts.count else { return false }
        let next = facts[index + 1]
        return next.span.length == 1 && (scalars[next.span.begin] == "\u{2013}" || scalars[next.span.begin] == "\u{2014}")
    }

    /// `Passau (Bayern)`, `Chemnitz (Sachsen)`: alone in brackets right after a place, a word that is also a noun
    /// names the region the place lies in. (After a person, `Müller (Bayern)`, it may be a club.)
    private func isBracketedAfterPlace(
        _ index: Int, _ facts: [TokenFacts], _ scalars: [Unicode.Scalar], _ out: [Candidate]
    ) -> Bool {
        guard index >= 2, index + 1 < facts.count, isPunctuation(index - 1, "(", facts, scalars),
              isPunctuation(index + 1, ")", facts, scalars)
        else { return false }
        return out.contains { $0.tokens.upperBound == index - 1 && $0.type == .place && !$0.ambiguous }
    }

    /// `Nordrhein-Westfalen (17), Baden-Württemberg (10) und Bayern (8)`: joined by `und`, `oder` or a comma to a
    /// place before it (a bracketed figure between allowed), a word that is also a noun is one place of the list.
    private func isListedAfterPlace(
        _ index: Int, _ facts: [TokenFacts], _ scalars: [Unicode.Scalar], _ out: [Candidate]
    ) -> Bool {
        guard index >= 2, facts[index - 1].folded == und || facts[index - 1].folded == oder
                || isPunctuation(index - 1, ",", facts, scalars)
        else { return false }
        var end = index - 1
        // Past a bracketed figure: `Baden-Württemberg (10) und`.
        if isPunctuation(end - 1, ")", facts, scalars), end >= 4, isPunctuation(end - 3, "(", facts, scalars) {
            end -= 3
        }
        return out.contains { $0.tokens.upperBound == end && $0.type == .place && !$0.ambiguous }
    }

    /// `zwischen Bayern und Österreich`: joined by `und` or `oder` to a one-word place the lists hold without doubt
    /// (no common noun, no context needed), a place that is also a noun is a place too; `isListedAfterPlace` asks
    /// the other order.
    private func isJoinedToListedPlace(_ index: Int, _ facts: [TokenFacts]) -> Bool {
        let next = index + 2
        guard next < facts.count, facts[index + 1].folded == und || facts[index + 1].folded == oder,
              facts[next].sentence == facts[index].sentence, facts[next].kind == .word, facts[next].capitalised,
              !words.commonNouns.contains(facts[next].folded),
              let entry = lexicon.oneWordEntry(facts[next].folded)
        else { return false }
        return entry.type == .place && !entry.ambiguous && !entry.stopNouns
    }

    /// Compass points and regions that prefix a country or region in one word (`Süditalien`, `Nordsyrien`,
    /// `Ostukraine`, `Westafrikas`): German word formation, so the prefixes live here. Longest first among those
    /// sharing a start.
    private static let compassPrefixes: [[Unicode.Scalar]] = [
        "Nordost", "Nordwest", "Nord", "Südost", "Südwest", "Süd", "Ost", "West", "Zentral", "Mittel",
    ].map { Array($0.unicodeScalars) }

    /// `compassPrefixes` by their first letter (ASCII, as every one's is), in their order.
    private static let compassPrefixesByFirst: [[[Unicode.Scalar]]] = {
        var byFirst = [[[Unicode.Scalar]]](repeating: [], count: 0x80)
        for prefix in compassPrefixes { byFirst[Int(prefix[0].value)].append(prefix) }
        return byFirst
    }()

    private func compassPlace(
        at index: Int, _ facts: [TokenFacts], _ scalars: [Unicode.Scalar], _ extras: CandidateExtras,
        _ out: inout [Candidate]
    ) {
        let fact = facts[index]
        // The caller has tested `mayStartCompassPrefix`, which most words fail.
        guard fact.kind == .word, fact.span.length >= 7, !fact.allCaps, !fact.hyphenJoinedAfter else { return }
        // The first letter chooses the prefixes to compare (`compassPrefixesByFirst`): a search of all ten retained
        // and released each prefix's array.
        let initial = scalars[fact.span.begin].value
        guard initial < 0x80, let prefix = Self.compassPrefixesByFirst[Int(initial)].first(where: { prefix in
            prefix.count + 4 <= fact.span.length
                && prefix.indices.allSatisfy { scalars[fact.span.begin + $0] == prefix[$0] }
        })
        else { return }
        let restStart = fact.span.begin + prefix.count
        guard ScalarClass.isLower(scalars[restStart]) else { return }
        // The rest, or the rest without a genitive `s`, must be a country or region (not a town: `Ostende`).
        for cut in 0...1 where cut == 0 || scalars[fact.span.end - 1] == "s" {
            let rest = scalars[restStart..<(fact.span.end - cut)]
            guard rest.count >= 4, let node = lexicon.next(NameLexicon.root, WordKey(rest, folded: true)),
                let terminal = lexicon.terminal(node)
            else { continue }
            let entry = lexicon.entries[Int(terminal.entry)]
            guard entry.type == .place, entry.priority >= Self.regionPriority, !entry.ambiguous else { continue }
            let span = TextSpan(fact.span.begin, fact.span.end - cut)
            var candidate = Candidate(
                tokens: index..<(index + 1), span: TextSpan(fact.span.begin, fact.span.end), type: .place,
                priority: entry.priority, rule: .compassPlace)
            // (`String(encoding:)` writes the UTF-8 at once: built through `String.UnicodeScalarView`, each name went
            // the standard library's generic path, some ten thousand instructions.)
            extras.setCanonical(String(encoding: scalars[span.begin..<span.end]), of: &candidate)
            candidate.genitive = cut == 1
            out.append(candidate)
            return
        }
    }

    /// The first two letters of `compassPrefixes`: most capitalised words start otherwise and need no prefix
    /// compared.
    @inline(__always)
    private static func mayStartCompassPrefix(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool {
        switch first {
        case "N": second == "o"
        case "S": second == "ü"
        case "O": second == "s"
        case "W", "Z": second == "e"
        case "M": second == "i"
        default: false
        }
    }

    /// Countries and regions have list priority 85 and above in `lists.def`; towns and cities less.
    private static let regionPriority = 85

    /// Whether the word after a place and a hyphen is itself a listed one-word place (a district:
    /// `Wien-Hietzing`) and ends the compound.
    private func isDistrict(_ rest: TokenFacts) -> Bool {
        // `Graz-Umgebung`, `Tulln-Land`, `Graz-West`: a word for a part of the town (a district's, an area's name).
        if rest.kind == .word, rest.capitalised, !rest.allCaps, !rest.hyphenJoinedAfter,
           Self.townParts.contains(rest.folded) {
            return true
        }
        // (A listed place that is a noun too names a district after its city as well: `Wien-Favoriten`.)
        guard rest.kind == .word, rest.capitalised, !rest.allCaps, !rest.hyphenJoinedAfter,
            let entry = lexicon.oneWordEntry(rest.folded), entry.type == .place, entry.tokenCount == 1,
            // (A town's district, not a country or region: `Krim-Kongo-Virus`, `Asien-Pazifik`.)
            entry.priority < Self.regionPriority
        else { return false }
        return true
    }

    /// A capitalised word no list and no noun list knows, after a town and a hyphen: the town's district
    /// (`Wien-Wieden`, `Köln-Ehrenfeld`), whose name the place lists leave out. (A noun, or a compound ending in
    /// one, makes a compound: `Wien-Besuch`, `Dublin-Rückschiebung`; a first name a person's or club's. Not a noun
    /// that ends place names: `Frankfurt-Fechenheim`, `Berlin-Charlottenburg`.)
    private func isUnlistedDistrict(_ rest: TokenFacts, _ scalars: [Unicode.Scalar]) -> Bool {
        guard rest.kind == .word, rest.capitalised, !rest.allCaps, !rest.innerCaps, !rest.hyphenJoinedAfter,
              rest.span.length >= 4, rest.classes & (WordClass.function | WordClass.firstName) == 0,
              !words.commonNouns.contains(rest.folded)
        else { return false }
        let word = scalars[rest.span.begin..<rest.span.end]
        if words.hasCommonNounEnd(word, skipping: 3, minimum: 4), !NameRules.placeNameEnds.contains(where: { end in
            word.count >= end.count + 3 && zip(word.suffix(end.count), end).allSatisfy { WordKey.fold($0) == $1 }
        }) {
            return false
        }
        guard let node = lexicon.next(NameLexicon.root, rest.folded) else { return true }
        return lexicon.terminal(node) == nil
    }

    /// Context that makes an ambiguous name (`Bild`, `Linke`, `Apple`, `Die PARTEI`) a name: a type word before it
    /// (`Zeitung Bild`, `Partei Die Linke`), or capitals as listed (`BILD`, `Die PARTEI`; three letters or more).
    private func isSupported(
        _ tokens: Range<Int>, _ entry: NameEntry, _ facts: [TokenFacts], _ scalars: [Unicode.Scalar]
    ) -> Bool {
        let first = tokens.lowerBound
        if first > 0 && facts[first - 1].classes & WordClass.orgTypeWord != 0 { return true }
        // `Grünen-Abgeordnete`, `Apple-Chef`: fused to a role or profession, the word names the body it is held in.
        let last = tokens.upperBound - 1
        // (Also a compound role no list holds whole: `Grünen-Bundessprecherin`.)
        if facts[last].hyphenJoinedAfter, last + 2 < facts.count,
           facts[last + 2].classes & (WordClass.role | WordClass.description) != 0
            || isRoleCompound(facts[last + 2], scalars) {
            return true
        }
        // `im Magna-Konzern`, `die Verbund-Gruppe`: fused to a type word, the word names that body.
        if entry.type == .organization, facts[last].hyphenJoinedAfter, last + 2 < facts.count,
           facts[last + 2].classes & WordClass.orgTypeWord != 0 {
            return true
        }
        // `die Grünen`, `der Linken`: a plural adjective capitalised after a definite article inside a sentence is
        // a noun, and such a party's name (not `der Grüne Peter Pilz`, a member; not `in der Mitte`, a noun).
        if entry.partyName, tokens.count == 1, first > 0, !facts[first].firstInSentence,
           Self.pluralArticles.contains(facts[first - 1].folded), isPluralOfAdjectiveNoun(first, facts, scalars) {
            return true
        }
        // `des Nationalrats`, `im Bundesrat`: a chamber after an article, before no name (`Nationalrat Peter Pilz` is
        // a member).
        if entry.chamber, isChamber(tokens, facts) { return true }
        // `Martina Berthold (Grüne)`: a party alone in brackets after a name is that name's party; so is one before
        // a slash or comma and a short code (`Sibel Arslan (Grüne/BS)`, a Swiss canton's).
        if entry.partyName, tokens.count == 1, first >= 2, tokens.upperBound < facts.count,
           isPunctuation(first - 1, "(", facts, scalars), facts[first - 2].capitalised,
           isPunctuation(tokens.upperBound, ")", facts, scalars)
            || tokens.upperBound + 2 < facts.count
                && (isPunctuation(tokens.upperBound, "/", facts, scalars)
                    || isPunctuation(tokens.upperBound, ",", facts, scalars))
                && facts[tokens.upperBound + 1].allCaps && facts[tokens.upperBound + 1].span.length == 2
                && isPunctuation(tokens.upperBound + 2, ")", facts, scalars) {
            return true
        }
        // `des Verbund`, `des Standard`: a name keeps its form after `des`, where a common noun takes `-s` or `-es`
        // (a weak noun `-n` or `-en`: `des Kollegen`).
        if entry.type == .organization, tokens.count == 1, first > 0, facts[first - 1].folded == des,
           facts[first].span.length >= 3, case let end = scalars[facts[first].span.end - 1], end != "s", end != "n" {
            return true
        }
        // `berichtete Wired.`, `wie Wired berichtet`: the one who reports is the name, not the word.
        if isReporter(tokens, facts) { return true }
        guard exactKey(tokens, facts) == entry.exactKey else { return false }
        if entry.caseMode != .capitalised && facts[first].allCaps && facts[first].span.length >= 3 { return true }
        return tokens.count > 1 && tokens.contains { facts[$0].allCaps && facts[$0].span.length >= 3 }
    }

    /// A capitalised word that ends in a role word after two letters or more and is no listed noun
    /// (`Bundessprecherin`; not `Lautsprecher`).
    private func isRoleCompound(_ fact: TokenFacts, _ scalars: [Unicode.Scalar]) -> Bool {
        guard fact.kind == .word, fact.capitalised, fact.span.length >= 7, !words.commonNouns.contains(fact.folded)
        else { return false }
        return words.roleSuffixes.matchesEnd(of: scalars[fact.span.begin..<fact.span.end], minimum: 4, prefix: 2)
    }

    /// `Media Markt und Saturn`, `Media Markt/Saturn`: an ambiguous organisation joined by `und`, `oder`, a slash or
    /// an enumeration's comma right after (or before) an organisation the list holds without doubt is one as well
    /// (the planet is never a retailer's partner). Matches arrive by first token, so a partner before is already in
    /// `out`; one after is asked of the lexicon. Not where a capitalised word follows: the name is then part of a
    /// product's or another body's (`Spotify und Apple Music`).
    private func isJoinedToListedOrganisation(
        _ tokens: Range<Int>, _ entry: NameEntry, _ facts: [TokenFacts], _ scalars: [Unicode.Scalar],
        _ out: [Candidate]
    ) -> Bool {
        let first = tokens.lowerBound
        guard entry.type == .organization else { return false }
        // (`Richter, Grüne, Neos üben Kritik`: the partner after it, one word of the same list with no doubt.)
        let after = tokens.upperBound
        if after + 1 < facts.count, facts[after].folded == und || facts[after].folded == oder
            || isPunctuation(after, ",", facts, scalars) || isPunctuation(after, "/", facts, scalars),
           facts[after + 1].kind == .word, facts[after + 1].capitalised,
           after + 2 >= facts.count || facts[after + 2].kind != .word || !facts[after + 2].capitalised,
           let partner = lexicon.oneWordEntry(facts[after + 1].folded), partner.type == .organization,
           !partner.ambiguous, partner.file == entry.file {
            return true
        }
        guard first >= 2,
              tokens.upperBound == facts.count || facts[tokens.upperBound].kind != .word
                || !facts[tokens.upperBound].capitalised,
              facts[first - 1].folded == und || facts[first - 1].folded == oder
                || isPunctuation(first - 1, "/", facts, scalars)
                // (`Ob Google, Apple oder …`: a comma inside an enumeration that goes on after the name.)
                || isPunctuation(first - 1, ",", facts, scalars) && tokens.upperBound < facts.count
                    && (facts[tokens.upperBound].folded == und || facts[tokens.upperBound].folded == oder
                        || isPunctuation(tokens.upperBound, ",", facts, scalars))
        else { return false }
        return out.contains { candidate in
            candidate.tokens.upperBound == first - 1 && candidate.type == .organization && !candidate.ambiguous
                && candidate.sourceEntry >= 0 && lexicon.entries[Int(candidate.sourceEntry)].file == entry.file
        }
    }

    /// (Stored, not static: see `ex`.)
    private let und = WordKey("und", folded: true)
    private let oder = WordKey("oder", folded: true)

    private func isPunctuation(
        _ index: Int, _ mark: Unicode.Scalar, _ facts: [TokenFacts], _ scalars: [Unicode.Scalar]
    ) -> Bool {
        facts[index].kind == .punctuation && facts[index].span.length == 1 && scalars[facts[index].span.begin] == mark
    }

    /// A name right after a speech verb and closing the clause, or between `wie` and a speech verb.
    private func isReporter(_ tokens: Range<Int>, _ facts: [TokenFacts]) -> Bool {
        let first = tokens.lowerBound
        let after = tokens.upperBound
        guard first > 0, after < facts.count else { return false }
        // (Not a possessive that is also a verb form: `meine Welt`.)
        if facts[first - 1].classes & WordClass.speechVerb != 0, facts[first - 1].classes & WordClass.function == 0,
           !facts[first - 1].capitalised,
           facts[after].kind == .punctuation {
            return true
        }
        return facts[first - 1].folded == wie && facts[after].classes & WordClass.speechVerb != 0
            && !facts[after].capitalised
    }

    /// (Stored, not static: see `ex`.)
    private let wie = WordKey("wie", folded: true)

    /// `Grünen` where the noun list has `Grüner`: the plural of an adjective used as a noun.
    private func isPluralOfAdjectiveNoun(_ index: Int, _ facts: [TokenFacts], _ scalars: [Unicode.Scalar]) -> Bool {
        let span = facts[index].span
        guard span.length >= 4, scalars[span.end - 2] == "e", scalars[span.end - 1] == "n" else { return false }
        var singular = WordKey.Builder()
        for offset in span.begin..<(span.end - 1) { singular.append(scalars[offset], folded: true) }
        singular.append(ascii: 0x72, folded: true)
        return words.commonNouns.contains(singular.key)
    }

    /// `des Nationalrats`, `im Bundesrat`: a chamber's one-word name after an article, before no name.
    private func isChamber(_ tokens: Range<Int>, _ facts: [TokenFacts]) -> Bool {
        let first = tokens.lowerBound
        return tokens.count == 1 && first > 0 && Self.chamberArticles.contains(facts[first - 1].folded)
            && (tokens.upperBound >= facts.count || facts[tokens.upperBound].kind != .word
                || !facts[tokens.upperBound].capitalised)
    }

    /// The definite articles of a plural noun (nominative and accusative, genitive, dative).
    private static let pluralArticles = KeySet(["die", "der", "den"].map { WordKey($0, folded: true) })
    /// (Stored, not static: see `ex`.)
    private let des = WordKey("des", folded: true)
    /// Articles, also fused with a preposition, before a chamber's name (`des Nationalrats`, `im Bundesrat`).
    private static let chamberArticles = KeySet(
        ["der", "des", "dem", "den", "im", "vom", "zum", "ins", "am", "beim"].map { WordKey($0, folded: true) })
    /// Articles no name of a newspaper, company or party takes (`ein Bild`, `eine Allianz`). (Stored: see `ex`.)
    private let commonNounArticles = KeySet([
        "ein", "eine", "einen", "einem", "einer", "eines", "kein", "keine", "keinen", "keinem", "keiner", "keines",
    ].map { WordKey($0, folded: true) })

    /// `einen Standard`, `einen europäischen Standard`: an indefinite article right before the word or before the
    /// inflected adjectives (at most two) that stand between them.
    private func isAfterIndefiniteArticle(
        _ first: Int, _ facts: [TokenFacts], _ scalars: [Unicode.Scalar]
    ) -> Bool {
        var before = first - 1
        while before >= 0, first - before <= 3, facts[before].kind == .word, !facts[before].capitalised,
              !commonNounArticles.contains(facts[before].folded),
              facts[before].span.length >= 4, Self.endsInAdjectiveInflection(facts[before], scalars) {
            before -= 1
        }
        return before >= 0 && commonNounArticles.contains(facts[before].folded)
    }

    /// `-e`, `-en`, `-er`, `-es`, `-em`: the endings an attributive adjective takes.
    private static func endsInAdjectiveInflection(_ fact: TokenFacts, _ scalars: [Unicode.Scalar]) -> Bool {
        let last = scalars[fact.span.end - 1]
        if last == "e" { return true }
        guard last == "n" || last == "r" || last == "s" || last == "m" else { return false }
        return scalars[fact.span.end - 2] == "e"
    }

    /// The exact-case key of `tokens` as a name entry's (inlined: `isCompoundTail`).
    @inline(__always)
    private func exactKey(_ tokens: Range<Int>, _ facts: [TokenFacts]) -> WordKey {
        var key = WordKey(raw: 0)
        for index in tokens { key = key.combined(with: facts[index].exact) }
        return key
    }
}

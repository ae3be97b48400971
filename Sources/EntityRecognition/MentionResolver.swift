import NewsGraphCore

/// Turns candidates into the document's mentions and entities: overlaps resolved in `Candidate.precedes`
/// order, then in-document coreference (acronym → long form, surname → full name), then one entity per
/// type and canonical name.
///
/// A class, so the closures that sort and filter capture one reference instead of copying its arrays.
final class MentionResolver {
    /// The document's code points, not the whole document: a copy of it retained and released every one of its
    /// arrays for each article.
    let scalars: [Unicode.Scalar]
    /// The strings of spans (names), copied from the document's UTF-8 rather than encoded again from `scalars`.
    let texts: SpanTexts
    let facts: [TokenFacts]
    /// Positions of the capitalised words and numbers (`TokenFacts.Table.capitalised`), which the coreference scan
    /// visits.
    let capitalised: [Int32]
    /// The lists and lexicon entries every article's resolver reads (`ResolverLists`).
    let lists: ResolverLists
    var commonNouns: KeySet { lists.commonNouns }
    var cueWords: KeySet { lists.cueWords }
    var lexicon: LexiconEntries { lists.lexicon }
    var entryStrings: EntryStrings { lists.entryStrings }
    var designationAcronyms: KeyTable { lists.designationAcronyms }
    var designationAcronymKeys: [WordKey] { lists.designationAcronymKeys }
    /// Where the other candidates' canonical names and nested mentions are.
    let extras: CandidateExtras

    init(
        document: Document, facts: [TokenFacts], capitalised: [Int32], lists: ResolverLists, extras: CandidateExtras
    ) {
        scalars = document.scalars
        texts = document.spanTexts
        self.extras = extras
        self.facts = facts
        self.capitalised = capitalised
        self.lists = lists
    }

    func resolve(_ candidates: [Candidate]) -> (mentions: [EntityMention], entities: EntityTable) {
        var usable = candidates
        // (Rare: only an article with a compound its acronym defined has any.)
        if candidates.contains(where: { $0.rule == .acronymDefinition && $0.tokens.count == 3 }) {
            usable += repeatedCompoundLongForms(candidates)
        }
        // Ambiguous candidates count only beside an unambiguous one with the same canonical name. They are passed
        // over in the acceptance loop, not filtered out into a copy of the candidates first: that copy cost most
        // articles an allocation and a copy of every candidate. The acceptance order restricted to the candidates
        // kept is the order of the kept ones alone (a stable sort, ties by position).
        let dropsAmbiguous = candidates.contains(where: \.ambiguous)
        var unambiguous = KeySet()
        if dropsAmbiguous {
            // Canonical names compared by exact key, so no name string is built for the comparison. Only the
            // names as long (in UTF-8 bytes) as an ambiguous one's can be asked for, so only those are hashed: most
            // are not, and hashing every name from its bytes was most of this.
            var lengths: UInt64 = 0
            for candidate in candidates where candidate.ambiguous {
                lengths |= 1 &<< UInt64(truncatingIfNeeded: canonicalLength(of: candidate) ?? 0)
            }
            for candidate in candidates where !candidate.ambiguous {
                guard let length = canonicalLength(of: candidate),
                      lengths & (1 &<< UInt64(truncatingIfNeeded: length)) != 0 else { continue }
                if let key = canonicalKey(of: candidate) { unambiguous.insert(key) }
            }
        }
        // This thread's arrays from earlier articles, moved out here and back at the end, emptied.
        let arrays = lists.candidateArrays.local()
        var accepted = KeptArray.takeEmptied(&arrays.accepted)
        // Room for the coreferent mentions merged in at the end too: made for the candidates alone, the array grew
        // (a new block and a copy of every mention) in most articles.
        accepted.reserveCapacity(2 * usable.count)
        var taken = CoveredScalars(count: scalars.count, reusing: &arrays.covered)
        var order = KeptArray.take(&arrays.order)
        acceptanceOrder(usable, into: &order)
        // Only the span (and an ambiguous one's name) is read before a candidate is accepted.
        for position in order {
            if dropsAmbiguous, usable[position].ambiguous,
               !unambiguous.contains(canonicalKey(of: usable[position]) ?? Self.emptyKey) {
                continue
            }
            let span = usable[position].span
            if taken.any(span) { continue }
            taken.cover(span.begin, span.end)
            accepted.append(usable[position])
        }
        retypeNamesTypedElsewhere(&accepted)
        retypeTownClubs(&accepted, taken: &taken)
        markCountryCodes(&accepted, taken: &taken)
        markCantonCodes(&accepted, taken: &taken)
        // A town named like a person of the article is that person (`Takahashi` after `Daniel Takahashi`).
        // Fields are read in place (`accepted[position].type`): a loop over the candidates copied each one.
        var surnames = KeySet()
        // `VIG-Generaldirektorin` after `Vienna Insurance Group (VIG)`: an acronym the article defined is that
        // body, which coreference links below, not a new one found before the role.
        var definedAcronyms = KeySet()
        for position in accepted.indices {
            let tokens = accepted[position].tokens
            if accepted[position].type == .person && tokens.count >= 2 {
                surnames.insert(facts[tokens.upperBound - 1].folded)
            }
            if accepted[position].link != nil && tokens.count == 1 {
                definedAcronyms.insert(facts[tokens.lowerBound].exact)
            }
            // (`des Landeskriminalamts Baden-Württemberg` … `eine LKA-Sprecherin`: a designation's abbreviation
            // stands for the body, found again as `coreferentMentions` finds it alone.)
            if accepted[position].type == .organization, designationAcronyms.count > 0, tokens.count >= 2 {
                for token in tokens.prefix(3) where facts[token].kind == .word && facts[token].capitalised {
                    if let key = designationAcronyms[facts[token].folded] {
                        definedAcronyms.insert(designationAcronymKeys[Int(key)])
                        break
                    }
                }
            }
        }
        accepted.removeAll { candidate in
            let drop = candidate.tokens.count == 1 && candidate.type == .place && candidate.match != .rule
                && (candidate.priority < 85 && surnames.contains(facts[candidate.tokens.lowerBound].folded)
                    || followsRomanceArticle(candidate.tokens.lowerBound))
                || candidate.rule == .organisationBeforeRole
                && definedAcronyms.contains(facts[candidate.tokens.lowerBound].exact)
                || namesAnOperation(candidate.tokens.lowerBound)
            if drop { taken.uncover(candidate.span) }
            return drop
        }
        // Only the few candidates with nested mentions are asked for them: `flatMap` appended an empty array for
        // every other one, and each such append went through the array's growth path.
        var nested: [Candidate] = []
        for position in accepted.indices where accepted[position].nestedIndex >= 0 {
            nested += extras.nested(of: accepted[position])
        }
        if !nested.isEmpty { accepted += nested }
        Self.sortInDocumentOrder(&accepted, byType: false)
        dropDescriptorsBeforeNames(&accepted, taken: &taken)
        linkGenitiveFullNames(&accepted)
        linkParticleSurnames(&accepted)
        linkDefinedAcronyms(&accepted)
        var coreferent = KeptArray.takeEmptied(&arrays.coreferent)
        coreferentMentions(accepted, taken: taken, into: &coreferent)
        if !Self.merge(coreferent, into: &accepted) {
            accepted += coreferent
            Self.sortInDocumentOrder(&accepted, byType: true)
        }
        let resolved = entities(of: accepted, keeping: arrays)
        KeptArray.handBack(&accepted, into: &arrays.accepted)
        KeptArray.handBack(&coreferent, into: &arrays.coreferent)
        KeptArray.handBack(&order, into: &arrays.order)
        taken.handBack(to: &arrays.covered)
        return resolved
    }

    /// `das UN-Menschenrechtsbüro` after `des UN-Menschenrechtsbüros (OHCHR)`: a compound its acronym defined as a
    /// name is that name again, with or without the genitive's `-s`, where the lists see only the name it is built
    /// on (`UN`). Candidates as strong as the definition, linked to it.
    private func repeatedCompoundLongForms(_ candidates: [Candidate]) -> [Candidate] {
        var out: [Candidate] = []
        for long in candidates where long.rule == .acronymDefinition && long.tokens.count == 3
            && facts[long.tokens.lowerBound].hyphenJoinedAfter {
            let name = long.tokens.lowerBound, head = long.tokens.upperBound - 1
            for index in 0..<max(0, facts.count - 2) where index != name
                && facts[index].folded == facts[name].folded && facts[index].hyphenJoinedAfter
                && facts[index + 2].hyphenJoinedBefore && sameHead(index + 2, head) {
                var candidate = Candidate(
                    tokens: index..<(index + 3), span: TextSpan(facts[index].span.begin, facts[index + 2].span.end),
                    type: long.type, priority: long.priority, match: .coreference, rule: .repeatedName)
                candidate.link = long.span
                out.append(candidate)
            }
        }
        return out
    }

    /// Whether two words are the same but for a genitive `-s` or `-es` on either (`Menschenrechtsbüros`).
    private func sameHead(_ one: Int, _ other: Int) -> Bool {
        let a = facts[one].span, b = facts[other].span
        let (short, long) = a.length <= b.length ? (a, b) : (b, a)
        let extra = long.length - short.length
        guard extra <= 2, (0..<short.length).allSatisfy({
            WordKey.fold(scalars[short.begin + $0]) == WordKey.fold(scalars[long.begin + $0])
        }) else { return false }
        return extra == 0 || scalars[long.end - 1] == "s" && (extra == 1 || scalars[long.end - 2] == "e")
    }

    /// `der Containerfrachter El Faro`, `La Roja`: a place's name right after a Spanish, French or Italian article
    /// is part of a longer name the lists do not hold (a ship, a team), not the place; the lists hold the names that
    /// are places whole (`La Paz`, `El Salvador`, `Los Angeles`), and a longer match wins.
    @inline(__always)
    private func followsRomanceArticle(_ index: Int) -> Bool {
        // (Length and case first: the word before nearly every place is longer or lower-case.)
        index > 0 && facts[index - 1].span.length <= 3 && facts[index - 1].capitalised
            && facts[index - 1].sentence == facts[index].sentence
            && Self.romanceArticles.contains(facts[index - 1].exact)
    }

    /// `die Operation Cumberland`, `„Operation Pangea“`: the word after `Operation` is a police or military
    /// operation's code name, no place or person (operations are no entities).
    /// Inlined, as `followsRomanceArticle` is: asked of every accepted mention, where the call cost as much.
    @inline(__always)
    private func namesAnOperation(_ index: Int) -> Bool {
        index > 0 && facts[index - 1].span.length == 9 && facts[index - 1].sentence == facts[index].sentence
            && facts[index - 1].exact == Self.operation
    }

    private static let operation = WordKey("Operation", folded: false)

    private static let romanceArticles = KeySet(
        ["El", "La", "Le", "Les", "Los", "Las", "Il", "Lo"].map { WordKey($0, folded: false) })

    /// `die amerikanische Bundespolizei FBI`, `Die Linkspartei Podemos`: a listed body named by a common noun right
    /// before another body's name is the type word of that name (GUIDELINES.md: a type word before an organisation's
    /// own name stays outside), not the body the lists know by it. (`Weltfußballverband Fifa`, one body named twice,
    /// stays as it is.)
    private func dropDescriptorsBeforeNames(_ accepted: inout [Candidate], taken: inout CoveredScalars) {
        guard accepted.count >= 2 else { return }
        var dropped: [Int] = []
        // Fields read in place: a candidate copied is a retain and a release of each of its references.
        for position in accepted.indices.dropLast() {
            guard accepted[position].type == .organization, accepted[position + 1].type == .organization
            else { continue }
            // `der Europäischen Polizeibehörde Europol`: a designation with an adjective before a listed body's name
            // describes that body.
            if accepted[position].rule == .institutionSeatAdjective, accepted[position + 1].nameEntry >= 0,
               accepted[position].tokens.upperBound == accepted[position + 1].tokens.lowerBound,
               !facts[accepted[position + 1].tokens.upperBound - 1].hyphenJoinedAfter {
                dropped.append(position)
                continue
            }
            guard accepted[position].nameEntry >= 0 else { continue }
            let descriptor = accepted[position]
            let name = accepted[position + 1]
            guard descriptor.tokens.upperBound == name.tokens.lowerBound,
                  descriptor.tokens.count == 1 || descriptor.tokens.count == 2
                    && Self.definiteArticles.contains(facts[descriptor.tokens.lowerBound].folded),
                  !facts[descriptor.tokens.upperBound - 1].hyphenJoinedBefore,
                  !facts[name.tokens.upperBound - 1].hyphenJoinedAfter,
                  commonNouns.contains(facts[descriptor.tokens.upperBound - 1].folded),
                  canonicalKey(of: descriptor) != canonicalKey(of: name) else { continue }
            // The noun heads a noun phrase: a determiner opens it, or a determiner and one lower-case adjective do
            // (not `hatte Bayern Werder Bremen … abmontiert`, subject and object).
            let before = descriptor.tokens.lowerBound - 1
            let opensPhrase = descriptor.tokens.count == 2 || before >= 0 && (
                FunctionWords.determiners.contains(facts[before].folded)
                    || before >= 1 && facts[before].kind == .word && !facts[before].capitalised
                    && FunctionWords.determiners.contains(facts[before - 1].folded))
            if opensPhrase { dropped.append(position) }
        }
        for position in dropped.reversed() {
            taken.uncover(accepted[position].span)
            accepted.remove(at: position)
        }
    }

    /// Positions of `candidates` in `Candidate.precedes` order, ties kept in their order (a stable sort).
    ///
    /// The fields `precedes` compares first and the position are packed into one integer per candidate and those
    /// integers sorted, then only runs whose fields are all equal are sorted again by `precedes`: sorting positions
    /// with a closure that read each one's fields cost more than the rest of the acceptance. The result is the
    /// stable sort's by `precedes`, the one order in which its equal candidates keep their positions' order.
    /// Written into `order`, emptied first: the thread's array from its article before (`CandidateArrays.order`),
    /// where an array made for every article cost an allocation and its release.
    private func acceptanceOrder(_ candidates: [Candidate], into order: inout [Int]) {
        let count = candidates.count
        // Length, priority, start, type rank and position: 12, 8, 24, 2 and 18 bits.
        let fits = count < 1 << 18 && candidates.allSatisfy { candidate in
            candidate.span.length <= 0xFFF && candidate.priority >= 0 && candidate.priority <= 0xFF
                && candidate.span.begin >= 0 && candidate.span.begin < 1 << 24
        }
        guard fits else {
            order = Self.acceptanceOrderBySorting(candidates, in: lexicon)
            return
        }
        // The keys in scratch memory (on the stack for most articles' few candidates), not an array allocated and
        // freed for each article.
        withScratch(of: UInt64.self, capacity: count) { keys in
            for index in 0..<count {
                let candidate = candidates[index]
                keys[index] = UInt64(0xFFF - candidate.span.length) << 52 | UInt64(0xFF - candidate.priority) << 44
                    | UInt64(candidate.span.begin) << 20 | UInt64(candidate.type.rank) << 18 | UInt64(index)
            }
            KeySort.sort(keys)
            // Runs sorted through the buffer: sorting `order[start..<end]` copied the slice out and back.
            order.refill(capacity: count) { order in
                for index in 0..<count { order[index] = Int(keys[index] & 0x3FFFF) }
                var start = 0
                while start < count {
                    var end = start + 1
                    while end < count && keys[end] >> 18 == keys[start] >> 18 { end += 1 }
                    if end - start == 2 {
                        // Two, the usual tie: swapped where the second precedes, as the stable sort below would do,
                        // without its set-up (most of a run's cost).
                        if Candidate.precedes(candidates[order[start + 1]], candidates[order[start]], in: lexicon) {
                            order.swapAt(start, start + 1)
                        }
                    } else if end - start > 2 {
                        // In position order now, as a stable sort needs them.
                        var run = UnsafeMutableBufferPointer(rebasing: order[start..<end])
                        run.sort { Candidate.precedes(candidates[$0], candidates[$1], in: lexicon) }
                    }
                    start = end
                }
                return count
            }
        }
    }

    /// `acceptanceOrder(_:into:)` for candidates whose fields do not fit its integers.
    private static func acceptanceOrderBySorting(_ candidates: [Candidate], in lexicon: LexiconEntries) -> [Int] {
        let ranks = candidates.map { Rank(span: $0.span, priority: $0.priority, type: $0.type.rank) }
        return candidates.indices.sorted { lhs, rhs in
            let left = ranks[lhs]
            let right = ranks[rhs]
            if left.span.length != right.span.length { return left.span.length > right.span.length }
            if left.priority != right.priority { return left.priority > right.priority }
            if left.span.begin != right.span.begin { return left.span.begin < right.span.begin }
            if left.type != right.type { return left.type < right.type }
            return Candidate.precedes(candidates[lhs], candidates[rhs], in: lexicon)
        }
    }

    /// `Ansar Dine und andere Islamistengruppen` beside `der Islamistengruppe Ansar Dine`, `Weil Thomas Cook … nicht
    /// zahlte` beside `Der Tourismuskonzern Thomas Cook`: a name that a type word makes an organisation elsewhere in
    /// the article is that organisation where only its first word, a first name, made it a person.
    private func retypeNamesTypedElsewhere(_ accepted: inout [Candidate]) {
        var typed: [Candidate] = []
        for position in accepted.indices
        where accepted[position].type == .organization && accepted[position].rule == .typeWordName {
            typed.append(accepted[position])
        }
        guard !typed.isEmpty else { return }
        for position in accepted.indices
        where accepted[position].type == .person && accepted[position].rule == .firstName {
            let tokens = accepted[position].tokens
            guard let organisation = typed.first(where: { name in
                name.tokens.count == tokens.count
                    && zip(name.tokens, tokens).allSatisfy { facts[$0].folded == facts[$1].folded }
            }) else { continue }
            var candidate = Candidate(
                tokens: tokens, span: accepted[position].span, type: .organization, priority: 0, match: .coreference,
                rule: .repeatedName)
            candidate.link = organisation.span
            accepted[position] = candidate
        }
    }

    /// `sortInDocumentOrder(first + second, byType: true)` by merging `second` into `first`, where each is in that
    /// order already (tested here; else false, and `first` is left as it was): the accepted mentions were just put in
    /// document order and the coreference scan finds its mentions in it, so sorting them all again cost more than a
    /// merge. In place, from the back, into the room `second` is appended in: a merged copy was allocated and the
    /// accepted mentions copied into it for most articles.
    private static func merge(_ second: [Candidate], into first: inout [Candidate]) -> Bool {
        guard isInDocumentOrder(first), isInDocumentOrder(second) else { return false }
        if second.isEmpty { return true }
        var left = first.count - 1
        first += second
        first.withUnsafeMutableBufferPointer { out in
            var right = second.count - 1
            var target = out.count - 1
            while right >= 0 {
                // The later of the two last ones goes last. On a tie `first` goes first, as a stable sort of
                // `first + second` keeps them, so `second`'s goes last.
                if left >= 0 && precedesInDocument(second[right], out[left]) {
                    out[target] = out[left]
                    left -= 1
                } else {
                    out[target] = second[right]
                    right -= 1
                }
                target -= 1
            }
        }
        return true
    }

    /// The order of `sortInDocumentOrder(_:byType: true)`: earlier start, then longer, then lower type rank.
    private static func precedesInDocument(_ lhs: Candidate, _ rhs: Candidate) -> Bool {
        if lhs.span.begin != rhs.span.begin { return lhs.span.begin < rhs.span.begin }
        if lhs.span.end != rhs.span.end { return lhs.span.end > rhs.span.end }
        return lhs.type.rank < rhs.type.rank
    }

    private static func isInDocumentOrder(_ candidates: [Candidate]) -> Bool {
        candidates.indices.dropFirst().allSatisfy { !precedesInDocument(candidates[$0], candidates[$0 - 1]) }
    }

    /// Sorts `candidates` in document order (`TextSpan.<`), equal spans by type rank if `byType`, else as they come
    /// (a stable sort). Span, rank and position packed in one integer per candidate are sorted, and each candidate
    /// is moved once: an insertion sort of the candidates themselves moved each one at every step. They are moved
    /// within the array, along the cycles of the permutation: a sorted copy, made and the old array freed twice
    /// an article, cost more.
    private static func sortInDocumentOrder(_ candidates: inout [Candidate], byType: Bool) {
        let fits = candidates.count < 1 << 14
            && candidates.allSatisfy { $0.span.begin >= 0 && $0.span.end < 1 << 24 }
        guard fits else {
            candidates.sort {
                $0.span != $1.span ? $0.span < $1.span : byType && $0.type.rank < $1.type.rank
            }
            return
        }
        // Start ascending, end descending, rank ascending, then position: 24, 24, 2 and 14 bits; in scratch memory,
        // as `acceptanceOrder(_:into:)` keeps its keys.
        let count = candidates.count
        withScratch(of: UInt64.self, capacity: count) { keys in
            for index in 0..<count {
                let span = candidates[index].span
                let rank = byType ? UInt64(candidates[index].type.rank) : 0
                keys[index] = UInt64(span.begin) << 40 | UInt64((1 << 24) - 1 - span.end) << 16 | rank << 14
                    | UInt64(index)
            }
            KeySort.sort(keys)
            // `keys[target] & 0x3FFF`: the position whose candidate goes to `target`; set to `target` once there.
            candidates.withUnsafeMutableBufferPointer { buffer in
                for start in 0..<count where Int(keys[start] & 0x3FFF) != start {
                    let held = buffer[start]
                    var target = start
                    while true {
                        let source = Int(keys[target] & 0x3FFF)
                        keys[target] = UInt64(target)
                        if source == start {
                            buffer[target] = held
                            break
                        }
                        buffer[target] = buffer[source]
                        target = source
                    }
                }
            }
        }
    }

    /// `Internet Watch Foundation (IWF)` … `dem IWF-Bericht`: an acronym the article defines names that body
    /// wherever it stands, though a list knows it for another (`IWF`, the Internationaler Währungsfonds).
    private func linkDefinedAcronyms(_ accepted: inout [Candidate]) {
        // Most articles define none: then no table is made.
        guard accepted.contains(where: { $0.rule == .acronymDefinition && $0.tokens.count == 1 && $0.link != nil })
        else { return }
        // First spans by key (`FirstSpans`), not a dictionary, which hashed each word key again with `Hasher`.
        var defined = FirstSpans(FirstSpans.Store(capacity: 8), salt: 1)
        for candidate in accepted where candidate.rule == .acronymDefinition && candidate.tokens.count == 1 {
            if let link = candidate.link { defined.addFirst(facts[candidate.tokens.lowerBound].exact, link) }
        }
        guard !defined.isEmpty else { return }
        for position in accepted.indices where accepted[position].tokens.count == 1
            && accepted[position].type == .organization && accepted[position].link == nil {
            if let long = defined[facts[accepted[position].tokens.lowerBound].exact] {
                accepted[position].link = long
            }
        }
    }

    /// `Sigmundur Davíð Gunnlaugssons Stellvertreter` and `Regierungschef Sigmundur Davíð Gunnlaugsson`: a full
    /// name in the genitive is the person the article names without the `-s`, who gives the entity its name.
    private func linkGenitiveFullNames(_ accepted: inout [Candidate]) {
        // The lengths (a bit each, modulo 64) a genitive's nominative has, one code point fewer. Most articles have
        // no full name that may be a genitive, or no other full name of the length its nominative would have (most
        // names in `-s` are none: `Thomas Klaus`): then no key of any name is made, nor the table for them.
        var nominativeLengths: UInt64 = 0
        for candidate in accepted where candidate.type == .person && candidate.tokens.count >= 2
            && candidate.link == nil && candidate.span.length >= 6 && scalars[candidate.span.end - 1] == "s" {
            nominativeLengths |= Self.lengthBit(candidate.span.length - 1)
        }
        guard nominativeLengths != 0, accepted.contains(where: { candidate in
            candidate.type == .person && candidate.tokens.count >= 2
                && nominativeLengths & Self.lengthBit(candidate.span.length) != 0
        }) else { return }
        // First spans by key (`FirstSpans`), not a dictionary, which hashed each word key again with `Hasher`. Only
        // names of a nominative's length, the only ones asked for.
        let store = FirstSpans.Store(capacity: accepted.count)
        var nominative = FirstSpans(store, salt: 1)
        for candidate in accepted where candidate.type == .person && candidate.tokens.count >= 2
            && nominativeLengths & Self.lengthBit(candidate.span.length) != 0 {
            nominative.addFirst(
                WordKey(scalars[candidate.span.begin..<candidate.span.end], folded: false), candidate.span)
        }
        for position in accepted.indices where accepted[position].type == .person
            && accepted[position].tokens.count >= 2 && accepted[position].link == nil {
            let span = accepted[position].span
            guard span.length >= 6, scalars[span.end - 1] == "s" else { continue }
            let key = WordKey(scalars[span.begin..<(span.end - 1)], folded: false)
            if let full = nominative[key] { accepted[position].link = full }
        }
    }

    /// The bit of a name's length in `linkGenitiveFullNames(_:)`'s filter.
    private static func lengthBit(_ length: Int) -> UInt64 { 1 &<< UInt64(truncatingIfNeeded: length & 63) }

    /// `Van der Bellen`, `De la Calle` beside `Alexander Van der Bellen`, `Humberto de la Calle`: a surname that
    /// opens with a particle, which the rules find on their own, is the person whose full name ends in it.
    private func linkParticleSurnames(_ accepted: inout [Candidate]) {
        guard accepted.contains(where: { candidate in
            candidate.type == .person && candidate.tokens.count >= 2 && candidate.link == nil
                && facts[candidate.tokens.lowerBound].classes & WordClass.personLink != 0
        }) else { return }
        let store = FirstSpans.Store(capacity: accepted.count * 2)
        var tails = FirstSpans(store, salt: 2)
        for candidate in accepted where candidate.type == .person && candidate.tokens.count >= 3 {
            for first in (candidate.tokens.lowerBound + 1)..<(candidate.tokens.upperBound - 1)
            where facts[first].classes & WordClass.personLink != 0 {
                let begin = facts[first].span.begin
                tails.addFirst(WordKey(scalars[begin..<candidate.span.end], folded: true), candidate.span)
            }
        }
        guard !store.spans.isEmpty else { return }
        for position in accepted.indices where accepted[position].type == .person
            && accepted[position].tokens.count >= 2 && accepted[position].link == nil
            && facts[accepted[position].tokens.lowerBound].classes & WordClass.personLink != 0 {
            let span = accepted[position].span
            if let full = tails[WordKey(scalars[span.begin..<span.end], folded: true)], full != span {
                accepted[position].link = full
            }
        }
    }

    /// Later bare surnames and acronyms in no candidate, appended to `out`: `Roller` after `Dietmar Roller`, `IJM`
    /// after `International Justice Mission (IJM)`.
    private func coreferentMentions(_ accepted: [Candidate], taken: CoveredScalars, into out: inout [Candidate]) {
        // One table and one array of spans behind all the kinds below, told apart by salts: a table and an array
        // per kind cost up to sixteen allocations an article, most of them for a key or two.
        let store = lists.coreferenceStores.local()
        store.reset(capacity: accepted.count + 8, names: accepted.count)
        var surnames = FirstSpans(store, salt: 1)
        // `Lee` after `Lee Sedol`: first words no first-name list knows, which may be family names written first
        // (Korean, Chinese, Vietnamese order).
        var familyNamesFirst = FirstSpans(store, salt: 2)
        // `sagte Pakorn` after `Oberst Pakorn Srisuk`: Thai news names people by the first word, whatever its
        // length; a longer first word counts only beside a speech verb or role word.
        var givenNamesBesideCue = FirstSpans(store, salt: 3)
        var acronyms = FirstSpans(store, salt: 4)
        var designations = FirstSpans(store, salt: 5)
        var initials = FirstSpans(store, salt: 6)
        // `Zielpunkt` after `Zielpunkt GmbH`: a company's one-word name without its legal form.
        var companies = FirstSpans(store, salt: 7)
        // Full names by their first word, to find the same name again where no rule saw it: the first one's
        // position in `store.table` (salted), each one's next with the same first word in `store.nextFullName`, in
        // order.
        // Chains of positions in one array, where an array of candidates per first word was allocated.
        let fullNameSalt = WordKey(raw: 8)
        var fullNameBits = KeyBits()
        var hasFullNames = false
        for position in accepted.indices {
            let candidate = accepted[position]
            // An organisation's own name after its type word (`Islamistengruppe Ansar Dine`) stands alone later, and
            // so does a long form its acronym defined (`Forum gegen Antisemitismus (FgA)`).
            // So does a place a rule found by its type word or preposition (`Grenzort Idomeni`, `in Idomeni`): the
            // lists do not know it, so nothing else finds it again (`die Schande von Idomeni`).
            // An English organisation's name its head word gave (`Ghost Games`) stands alone later too, where the
            // rule does not look (the sentence's first word).
            if (candidate.type == .person && candidate.tokens.count >= 2) || candidate.rule == .typeWordName
                || (candidate.rule == .acronymDefinition || candidate.rule == .englishOrganisation)
                    && candidate.tokens.count >= 2
                || candidate.type == .place && (candidate.rule == .placeType || candidate.rule == .unlistedPlace) {
                let key = facts[candidate.tokens.lowerBound].folded
                let salted = key.combined(with: fullNameSalt)
                if var last = store.table[salted] {
                    // Chains are a name or two long: the last link is found by walking.
                    while store.nextFullName[Int(last)] >= 0 { last = store.nextFullName[Int(last)] }
                    store.nextFullName[Int(last)] = Int32(position)
                } else {
                    store.table.set(salted, Int32(position))
                    fullNameBits.insert(key)
                    hasFullNames = true
                }
            }
            if candidate.rule == .legalForm, candidate.tokens.count == 2 {
                let name = facts[candidate.tokens.lowerBound]
                if name.kind == .word, name.capitalised, name.span.length >= 3 {
                    companies.addFirst(name.exact, candidate.span)
                }
            }
            if candidate.rule == .designationWithPlace {
                designations.addFirst(stem(candidate.tokens.upperBound - 1), candidate.span)
            }
            if candidate.type == .person && candidate.tokens.count >= 2 {
                let last = facts[candidate.tokens.upperBound - 1]
                if last.kind == .word && last.span.length >= 3 { surnames.addFirst(last.folded, candidate.span) }
                // `Auftritt Christian Kerns`: a full name in the genitive after a noun; the surname has no `-s`.
                // (`Walter Meischbergers Exanwalt`: or before the noun it belongs to.)
                let before = candidate.tokens.lowerBound - 1
                let after = candidate.tokens.upperBound
                if last.kind == .word, last.span.length >= 5, scalars[last.span.end - 1] == "s",
                   before >= 0 && facts[before].kind == .word && facts[before].capitalised
                    && commonNouns.contains(facts[before].folded)
                    || after < facts.count && facts[after].kind == .word && facts[after].capitalised
                    && !facts[after].allCaps {
                    surnames.addFirst(last.foldedStems(scalars).stem1, candidate.span)
                }
                // Such family names are one short syllable or two (`Lee`, `Zeid`, `Husam`); longer first words are
                // as often a product or a mistaken name (`Oculus Rift`). A first-name list may know them (`Zeid`).
                let head = facts[candidate.tokens.lowerBound]
                if head.kind == .word, head.capitalised, !head.allCaps, head.span.length >= 2,
                   head.classes & ~(WordClass.firstName | WordClass.personLink) == 0, !head.hyphenJoinedAfter {
                    if head.span.length <= 5 {
                        familyNamesFirst.addFirst(head.folded, candidate.span)
                    } else {
                        givenNamesBesideCue.addFirst(head.folded, candidate.span)
                    }
                }
                // `Emanuel S.`: the initial that stands for the surname the paper withholds.
                if candidate.tokens.count >= 3, isInitialWithPeriod(candidate.tokens.upperBound - 2) {
                    initials.addFirst(facts[candidate.tokens.upperBound - 2].exact, candidate.span)
                }
            }
            if let link = candidate.link, candidate.tokens.count == 1 {
                acronyms.addFirst(facts[candidate.tokens.lowerBound].exact, link)
            }
            // `Das Landeskriminalamt Rheinland-Pfalz warnt … laut LKA`: a body named with its designation is what the
            // designation's abbreviation stands for in the article (not a compound's part: `LKA-Sprecherin` is found
            // on its own).
            if candidate.type == .organization, designationAcronyms.count > 0 {
                for token in candidate.tokens.prefix(3) where facts[token].kind == .word && facts[token].capitalised {
                    if let position = designationAcronyms[facts[token].folded] {
                        acronyms.addFirst(designationAcronymKeys[Int(position)], candidate.span)
                        break
                    }
                }
            }
        }
        // A surname a rule found alone (`Polizeisprecher Hahslinger`) names the person elsewhere too.
        for candidate in accepted where candidate.type == .person && candidate.tokens.count == 1 {
            let fact = facts[candidate.tokens.lowerBound]
            if fact.span.length >= 3 { surnames.addFirst(fact.folded, candidate.span) }
        }
        guard !surnames.isEmpty || !acronyms.isEmpty || !designations.isEmpty || !initials.isEmpty || hasFullNames
            || !familyNamesFirst.isEmpty || !companies.isEmpty || !givenNamesBesideCue.isEmpty
        else { return }
        // Room for several made once, instead of doubling from one.
        out.reserveCapacity(16)
        var skipUntil = 0
        // Every test below looks a key up in one of these filters first, the folded key or the exact key, or a stem
        // of a word ending in `s`: a word that passes none is skipped at once, as most are.
        let foldedBits = fullNameBits.union(surnames.bits).union(familyNamesFirst.bits).union(designations.bits)
            .union(givenNamesBesideCue.bits)
        let exactBits = acronyms.bits.union(initials.bits).union(companies.bits)
        // The stems are the word's folded key without its `s` (`genitiveSurname`, `stem`) and without `es` (`stem`
        // only): worked out from the folded key, they let through only the words whose stem may be listed, where
        // every capitalised word in `s` went on to the tests below (a fifth of those the scan reads).
        let stemBits = surnames.bits.union(designations.bits)
        let stemsAsked = !surnames.isEmpty || !designations.isEmpty
        let esStemsAsked = !designations.isEmpty
        let foldedS = WordKey.fold("s")
        // The filters read through pointers, without bounds checks: they ask every capitalised word, most of which
        // fail them. The rest of the scan reads the arrays.
        facts.withUnsafeBufferPointer { factPointer in scalars.withUnsafeBufferPointer { scalarPointer in
        capitalised.withUnsafeBufferPointer { capitalisedPointer in
            for position in capitalisedPointer where Int(position) >= skipUntil {
                let index = Int(position)
                // The filters read the fields they test, and the whole fact is read only for the words that pass: read
                // first, it was copied field by field for every capitalised word, most of which the filters rule out.
                if !foldedBits.mayContain(factPointer[index].folded) && !exactBits.mayContain(factPointer[index].exact)
                    && !(stemsAsked && scalarPointer[factPointer[index].span.end - 1] == "s" && mayHaveListedStem(
                        factPointer[index], stemBits, withoutES: esStemsAsked, foldedS: foldedS))
                    && !(factPointer[index].hyphenJoinedAfter && index + 2 < facts.count
                         && surnames.bits.mayContain(factPointer[index + 2].folded))
                {
                    continue
                }
                let fact = factPointer[index]
                if taken.any(fact.span) { continue }
                if fact.hyphenJoinedBefore { continue }
                // `die Firma McAfee` beside `John McAfee`: the bare name stays the person's.
                if fullNameBits.mayContain(fact.folded),
                    let first = store.table[fact.folded.combined(with: fullNameSalt)],
                    let repeated = repeatedName(
                        at: index, accepted, from: first, next: store.nextFullName, taken: taken),
                    repeated.type == .person || surnames[fact.folded] == nil
                {
                    out.append(repeated)
                    skipUntil = repeated.tokens.upperBound
                    continue
                }
                // `Grabar-Kitarovic betonte` after `Kolinda Grabar Kitarovic`: the last two names joined by a hyphen.
                if fact.hyphenJoinedAfter, index + 2 < facts.count, facts[index + 2].kind == .word,
                   !facts[index + 2].hyphenJoinedAfter, let full = surnames[facts[index + 2].folded],
                   endsWithNames(full, index, index + 2),
                   !taken.any(fact.span.begin, facts[index + 2].span.end) {
                    out.append(surnameLink(index..<(index + 3), to: full))
                    skipUntil = index + 3
                    continue
                }
                // `Bei seinem Schlusswort sagt S. doch noch etwas` after `Emanuel S.`: the initial alone.
                if !initials.isEmpty, isInitialWithPeriod(index), let full = initials[fact.exact],
                   full.begin < fact.span.begin, !taken.any(facts[index + 1].span) {
                    out.append(surnameLink(index..<(index + 2), to: full))
                    skipUntil = index + 2
                    continue
                }
                let source: TextSpan
                let type: EntityType
                let rule: Rule
                if let long = acronyms[fact.exact] {
                    source = long
                    type = .organization
                    rule = .acronym
                } else if !companies.isEmpty, let full = companies[fact.exact], !fact.firstInSentence,
                          !fact.hyphenJoinedAfter || isCompoundOnName(index), standsAlone(index..<(index + 1)),
                          !commonNouns.contains(fact.folded) || isAfterPrepositionOrMark(index) {
                    // (Written as the name was, not opening a sentence, where any noun is capitalised, and where it is
                    // a noun too not after an article or adjective: `der regionalen Volksbanken` after
                    // `Volksbanken AG`.)
                    source = full
                    type = .organization
                    rule = .companyName
                } else if !designations.isEmpty, let first = designations[stem(index)], index > 0,
                    Self.definiteArticles.contains(facts[index - 1].folded),
                    // `Die Regierung der Schwarzmeer-Region … der Regierung in Kiew`: a genitive names another body.
                    index + 1 == facts.count || !Self.genitiveArticles.contains(facts[index + 1].folded)
                {
                    // `die Regierung in Madrid … berichtete die Regierung`: the bare designation is the same body,
                    // also before the seat is named (`Die Regierung hatte argumentiert … Die Regierung von Nauru`), as
                    // the guidelines have it for the whole article.
                    source = first
                    type = .organization
                    rule = .designation
                } else if !fact.hyphenJoinedAfter || isCompoundOnName(index),
                          let full = surnames[fact.folded] ?? genitiveSurname(index, surnames),
                    !commonNouns.contains(fact.folded) || isNameContext(index),
                    // `Allen` after `Woody Allen`, but not `Allen Menschen …` opening a sentence.
                    !fact.firstInSentence || fact.classes & WordClass.function == 0
                {
                    source = full
                    type = .person
                    rule = .surname
                } else if !familyNamesFirst.isEmpty, !fact.hyphenJoinedAfter, let full = familyNamesFirst[fact.folded],
                          // Before the full name only in the headline (`US-Vertreter: Xi wird …`).
                          full.begin < fact.span.begin || fact.sentence == 0, standsAlone(index..<(index + 1)),
                          !(index + 1 < facts.count && facts[index + 1].hyphenJoinedAfter) {
                    // Alone: `Nguyen Phu Trong`, `Abu al-Hija` again in full are the repeated name, not this.
                    source = full
                    type = .person
                    rule = .surname
                } else if !givenNamesBesideCue.isEmpty, !fact.hyphenJoinedAfter,
                          let full = givenNamesBesideCue[fact.folded],
                          full.begin < fact.span.begin, standsAlone(index..<(index + 1)), besideCue(index) {
                    source = full
                    type = .person
                    rule = .surname
                } else {
                    continue
                }
                var candidate = Candidate(
                    tokens: index..<(index + 1), span: fact.span, type: type, priority: 0,
                    match: .coreference, rule: rule)
                candidate.link = source
                // `wie de Maizière sagte` after `Thomas de Maizière`: the particle the full name has before the
                // surname.
                if rule == .surname, index > 0, particleBefore(index, in: source, taken: taken) {
                    candidate = Candidate(
                        tokens: (index - 1)..<(index + 1), span: TextSpan(facts[index - 1].span.begin, fact.span.end),
                        type: type, priority: 0, match: .coreference, rule: rule)
                    candidate.link = source
                }
                out.append(candidate)
            }
        } } }
    }

    /// Whether the word, which ends in `s`, may have its stem without the `s` (or, `withoutES`, without a final
    /// `es`) in `bits`: the keys of `TokenFacts.foldedStems`, from the folded key back.
    @inline(__always)
    private func mayHaveListedStem(_ fact: TokenFacts, _ bits: KeyBits, withoutES: Bool, foldedS: UInt32) -> Bool {
        let stem1 = fact.folded.dropping(last: foldedS)
        if bits.mayContain(stem1) { return true }
        guard withoutES, fact.span.length >= 2 else { return false }
        return bits.mayContain(stem1.dropping(last: WordKey.fold(scalars[fact.span.end - 2])))
    }

    /// The surname key of a person's last two names joined by a hyphen (`Mikl-Leitner`, `al-Asir`), lower-cased: a
    /// particle opening the name alone is capitalised (`Al-Asir`).
    private func hyphenatedLastNames(_ tokens: Range<Int>) -> WordKey? {
        guard tokens.count >= 3, facts[tokens.upperBound - 3].hyphenJoinedAfter,
              facts[tokens.upperBound - 1].hyphenJoinedBefore else { return nil }
        let span = facts[tokens.upperBound - 3].span.begin..<facts[tokens.upperBound - 1].span.end
        return WordKey(scalars[span], folded: true).combined(with: Salt.surname)
    }

    /// A person's mention over `tokens` that takes up the full name at `full`.
    private func surnameLink(_ tokens: Range<Int>, to full: TextSpan) -> Candidate {
        var candidate = Candidate(
            tokens: tokens, span: TextSpan(facts[tokens.lowerBound].span.begin, facts[tokens.upperBound - 1].span.end),
            type: .person, priority: 0, match: .coreference, rule: .surname)
        candidate.link = full
        return candidate
    }

    /// Whether the full name `full` ends with the words at `first` and `last`, one space or hyphen between
    /// (`Kolinda Grabar Kitarovic` for `Grabar-Kitarovic`; `Ahmed al-Asir` for `Al-Asir`, the particle capitalised
    /// where it stands for the whole name).
    private func endsWithNames(_ full: TextSpan, _ first: Int, _ last: Int) -> Bool {
        let one = facts[first].span
        let two = facts[last].span
        let length = one.length + 1 + two.length
        guard full.length > length else { return false }
        let start = full.end - length
        let between = scalars[start + one.length]
        guard scalars[start - 1] == " ", between == " " || TokenFacts.isHyphen(between) else { return false }
        for offset in 0..<one.length
        where TokenForm.fold(scalars[start + offset]) != TokenForm.fold(scalars[one.begin + offset]) {
            return false
        }
        for offset in 0..<two.length where scalars[start + one.length + 1 + offset] != scalars[two.begin + offset] {
            return false
        }
        return true
    }

    /// Whether a lower-case name particle (`de`, `van`) stands before the surname at `index` and before the same
    /// surname at the end of the full name `full`.
    private func particleBefore(_ index: Int, in full: TextSpan, taken: CoveredScalars) -> Bool {
        let particle = facts[index - 1]
        let surname = facts[index].span
        guard particle.kind == .word, !particle.capitalised, particle.classes & WordClass.personLink != 0,
              !taken.any(particle.span) else { return false }
        // The full name's last two words, read from its end: the surname, one space, the particle.
        let fullParticleEnd = full.end - surname.length - 1
        let fullParticleBegin = fullParticleEnd - particle.span.length
        guard fullParticleBegin >= full.begin, scalars[fullParticleEnd] == " " else { return false }
        for offset in 0..<particle.span.length
        where scalars[fullParticleBegin + offset] != scalars[particle.span.begin + offset] { return false }
        return true
    }

    /// `Mubarak-Ära`, `Merkel-Regierung`: a name as the first part of a compound whose rest is a common noun
    /// (GUIDELINES.md: the name on its own span); not a double name (`Müller-Lüdenscheidt`).
    private func isCompoundOnName(_ index: Int) -> Bool {
        let rest = index + 2
        guard rest < facts.count, facts[rest].kind == .word, !facts[rest].hyphenJoinedAfter else { return false }
        return commonNouns.contains(facts[rest].folded)
    }

    /// A single capital letter and a period, not before a number (`S. 12` is a page).
    private func isInitialWithPeriod(_ index: Int) -> Bool {
        guard index >= 0, index + 1 < facts.count, facts[index].kind == .word, facts[index].span.length == 1,
              facts[index].capitalised, scalars[facts[index + 1].span.begin] == ".",
              facts[index + 1].span.length == 1 else { return false }
        guard index + 2 < facts.count else { return true }
        // `K. Marx`: an initial before a name is a first name's.
        let next = facts[index + 2]
        return next.kind != .number && !(next.kind == .word && next.capitalised && next.sentence == facts[index].sentence)
    }

    /// The exact key of `Candidate.canonicalName(in:_:)`, kept by the lexicon for a list match.
    private func canonicalKey(of candidate: Candidate) -> WordKey? {
        candidate.nameEntry >= 0
            ? lexicon.canonicalKey(ofEntry: candidate.nameEntry)
            : extras.canonical(of: candidate).map { WordKey($0, folded: false) }
    }

    /// The length in UTF-8 bytes of the name `canonicalKey(of:)` hashes, nil where it has none: equal names are
    /// equally long, and the length costs no pass over the name.
    private func canonicalLength(of candidate: Candidate) -> Int? {
        candidate.nameEntry >= 0
            ? lexicon.entries[Int(candidate.nameEntry)].canonicalBytes.count
            : extras.canonical(of: candidate)?.utf8.count
    }

    private static let emptyKey = WordKey("", folded: false)

    /// The fields `Candidate.precedes` compares first, apart from the candidate.
    private struct Rank {
        let span: TextSpan
        let priority: Int
        let type: Int
    }

    private static let definiteArticles = KeySet(
        ["der", "die", "das", "des", "dem", "den"].map { WordKey($0, folded: true) })
    private static let genitiveArticles = KeySet(
        ["der", "des", "eines", "einer"].map { WordKey($0, folded: true) })

    /// The token's folded key without a genitive `-s`/`-es` (`Landeskriminalamts` → `landeskriminalamt`).
    private func stem(_ index: Int) -> WordKey {
        let span = facts[index].span
        guard span.length > 5, scalars[span.end - 1] == "s" else { return facts[index].folded }
        let stems = facts[index].foldedStems(scalars)
        let cut = scalars[span.end - 2] == "e" && commonNouns.contains(stems.stem2) ? 2 : 1
        let stemKey = cut == 2 ? stems.stem2 : stems.stem1
        return commonNouns.contains(stemKey) ? stemKey : facts[index].folded
    }

    /// A preposition, a conjunction or a punctuation mark right before the word (`von Zielpunkt`, `Pfeiffer und
    /// Zielpunkt`, `, Zielpunkt`): no article or adjective makes a noun of it.
    private func isAfterPrepositionOrMark(_ index: Int) -> Bool {
        guard index > 0 else { return false }
        let previous = facts[index - 1]
        return previous.kind == .punctuation || Self.prepositions.contains(previous.folded)
            || Self.conjunctions.contains(previous.folded)
    }

    private static let conjunctions = KeySet(["und", "oder", "sowie"].map { WordKey($0, folded: true) })

    /// A surname that is also a noun (`Rest`, `Koch`, `Schneider`) refers back next to a role or speech verb,
    /// or where the noun would need a determiner or adjective before it and has none.
    private func isNameContext(_ index: Int) -> Bool {
        if besideCue(index) { return true }
        guard index > 0 else { return true }
        let previous = facts[index - 1]
        if FunctionWords.determiners.contains(previous.folded) { return false }
        // A lower-case word right before is an adjective of the noun where an article or a preposition stands before
        // it (`der alte Schneider`, `mit frischem Koch`); otherwise a verb or an adverb (`Dann kam Sardana`, a noun
        // too: a Catalan dance).
        guard previous.kind == .word, !previous.capitalised, previous.classes & WordClass.function == 0 else {
            return true
        }
        guard index >= 2 else { return false }
        let second = facts[index - 2].folded
        return !FunctionWords.determiners.contains(second) && !Self.prepositions.contains(second)
    }

    /// Whether a speech verb, role word or title stands right before or after the word at `index`.
    private func besideCue(_ index: Int) -> Bool {
        let before = index > 0 ? facts[index - 1].folded : WordKey(raw: 0)
        let after = index + 1 < facts.count ? facts[index + 1].folded : WordKey(raw: 0)
        return cueWords.contains(before) || cueWords.contains(after)
    }

    private static let prepositions = KeySet(
        "in im an am auf aus bei beim mit nach seit von vom vor zu zum zur über unter um durch für gegen ohne"
            .unicodeScalars.split(separator: " ").map { WordKey($0, folded: true) })

    /// `Tomas Zelenkauskas` or `Ansar Dine` again, at a sentence start or with no cue, where no rule found it:
    /// the same tokens as the full name.
    /// The full names are `accepted[first]` and the ones `next` chains to it, in order.
    private func repeatedName(
        at index: Int, _ accepted: [Candidate], from first: Int32, next: [Int32], taken: CoveredScalars
    ) -> Candidate? {
        var position = first
        while position >= 0 {
            let name = accepted[Int(position)]
            position = next[Int(position)]
            guard name.tokens.lowerBound != index && index + name.tokens.count <= facts.count else { continue }
            let tokens = index..<(index + name.tokens.count)
            guard zip(tokens, name.tokens).allSatisfy({ facts[$0].folded == facts[$1].folded }) else { continue }
            let span = TextSpan(facts[index].span.begin, facts[tokens.upperBound - 1].span.end)
            if taken.any(span) { continue }
            // A long form is whole by its definition: no cut-off words to fear after it.
            if name.type != .person && name.rule != .acronymDefinition && !standsAlone(tokens) { continue }
            var candidate = Candidate(
                tokens: tokens, span: span, type: name.type, priority: 0,
                match: .coreference, rule: name.type == .person ? .fullName : .repeatedName)
            candidate.link = name.span
            return candidate
        }
        return nil
    }

    /// An organisation's name again only where nothing continues it (`Global 2000`, `Ghost Games` were cut
    /// short where first found) and no number counts it (`10.000 Banater`: people, not the association).
    private func standsAlone(_ tokens: Range<Int>) -> Bool {
        if tokens.lowerBound > 0, facts[tokens.lowerBound - 1].kind == .number { return false }
        guard tokens.upperBound < facts.count else { return true }
        let next = facts[tokens.upperBound]
        return !(next.kind == .number || (next.kind == .word && next.capitalised && next.classes & WordClass.function == 0))
    }

    /// Inlined: asked for most capitalised words, which mostly fail the first tests.
    @inline(__always)
    private func genitiveSurname(_ index: Int, _ surnames: FirstSpans) -> TextSpan? {
        let span = facts[index].span
        guard !surnames.isEmpty, span.length >= 4, scalars[span.end - 1] == "s" else { return nil }
        return surnames[facts[index].foldedStems(scalars).stem1]
    }

    private func entities(
        of candidates: [Candidate], keeping arrays: CandidateArrays
    ) -> (mentions: [EntityMention], entities: EntityTable) {
        // Each entity's canonical key and the entry it was made from, and each candidate's entity: at most one entity
        // a candidate, so all fit in scratch memory made for the candidates (on the stack for most articles), where
        // three arrays were allocated and freed for every article.
        let count = candidates.count
        // So does the order the candidates are taken in.
        return withScratch(of: WordKey.self, capacity: count) { canonicalKeys in
            withScratch(of: Int32.self, capacity: 3 * count) { numbers in
                entities(
                    of: candidates, keeping: arrays, canonicalKeys: canonicalKeys,
                    firstIDEntries: UnsafeMutableBufferPointer(rebasing: numbers[..<count]),
                    entityOf: UnsafeMutableBufferPointer(rebasing: numbers[count..<(2 * count)]),
                    order: UnsafeMutableBufferPointer(rebasing: numbers[(2 * count)...]))
            }
        }
    }

    /// `entities(of:keeping:)` with room for the canonical keys and first entries of at most one entity per
    /// candidate, for each candidate's entity and for the order they are taken in.
    private func entities(
        of candidates: [Candidate], keeping arrays: CandidateArrays, canonicalKeys: UnsafeMutableBufferPointer<WordKey>,
        firstIDEntries: UnsafeMutableBufferPointer<Int32>, entityOf: UnsafeMutableBufferPointer<Int32>,
        order: UnsafeMutableBufferPointer<Int32>
    ) -> (mentions: [EntityMention], entities: EntityTable) {
        // This thread's entities and sources of lexicon entries, found once for the article.
        let entryStrings = self.entryStrings.local()
        // Entities live in an array while they grow, so adding a name mutates in place; names are compared by
        // exact word keys, so a string is built only for a new entity or a new alternate name.
        // The array becomes the table's values as it is: no entity is copied (which retained its every string).
        var list: [Entity] = []
        list.reserveCapacity(candidates.count)
        // (`firstIDEntries`: the entry each entity was made from, whose ids field it took: a repeated list match
        // brings nothing new and is not split again, and another entry's field is compared with that one, built
        // again only then.)
        // Sized for every candidate at once, so that they never grow on the way.
        // One table for all kinds of key, told apart by salts (`Salt`): an entity by type and canonical name, by
        // the span a link points to, a person by surname and by first word; the spans links point to, and each
        // entity's alternate names (by exact key combined with the entity's number), kept as keys alone. A table or
        // set each cost an allocation an article, and the small ones grew; this one has room for two keys a
        // candidate, which few articles outgrow (10kGNAD sets 1.4 a candidate; ten of its articles grow the table):
        // room for four cost every article the clearing of twice the slots.
        // The thread's table from the article before, cleared (`CandidateArrays.entityKeys`).
        var indexOfKey = KeyTable()
        swap(&indexOfKey, &arrays.entityKeys)
        indexOfKey.removeAll(reservingCapacity: 2 * candidates.count + 1)
        defer { swap(&indexOfKey, &arrays.entityKeys) }
        // The spans links point to: the entity at each is kept, and only those spans are asked. Few candidates carry
        // a link.
        var hasLinks = false
        for index in candidates.indices {
            if let link = candidates[index].link {
                indexOfKey.set(Self.spanKey(link).combined(with: Salt.linkTarget), 0)
                hasLinks = true
            }
        }
        // Full forms first, so links and short forms find the entity they refer to (`entityOrder(_:)`).
        Self.entityOrder(candidates, into: order)
        for position in order {
            let index = Int(position)
            let candidate = candidates[index]
            // A one-word mention's key is its token's, which the tokenizer made: no pass over its letters.
            let textKey = candidate.tokens.count == 1 && facts[candidate.tokens.lowerBound].span == candidate.span
                ? facts[candidate.tokens.lowerBound].exact
                : WordKey(scalars[candidate.span.begin..<candidate.span.end], folded: false)
            let target: Int
            if let link = candidate.link, let linked = indexOfKey[Self.spanKey(link)] {
                target = Int(linked)
            } else if candidate.type == .person, candidate.tokens.count == 1,
                      let full = indexOfKey[textKey.combined(with: Salt.surname)] {
                target = Int(full)
            } else if candidate.type == .person, candidate.tokens.count == 3,
                      let last = hyphenatedLastNames(candidate.tokens), let full = indexOfKey[last] {
                // `sagte der Sunnit Al-Asir` after `Ahmed al-Asir`: the last two names, hyphen-joined, alone.
                target = Int(full)
            } else if candidate.type == .person, candidate.tokens.count == 1,
                      let full = indexOfKey[textKey.combined(with: Salt.firstWord)] {
                // `sagte Zeid` after `Zeid Raad al-Hussein`: called by the first name, as the coreference scan
                // does for such names no rule found.
                target = Int(full)
            } else {
                // A list entry named again in the article is the entity it named before: the entity is found by the
                // entry and type, and its canonical name's key is not looked up again.
                let entryKey = Self.entryKey(candidate.nameEntry, candidate.type)
                if candidate.nameEntry >= 0, let known = indexOfKey[entryKey] {
                    target = Int(known)
                } else {
                    let canonicalKey = candidate.nameEntry >= 0
                        ? lexicon.canonicalKey(ofEntry: candidate.nameEntry)
                        : extras.canonical(of: candidate).map { WordKey($0, folded: false) } ?? textKey
                    let key = Self.typeKey(candidate.type).combined(with: canonicalKey)
                    if let existing = indexOfKey[key] {
                        target = Int(existing)
                    } else {
                        target = list.count
                        let entity: Entity
                        if candidate.nameEntry >= 0 {
                            let entry = lexicon.entries[Int(candidate.nameEntry)]
                            entity = entryStrings.entity(entry: candidate.nameEntry, type: candidate.type) {
                                Entity(
                                    type: candidate.type, canonicalName: lexicon.canonical(of: entry),
                                    externalIDs: Self.sortedIDs(lexicon.idsField(of: entry)))
                            }
                        } else {
                            let canonical = extras.canonical(of: candidate)
                                ?? texts.text(of: candidate.span)
                            entity = Entity(type: candidate.type, canonicalName: canonical)
                        }
                        // Moved, not copied: a copy retained the entity's four strings and arrays, released after.
                        list.append(consume entity)
                        canonicalKeys[target] = canonicalKey
                        firstIDEntries[target] = candidate.nameEntry
                        indexOfKey.set(key, Int32(target))
                    }
                    if candidate.nameEntry >= 0 { indexOfKey.set(entryKey, Int32(target)) }
                }
                if candidate.type == .person && candidate.tokens.count >= 2 {
                    let surname = facts[candidate.tokens.upperBound - 1].exact.combined(with: Salt.surname)
                    if indexOfKey[surname] == nil { indexOfKey.set(surname, Int32(target)) }
                    let first = facts[candidate.tokens.lowerBound].exact.combined(with: Salt.firstWord)
                    if indexOfKey[first] == nil { indexOfKey.set(first, Int32(target)) }
                    if candidate.tokens.count >= 4, let last = hyphenatedLastNames(candidate.tokens),
                       indexOfKey[last] == nil {
                        indexOfKey.set(last, Int32(target))
                    }
                }
            }
            let alternateKey = textKey.combined(with: WordKey(raw: UInt64(target))).combined(with: Salt.alternate)
            if textKey != canonicalKeys[target] && indexOfKey[alternateKey] == nil {
                indexOfKey.set(alternateKey, 0)
                let name = texts.text(of: candidate.span)
                // Most entities have one alternate name at most: an array of one made whole, where the first append
                // to the empty array went through its growth path.
                if list[target].alternateNames.isEmpty {
                    list[target].alternateNames = [name]
                } else {
                    list[target].alternateNames.append(name)
                }
            }
            // The same entry as the entity's first brings the same ids: no string to build. Nor for another entry
            // that lists the same ids (most do: `Deutschland`, `Deutschlands`), compared where the bytes lie: both
            // fields were decoded into strings, compared and released for every such candidate.
            if candidate.nameEntry >= 0, candidate.nameEntry != firstIDEntries[target],
               lexicon.hasIDsField(candidate.nameEntry),
               !lexicon.sameIDsField(candidate.nameEntry, firstIDEntries[target]),
               case let idsField = candidate.idsField(in: lexicon)
            {
                var added = false
                for id in Candidate.ids(idsField) where !list[target].externalIDs.contains(id) {
                    list[target].externalIDs.append(id)
                    added = true
                }
                if added { list[target].externalIDs.sort() }
            }
            if hasLinks, case let spanKey = Self.spanKey(candidate.span),
               indexOfKey[spanKey.combined(with: Salt.linkTarget)] != nil {
                indexOfKey.set(spanKey, Int32(target))
            }
            entityOf[index] = Int32(truncatingIfNeeded: target)
        }
        // Alternate names sorted once an entity has all of its own, not after each one: most have one or none.
        for index in list.indices where list[index].alternateNames.count > 1 { list[index].alternateNames.sort() }
        var mentions: [EntityMention] = []
        mentions.reserveCapacity(candidates.count)
        for index in candidates.indices {
            let provenance: Provenance
            let sourceEntry = candidates[index].sourceEntry
            if sourceEntry >= 0 {
                // A name mentioned again, in this article or an earlier one, has the same `file:line` source.
                let source = entryStrings.source(entry: sourceEntry) {
                    lexicon.source(of: lexicon.entries[Int(sourceEntry)])
                }
                provenance = Provenance(match: candidates[index].match, source: source)
            } else {
                provenance = candidates[index].provenance(in: lexicon)
            }
            mentions.append(EntityMention(
                span: candidates[index].span, type: candidates[index].type, entityKey: list[Int(entityOf[index])].key,
                provenance: provenance))
        }
        // Keys were made distinct above (`indexOfKey`).
        return (mentions, EntityTable(uniqueEntities: list))
    }

    /// Positions of `candidates` in the order `entities(of:)` takes them: unlinked before linked, a person's one-word
    /// name after every longer name (so that `Klubobmann Schieder` in a headline finds `Andreas Schieder`), then in
    /// document order (`TextSpan.<`), ties kept in their order (a stable sort); written into `order`, as many as
    /// `candidates`.
    ///
    /// The two flags, the span and the position are packed into one integer per candidate and those integers sorted:
    /// sorting positions with a closure that read each one's fields cost more than the rest of the ordering, and the
    /// fields were copied into an array of their own first.
    private static func entityOrder(_ candidates: [Candidate], into order: UnsafeMutableBufferPointer<Int32>) {
        // `resolve` hands the candidates over in document order (`precedesInDocument`: equal spans by type rank, the
        // order the sort below keeps them in): then the order is theirs, split into the four groups by the two
        // flags, each group kept in order, and nothing is sorted (the sort was most of this order's cost).
        if isInDocumentOrder(candidates) {
            partitionByLinkAndAlone(candidates, into: order)
            return
        }
        let count = candidates.count
        // Linked, alone, start ascending, end descending and position: 1, 1, 24, 24 and 14 bits.
        let fits = count < 1 << 14 && candidates.allSatisfy { $0.span.begin >= 0 && $0.span.end < 1 << 24 }
        guard fits else {
            let sorted = candidates.indices.sorted { lhs, rhs in
                let left = candidates[lhs]
                let right = candidates[rhs]
                if (left.link != nil) != (right.link != nil) { return left.link == nil }
                let leftAlone = left.type == .person && left.tokens.count == 1
                let rightAlone = right.type == .person && right.tokens.count == 1
                if leftAlone != rightAlone { return rightAlone }
                return left.span < right.span
            }
            for (position, index) in sorted.enumerated() { order[position] = Int32(truncatingIfNeeded: index) }
            return
        }
        withScratch(of: UInt64.self, capacity: count) { keys in
            for index in 0..<count {
                let span = candidates[index].span
                let linked: UInt64 = candidates[index].link != nil ? 1 : 0
                let alone: UInt64 = candidates[index].type == .person && candidates[index].tokens.count == 1 ? 1 : 0
                keys[index] = linked << 63 | alone << 62 | UInt64(span.begin) << 38
                    | UInt64((1 << 24) - 1 - span.end) << 14 | UInt64(index)
            }
            KeySort.sort(keys)
            for index in 0..<count { order[index] = Int32(truncatingIfNeeded: keys[index] & 0x3FFF) }
        }
    }

    /// `entityOrder(_:into:)` for candidates in document order: their positions, unlinked before linked and, within
    /// each, a person's one-word name after the others, in the candidates' order within each of the four groups.
    private static func partitionByLinkAndAlone(
        _ candidates: [Candidate], into order: UnsafeMutableBufferPointer<Int32>
    ) {
        @inline(__always) func group(_ candidate: Candidate) -> Int {
            (candidate.link != nil ? 2 : 0) + (candidate.type == .person && candidate.tokens.count == 1 ? 1 : 0)
        }
        // Each group's next place: its size counted first, then the sizes of the groups before it summed.
        var next = SIMD4<Int>()
        for index in candidates.indices { next[group(candidates[index])] += 1 }
        next = SIMD4(0, next[0], next[0] + next[1], next[0] + next[1] + next[2])
        for index in candidates.indices {
            let group = group(candidates[index])
            order[next[group]] = Int32(truncatingIfNeeded: index)
            next[group] += 1
        }
    }

    /// The ids of a field in order; most fields hold one id or none, which need no sort (and no copy).
    private static func sortedIDs(_ field: String) -> [String] {
        let ids = Candidate.ids(field)
        return ids.count > 1 ? ids.sorted() : ids
    }

    /// What tells the kinds of key in `entities(of:)`'s one table apart (`typeKey` and `spanKey` are the others).
    private enum Salt {
        static let surname = WordKey(raw: 4)
        static let firstWord = WordKey(raw: 5)
        static let entry = WordKey(raw: 6)
        static let linkTarget = WordKey(raw: 7)
        static let alternate = WordKey(raw: 8)
    }

    private static func spanKey(_ span: TextSpan) -> WordKey {
        WordKey(raw: UInt64(truncatingIfNeeded: span.begin) << 32 | UInt64(truncatingIfNeeded: span.end))
            .combined(with: WordKey(raw: 1))
    }

    /// The key of lexicon entry `entry` named as `type`, told apart from the other keys by its salt.
    private static func entryKey(_ entry: Int32, _ type: EntityType) -> WordKey {
        WordKey(raw: UInt64(truncatingIfNeeded: entry) << 2 | UInt64(type.rank)).combined(with: Salt.entry)
    }

    private static func typeKey(_ type: EntityType) -> WordKey {
        switch type {
        case .person: WordKey(raw: 1)
        case .organization: WordKey(raw: 2)
        case .place: WordKey(raw: 3)
        }
    }
}

/// The first span recorded for each word key, in a table and an array shared with the scan's other kinds of key
/// (`Store`), its own told apart by a salt: a look-up hashes no `WordKey` again.
struct FirstSpans {
    /// What all of one scan's `FirstSpans` record into: one allocation each for the object, the table and the
    /// spans, where every kind had a table and an array of its own.
    final class Store {
        // Only one scan uses a store, on one thread: the run-time exclusivity checks would cost more than the reads.
        @exclusivity(unchecked) var table: KeyTable
        @exclusivity(unchecked) var spans: [TextSpan] = []
        /// The coreference scan's chains of full names (`-1` ends one), kept here to be reused with the rest.
        @exclusivity(unchecked) var nextFullName: [Int32] = []

        init(capacity: Int) {
            table = KeyTable(capacity: capacity)
            spans.reserveCapacity(capacity)
        }

        /// Empties the store for `capacity` keys and `names` unchained full names: the coreference scan keeps one
        /// for each thread (`ResolverLists.coreferenceStores`) and clears it, where making the object, its table
        /// and arrays for every article cost more than the scan's set-up.
        func reset(capacity: Int, names: Int) {
            table.removeAll(reservingCapacity: capacity)
            spans.removeAll(keepingCapacity: true)
            nextFullName.removeAll(keepingCapacity: true)
            nextFullName.append(contentsOf: repeatElement(-1, count: names))
        }
    }

    private let store: Store
    private let salt: WordKey
    private(set) var isEmpty = true
    /// One bit per recorded key (`KeyBits`): the coreference scan asks every capitalised word, few of which are
    /// recorded, and a clear bit answers without a probe of the table (an empty table has no bits).
    private(set) var bits = KeyBits()

    init(_ store: Store, salt: UInt64) {
        self.store = store
        self.salt = WordKey(raw: salt)
    }

    /// Inlined: the coreference scan asks it several times for every capitalised word, and the call cost about as
    /// much as the look-up.
    @inline(__always)
    subscript(key: WordKey) -> TextSpan? {
        bits.mayContain(key) ? store.table[key.combined(with: salt)].map { store.spans[Int($0)] } : nil
    }

    mutating func addFirst(_ key: WordKey, _ span: TextSpan) {
        let salted = key.combined(with: salt)
        guard store.table[salted] == nil else { return }
        store.table.set(salted, Int32(store.spans.count))
        store.spans.append(span)
        bits.insert(key)
        isEmpty = false
    }
}

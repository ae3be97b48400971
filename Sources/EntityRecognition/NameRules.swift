import NewsGraphCore

/// Rules for names in no list: people after role words, first names, speech verbs and in appositions;
/// organisations from acronym definitions, legal forms and designations with a seat; places after
/// place-type words and street names.
///
/// A class, so the closures that fill `LazyFlags` capture one reference instead of copying every array.
final class NameRules {
    /// The document's code points and sentences, not the whole document: a copy of it retained and released every
    /// one of its arrays for each article.
    let scalars: [Unicode.Scalar]
    let sentences: [Sentence]
    let facts: [TokenFacts]
    let words: RuleWords
    let sharedLexicon: SharedLexicon
    var lexicon: NameLexicon { sharedLexicon.lexicon }
    /// List matches by first token, to see which words a list already names.
    let listMatches: [Candidate]
    /// Canonical names of the list matches and of the candidates made here.
    let extras: CandidateExtras
    /// The type and priority of the list match that covers each token, if any (the highest priority's).
    private let listType: ListTypes
    /// First tokens of one-word places matched only as ambiguous (`Sachsen`, also a people's plural): a local
    /// body's type word before one makes an organisation's name of it (`Verein Sachsen`). And of one-word
    /// organisations matched only as ambiguous (`Ford`, `Porsche`, also first names): after an article such a word
    /// opens a product's name (`den Ford Transit`).
    private let ambiguousStarts: AmbiguousStarts
    private let listPriority: ListPriorities
    /// Common nouns, listed or (capitalised) as the last part of a compound: `isNoun`, computed on demand.
    private let nounLike: LazyFlags
    /// Role words, also as the last part of a compound (`Polizeisprecher`, `Privatbeteiligtenvertreterin`): `roleLike`.
    private let roleFlags: LazyFlags
    private let listedNouns: LazyFlags
    /// Unambiguous list matches in order of their first token, a token's matches found by binary search: few
    /// tokens are asked, and a table of offsets was summed over every token of every article.
    private let startingMatches: [Candidate]
    /// Every one of `startingMatches` gave its first token a type in `listType` (a priority below 0, or no tokens,
    /// would not): then a token without one starts none of them.
    private let startsTyped: Bool
    /// The literal tokens the token loop and the rules compare with, read once per document instead of through a
    /// global's lazy initialisation check on every token; made once for the process, in one value, where a
    /// property each cost a check of its own per document (and those spelt out here a hash of their letters).
    private let keys = LiteralKeys.shared
    private let streetSuffixes = NameRules.streetSuffixes
    /// `Literal.englishHeads` as a set: the English-name rule asks it of every capitalised word after another, and
    /// comparing the key with each of the twenty-one words was most of that rule's time.
    private let englishHeads = NameRules.englishHeadSet
    private static let englishHeadSet = KeySet(Literal.englishHeads)
    /// `Literal.qualifiedHeads` as a set, asked before `isQualifiedHead(_:in:)`: thousands of words pass the one-word
    /// filter and are no head, and that test's list comparisons cost several times a probe.
    private let qualifiedHeads = NameRules.qualifiedHeadSet
    private static let qualifiedHeadSet = KeySet(Literal.qualifiedHeads)
    /// `Literal.definiteArticles` and `Literal.fusedArticles` as one set, asked before every capitalised word
    /// after another word: a search of both lists compared the key with each of their twenty-three words. Not a
    /// stored property: the object's 1,024 bytes are the most `malloc` serves from its per-thread cache, and one
    /// byte more cost every article a slower allocation.
    private static let articles = KeySet(Literal.definiteArticles + Literal.fusedArticles)
    /// A two-word filter of `englishHeads`, `qualifiedHeads` and `acronymHeads`, asked first: most capitalised words
    /// fail it without a probe of the sets (one word of bits let through more than half of them).
    private static let englishHeadBits = WideKeyBits(
        Literal.englishHeads + Literal.qualifiedHeads + Literal.acronymHeads)
    /// `Literal.acronymHeads` as a set; static, read once per document into a local: a stored property would grow
    /// the rules' object past the size malloc serves from its per-thread cache.
    private static let acronymHeadSet = KeySet(Literal.acronymHeads)
    /// `Literal.purposeLinksBeyondFuer` as a pair, asked of every lower-case word the token loop's filter lets
    /// through: a search of the list cost a loop. Static, as `acronymHeadSet` is.
    private static let purposeLinks = LiteralPair(Literal.purposeLinksBeyondFuer)
    /// A one-word filter of the lower-case words that start a rule by their exact key (`so`, `namens`, `von`, `in`,
    /// `nach`, `für`): with the word classes, it rules out most lower-case words at once, where the six
    /// comparisons ran for every one of them.
    private static let lowercaseStartBits = KeyBits(
        [Literal.so[0], Literal.namens[0], Literal.von[0], WordKey("in", folded: false),
         WordKey("nach", folded: false), Literal.fuer[0]] + Literal.purposeLinksBeyondFuer)
    /// The memory of `listType`, `listPriority` and the lazy flags.
    private let columns: UnsafeMutableRawPointer

    /// `kept` is the thread's array for the unambiguous list matches, taken where the article has ambiguous ones
    /// (`handBackStartingMatches(to:)` gives it back).
    init(
        scalars: [Unicode.Scalar], sentences: [Sentence], facts: [TokenFacts], words: RuleWords, lexicon: SharedLexicon,
        listMatches: [Candidate], extras: CandidateExtras, kept: inout [Candidate]
    ) {
        self.scalars = scalars
        self.sentences = sentences
        self.extras = extras
        self.facts = facts
        self.words = words
        sharedLexicon = lexicon
        self.listMatches = listMatches
        // The per-token columns in one allocation, freed in `deinit`: two arrays and three objects a document cost
        // more to allocate, fill and free than the rules' reads of them.
        let count = max(facts.count, 1)
        // (A fifth byte a token for `ambiguousStarts`, filled only where there are ambiguous matches.)
        let memory = allocateScratch(byteCount: count * (MemoryLayout<Int>.stride + 5))
        columns = memory
        let bytes = memory + count * MemoryLayout<Int>.stride
        bytes.initializeMemory(as: UInt8.self, repeating: 0xFF, count: count * 4)
        // Priorities are not filled: one is written with every type and read only where a type is (0 before).
        let listPriority = ListPriorities(base: memory.bindMemory(to: Int.self, capacity: count), count: facts.count)
        let listType = ListTypes(base: bytes.assumingMemoryBound(to: UInt8.self), count: facts.count)
        // Most articles have no ambiguous match: then the list is shared, not copied candidate by candidate, and
        // fields are read in place.
        var starting = listMatches
        // The ambiguous one-word places and organisations are marked in the same pass, and only where there are
        // ambiguous matches: two more passes over every article's matches found none in most. Marked in the
        // rules' memory, where two arrays grew by appending in most articles that have any.
        var ambiguousMarks: UnsafeMutablePointer<UInt8>?
        if listMatches.contains(where: \.ambiguous) {
            let marks = (bytes + 4 * count).initializeMemory(as: UInt8.self, repeating: 0, count: count)
            ambiguousMarks = marks
            // Room made once, in the thread's array from an earlier article: `filter` grew its result by doubling
            // from one, and an array made for each article cost an allocation and its release.
            starting = KeptArray.takeEmptied(&kept)
            starting.reserveCapacity(listMatches.count)
            for match in listMatches {
                if !match.ambiguous {
                    starting.append(match)
                } else if match.tokens.count == 1 {
                    if match.type == .place && !match.genitive {
                        marks[match.tokens.lowerBound] |= AmbiguousStarts.place
                    } else if match.type == .organization {
                        marks[match.tokens.lowerBound] |= AmbiguousStarts.organisation
                    }
                }
            }
        }
        var startsTyped = true
        // The matcher emits matches by first token already (checked in the same pass); a stable sort keeps their
        // order within a token.
        var sorted = true
        var lastStart = Int.min
        for position in starting.indices {
            let priority = starting[position].priority
            let tokens = starting[position].tokens
            if priority < 0 || tokens.isEmpty { startsTyped = false }
            if tokens.lowerBound < lastStart { sorted = false }
            lastStart = tokens.lowerBound
            for index in tokens where priority >= (listType[index] == nil ? 0 : listPriority[index]) {
                listType[index] = starting[position].type
                listPriority[index] = priority
            }
        }
        if !sorted {
            let order = starting.indices.sorted {
                starting[$0].tokens.lowerBound != starting[$1].tokens.lowerBound
                    ? starting[$0].tokens.lowerBound < starting[$1].tokens.lowerBound : $0 < $1
            }
            starting = order.map { starting[$0] }
        }
        self.listType = listType
        self.listPriority = listPriority
        ambiguousStarts = AmbiguousStarts(base: ambiguousMarks, count: facts.count)
        startingMatches = starting
        self.startsTyped = startsTyped
        listedNouns = LazyFlags(values: (bytes + count).assumingMemoryBound(to: Int8.self), count: facts.count)
        nounLike = LazyFlags(values: (bytes + 2 * count).assumingMemoryBound(to: Int8.self), count: facts.count)
        roleFlags = LazyFlags(values: (bytes + 3 * count).assumingMemoryBound(to: Int8.self), count: facts.count)
    }

    deinit { freeScratch(columns) }

    /// Gives the array of unambiguous list matches to `kept` for the thread's next article, where it was taken from
    /// it (the article has ambiguous matches): the other articles share the list matches' own array.
    func handBackStartingMatches(to kept: inout [Candidate]) {
        if ambiguousStarts.base != nil { kept = startingMatches }
    }

    /// Appends the rules' candidates to `out`, which the caller has made room in: returned as an array of their own,
    /// they were copied once more to follow the list matches.
    func appendCandidates(to out: inout [Candidate]) {
        // Read once, not through a global's lazy initialisation check on every token.
        let englishHeadBits = Self.englishHeadBits
        let lowercaseStartBits = Self.lowercaseStartBits
        let eastAsian = sharedLexicon.eastAsianNames
        let articles = Self.articles
        let acronymHeads = Self.acronymHeadSet
        let purposeLinks = Self.purposeLinks
        let genitiveNamedHeads = Self.genitiveNamedHeads
        // The facts and code points read here through pointers, without bounds checks: this loop visits every token.
        // The rules themselves read `self.facts`.
        scalars.withUnsafeBufferPointer { scalars in facts.withUnsafeBufferPointer { facts in
            for sentence in sentences {
                let range = sentence.tokenRange
                // Each rule starts only on the kind of token it can start on. A rule is called only where the first
                // test of its guard, asked here, passes (a word class, a capitalised next word): most words pass none,
                // and a call per rule and word cost more than the tests themselves.
                // (A `while` loop, not `for index in range`: the range's iterator checked each index against the
                // upper bound twice, once to stop and once more as a precondition.)
                var next = range.lowerBound
                while next < range.upperBound {
                    let index = next
                    next &+= 1
                    // Each case reads the token's facts it needs: copied whole before the switch, every token paid
                    // for fields only capitalised words read.
                    switch facts[index].kind {
                    case .word where facts[index].capitalised:
                        let fact = facts[index]
                        let classes = fact.classes
                        let capitalisedNext = index + 1 < range.upperBound && facts[index + 1].capitalised
                        // The last letter, which several tests below ask (folded only for words of eight letters or
                        // more, the only ones those ask it of; 0, which no test wants, for the others).
                        let last = scalars[fact.span.end &- 1]
                        let longLast = fact.span.length >= 8 ? WordKey.fold(last) : 0
                        if capitalisedNext, fact.exact == keys.capitalIn || fact.exact == keys.capitalNach {
                            unlistedPlace(after: index, in: range, &out)
                        }
                        // The first tests of `roleLike` and `descriptionLike`, asked here: a role or description
                        // word is listed, or a compound of seven or eight letters or more.
                        if capitalisedNext && (classes & WordClass.role != 0 || fact.span.length >= 7) {
                            roleName(at: index, in: range, &out)
                        }
                        if capitalisedNext, classes & (WordClass.description | WordClass.nationality) != 0
                            || fact.span.length >= 8 {
                            descriptionName(at: index, in: range, &out)
                        }
                        // (The marks `markedBareName` needs, asked here: an age before the word or a bracket after
                        // it. Nearly every word lacks both, and a call to find so cost more than the tests.)
                        if !capitalisedNext {
                            let aged = index > range.lowerBound && Self.endsLikeAge(facts[index - 1].span, scalars)
                                && isAge(index - 1)
                            if aged || index + 1 < range.upperBound && facts[index + 1].exact == keys.open {
                                markedBareName(at: index, in: range, aged: aged, &out)
                            }
                        }
                        if classes & WordClass.firstName != 0 {
                            firstName(at: index, in: range, &out)
                        } else if capitalisedNext {
                            initialName(at: index, in: range, &out)
                        }
                        // (Family names are short, `Nguyen`, `Chuang`: only such words before a capitalised one
                        // are looked up.)
                        if capitalisedNext, fact.span.length <= 6, let eastAsian,
                           let tradition = eastAsian.tradition(ofFamilyName: fact.exact) {
                            eastAsianName(at: index, tradition: tradition, names: eastAsian, in: range, &out)
                        }
                        if classes & WordClass.legalFormStart != 0 { legalForm(at: index, in: range, &out) }
                        if longLast == 0x68 {
                            legalFormCompound(at: index, in: range, &out)
                        }
                        // Asked only after a capitalised word or before `of`: English names run in capitals.
                        if englishHeadBits.mayContain(fact.exact) {
                            if index > range.lowerBound && facts[index - 1].capitalised
                                || index + 1 < range.upperBound
                                    && (facts[index + 1].exact == keys.of || facts[index + 1].exact == keys.for),
                               englishHeads.contains(fact.exact)
                                || qualifiedHeads.contains(fact.exact) && isQualifiedHead(index, in: range) {
                                englishOrganisation(at: index, in: range, &out)
                            } else if index > range.lowerBound, facts[index - 1].capitalised,
                                      acronymHeads.contains(fact.exact) {
                                englishOrganisation(at: index, in: range, afterAcronym: true, &out)
                            }
                        }
                        if fact.allCaps && index > range.lowerBound { acronymAfterType(at: index, in: range, &out) }
                        if fact.allCaps && capitalisedNext { branchWithSeat(at: index, in: range, &out) }
                        // (Asked only where a listed organisation covers the word: one read, where the rule's
                        // search of the list's starts cost a binary search for every capitalised word. Not only
                        // before a capitalised word: `Terre des Hommes Niederlande`.)
                        if !fact.allCaps && listType[index] == .organization {
                            nationalBranch(at: index, in: range, &out)
                        }
                        if classes & WordClass.personTitle != 0 { titledName(at: index, in: range, &out) }
                        // (A word that may end in a genitive `designationCut(_:)` finds: the test before its look-ups.
                        // The cut itself asked here too: most such words have none, and the rule's call cost more.)
                        if classes & WordClass.designation != 0
                            || fact.span.length > 4 && last == "s" && designationCut(index) > 0 {
                            designation(at: index, in: range, &out)
                        }
                        // The first tests the three rules end in, asked here: a place type word is listed or of
                        // seven letters or more (`isPlaceType`), a town's adjective ends in `-r` (`isSeatAdjective`).
                        let mayBePlaceType = classes & WordClass.placeType != 0 || fact.span.length >= 7
                        if capitalisedNext {
                            if mayBePlaceType { placeType(at: index, in: range, &out) }
                            if last == "r" && fact.span.length >= 5 {
                                townFacility(at: index, in: range, &out)
                                townOrganisation(at: index, in: range, &out)
                            }
                        } else if mayBePlaceType, index + 1 < range.upperBound && facts[index + 1].hyphenJoinedAfter {
                            placeType(at: index, in: range, &out)
                        }
                        if capitalisedNext, keys.estateHeadBits.mayContain(fact.exact),
                           isText(index, .estateHeads) {
                            namedEstate(at: index, in: range, &out)
                        }
                        // (A dateline's first part, one or two capitalised words, ends in a dash or a slash: after
                        // most sentences' first word neither comes.)
                        if fact.firstInSentence && fact.sentence <= 3, index + 2 < range.upperBound,
                           facts[index + 1].kind == .punctuation
                            || facts[index + 1].capitalised && facts[index + 2].kind == .punctuation {
                            dateline(at: index, in: range, &out)
                        }
                        if fact.hyphenJoinedBefore, isText(index, keys.kreis) {
                            districtCompound(endingAt: index, in: range, &out)
                        }
                        // The last two letters of the street words and the buildings' heads asked here (`-ße`,
                        // `-er`, `-om`): most long words end otherwise, and a call to find so cost more than the test.
                        if !fact.firstInSentence && longLast != 0 {
                            let before = WordKey.fold(scalars[fact.span.end &- 2])
                            if Self.isStreetEnding(longLast, before) { street(at: index, &out) }
                            if Self.isBuildingEnding(longLast, before) { namedBuilding(at: index, &out) }
                        }
                        if classes & WordClass.masthead != 0 { mediaTitle(at: index, in: range, &out) }
                        // Compounds ending in a type word (`Islamistengruppe`) are eight letters or more; a
                        // company's `-Tochter` or `-Mutter` is joined by a hyphen (`Lufthansa-Tochter`). Every name
                        // the rule finds starts with a capitalised word right after the type word, so the suffix test
                        // (most of the rule's cost, asked of every long word) waits for one.
                        // (Or a quotation mark: `die Ransomware-Gruppe "LockNest"`.)
                        // (The word's own tests first: they read what is at hand, and most words fail them.)
                        if classes & WordClass.orgTypeWord != 0 || fact.span.length >= 8
                            || fact.hyphenJoinedBefore && isText(index, keys.relatedCompany),
                           capitalisedNext || index + 2 < range.upperBound && facts[index + 2].capitalised
                            && isQuoteMark(index + 1) {
                            typedOrganisation(at: index, in: range, &out)
                        }
                        if fact.hyphenJoinedAfter {
                            organisationBeforeRole(at: index, in: range, &out)
                            // (`namedFacility` wants a capitalised word after the hyphen and a first part in no list:
                            // most such compounds are a listed name's, `SPÖ-Chef`.)
                            if !fact.hyphenJoinedBefore, listType[index] == nil, index + 2 < range.upperBound,
                               facts[index + 2].capitalised {
                                namedFacility(at: index, in: range, &out)
                            }
                        }
                        if classes & WordClass.clubPrefix != 0 { sportsClub(at: index, in: range, &out) }
                        // (Only right after an article: the rule's first test.)
                        if capitalisedNext, !fact.firstInSentence, index > range.lowerBound,
                           articles.contains(facts[index - 1].exact) {
                            bodyNamedByAdjective(at: index, in: range, &out)
                        }
                        // (Not `Bund` alone: `den Bund der Ehe`.)
                        // (The next word's first letter first: the list's look-up cost more, at every noun.)
                        if !capitalisedNext, fact.span.length >= 5, index + 2 < range.upperBound,
                           scalars[facts[index + 1].span.begin] == "d", isText(index + 1, keys.genitiveArticles),
                           endsInHead(index, of: genitiveNamedHeads) {
                            bodyNamedByField(at: index + 1, in: range, genitive: true, &out)
                        }
                        if !capitalisedNext, classes & WordClass.personLink != 0, isCapitalParticle(index, in: range) {
                            // `so Van der Bellen`, `Van der Bellens Sieg`: the surname alone.
                            out.append(person(index..<(index + 3), priority: RulePriority.speech, rule: .particleName))
                        }
                    case .word:
                        let fact = facts[index]
                        let classes = fact.classes
                        guard classes & (WordClass.speechVerb | WordClass.legalFormStart) != 0
                            || lowercaseStartBits.mayContain(fact.exact) else { break }
                        if classes & WordClass.speechVerb != 0 || fact.exact == keys.so {
                            speech(at: index, in: range, &out)
                        }
                        if fact.exact == keys.namens { namedAs(at: index, in: range, &out) }
                        if fact.exact == keys.von { townOfOffice(at: index, in: range, &out) }
                        if fact.exact == keys.lowerIn || fact.exact == keys.lowerNach {
                            unlistedPlace(after: index, in: range, &out)
                        }
                        if fact.exact == keys.fuer {
                            bodyNamedByField(at: index, in: range, &out)
                        } else if purposeLinks.contains(fact.exact) {
                            bodyNamedByField(at: index, in: range, purpose: true, &out)
                        }
                        if classes & WordClass.legalFormStart != 0 { legalForm(at: index, in: range, &out) }
                    case .punctuation:
                        // Punctuation has no word classes: only the comma starts `speech` and `roleApposition`.
                        let fact = facts[index]
                        if fact.exact == keys.comma {
                            // (`speech` asks a comma for a name right before it, which ends in a capitalised word.)
                            if index > range.lowerBound, facts[index - 1].kind == .word, facts[index - 1].capitalised {
                                speech(at: index, in: range, &out)
                            }
                            // (`roleApposition` needs a name to open after the comma: a capitalised word, a particle or
                            // a title there, or a capitalised word after a word that is no function word or adjective.
                            // After most commas there is none, and a call to find so cost more than the test.)
                            if index + 2 < range.upperBound, facts[index + 1].capitalised
                                || facts[index + 1].classes & (WordClass.personLink | WordClass.personTitle) != 0
                                || facts[index + 2].capitalised
                                    && facts[index + 1].classes & (WordClass.function | WordClass.descriptive) == 0 {
                                roleApposition(at: index, in: range, &out)
                            }
                        }
                        if fact.exact == keys.open { acronymDefinition(at: index, in: range, &out) }
                    default:
                        // (A road's number is a capital and one to three digits: `A4`, `B311`.)
                        let span = facts[index].span
                        if span.length >= 2, span.length <= 4, index > range.lowerBound,
                           ScalarClass.isUpper(scalars[span.begin]), facts[index].kind == .number {
                            road(at: index, in: range, &out)
                        }
                    }
                }
            }
        } }
        appendEllipticCoordinations(to: &out)
    }

    // MARK: Token tests

    private func isWord(_ index: Int) -> Bool { facts[index].kind == .word }
    private func classOf(_ index: Int) -> UInt16 {
        facts[index].classes
    }

    private func has(_ index: Int, _ bit: UInt16) -> Bool { classOf(index) & bit != 0 }
    private func isFunction(_ index: Int) -> Bool { has(index, WordClass.function) }
    /// The noun set is the one large list (a quarter million forms), so it is asked apart and only when needed.
    /// Inlined, as `isDescriptive`, `isInitial` and `mayOpenPersonRun` are: the rules ask these of tens of thousands
    /// of words a pass, and each call cost about as much as its test.
    @inline(__always)
    private func isListedNoun(_ index: Int) -> Bool {
        listedNouns.value(index) { words.isCommonNoun(facts[index].folded) }
    }
    private func isFirstName(_ index: Int) -> Bool { has(index, WordClass.firstName) }
    /// A particle inside people's names (`FunctionWords.personLinks`), by its class bit: one read, where asking
    /// the set hashed into it through the global's lazy initialisation check.
    private func isNameParticle(_ index: Int) -> Bool { has(index, WordClass.personLink) }
    private func isSurname(_ index: Int) -> Bool { has(index, WordClass.surname) }
    /// The whole answer kept per token, not only the compound guess's: rules ask it of the same words over and over.
    private func isNoun(_ index: Int) -> Bool {
        nounLike.value(index) {
            let fact = facts[index]
            if isListedNoun(index) { return true }
            // (Capitals inside, `McDonald`, make no compound noun: the token's flag, where a scan of its letters
            // cost as much as the rest of the test for most words.)
            guard fact.kind == .word, fact.capitalised, !fact.innerCaps, fact.span.length >= 7 else { return false }
            return words.isCompoundNoun(scalars, fact.span, folded: fact.folded)
        }
    }

    /// The whole answer kept per token, not only the suffix test's: the apposition rule asks it of up to ten words
    /// back from every comma, and the rules ask it of the same words over and over.
    /// Inlined with the kept answer's read: lower-case words and marks are none, many of those asked are, and most
    /// others are asked again; the call, which saved and restored the registers the suffix test needs, cost more.
    @inline(__always)
    private func roleLike(_ index: Int) -> Bool {
        guard facts[index].kind == .word, facts[index].capitalised else { return false }
        return roleFlags.value(index) { isRoleLikeWord(index) }
    }

    /// `roleLike(_:)` of a capitalised word, worked out (out of line: see there).
    @inline(never)
    private func isRoleLikeWord(_ index: Int) -> Bool {
        let fact = facts[index]
        if has(index, WordClass.role) { return true }
        // `Lautsprecher` ends in `sprecher` but is a listed thing, not a role.
        guard fact.span.length >= 7, !isListedNoun(index) else { return false }
        return endsIn(.role, index, minimum: 4, prefix: 2)
    }

    /// `SuffixSet.matchesEnd` of the token. Inlined for its first test: a word shorter than `minimum` and `prefix`
    /// together ends in none of the suffixes (the set's own test, asked without the call), and most words asked are.
    @inline(__always)
    private func endsIn(_ suffixes: RuleWords.Suffixes, _ index: Int, minimum: Int, prefix: Int) -> Bool {
        facts[index].span.length >= minimum + prefix && matchesEnd(suffixes, index, minimum: minimum, prefix: prefix)
    }

    /// `SuffixSet.matchesEnd` of the token, read through a pointer (the set's comment says why).
    private func matchesEnd(_ suffixes: RuleWords.Suffixes, _ index: Int, minimum: Int, prefix: Int) -> Bool {
        let span = facts[index].span
        return scalars.withUnsafeBufferPointer { scalars in
            words.matchesEnd(suffixes, of: scalars[span.begin..<span.end], minimum: minimum, prefix: prefix)
        }
    }

    /// `Strategieplan`, `Betrugsunternehmen`: a known noun at the end, a known noun (with or without the
    /// linking `s`, `n`, `es`, `en`) before it. Compounds are too many to list. A word with capitals after its first
    /// letter is none; the caller rules those out by the token's flag (`TokenFacts.innerCaps`).
    static func isCompoundNoun(_ scalars: [Unicode.Scalar], _ span: TextSpan, _ nouns: KeySet) -> Bool {
        let count = span.length
        guard count >= 7 else { return false }
        return scalars.withUnsafeBufferPointer { scalars in
            let word = UnsafeBufferPointer(rebasing: scalars[span.begin..<span.end])
            // Each code point folded once, and the key of every beginning (`prefixes[n]`: the first n code points)
            // made in one pass: keyed split by split, the word's letters were folded and hashed over and over.
            return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: count) { folded in
                withUnsafeTemporaryAllocation(of: WordKey.self, capacity: count + 1) { prefixes in
                    var key = WordKey.Builder()
                    prefixes[0] = key.key
                    for index in 0..<count {
                        folded[index] = WordKey.fold(word[index])
                        key.append(value: folded[index])
                        prefixes[index + 1] = key.key
                    }
                    // The first part's keys, made already, are asked before the rest's key is made: at most splits
                    // neither part is a noun, and the rest's key, made letter by letter, cost more than a look-up.
                    for split in 3...(count - 3) {
                        var first = nouns.contains(prefixes[split])
                        // Linking `s`, `n`, `es`, `en` between the two nouns.
                        let last = word[split - 1]
                        if !first, split > 3, last == "s" || last == "n" {
                            first = nouns.contains(prefixes[split - 1])
                                || split > 4 && word[split - 2] == "e" && nouns.contains(prefixes[split - 2])
                        }
                        guard first else { continue }
                        var rest = WordKey.Builder()
                        for index in split..<count { rest.append(value: folded[index]) }
                        if nouns.contains(rest.key) { return true }
                    }
                    return false
                }
            }
        }
    }

    /// A word that is no part of a person's name although capitalised.
    @inline(__always)
    private func isDescriptive(_ index: Int) -> Bool {
        has(index, WordClass.function | WordClass.descriptive) || roleLike(index)
    }

    /// A capitalised word in no list and no common noun: most likely part of a name.
    private func isUnknownName(_ index: Int) -> Bool {
        let fact = facts[index]
        return fact.kind == .word && fact.capitalised && fact.span.length >= 2 && !isNoun(index)
            && !isDescriptive(index) && listType[index] == nil && !fact.hyphenJoinedAfter && !isPlaceType(index)
    }

    /// A word that can be part of a person's name: an unknown name or a listed first name or surname.
    /// Inlined for its first test: most words asked (the one after a name) are lower-case or a mark, and the call
    /// cost more than the test.
    @inline(__always)
    private func isPersonPart(_ index: Int) -> Bool {
        facts[index].capitalised && facts[index].kind == .word && isCapitalisedPersonPart(index)
    }

    /// `isPersonPart(_:)` of a capitalised word, worked out (out of line: see there).
    @inline(never)
    private func isCapitalisedPersonPart(_ index: Int) -> Bool {
        let fact = facts[index]
        guard !fact.hyphenJoinedAfter || isWordHyphenName(index) else { return false }
        if isDescriptive(index) {
            // `Woody Allen`: a function word written with a capital inside a sentence, listed as a surname, is one.
            return !fact.firstInSentence && isSurname(index) && !roleLike(index)
                && classOf(index) & WordClass.descriptive == 0
        }
        let isListedName = isFirstName(index) || isSurname(index)
        // A town called `Kim` or `Douglas` is no reason to break a person's name; a country is.
        if let type = listType[index], type != .person, !(isListedName && listPriority[index] < 85) { return false }
        if isListedName { return true }
        // Only listed nouns count here: compound guessing would take `Zuckerberg` for a noun.
        return !isListedNoun(index) && fact.span.length >= 2
    }

    /// `Hans-Peter`, `Müller-Lüdenscheidt`: a hyphen joins two name parts. After a first name, a noun is one
    /// too (`Eva Bulling-Schröter`; `Schröter` is a beetle), unless it is a role or person word (`Donald
    /// Trump-Sprecher`) or an article makes the whole a noun phrase (`die Angela Merkel-Regierung`).
    private func isWordHyphenName(_ index: Int) -> Bool {
        guard index + 2 < facts.count else { return false }
        guard facts[index + 2].capitalised else { return isSyllableGivenName(index) }
        if isFirstName(index + 2) || !isNoun(index + 2) { return true }
        guard index >= 1, !facts[index].allCaps, isFirstName(index - 1), !facts[index - 1].hyphenJoinedAfter,
              !roleLike(index + 2),
              classOf(index + 2) & (WordClass.description | WordClass.descriptive) == 0 else { return false }
        return index == 1 || !words.isDeterminer(facts[index - 2].folded)
    }

    /// `Kim Jong-un`, `Park Geun-hye`, `Wan Kuok-koi`: a Korean or Chinese given name romanised as two short
    /// syllables joined by a hyphen, the second in lower case, after the family name. German compounds that look
    /// alike (`Line-up`, `Vorher-nachher`, `Kopf-an-Kopf`) follow no capitalised name word or go on with a hyphen.
    private func isSyllableGivenName(_ index: Int) -> Bool {
        guard index >= 1, index + 2 < facts.count else { return false }
        let family = facts[index - 1], first = facts[index], second = facts[index + 2]
        return family.kind == .word && family.capitalised && !family.allCaps && !family.hyphenJoinedAfter
            && family.span.end < first.span.begin && (2...6).contains(family.span.length)
            && (2...5).contains(first.span.length) && !first.allCaps && !isNoun(index)
            && second.kind == .word && !second.capitalised && (1...5).contains(second.span.length)
            && !second.hyphenJoinedAfter && !isDescriptive(index - 1)
    }

    /// The end of a name after an initial at `index`: past the initial and its period, and past one capitalised
    /// word after them that closes the name (`George W. Bush`, `Mark A. Brand`; a withheld surname stays an
    /// initial: `Anna K. wurde`).
    private func initialEnd(_ index: Int, in range: Range<Int>) -> Int {
        let surname = index + 2
        guard surname < range.upperBound, facts[surname].kind == .word, facts[surname].capitalised,
              !facts[surname].allCaps, !isFunction(surname), !isDescriptive(surname), !facts[surname].firstInSentence,
              listType[surname] == nil || isSurname(surname) || isTownSurname(surname),
              surname + 1 == range.upperBound || !facts[surname + 1].capitalised || facts[surname + 1].kind != .word
        else { return index + 2 }
        // A noun there is the surname only where punctuation closes the name (`Mark A. Brand,`); before a verb it
        // is the sentence going on after a withheld surname (`gegen Rabah N. Anklage erhoben`).
        if isListedNoun(surname), !isSurname(surname),
           !(surname + 1 == range.upperBound || facts[surname + 1].kind == .punctuation) {
            return index + 2
        }
        return surname + 1
    }

    /// A capital letter and a period (inlined: `isListedNoun`).
    @inline(__always)
    private func isInitial(_ index: Int, in range: Range<Int>) -> Bool {
        facts[index].kind == .word && facts[index].span.length == 1 && facts[index].capitalised
            && index + 1 < range.upperBound && isText(index + 1, Literal.period)
    }

    private func isText(_ index: Int, _ options: [WordKey], in range: Range<Int>) -> Bool {
        range.contains(index) && options.contains(facts[index].exact)
    }

    private func isText(_ index: Int, _ options: [WordKey]) -> Bool {
        index >= 0 && index < facts.count && options.contains(facts[index].exact)
    }

    /// `isText(_:_:)` for one literal, read from `keys`: asked of many tokens, each list cost a global's lazy
    /// initialisation check and a search.
    private func isText(_ index: Int, _ key: WordKey) -> Bool {
        index >= 0 && index < facts.count && facts[index].exact == key
    }

    /// `isText(_:_:)` for a literal of two words, read from `keys` (its comment says why).
    private func isText(_ index: Int, _ pair: LiteralPair) -> Bool {
        index >= 0 && index < facts.count && pair.contains(facts[index].exact)
    }

    private func isText(_ index: Int, _ pair: LiteralPair, in range: Range<Int>) -> Bool {
        range.contains(index) && pair.contains(facts[index].exact)
    }

    /// `isText(_:_:)` for a longer literal list, read from the rules' word lists (`RuleWords.Literals`).
    private func isText(_ index: Int, _ list: RuleWords.Literals) -> Bool {
        index >= 0 && index < facts.count && words.contains(list, facts[index].exact)
    }

    private func isText(_ index: Int, _ list: RuleWords.Literals, in range: Range<Int>) -> Bool {
        range.contains(index) && words.contains(list, facts[index].exact)
    }

    /// `isText(index, Literal.joiners)`: `&` or `-`.
    private func isJoiner(_ index: Int) -> Bool { isText(index, keys.ampersand) || isText(index, keys.hyphen) }

    /// The exact keys of single literal tokens (`NameRules.keys`).
    private struct LiteralKeys {
        static let shared = LiteralKeys()
        let comma = Literal.comma[0]
        let so = Literal.so[0]
        let namens = Literal.namens[0]
        let von = Literal.von[0]
        let lowerIn = WordKey("in", folded: false)
        let lowerNach = WordKey("nach", folded: false)
        let capitalIn = WordKey("In", folded: false)
        let capitalNach = WordKey("Nach", folded: false)
        let fuer = Literal.fuer[0]
        /// The first-name rule asks it after every listed first name.
        let aus = Literal.aus[0]
        let open = Literal.open[0]
        let of = Literal.of[0]
        let `for` = Literal.for[0]
        /// The apposition rule asks these of up to ten words back from every comma.
        let close = Literal.close[0]
        let hyphen = Literal.hyphen[0]
        let ampersand = Literal.joiners[0]
        /// A filter of `Literal.estateHeads`, asked of every capitalised word before another: most fail it, without
        /// a search of the list.
        let estateHeadBits = KeyBits(Literal.estateHeads)
        /// The rules ask these of thousands of tokens a pass (`sich` after every speech verb, `des`/`der` after many
        /// nouns), and each read of a `Literal` list cost a global's lazy initialisation check, a call.
        let sich = Literal.sich[0]
        let kreis = LiteralPair(Literal.kreis)
        let relatedCompany = LiteralPair(Literal.relatedCompany)
        let genitiveArticles = LiteralPair(Literal.genitiveArticles)
        let nameNote = LiteralPair(Literal.nameNote)
        let generational = LiteralPair(Literal.generational)
        let und = LiteralPair(Literal.und)
        let universitySeatLinks = LiteralPair(Literal.universitySeatLinks)
    }

    /// A literal of two words (`Literal.kreis`: `Kreis Kreises`), compared with a key without a search of a list.
    private struct LiteralPair {
        let first: WordKey
        let second: WordKey

        init(_ list: [WordKey]) {
            precondition(list.count == 2)
            first = list[0]
            second = list[1]
        }

        func contains(_ key: WordKey) -> Bool { key == first || key == second }
    }

    /// Literal tokens the rules look for, as exact keys so that no rule builds a `String` per token.
    enum Literal {
        /// Split at the code points, not the characters: the lists are made on the first use, in an article, and
        /// the grapheme breaking of a split by characters was most of the work (the lists hold no combining mark,
        /// so the words are the same).
        static func keys(_ list: String) -> [WordKey] {
            list.unicodeScalars.split(separator: " ").map { WordKey($0, folded: false) }
        }
        static let period = keys(".")
        static let generational = keys("Jr Sr")
        static let comma = keys(",")
        static let open = keys("(")
        static let close = keys(")")
        static let so = keys("so")
        static let namens = keys("namens")
        static let the = keys("The")
        static let joiners = keys("& -")
        static let seatPrepositions = keys("in von")
        static let fuer = keys("für")
        static let zu = keys("zu")
        /// How a university's official name may join its seat (`Universität zu Köln`, `Universität von São Paulo`).
        static let universitySeatLinks = keys("zu von")
        /// `laut Bundesamt für Statistik`: a body's official name may follow `laut` without an article.
        static let laut = keys("laut Laut")
        static let kreis = keys("Kreis Kreises")
        static let sich = keys("sich")
        static let subjectArticles = keys("der die das ein eine")
        /// Particles of foreign names, after which a first name is the surname (`da Silva`, `bin Said`).
        static let foreignParticles = keys("da de do dos das di del della van bin ibn ben")
        /// Head words a castle's, palace's or monastery's name keeps (`Schloss Elmau`, `Kloster Melk`).
        static let estateHeads = keys("Schloss Burg Kloster Stift Palais")
        /// Particles that join the parts of a Romance place name (`Jardins de LEmpereur`, `Vila do Conde`).
        static let placeParticles = keys("de del della di du do dos")
        /// Articles after such a particle (`Plaza de la Independencia`).
        static let romanceArticles = keys("la las los le les")
        /// Last words of English organisation names that no German word or product name shares (not `Bank`,
        /// `Center`, `Forum`, `Group`, `Watch`; nor `Conference`, a league's or an event's: `Eastern Conference`).
        static let englishHeads = keys(
            "University College Institute Foundation Association Corporation Company Society Agency Commission "
                + "Council Committee Organization Trust Party Federation Alliance Authority Court Bureau Fund "
                + "Labs Studios Technologies Interactive Entertainment Records Partners Guard Police Army Navy "
                + "Operators Coalition")
        /// Last words of English company names that also end phrases of English words German uses (`Social Media`,
        /// `Eigene Software`): heads only after an acronym or a listed organisation (`IHS Global Insight`, `JBC
        /// Energy`, `ETF Securities`, `Airbus Space Systems`).
        static let acronymHeads = keys(
            "Energy Insight Securities Capital Group Holdings Research Systems Networks Solutions Motors Airlines "
                + "Airways Pharmaceuticals Investments Ventures Consulting Media Software Analytics")
        /// Last words of English company names that close a name after a company's type word (`die Firma Zun Yuan
        /// Technology`, `Baofu Land Development`), also past words the German lists know (`Yuan`, `Land`).
        static let companyHeads = keys(
            "Technology Technologies Development Holding Holdings Group Company Corporation Limited Ltd Investment "
                + "Investments Trading Industries Enterprises Resorts Entertainment Properties")
        /// Heads that end an English organisation's name only after a word saying what kind of centre it is
        /// (`Pew Research Center`, `Johnson Space Center`; not `Shopping Center`, `Design Center`).
        static let qualifiedHeads = keys("Center Centre Games")
        static let games = keys("Games")
        /// Words that make `Games` an event, a film or a genre, not a studio.
        static let gamesAdjectives = keys(
            "Olympic European Asian Commonwealth Pan Invictus Special Hunger Funny Casual Indie Mobile Video World "
                + "Youth Paralympic Arctic Island Mediterranean African Arab Winter Summer")
        static let headQualifiers = keys("Research Space Medical Cancer Flight Science")
        /// Heads that make a hyphenated long form before its acronym a body (`Anti-Cybercrime Group (ACG)`), more
        /// than `englishHeads`, whose other uses would take `Social Network` or `Oval Office` for names.
        static let acronymLongFormHeads = englishHeads + keys(
            "Group Force Unit Centre Center Office Service Network Coalition Board Department Ministry Police")
        static let englishLinks = keys("of and for the & The")
        static let of = keys("of")
        static let `for` = keys("for")
        /// The words that open an English name's phrase after its head (`Court of Justice`, `Center for Social
        /// Security`).
        static let headLinks = keys("of for")
        static let and = keys("and")
        static let theLower = keys("the")
        static let relatedCompany = keys("Tochter Mutter")
        /// `(Name geändert)`, `(Namen von der Redaktion geändert)`: a note that the name before it is made up.
        static let nameNote = keys("Name Namen")
        static let changed = keys("geändert")
        static let slash = keys("/")
        static let dash = keys("\u{2013} \u{2014}")
        /// The article after a name particle (`von der Leyen`, `de la Calle`, `de los Santos`).
        static let derDen = keys("der den la las los")
        static let der = keys("der")
        /// Prepositions that place something on a street (`an der`, `in der Argentinierstraße`).
        static let streetPrepositions = keys("an in auf entlang An In Auf Entlang")
        static let roadPrepositions = keys("auf von Auf Von")
        static let vom = keys("vom")
        static let aus = keys("aus")
        static let ampersand = keys("&")
        static let clauseEnd = keys(", . ( ) : ; /")
        static let definiteArticles = keys("der die das des dem den Der Die Das")
        /// Prepositions fused with a definite article (`im Zentrum`, `vom Bundesamt`).
        static let fusedArticles = keys("im vom beim zum zur am ins Im Vom Beim Zum Zur Am Ins")
        static let genitiveArticles = keys("des der")
        static let possessiveGenitives = keys("seiner seines ihrer ihres")
        static let von = keys("von")
        static let officeIdioms = keys("Beruf Amts Amt")
        /// Words closing an idiom of `von` and a bare noun (`von Anfang an`, `von Haus aus`, `von Amts wegen`).
        static let vonIdiomEnds = keys("an aus wegen zu her")
        static let und = keys("und sowie")
        static let kein = keys("kein keine keinen")
        /// Type words of media, after which one word is a title whatever else it means (`Zeitung Express`).
        static let mediaTypes = keys(mediaTypeWords)
        static let mediaTypeWords =
            "Zeitung Zeitschrift Tageszeitung Wochenzeitung Sonntagszeitung Boulevardzeitung Magazin Nachrichtenmagazin "
                + "Sender Fernsehsender Radiosender Blatt Boulevardblatt"
        /// Words between the two halves of an elliptic coordination (`Nord- und Südamerika`).
        static let ellipsisLinks = keys("und oder bis")
        static let hyphen = keys("-")
        /// Words that link the parts of an organisation's long form (`Institut für Markt- und Sozialanalysen`).
        static let longFormLinks = keys("für der die das des dem den von vom und gegen in zur zum of for the and")
        static let purposeLinks = keys("für gegen")
        /// Words after which an official name gives a body's purpose, as `für` gives its field (`Plattform gegen
        /// Menschenhandel`, `Zentralstelle zur Bekämpfung der Internetkriminalität`).
        static let purposeLinksBeyondFuer = keys("gegen zur")
        static let zur = keys("zur")
        /// Type words of units named by their field (`Task Force Menschenhandel`), in `org-type-words.txt` too.
        static let fieldNamedUnits = keys("Task Taskforce Sonderkommission Soko Ermittlungsgruppe")
        /// Type words of a body's offices, named by their field (`Fachstelle Cybercrime der Kantonspolizei`).
        static let offices = keys("Fachstelle Fachstellen")
        static let task = keys("Task")
        static let force = keys("Force")
        /// Tasks an official name gives after `zur` (`Zentralstelle zur Bekämpfung der Internetkriminalität`).
        static let tasks = keys(
            "Bekämpfung Förderung Verhütung Vorbeugung Unterstützung Aufklärung Verfolgung Erforschung Untersuchung "
                + "Aufarbeitung Überwachung Koordinierung Bewahrung Prävention")
        /// Nouns for any person, which a name may follow after `namens` (`ein Mann namens Karim`).
        static let plainPersonNouns = keys("Mann Frau Junge Mädchen Kind Person Mensch Bub Nutzer Nutzerin")
        static let honorifics = keys(
            "Herr Herrn Frau Hr Fr Dr Prof Monsieur Madame Señor Señora Signor Signora Sir Prinz Prinzessin Graf "
                + "Gräfin Fürst Fürstin Pater Scheich Sheikh")
        static let indefiniteArticles = keys("ein eine einer eines einem einen Ein Eine Einer Eines Einem Einen")
        /// Number words before a currency or measure that is also a first name (`tausend Mark`).
        static let numberWords = keys(
            "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig fünfzig hundert "
                + "tausend Millionen Milliarden paar")
        static let possessives = keys(
            "mein meine meiner meinem meinen sein seine seiner seinem seinen ihr ihre ihrer ihrem ihren dessen deren "
                + "Mein Meine Sein Seine Ihr Ihre Dessen Deren")
    }

    /// Person name parts from `start`: name words, `von`/`van`/`de` between them, a final initial (`Anna K.`);
    /// returns the end token index (exclusive), or `start` when there is none.
    private func personRun(from start: Int, in range: Range<Int>, limit: Int = 4) -> Int {
        var index = start
        var parts = 0
        // One particle phrase a name: `Nienke van der Marel von der Sterrewacht` names a place of work after it.
        var particleSeen = false
        while index < range.upperBound && parts < limit {
            // `Heinz Spindlers Stimmungslage`: after a full name in the genitive a noun is what the person has.
            if parts >= 1, facts[index - 1].kind == .word, scalars[facts[index - 1].span.end - 1] == "s",
               !facts[index - 1].hyphenJoinedBefore, !isFirstName(index), !isSurname(index),
               // (`Ridley Scotts Blade Runner`: nor an unlisted word after a first name and a genitive; but `Juan
               // Carlos Varela`, a first name in `-s` is a middle name.)
               isNoun(index) || start > range.lowerBound && isFirstName(start - 1) && !isFirstName(index - 1)
                && !isNameParticle(index) {
                break
            }
            // `Markus Hartmann von der Zentral- und Ansprechstelle`, `Anna Roth von der Landesdatenschutzbehörde`:
            // after a first name and a surname, a lower-case `von der` names where the person works (nobles'
            // particles follow one name: `Walther von der Vogelweide`, `Ursula von der Leyen`).
            // (The run may start at the surname, its first name read by the caller.)
            if parts >= 2 || parts == 1 && start > range.lowerBound && isFirstName(start - 1),
               isNameParticle(index), !facts[index].capitalised, isText(index + 1, Literal.derDen, in: range) {
                break
            }
            // `Van der Bellen`, `De la Cruz`: a capitalised particle before `der`/`den` links, it is no name part.
            let isParticle = isNameParticle(index)
                && isText(index + 1, Literal.derDen, in: range)
            // A capitalised foreign particle opens a surname whatever word follows (`Van der Bellen`, though
            // `Bellen` is a noun).
            // (`Ole Brandhorst von der IG Bauen-Agrar-Umwelt`: an acronym after the particle names a body, as
            // a word with capitals inside does, `Joachim Feher von der MediaCom`.)
            if isParticle && !particleSeen && index + 2 < range.upperBound && !facts[index + 2].allCaps
                && !facts[index + 2].innerCaps
                // (`Mélanie Roffet-Salque von der University of Bristol`: an English body's head.)
                && !englishHeads.contains(facts[index + 2].exact)
                && (isPersonPart(index + 2) && !isAdjectiveBeforeNoun(index + 2, in: range)
                    // (`Andreas Baur von der Steuerungsgruppe`: after a surname a noun is where the person works;
                    // after a first name it is a surname, `Walther von der Vogelweide`.)
                    && !(!isFirstName(index - 1) && isNoun(index + 2) && !isSurname(index + 2))
                    || isCapitalParticle(index, in: range)) {
                particleSeen = true
                index += 3
                parts += 1
            } else if parts > 0, facts[index].hyphenJoinedAfter, !facts[index].capitalised,
                isNameParticle(index), isPersonPart(index + 2)
            {
                // `Baschar al-Assad`, `Abu Bakr al-Baghdadi`: the particle joined by a hyphen to the last name.
                index += 3
                parts += 1
            } else if isPersonPart(index) && !isParticle {
                index += facts[index].hyphenJoinedAfter ? 3 : 1
                parts += 1
            } else if parts == 0, isNoun(index), !facts[index].allCaps, !isDescriptive(index), listType[index] == nil,
                index + 1 < range.upperBound, isSurname(index + 1), isPersonPart(index + 1),
                index + 2 == range.upperBound || !facts[index + 2].capitalised || isText(index + 2, Literal.clauseEnd)
            {
                // `Vorsitzender Romani Rose`: a word that is also a noun opens the name where a listed surname closes
                // it (the callers have a role or speech cue before).
                index += 2
                parts += 2
                break
            } else if parts == 0, isTownSurname(index), !isNoun(index), index + 1 < range.upperBound,
                isUnknownName(index + 1), !facts[index + 1].allCaps,
                index + 2 == range.upperBound || !facts[index + 2].capitalised || isText(index + 2, Literal.clauseEnd)
            {
                // `Polizeioberst Jericho Manalo`: a town's name opens the name where a word in no list closes it
                // (the callers have a role or speech cue before).
                index += 2
                parts += 2
                break
            } else if parts == 0, facts[index].span.length <= 5, !facts[index].allCaps, isNoun(index),
                !isDescriptive(index), listType[index] == nil, index + 1 < range.upperBound, isPersonPart(index + 1)
            {
                // `Präsident Xi Jinping`, `Generalleutnant Tran Quoc Hung`, `sagte Touch Sokhak`: a short family name
                // that is also a noun (the Greek letter `Xi`, fish oil `Tran`, English `Touch`) opens the name where an
                // unknown word follows.
                index += 1
                parts += 1
            } else if parts == 1, isNameParticle(index), !facts[index].capitalised, isFirstName(index - 1),
                index + 1 < range.upperBound, !isText(index, Literal.vom), !isText(index + 1, Literal.officeIdioms),
                facts[index + 1].kind == .word, facts[index + 1].capitalised, !facts[index + 1].allCaps,
                listType[index + 1] == nil && !roleLike(index + 1) || isTownSurname(index + 1),
                closesName(index + 2, in: range), !isText(index + 2, Literal.vonIdiomEnds, in: range)
            {
                // `Beatrix von Storch`, `Julia von Weiler`: after a first name, a particle and a noun (a settlement's
                // type word too) or a town's name closing the name are a noble's surname; where a person works takes
                // an article (`Anna Roth von der Polizei`).
                index += 2
                parts += 1
                break
            } else if parts > 0, isNameParticle(index),
                !facts[index].capitalised || isText(index + 1, Literal.derDen, in: range),
                index + 1 < range.upperBound,
                // (`Oliver Schimek vom Branchendienstleister Eurotax`: after `vom`, rarely a noble particle, a
                // compound noun is where the person works.)
                // (`Onkel Wanja von Anton Tschechow`: a first name and another name word after `von` are a second
                // person's name, the author's.)
                isLinkedNamePart(index + 1) && !(isText(index, Literal.vom) && isNoun(index + 1))
                    && !(isFirstName(index + 1) && index + 2 < range.upperBound && facts[index + 2].capitalised
                         && facts[index + 2].kind == .word && !isFunction(index + 2))
                    || (isText(index + 1, Literal.derDen, in: range) && index + 2 < range.upperBound
                        && isPersonPart(index + 2) && !isAdjectiveBeforeNoun(index + 2, in: range)
                        && !facts[index + 2].allCaps && !facts[index + 2].innerCaps
                        && !englishHeads.contains(facts[index + 2].exact)
                        && !(!isFirstName(index - 1) && isNoun(index + 2) && !isSurname(index + 2)))
            {
                index += 1
            } else if parts > 0, isInitial(index, in: range) {
                return initialEnd(index, in: range)
            } else if parts > 0, isFirstName(index - 1), isTownSurname(index) {
                // `Mark Zuckerberg`, `Jeremy Douglas`: a town's name after a first name is the surname.
                index += 1
                parts += 1
            } else if parts > 0, isGenitivePlaceSurname(index, in: range) {
                // `Antonis Samaras`: a place's genitive (`Samara` + s) right after a name word is the surname.
                index += 1
                parts += 1
            } else if parts > 0, isFirstName(index - 1), isNounSurname(index, in: range) {
                // After a first name a noun is the surname (`Narendra Modi`, `Anna Koch`).
                index += 1
                parts += 1
            } else if index > range.lowerBound, isFirstName(index - 1), isSurname(index), !facts[index].allCaps,
                roleLike(index)
            {
                // `Peter Kaiser`, `Jens Bischof`: after a first name, a role word the surname list knows is the surname.
                index += 1
                parts += 1
            } else if parts > 0, isClauseFinalSurname(index, in: range) {
                index += 1
                break
            } else if parts > 0, parts + 2 <= limit, index + 1 < range.upperBound, isNameSyllableNoun(index),
                      isUnknownName(index - 1), isUnknownName(index + 1) {
                // `Chou Bun Eng`, `Chou Ban Heng`: a short noun between two words in no list is a name's syllable.
                // (The short noun first, here and below: most words are none, and `isUnknownName`, asked first,
                // ran its lists and suffix test for every word that ended a run.)
                index += 2
                parts += 2
            } else if parts > 0, parts + 2 <= limit, index + 1 < range.upperBound, isNameSyllableNoun(index),
                      isUnknownName(index - 1), isNameSyllableNoun(index + 1, maximum: 5),
                      closesName(index + 2, in: range) {
                // `Saw Min Thein erklärte`: two short nouns closing a name opened by a word in no list.
                index += 2
                parts += 2
                break
            } else {
                break
            }
        }
        // A trailing link word is not part of the name; a syllable joined by a hyphen is (`Kim Jong-un`).
        while index > start && !facts[index - 1].capitalised && isWord(index - 1)
            && !facts[index - 1].hyphenJoinedBefore { index -= 1 }
        // `Ferdinand Marcos Jr.`: the generational suffix keeps its period (inside the sentence, written on).
        if index > start + 1, index + 1 < range.upperBound, isText(index - 1, keys.generational),
           isText(index, Literal.period), facts[index].span.begin == facts[index - 1].span.end {
            index += 1
        }
        return min(index, range.upperBound)
    }

    /// Whether `personRun(from:in:)` may find a name from `start`, by what each of its openings needs: a capitalised
    /// word, a particle, or a noun that is not descriptive (`isDescriptive`) before a capitalised word. A test before
    /// the search, not a part of it; the class bits asked before the noun look-up, which most words there fail.
    @inline(__always)
    private func mayOpenPersonRun(_ start: Int, in range: Range<Int>) -> Bool {
        facts[start].capitalised || isNameParticle(start)
            || start + 1 < range.upperBound && facts[start + 1].capitalised
                && !has(start, WordClass.function | WordClass.descriptive) && isNoun(start)
    }

    /// Whether a name may end before `index`: the sentence ends, or a lower-case word or a mark follows.
    private func closesName(_ index: Int, in range: Range<Int>) -> Bool {
        index >= range.upperBound || !facts[index].capitalised || facts[index].kind != .word
    }

    /// A noun of four letters or fewer in no list (`Bun`, `Ban`): between two unknown words it is a syllable of an
    /// Asian name (`Chou Bun Eng`); of five or fewer, it opens one before an unknown word (`Touch Sokhak`).
    /// Inlined, as `skipTitles`, `initialName` and `hasAdjectiveEnding` are: each is asked thousands of times a pass,
    /// and a call cost about as much as its first tests, which most words fail.
    @inline(__always)
    private func isNameSyllableNoun(_ index: Int, maximum: Int = 4) -> Bool {
        facts[index].kind == .word && facts[index].capitalised && facts[index].span.length <= maximum && isNoun(index)
            && !isDescriptive(index) && listType[index] == nil && !facts[index].allCaps
    }

    /// `Van der Bellen`, `Ter den Berg`: a capitalised foreign particle before `der`/`den` and a capitalised word
    /// opens a surname whatever that word is (`Bellen` is a noun); German `von`, `zu`, `da` do not.
    @inline(__always)
    private func isCapitalParticle(_ index: Int, in range: Range<Int>) -> Bool {
        guard index + 2 < range.upperBound, facts[index].capitalised, has(index, WordClass.personLink),
              !Self.germanParticles.contains(facts[index].folded), isText(index + 1, Literal.derDen, in: range)
        else { return false }
        let name = facts[index + 2]
        return name.kind == .word && name.capitalised && !name.allCaps && !isFunction(index + 2)
    }

    /// German words that also link names: capitalised, they open a sentence or a heading (`Von der Polizei`,
    /// `Zu den Details`, `Da der Fonds`), not a surname.
    private static let germanParticles = KeySet(["von", "vom", "zu", "da"].map { WordKey($0, folded: true) })

    /// A name part after a link word: not an acronym; not a first name after `von`, `vom`, `zu`, which are as often
    /// prepositions before another name (`Matti von Bertolt Brecht` is two people, `Gary Ruff vom Glenn Research
    /// Center`), but after a foreign particle a surname that is also a first name (`Lula da Silva`, `Qabus bin Said`).
    private func isLinkedNamePart(_ index: Int) -> Bool {
        isPersonPart(index) && !facts[index].allCaps
            && (!isFirstName(index) || isText(index - 1, Literal.foreignParticles))
    }

    /// One word named by a town list only (not a country or region), which after a first name is a surname.
    /// Inlined, as `isGenitivePlaceSurname`, `isClauseFinalSurname` and `isCapitalParticle` are: asked thousands of
    /// times a pass, each cost about as much to call as its first tests, which most words fail.
    @inline(__always)
    private func isTownSurname(_ index: Int) -> Bool {
        let fact = facts[index]
        return fact.kind == .word && fact.capitalised && !fact.allCaps && listType[index] == .place
            && listPriority[index] < Self.townPriorities.upperBound && listSpan(at: index) == index..<(index + 1)
    }

    /// A one-word place found only in its genitive, ending the name (no capitalised word after it).
    @inline(__always)
    private func isGenitivePlaceSurname(_ index: Int, in range: Range<Int>) -> Bool {
        let fact = facts[index]
        guard fact.kind == .word, fact.capitalised, !fact.allCaps, listType[index] == .place,
              listSpan(at: index) == index..<(index + 1),
              listStarts(index).allSatisfy({ $0.type != .place || $0.genitive }) else { return false }
        let next = index + 1
        return next == range.upperBound || !facts[next].capitalised || isText(next, Literal.clauseEnd)
    }

    /// `Holguin/Vatikanstadt – Während …`, `Saalfelden – Österreich wird …`: a dateline opening one of an article's
    /// first sentences names places. Each part before the dash is one or two capitalised words in no list, no
    /// common noun and no name part (a listed place is the lists' job; `Kainz – ` in a results table is a person).
    private func dateline(at index: Int, in range: Range<Int>, _ out: inout [Candidate]) {
        // Walked twice, first to the dash, then part by part again to add them: an array of the parts cost an
        // allocation at every sentence start of the first sentences, nearly all of them no dateline.
        var end = index
        while true {
            guard let partEnd = datelinePartEnd(from: end, in: range) else { return }
            end = partEnd
            guard isText(end, Literal.slash) else { break }
            end += 1
        }
        guard isText(end, Literal.dash), end + 1 < range.upperBound, facts[end + 1].capitalised else { return }
        var start = index
        while let partEnd = datelinePartEnd(from: start, in: range), partEnd <= end {
            let part = start..<partEnd
            start = partEnd + 1
            guard part.allSatisfy({ word in
                facts[word].span.length >= 3 && listType[word] == nil && !isListedNoun(word) && !isFunction(word)
                    && !isFirstName(word) && !isSurname(word) && !isDescriptive(word)
            }) else { continue }
            out.append(Candidate(
                tokens: part, span: TextSpan(facts[part.lowerBound].span.begin, facts[part.upperBound - 1].span.end),
                type: .place, priority: RulePriority.placeType, rule: .dateline))
        }
    }

    /// The end of one part of a dateline from `start`: one or two capitalised words, not in capitals, with a token
    /// after them; nil where there is none.
    private func datelinePartEnd(from start: Int, in range: Range<Int>) -> Int? {
        var end = start
        while end < range.upperBound, end < start + 2, isWord(end), facts[end].capitalised, !facts[end].allCaps {
            end += 1
        }
        return end > start && end < range.upperBound ? end : nil
    }

    /// A word the nationality list knows and no other descriptive list does.
    private func isDemonymOnly(_ index: Int) -> Bool {
        has(index, WordClass.nationality) && !has(index, WordClass.function | WordClass.description) && !roleLike(index)
    }

    /// A capitalised noun right after a first name, with no capitalised word after it (`Neo Magazin Royale`).
    private func isNounSurname(_ index: Int, in range: Range<Int>) -> Bool {
        let fact = facts[index]
        // A demonym is a surname here too (`Irina Steirer`, `Frank Schweizer`), a role or description is not.
        guard fact.kind == .word, fact.capitalised, !fact.allCaps, listType[index] == nil,
              !isDescriptive(index) || isDemonymOnly(index)
        else { return false }
        let next = index + 1
        return next == range.upperBound || !facts[next].capitalised || isText(next, Literal.clauseEnd)
    }

    /// A common noun can be a surname (`Roller`, `Sen`) where the name ends the clause.
    @inline(__always)
    private func isClauseFinalSurname(_ index: Int, in range: Range<Int>) -> Bool {
        let fact = facts[index]
        guard fact.kind == .word, fact.capitalised, !fact.allCaps, !isDescriptive(index), listType[index] == nil,
            !isPersonPart(index - 1) || !isNoun(index - 1),
            // `fordern Assads Rücktritt`: after an unlisted word in `-s`, a genitive, the noun is what it owns.
            !endsInS(index - 1) || isFirstName(index - 1) || isSurname(index - 1),
            // `empfiehlt Sasaki Reisenden,`: after a word in no first-name list, a noun in a plural's ending is the
            // verb's object.
            isFirstName(index - 1) || isSurname(index) || !endsInPluralEnding(index)
        else { return false }
        let next = index + 1
        return next == range.upperBound || isText(next, Literal.clauseEnd, in: range)
    }

    /// `-erin`, `-orin`, `-istin`: a feminine noun of a role or profession (`Herausfordererin`, `Kuratorin`).
    private func endsInFeminineSuffix(_ index: Int) -> Bool {
        let span = facts[index].span
        guard span.length >= 7, scalars[span.end - 2] == "i", scalars[span.end - 1] == "n" else { return false }
        let third = scalars[span.end - 3], fourth = scalars[span.end - 4]
        return third == "r" && (fourth == "e" || fourth == "o") || third == "t" && fourth == "s"
    }

    /// `-en` or `-s`: the plural of most nouns (`Art Menschen`, `Rosa Flamingos`), which names seldom end in.
    private func endsInPluralEnding(_ index: Int) -> Bool {
        let span = facts[index].span
        guard span.length >= 3 else { return false }
        return scalars[span.end - 1] == "s" || scalars[span.end - 2] == "e" && scalars[span.end - 1] == "n"
    }

    private func endsInS(_ index: Int) -> Bool {
        let span = facts[index].span
        return span.length >= 3 && scalars[span.end - 1] == "s"
    }

    private func person(_ tokens: Range<Int>, priority: Int, rule: Rule) -> Candidate {
        // A particle is never the last word of a name (`Andre de`); a syllable joined by a hyphen is (`Kim Jong-un`).
        var end = tokens.upperBound
        while end > tokens.lowerBound + 1 && !facts[end - 1].capitalised && facts[end - 1].kind == .word
            && !facts[end - 1].hyphenJoinedBefore { end -= 1 }
        let tokens = tokens.lowerBound..<end
        return Candidate(
            tokens: tokens, span: TextSpan(facts[tokens.lowerBound].span.begin, facts[tokens.upperBound - 1].span.end),
            type: .person, priority: priority, rule: rule)
    }

    /// A token that is one quotation mark (`„`, `“`, `”`, `"`, `«`, `»`, `‹`, `›`).
    /// Inlined for its first test: most tokens asked (the word after a type word, after a name) are words, and the
    /// call cost more than the test.
    @inline(__always)
    private func isQuoteMark(_ index: Int) -> Bool {
        let fact = facts[index]
        return fact.kind != .word && fact.span.length == 1 && Self.isQuoteScalar(scalars[fact.span.begin])
    }

    /// `isQuoteMark(_:)`'s code points.
    private static func isQuoteScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\u{201E}", "\u{201C}", "\u{201D}", "\"", "\u{AB}", "\u{BB}", "\u{2039}", "\u{203A}": true
        default: false
        }
    }

    /// The first token from `start` on that is no title (or its period): inlined, see `isNameSyllableNoun`.
    @inline(__always)
    private func skipTitles(from start: Int, in range: Range<Int>) -> Int {
        var index = start
        while index < range.upperBound, has(index, WordClass.personTitle) {
            index += 1
            if isText(index, Literal.period, in: range) { index += 1 }
        }
        return index
    }

    /// Unambiguous list matches whose first token is `index`, in the order the matcher found them.
    private func listStarts(_ index: Int) -> ArraySlice<Candidate> {
        guard index >= 0 && index < facts.count else { return [] }
        // Most tokens asked are in no list match: one read instead of the search.
        if startsTyped && listType[index] == nil { return [] }
        var low = 0
        var high = startingMatches.count
        while low < high {
            let middle = (low + high) / 2
            if startingMatches[middle].tokens.lowerBound < index { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < startingMatches.count && startingMatches[end].tokens.lowerBound == index { end += 1 }
        return startingMatches[low..<end]
    }

    /// Tokens of the longest list match starting at `index`.
    private func listSpan(at index: Int) -> Range<Int>? {
        listStarts(index).max { $0.tokens.count < $1.tokens.count }?.tokens
    }

    // MARK: Persons

    /// `Premierminister Hun Sen`, `Botschafter Keo Chhea`, `SPD-Chefin Andrea Nahles`.
    private func roleName(at index: Int, in range: Range<Int>, _ out: inout [Candidate]) {
        // A role only matters with a capitalised word (a name or a title) right after it.
        guard index + 1 < range.upperBound, facts[index + 1].capitalised,
            roleLike(index) || (facts[index].hyphenJoinedBefore && has(index, WordClass.role))
        else { return }
        let start = skipTitles(from: index + 1, in: range)
        guard start < range.upperBound else { return }
        let end = personRun(from: start, in: range)
        // A hyphen after the run means the name goes on (`Trainer Andre Villas-Boas`) in a form the rule cannot
        // bound.
        guard end > start, !facts[end - 1].hyphenJoinedAfter else { return }
        // `Leiter Finanzkriminalität bei der Vereinigung`: one word in an abstract noun's ending and in no name list
        // is the field the role covers.
        if end == start + 1, !isFirstName(start), !isSurname(start),
           hasNounEnding(start) {
            return
        }
        out.append(person(start..<end, priority: RulePriority.roleName, rule: .roleName))
    }

    /// A profession or nationality noun, also at the end of a compound (`Sicherheitsforscher`, `US-Amerikaner`).
    /// Inlined, as `isOrganisationType` is: asked thousands of times a pass, most words fail its first tests.
    @inline(__always)
    private func descriptionLike(_ index: Int) -> Bool {
        let fact = facts[index]
        guard fact.kind == .word, fact.capitalised, !fact.allCaps, !fact.hyphenJoinedAfter else { return false }
        if has(index, WordClass.description) { return true }
        // Demonyms (`der Kubaner Elizardo Sanchez`) are in the nationality list with the adjective stems.
        // City adjectives are no people (`Wiener Austria`, `Pariser Prinzenparkstadion`).
        if has(index, WordClass.nationality), !fact.firstInSentence, !isSeatAdjective(index) { return true }
        guard fact.span.length >= 8 else { return false }
        // `Titelverteidiger` is as often a team as a person.
        if Self.titlePrefix.indices.allSatisfy({ WordKey.fold(scalars[fact.span.begin + $0]) == Self.titlePrefix[$0] }) {
            return false
        }
        return endsIn(.description, index, minimum: 5, prefix: 3)
    }

    /// Folded, as no other code point lower-cases to one of these ASCII letters alone.
    private static let titlePrefix: [UInt32] = [0x74, 0x69, 0x74, 0x65, 0x6C]

    /// `Sicherheitsforscher Jan Berger`, `der Brite Kowalczyk`: a description noun and one or two unknown
    /// capitalised words, or a listed first name and the name after it; the name ends there.
    private func descriptionName(at index: Int, in range: Range<Int>, _ out: inout [Candidate]) {
        let start = index + 1
        guard start + 1 <= range.upperBound, facts[start].capitalised, descriptionLike(index), !roleLike(index)
        else { return }
        // `Tochter`, `Mutter` are a company's too (`die RBI-Tochter Polbank`, `die italienische Mutter Unicredit`):
        // a person's only after a possessive (`seiner heute achtjährigen Tochter Aysa`) or before a first name.
        if isText(index, keys.relatedCompany) {
            guard !facts[index].hyphenJoinedBefore,
                  isFirstName(start) || (1...3).contains(where: { isText(index - $0, Literal.possessives) })
            else { return }
        }
        // A demonym is also an adjective (`Bundesverband Deutscher Versicherungskaufleute`): after one, a single
        // word is no name.
        let demonymOnly = !has(index, WordClass.description) && has(index, WordClass.nationality)
        var end = start
        if isFirstName(start) && !isNoun(start) && !isFunction(start) {
            end = personRun(from: start, in: range, limit: 3)
            // A first name alone ends the name where no capitalised word follows (`seinem Bruder Raúl übergeben`).
            let alone = end == start + 1 && !demonymOnly
                && (end == range.upperBound || !facts[end].capitalised || facts[end].kind != .word)
            guard end > start + 1 || alone else { return }
        } else {
            // A short word that is also a noun (`Matt`, `Wal`) can be an unlisted first name before an unknown word.
            if facts[start].span.length <= 5, !facts[start].allCaps, isNoun(start), !isDescriptive(start),
                listType[start] == nil, start + 1 < range.upperBound, isUnknownName(start + 1)
            {
                end = start + 1
            }
            // A first name after an unknown word is the surname (`Sania Mirza`): many names are both.
            while end < range.upperBound && end < start + 3 && isUnknownName(end) && !facts[end].allCaps
                && (!isFirstName(end) || end > start)
            {
                end += 1
            }
            // `Teofilo Braga`: a town's name after an unknown word is the surname.
            if end > start, end < start + 3, end < range.upperBound, isTownSurname(end) { end += 1 }
            guard end > start, end > start + 1 || !isNoun(start) else { return }
            // `der Schweizer Jungstar Belinda Bencic`: an unknown word before a first name and a surname is one
            // more description, a compound the noun list lacks; the name is the last two. (A short word is a
            // given name the lists lack: `der Isländer Gisli Örn Gardarsson`.)
            if end == start + 3, facts[start].span.length >= 7, isFirstName(start + 1), !isFirstName(start) {
                out.append(person(start + 1..<end, priority: RulePriority.descriptionName, rule: .descriptionName))
                return
            }
        }
        // A capitalised word straight after is a title or an organisation, not the end of a name; a hyphen
        // means the name goes on (`Villas-Boas`) in a form the rule cannot bound.
        if facts[end - 1].hyphenJoinedAfter { return }
        if end < range.upperBound && facts[end].kind == .word && facts[end].capitalised { return }
        if demonymOnly && end == start + 1 { return }
        out.append(person(start..<end, priority: RulePriority.descriptionName, rule: .descriptionName))
    }

    /// `der zwölfjährige Dimitri`, `der 77-jährige Charlton`, `Aysha (35)`, `Aysha (Name geändert)`: one name word
    /// alone, which an age before or after it or a note that the name was changed marks as a person's. Reportage
    /// calls witnesses and victims so; no list says which of these words name people. (A word that is a noun too
    /// stays out: `Maria` is a listed plural of `Mare`.)
    ///
    /// The caller has asked the marks, which nearly every word lacks (`aged`: an age before the word; else a bracket
    /// follows); the word's own tests (the noun set among them) are asked here.
    private func markedBareName(at index: Int, in range: Range<Int>, aged: Bool, _ out: inout [Candidate]) {
        let fact = facts[index]
        guard fact.kind == .word, !fact.allCaps, !fact.hyphenJoinedAfter, !isDescriptive(index), !isNoun(index),
              !has(index, WordClass.nationality), listType[index] == nil || listType[index] == .person,
              isFirstName(index) || isSurname(index) || isUnknownName(index)
        else { return }
        // (A word in no list after an age is a person's only where it is no verb made a noun: `das 800-jährige
        // Bestehen`, `des 60-jährigen Bestehens`.)
        if aged, isFirstName(index) || isSurname(index) || !endsFolded(index, with: Self.infinitiveEnding)
            && !endsFolded(index, with: Self.infinitiveGenitiveEnding) {
            out.append(person(index..<(index + 1), priority: RulePriority.speech, rule: .agedName))
            return
        }
        // `Aysha (35) floh`: a listed first name alone (no name word before it) and an age in brackets (a figure of
        // one or two digits, closed or followed by a comma); a word in no list so is as often a team with its points.
        let age = index + 2
        if isFirstName(index), index == range.lowerBound || !isPersonPart(index - 1) || isNoun(index - 1),
           age + 1 < range.upperBound, facts[age].kind == .number, facts[age].span.length <= 2,
           isText(age + 1, keys.close) || isText(age + 1, keys.comma) {
            out.append(person(index..<(index + 1), priority: RulePriority.speech, rule: .agedName))
            return
        }
        // The note: a bracket, perhaps an age and a comma, `Name` or `Namen`, and `geändert` before it closes.
        var word = index + 2
        while word < min(range.upperBound, index + 5), !isText(word, keys.nameNote) { word += 1 }
        guard isText(word, keys.nameNote, in: range),
              let close = (word..<min(range.upperBound, word + 6)).first(where: { isText($0, Literal.close) }),
              isText(close - 1, Literal.changed)
        else { return }
        out.append(person(index..<(index + 1), priority: RulePriority.speech, rule: .changedName))
    }

    /// `23-jährige`, `achtjährigen`: an age's adjective, inflected, after figures or a number word (not
    /// `diesjährige`, `langjährige`).
    private func isAge(_ index: Int) -> Bool {
        let span = facts[index].span
        guard facts[index].kind == .word, Self.endsLikeAge(span, scalars) else { return false }
        if facts[index].hyphenJoinedBefore { return index >= 2 && facts[index - 2].kind == .number }
        let word = scalars[span.begin..<span.end].lazy.map { WordKey.fold($0) }
        return Self.ageNumberWords.contains { word.starts(with: $0) }
    }

    /// Whether the text of `span` ends in `-jährige`, `-jährigen` or `-Jährige`, letter by letter from the end:
    /// asked of every long word before a capitalised one, where a generic suffix test cost several hundred
    /// instructions. Inlined: the rule loop asks it before it calls `isAge(_:)`, which nearly every word fails.
    @inline(__always)
    private static func endsLikeAge<Scalars: RandomAccessCollection>(_ span: TextSpan, _ scalars: Scalars) -> Bool
    where Scalars.Element == Unicode.Scalar, Scalars.Index == Int {
        guard span.length >= 7 else { return false }
        var end = span.end
        if scalars[end - 1] == "n" { end -= 1 }
        return end - span.begin >= 7 && scalars[end - 1] == "e" && scalars[end - 2] == "g"
            && scalars[end - 3] == "i" && scalars[end - 4] == "r" && scalars[end - 5] == "h"
            && (scalars[end - 6] == "ä" || scalars[end - 6] == "Ä")
            && (scalars[end - 7] == "j" || scalars[end - 7] == "J")
    }

    private static let infinitiveEnding = Array("en".unicodeScalars)
    private static let infinitiveGenitiveEnding = Array("ens".unicodeScalars)
    /// Number words an age's adjective starts with (`dreizehnjährige` starts with `drei`).
    private static let ageNumberWords: [[UInt32]] = (
        "ein zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig fünfzig sechzig "
            + "siebzig achtzig neunzig hundert"
    ).unicodeScalars.split(separator: " ").map { $0.map { WordKey.fold($0) } }

    /// `Dietmar Roller`, `Jeremy Douglas`: a listed first name and the capitalised words after it.
    private func firstName(at index: Int, in range: Range<Int>, _ out: inout [Candidate]) {
        let fact = facts[index]
        guard fact.capitalised, !fact.allCaps, isFirstName(index), index + 1 < range.upperBound,
            !isFunction(index), !isDescriptive(index)
        else { return }
        // Inside a longer name the run starts earlier; a role compound before it (`Gründungschefredakteur`) is none,
        // nor an unlisted word in `-in` (`Herausfordererin Silvia Nossek`: a woman's role or profession).
        if index > range.lowerBound && isPersonPart(index - 1) && !isFunction(index - 1) && !isNoun(index - 1)
            && !(endsInFeminineSuffix(index - 1) && !isFirstName(index - 1) && !isSurname(index - 1)) {
            return
        }
        // `van der Marel`: a word after a particle phrase is a surname, whatever the first-name lists say.
        // (The particle's class bit first, one read: the list and its global's lazy initialisation check only after
        // one.)
        if index >= range.lowerBound + 2, isNameParticle(index - 2), isText(index - 1, Literal.derDen) {
            return
        }
        // Right after a count the words ending in a noun are what it counts (`58 Unique User`), not a person (a
        // year is no count: `war 1966 Wilhelm Bungert`).
        if index > range.lowerBound, facts[index - 1].kind == .number, facts[index - 1].span.length != 4,
           index + 1 < range.upperBound, isListedNoun(index + 1) {
            return
        }
        // After an indefinite article a first name opens a product's name (`in einem Ford Transit`), not a person's;
        // after a definite one too where it is a listed company's (`den Ford Transit`, `der Porsche Cayenne`).
        // (Every article is a function word: its class bit, one read, is asked before the two lists are searched.)
        let functionBefore = index > range.lowerBound && isFunction(index - 1)
        if functionBefore, isText(index - 1, .indefiniteArticles) { return }
        if functionBefore, isText(index - 1, .definiteArticles),
           ambiguousStarts.has(index, AmbiguousStarts.organisation)
            || listStarts(index).contains(where: { $0.type == .organization && $0.tokens.count == 1 }) {
            return
        }
        // A hyphenated first name (`Carl-Ludwig`, `Jean-Pierre`) starts at its first part.
        var start = index
        if fact.hyphenJoinedBefore, index >= range.lowerBound + 2, facts[index - 2].capitalised,
            !facts[index - 2].allCaps, isFirstName(index - 2) || (isUnknownName(index - 2) && !isNoun(index - 2))
        {
            start = index - 2
        }
        let next = index + 1
        var end = next
        // `Mike aus dem nahen München sieht es genauso`: a first name alone, before `aus` and a place, is a person
        // the article names by it (not one that is a noun too: `Mark`).
        // (Not in an English title: `Son of Saul aus Ungarn`.)
        if start == index, facts[next].exact == keys.aus, !isNoun(index), listType[index] == nil,
           index == range.lowerBound || !facts[index - 1].capitalised && !isText(index - 1, Literal.englishLinks),
           placeFollows(next + 1, in: range) {
            out.append(person(index..<next, priority: RulePriority.firstName, rule: .firstName))
            return
        }
        if isNameParticle(next) && !facts[next].capitalised
            && facts[next].hyphenJoinedAfter
        {
            // `Omar al-Shishani`: the particle joined by a hyphen to the surname.
            guard next + 2 < range.upperBound, isPersonPart(next + 2) else { return }
            end = next + 3
        } else if isNameParticle(next) && !facts[next].capitalised
            && !isNoun(index)
        {
            // `Ursula von der Leyen`: the particle and its article open the run together.
            let from = isText(next + 1, Literal.derDen, in: range) ? next : next + 1
            // (`Onkel Wanja von Anton Tschechow`: a first name and another name word after the particle are a
            // second person's name, the author's.)
            if from == next + 1, next + 2 < range.upperBound, isFirstName(next + 1), facts[next + 2].capitalised,
               facts[next + 2].kind == .word, !isFunction(next + 2) {
                return
            }
            // `zu` is a preposition far more often than a particle: only a listed surname or a town's name after it
            // makes a name (`Karl-Theodor zu Guttenberg`; not `Will zu Asylnovelle … reden`).
            if isText(next, Literal.zu), from == next + 1 {
                guard next + 1 < range.upperBound, isSurname(next + 1) || isTownSurname(next + 1) else { return }
                end = next + 2
            } else {
                end = personRun(from: from, in: range, limit: 3)
                // (`Andre de Grasse`: a town's name after the particle is the surname.)
                if end <= next + 1, from == next + 1, next + 1 < range.upperBound, isTownSurname(next + 1) {
                    end = next + 2
                }
            }
            if end <= next + 1 { return }
        } else if isCapitalParticle(next, in: range) {
            // `Alexander Van der Bellen`: `Van` is a noun too, but before `der` it opens the surname.
            end = personRun(from: next, in: range, limit: 3)
        } else if next + 1 < range.upperBound, facts[next].capitalised, has(next, WordClass.personLink),
                  !Self.germanParticles.contains(facts[next].folded), facts[next + 1].kind == .word,
                  facts[next + 1].capitalised, !facts[next + 1].allCaps, !isFunction(next + 1) {
            // `Catherine De Bolle`, `Eddie Van Halen`: a capitalised foreign particle and the word after it are the
            // surname, whatever that word means alone.
            end = next + 2
        } else if isNoun(index) {
            // A first name that is also a word (`Mark`, `Wolf`) needs a listed surname or an unknown word after it.
            // Only listed nouns count against the next word: compound guessing takes `Steinhart` for a noun. After
            // an article the word is the noun (`eine Art Versuchslabor`).
            // (A singular noun closing the clause is a surname here too, `Maria Großbauer wird …`, unless a
            // figure comes first: `100 Mark Steuern`, `tausend Mark Haft`.)
            let nounSurname = isNounSurname(next, in: range) && !endsInPluralEnding(next) && listType[index] == nil
                && (index == 0 || facts[index - 1].kind != .number && !isText(index - 1, Literal.numberWords))
            // Nor after an adjective in a noun phrase where a whole name follows (`der legendäre Mentor Bill
            // Campbell`; but `der liberalen Heide Schmidt`), nor as the last part of a compound (`Comic-Fan Elijah`).
            let adjectiveBefore = index >= range.lowerBound + 2 && !facts[index - 1].capitalised
                && facts[index - 1].kind == .word && !isFunction(index - 1)
                && words.isDeterminer(facts[index - 2].folded) && isFirstName(next)
            guard !isText(index - 1, .indefiniteArticles), !isText(index - 1, .definiteArticles),
                !adjectiveBefore, start < index || !fact.hyphenJoinedBefore,
                isSurname(next) || isPersonPart(next) || isTownSurname(next) || nounSurname
                || isInitial(next, in: range)
                    && (!(next + 2 < range.upperBound && facts[next + 2].capitalised)
                        || initialEnd(next, in: range) > next + 2)
            else { return }
            end = personRun(from: next, in: range, limit: 3)
            if end == next, nounSurname { end = next + 1 }
        } else if isNoun(next) && !isSurname(next) {
            // Surnames are often nouns (`Dietmar Roller`, `Anna Fischer`); so are middle names before an unknown
            // surname (`Abdel Asis Nakur`).
            let fact = facts[next]
            // (A short word, as such names are: not `Rocky Horror Picture`; nor a genitive after it, which ends
            // the name before a noun: `Billy Wilders One`; nor after a place: `Melbourne Ai Weiweis`.)
            let middle = next + 1 < range.upperBound && facts[next + 1].kind == .word && facts[next + 1].capitalised
                && !facts[next + 1].allCaps && !isNoun(next + 1) && !isFunction(next + 1) && listType[next + 1] == nil
                && (isUnknownName(next + 1) || isSurname(next + 1)) && facts[next].span.length <= 5
                && scalars[facts[next + 1].span.end - 1] != "s" && listType[index] == nil
            // (A town's name that is a compound noun too is a surname here as well: `Hannes Vogelsang`.)
            guard fact.kind == .word, fact.capitalised, !fact.allCaps, !isDescriptive(next),
                listType[next] == nil || isTownSurname(next),
                middle || next + 1 == range.upperBound || !facts[next + 1].capitalised
                    || isText(next + 1, Literal.clauseEnd)
            else { return }
            end = middle ? next + 2 : next + 1
        } else {
            end = personRun(from: next, in: range, limit: 3)
        }
        if isInitial(next, in: range) { end = initialEnd(next, in: range) }
        // After a first name a town's name is a surname (`Jeremy Douglas`, `Anna Berlin`); a country is not.
        if end == next, isTownSurname(next) { end = next + 1 }
        guard end > next else { return }
        // `dem chinesischen Begriff «Sha Zhu Pan»`: words set in quotation marks as a whole are a term or a title.
        if start > range.lowerBound, end < range.upperBound, isQuoteMark(start - 1), isQuoteMark(end) { return }
        // `im Glenn Research Center`: an English body's head word after the run makes it that body's name; after a
        // particle it names the person's place of work (`Andrew Bremner vom Goldsmiths College`).
        if end < range.upperBound, isText(end, .acronymLongFormHeads) {
            guard let particle = (next..<end).first(where: { !facts[$0].capitalised }), particle > next else { return }
            end = particle
        }
        out.append(person(start..<end, priority: RulePriority.firstName, rule: .firstName))
    }

    /// `Xi Jinping`, `Park Geun-hye`, `Nguyen Phu Trong`: a listed East Asian family name and a given name in its
    /// tradition's syllables after it — one word (up to three syllables in Chinese, two in Korean), two one-syllable
    /// parts joined by a hyphen or written apart (`Ying-jeou`, `Ki Moon`), or, in Vietnamese, up to three
    /// one-syllable words. No listed noun is a given name (`Park Hotel`).
    private func eastAsianName(
        at index: Int, tradition: EastAsianNames.Tradition, names: EastAsianNames, in range: Range<Int>,
        _ out: inout [Candidate]
    ) {
        guard !facts[index].allCaps, !isFunction(index) else { return }
        // Inside a longer name (`Christopher Lee Harvey`) the first-name rule decides.
        if index > range.lowerBound, facts[index - 1].capitalised, isFirstName(index - 1) { return }
        func letters(_ token: Int) -> ArraySlice<Unicode.Scalar> {
            scalars[facts[token].span.begin..<facts[token].span.end]
        }
        func isPart(_ token: Int, capitalised: Bool = true, noun: Bool = false) -> Bool {
            token < range.upperBound && facts[token].kind == .word && !facts[token].allCaps
                && (!capitalised || facts[token].capitalised) && !isFunction(token) && (noun || !isListedNoun(token))
        }
        let first = index + 1
        // (`Van`, a noun too, is the commonest Vietnamese middle name: `Nguyen Van Ly`.)
        guard isPart(first, noun: tradition == .vietnamese) else { return }
        var end = first
        var plain = false
        if tradition != .vietnamese, facts[first].hyphenJoinedAfter, isPart(first + 2, capitalised: false),
           facts[first + 2].hyphenJoinedBefore,
           names.isGivenName(letters(first), tradition: tradition, most: 1),
           names.isGivenName(letters(first + 2), tradition: tradition, most: 1) {
            end = first + 3
        } else if tradition == .vietnamese {
            while end < min(first + 3, range.upperBound), isPart(end, noun: true), !facts[end].hyphenJoinedAfter,
                  names.isGivenName(letters(end), tradition: tradition, most: 1) {
                end += 1
            }
            // The last word is no noun (`Nguyen Van`, then the verb's object).
            while end > first, isListedNoun(end - 1) { end -= 1 }
            plain = end == first + 1
        } else if names.isGivenName(letters(first), tradition: tradition, most: 1), isPart(first + 1),
                  !facts[first].hyphenJoinedAfter, !facts[first + 1].hyphenJoinedAfter,
                  names.isGivenName(letters(first + 1), tradition: tradition, most: 1) {
            end = first + 2
        } else if !facts[first].hyphenJoinedAfter,
                  names.isGivenName(letters(first), tradition: tradition, most: tradition == .chinese ? 3 : 2) {
            end = first + 1
            plain = names.isGivenName(letters(first), tradition: tradition, most: 1)
        }
        guard end > first else { return }
        // A family name that is a noun too (`Park`, `Ding`) takes no given name of one plain syllable.
        if plain, isListedNoun(index) { return }
        // A capitalised word right after the name makes it part of a longer title or phrase (`Long Range Radar`);
        // words set in quotation marks as a whole are a term (`«Sha Zhu Pan»`).
        if end < range.upperBound, facts[end].kind == .word, facts[end].capitalised, !isFunction(end) { return }
        if index > range.lowerBound, end < range.upperBound, isQuoteMark(index - 1), isQuoteMark(end) { return }
        out.append(person(index..<end, priority: RulePriority.firstName, rule: .eastAsianName))
    }

    /// Whether a listed place starts at `index` or after up to three lower-case words (`dem nahen München`).
    private func placeFollows(_ index: Int, in range: Range<Int>) -> Bool {
        var token = index
        while token < min(index + 3, range.upperBound), facts[token].kind == .word, !facts[token].capitalised {
            token += 1
        }
        return token < range.upperBound && listType[token] == .place
    }

    /// `von Herrn Sardana`, `Dr. Sardana`, `Prinz Harry`: an honorific or academic title before name words
    /// the lists do not know (or know as names) marks a person; the title stays outside the span.
    private func titledName(at index: Int, in range: Range<Int>, _ out: inout [Candidate]) {
        // Only forms of address, written as such: not degrees after a name (`BA`, `MA`, which also spell the
        // surname `Ma`), and not `Lady` or `Mr.`, which open stage names (`Lady Gaga`, `Mr. Spock`).
        // (`der Herr Papa` is no name.)
        guard isText(index, Literal.honorifics), !isText(index - 1, .definiteArticles) else { return }
        let start = skipTitles(from: index, in: range)
        guard start > index, start < range.upperBound, facts[start].capitalised, !facts[start].allCaps,
              facts[start].kind == .word, !roleLike(start), !isDescriptive(start)
        else { return }
        var end = start
        if isNoun(start) {
            // `von Herrn Sardana`, `Frau Koch`: after a form of address one word the noun list knows is a surname,
            // where the phrase ends there (not a noun with its complement: `als junge Frau Opfer von …`).
            guard start + 1 == range.upperBound || !facts[start + 1].capitalised || facts[start + 1].kind != .word,
                  listType[start] == nil, !isText(start + 1, Literal.von, in: range)
            else { return }
            end = start + 1
        } else {
            end = personRun(from: start, in: range, limit: 3)
        }
        guard end > start else { return }
        out.append(person(start..<end, priority: RulePriority.speech, rule: .titledName))
    }

    /// `Husam M. wurde …`: a word in no list and no noun before an initial and its period is a first name and
    /// the surname the paper withholds (as `Anna K.` with a listed first name).
    @inline(__always)
    private func initialName(at index: Int, in range: Range<Int>, _ out: inout [Candidate]) {
        let next = index + 1
        guard isInitial(next, in: range), facts[index].span.length >= 3, !facts[index].allCaps,
              isUnknownName(index), !isFunction(index),
              // `Vitamin B. Die …` is no name, and a capitalised word after the period starts a longer name.
              next + 2 >= range.upperBound || !facts[next + 2].capitalised || isText(next + 2, Literal.clauseEnd)
        else { return }
        out.append(person(index..<(next + 2), priority: RulePriority.firstName, rule: .initialName))
    }

    /// `sagte Vitit Muntarbhorn`, `so Anna Berger`, `Chhay Kim Khoeun, ein Sprecher der …`, `… Muntarbhorn, sagte`.
    private func speech(at index: Int, in range: Range<Int>, _ out: inout [Candidate]) {
        // (`wegen der kritisierten Bevorzugung`: after an article inside a clause the verb's participle is an
        // adjective; `Das sagte X`, `…, die erklärten`: a pronoun opening the sentence or a clause is the subject.)
        let isSpeech = !facts[index].capitalised && has(index, WordClass.speechVerb)
            && !(index - 1 > range.lowerBound && words.isDeterminer(facts[index - 1].folded)
                 && facts[index - 2].kind == .word)
        let isSo = facts[index].exact == keys.so && index > range.lowerBound && facts[index - 1].exact == keys.comma
        if isSpeech || isSo {
            var start = index + 1
            // `beklagt sich Ali`: the reflexive pronoun of the verb stands before its subject.
            if isSpeech, isText(start, keys.sich) { start += 1 }
            let nameStart = start
            // `berichtet die Archäologin Kat Szabo`: an article (and lower-case adjectives) before the description.
            if isSpeech, isText(start, .subjectArticles) {
                var word = start + 1
                while word < range.upperBound, word < start + 3, isWord(word), !facts[word].capitalised,
                      hasAdjectiveEnding(word) {
                    word += 1
                }
                // (Only a person's description: not `schrieb die Aktion Bernhard …`.)
                if word < range.upperBound, facts[word].capitalised,
                   roleLike(word) || descriptionLike(word) || words.personNouns.contains(facts[word].folded) {
                    start = word
                }
            }
            // Roles and descriptions before the name (`Polizeiwissenschafter Rafael Behr`); a first name that is
            // also a noun, before another capitalised word, opens the name (`sagte Hermann Rodler`).
            // (`sagte Hofmann.`, `so Müller am Montag`: a noun the surname list knows, closing the clause, is the
            // name.)
            while start < range.upperBound, roleLike(start)
                || (facts[start].capitalised && isNoun(start) && !opensNounName(start, in: range)
                    && !isCapitalParticle(start, in: range) && !isClosingSurname(start, in: range)
                    && !opensShortNounName(start, in: range))
                || (start + 1 < range.upperBound && facts[start].capitalised
                    && !isFirstName(start) && isFirstName(start + 1))
            {
                start += 1
            }
            start = skipTitles(from: start, in: range)
            // (Most often no name can open there: `sagte er`, `sagt, dass`.)
            if start < range.upperBound, mayOpenPersonRun(start, in: range) {
                // Right after the verb or `so`, a listed surname alone is the speaker though it is a noun too.
                let bareSurname = start == nameStart && facts[start].kind == .word && facts[start].capitalised
                    && isNoun(start) && isClosingSurname(start, in: range)
                let end = bareSurname ? start + 1 : personRun(from: start, in: range)
                // `beklagt sich Ali.`, `fügt Ali hinzu`: a person the article calls by the first name alone; a
                // listed first name in no other list, closing the clause right after the verb.
                let bareFirstName = start == nameStart && end == start + 1 && isFirstName(start)
                    && !isNoun(start) && !facts[start].allCaps && listType[start] == nil
                    && (end == range.upperBound || !facts[end].capitalised || facts[end].kind == .punctuation)
                // (An acronym opens no person's name: `erwartet JBC Energy …` names a company.)
                let acronym = facts[start].allCaps && facts[start].span.length >= 2
                if !acronym, bareSurname || bareFirstName || isConvincingName(start..<end) {
                    out.append(person(start..<end, priority: RulePriority.speech, rule: .speechVerbAfter))
                }
            }
        }
        // `Paetongtarn Shinawatra sagte …`, `Saw Chit Thu bestritt …`: two to four capitalised words that no list
        // knows (no noun, role or function word; `Jeden Freitag rufen …` is a time) open the sentence and a speech
        // verb follows, its subject.
        if isSpeech, case let count = index - range.lowerBound, count >= 2, count <= 4,
           (range.lowerBound..<index).allSatisfy({
               isPersonPart($0) && !facts[$0].allCaps && listType[$0] == nil && !isFunction($0) && !roleLike($0)
                   && !descriptionLike($0) && (!isNoun($0) || isFirstName($0))
           }),
           isConvincingName(range.lowerBound..<index) {
            out.append(person(range.lowerBound..<index, priority: RulePriority.speech, rule: .speechVerbBefore))
        }
        // Name before a comma and then a speech verb, an article + role, or a role.
        // The name runs back from a capitalised word right before the comma (`isPersonPart`): without one, the cue
        // after the comma is not looked for.
        guard facts[index].exact == keys.comma, index + 1 < range.upperBound, index > range.lowerBound,
              facts[index - 1].kind == .word, facts[index - 1].capitalised
        else { return }
        var cue = index + 1
        if isFunction(cue) && !facts[cue].capitalised && !has(cue, WordClass.speechVerb) { cue += 1 }
        while cue < range.upperBound && isWord(cue) && !facts[cue].capitalised && !isFunction(cue)
            && !has(cue, WordClass.speechVerb)
        {
            cue += 1
        }
        guard cue < range.upperBound else { return }
        let cueIsSpeech = has(cue, WordClass.speechVerb) && !facts[cue].capitalised
        let cueIsRole = roleLike(cue)
        guard cueIsSpeech || cueIsRole else { return }
        var start = index
        var parts = 0
        while start > range.lowerBound, parts < 4 {
            if isPersonPart(start - 1) {
                parts += 1
                start -= 1
            } else if parts > 0, start - 1 > range.lowerBound,
                isNameParticle(start - 1), !facts[start - 1].capitalised,
                isPersonPart(start - 2)
            {
                start -= 1
            } else if parts > 0, start - 1 > range.lowerBound, isNameSyllableNoun(start - 1),
                      isUnknownName(start - 2), isUnknownName(start) {
                // `Chou Bun Eng, Vizepräsidentin …`: a short noun between two words in no list.
                parts += 1
                start -= 1
            } else {
                break
            }
        }
        if start < index && isConvincingName(start..<index) {
            out.append(person(start..<index, priority: RulePriority.speech, rule: .apposition))
        }
    }

    /// `Ursula Siebert von der Tiermedizinischen Hochschule`: an adjective's ending before a capitalised noun
    /// makes `von der` the start of where the person works, not a particle of the surname (`von der Leyen`).
    private func isAdjectiveBeforeNoun(_ index: Int, in range: Range<Int>) -> Bool {
        index + 1 < range.upperBound && hasAdjectiveEnding(index) && facts[index + 1].kind == .word
            && facts[index + 1].capitalised && isNoun(index + 1)
    }

    /// A listed surname with punctuation or a lower-case word after it: a name alone, though a noun too.
    private func isClosingSurname(_ index: Int, in range: Range<Int>) -> Bool {
        guard isSurname(index), !facts[index].allCaps, !roleLike(index) else { return false }
        return index + 1 >= range.upperBound || !facts[index + 1].capitalised || facts[index + 1].kind != .word
    }

    /// `der UN-Hochkommissar für Menschenrechte, Zeid Raad al-Hussein, sagte`: a role phrase, a comma, and the
    /// name that the commas set off after it.
    private func roleApposition(at index: Int, in range: Range<Int>, _ out: inout [Candidate]) {
        guard facts[index].exact == keys.comma, index + 2 < range.upperBound, index > range.lowerBound else { return }
        // The name after the comma is asked about first: after most commas none can open, and the search for a
        // role before them cost several times the test.
        let start = skipTitles(from: index + 1, in: range)
        guard start < range.upperBound, mayOpenPersonRun(start, in: range) else { return }
        var role = index - 1
        var skipped = 0
        while role > range.lowerBound, skipped < 10, !roleLike(role) {
            // Only the role's attachment may stand between: `für Menschenrechte`, `der Stadt Graz`, an adjective
            // after an article (`der oppositionellen Kommission`), an acronym in brackets (`(CCDHRN)`).
            let exact = facts[role].exact
            if exact == keys.close, role - 2 > range.lowerBound, facts[role - 2].exact == keys.open,
                facts[role - 1].allCaps {
                role -= 3
                continue
            }
            // Lower case, so not the noun the noun list may also know (`Oppositionellen`).
            let adjective = isWord(role) && !facts[role].capitalised && hasAdjectiveEnding(role)
                && isFunction(role - 1)
            guard exact == keys.ampersand || exact == keys.hyphen || adjective
                || isWord(role) && (facts[role].capitalised || isFunction(role))
            else { return }
            role -= 1
            skipped += 1
        }
        guard roleLike(role), !has(role, WordClass.speechVerb) else { return }
        var end = personRun(from: start, in: range)
        // `der Sprecher des Innenministeriums, Touch Sokhak, sagte`: set off by commas after a role, a first name
        // that the noun list knows (`Touch`) opens the name where words in no list follow up to the comma.
        if end == start, start + 1 < range.upperBound, facts[start].capitalised, isNoun(start),
           !facts[start].allCaps, !isDescriptive(start), listType[start] == nil, isPersonPart(start + 1),
           !isNoun(start + 1) {
            let tail = personRun(from: start + 1, in: range)
            if tail < range.upperBound, facts[tail].exact == keys.comma { end = tail }
        }
        guard end > start, isConvincingName(start..<end),
            end == range.upperBound || (facts[end].kind == .punctuation && !isText(end, Literal.joiners))
        else { return }
        out.append(person(start..<end, priority: RulePriority.speech, rule: .apposition))
    }

    /// `berichtet die Archäologin Kat Szabo`: a noun of four letters or fewer (`Kat`) before a word in no list that
    /// closes the clause opens a name, as a short first name does.
    private func opensShortNounName(_ index: Int, in range: Range<Int>) -> Bool {
        guard isNameSyllableNoun(index, maximum: 5), index + 1 < range.upperBound, isUnknownName(index + 1) else {
            return false
        }
        return index + 2 >= range.upperBound || !facts[index + 2].capitalised || facts[index + 2].kind != .word
    }

    /// A listed first name that the noun list knows too (`Hermann`, `Kai`), before a capitalised word in no list.
    private func opensNounName(_ index: Int, in range: Range<Int>) -> Bool {
        guard isFirstName(index), !roleLike(index), index + 1 < range.upperBound else { return false }
        let next = facts[index + 1]
        return next.kind == .word && next.capitalised && !next.allCaps && listType[index + 1] == nil
            && !isDescriptive(index + 1)
    }

    /// Two or more name words, or one that the surname list knows. Two nouns are a name when the first is a
    /// listed first name (`sagte Hermann Rodler`, `Kai Christ`): where these rules ask, a speaker or an
    /// apposition is expected.
    private func isConvincingName(_ tokens: Range<Int>) -> Bool {
        // The capitalised words counted in place: gathered into an array, they cost an allocation a call.
        var first = -1
        var count = 0
        for index in tokens where isWord(index) && facts[index].capitalised {
            if first < 0 { first = index }
            count += 1
        }
        if count >= 2 {
            return tokens.contains { isWord($0) && facts[$0].capitalised && !isNoun($0) } || isFirstName(first)
        }
        guard first >= 0 else { return false }
        return isSurname(first) && !isNoun(first)
    }

    // MARK: Organisations

    /// `International Justice Mission (IJM)`, `Bundesamt für Verfassungsschutz (BfV)`: the long form and the
    /// acronym are one organisation.
    private func acronymDefinition(at index: Int, in range: Range<Int>, _ out: inout [Candidate]) {
        guard isText(index, keys.open), index > range.lowerBound else { return }
        let close: Int
        var writtenAsWord = false
        if index + 2 < range.upperBound, isText(index + 2, keys.close) {
            close = index + 2
            let acronym = facts[index + 1]
            writtenAsWord = !acronym.allCaps && !acronym.innerCaps
            // (`Staatssekretariat für Wirtschaft (Seco)`: a short form written as a word, no noun or name of its own.)
            guard acronym.kind == .word, acronym.capitalised,
                acronym.allCaps || acronym.innerCaps || acronym.span.length >= 4 && listType[index + 1] == nil
                    && !isNoun(index + 1) && !isFirstName(index + 1) && !isSurname(index + 1),
                acronym.span.length <= 8, acronym.span.length >= 2
            else { return }
        } else if let hyphenated = hyphenatedAcronymClose(after: index, in: range) {
            close = hyphenated
        } else {
            acronymBeforeLongForm(at: index, in: range, &out)
            return
        }
        let acronymSpan = TextSpan(facts[index + 1].span.begin, facts[close - 1].span.end)
        // A hyphenated acronym's long form may spell all its letters or only its last part's: the first part names
        // the association or the region (`Interventionsstelle für Betroffene des Frauenhandels (LEFÖ-IBF)`).
        // (Folded in one pass into an array made at its size: filtered first, the letters grew an array of their own
        // step by step before the fold copied them again.)
        var letters: [UInt32] = []
        letters.reserveCapacity(acronymSpan.length)
        for scalar in scalars[acronymSpan.begin..<acronymSpan.end] where scalar != "-" {
            letters.append(WordKey.fold(scalar))
        }
        let tailLetters = close == index + 2 ? letters
            : scalars[facts[close - 1].span.begin..<facts[close - 1].span.end].map(WordKey.fold)
        var best: Int?
        var start = index - 1
        // A legal form at the end spells no letter (`Rundfunk und Telekom Regulierungs-GmbH (RTR)`,
        // `Kinderschutzallianz Online e. V. (KSAO)`); the words before it are read from the one before it.
        var spellEnd = index
        if let form = (max(range.lowerBound + 1, index - 4)..<index).first(where: {
            has($0, WordClass.legalFormStart) && legalFormEnd(at: $0, in: range) == index
        }) {
            spellEnd = isText(form - 1, keys.hyphen) ? form - 1 : form
            if form < index - 1 { start = form - 1 }
        }
        while start >= range.lowerBound && index - start <= 10 {
            if facts[start].capitalised && isWord(start)
                && (longForm(start..<index, matches: letters)
                    || tailLetters != letters && longForm(start..<index, matches: tailLetters)
                    || spellEnd < index && start < spellEnd && longForm(start..<spellEnd, matches: letters)) {
                best = start
            }
            // `Unabhängige Parteien-Transparenz-Senat (UPTS)`: the parts of a hyphenated compound give letters too,
            // as does the first half of an elliptic one (`Rechts- und Kriminalsoziologie`).
            let hyphen = start > range.lowerBound && isText(start, keys.hyphen)
                && facts[start - 1].span.end == facts[start].span.begin
            if !isWord(start) && !hyphen { break }
            start -= 1
        }
        // A hyphenated long form names a body by its head word first or last, or an adjective before the compound
        // (`Welt-Antidoping-Agentur`, `Institut für Rechts- und Kriminalsoziologie`, `Unabhängige
        // Parteien-Transparenz-Senat`); else it is a thing (`Solid-State-Disk (SSD)`, `Umweltverträglichkeits-Prüfung
        // (UVP)`).
        // (`Rundfunk und Telekom Regulierungs-GmbH (RTR)`: a legal form at the end is such a head.)
        // (`Inter-Agency Council Against Trafficking (IACAT)`: an English head anywhere in it.)
        if let found = best, (found..<index).contains(where: { isText($0, Literal.hyphen) }),
           !isOrganisationHead(index - 1), !isOrganisationHead(found), spellEnd == index,
           !(found..<index).contains(where: { isText($0, .acronymLongFormHeads) }),
           !(hasAdjectiveEnding(found) && !facts[found].hyphenJoinedAfter) {
            best = nil
        }
        let spelled = best != nil
        // `der Burgenländischen Landesholding Vermögensverwaltungs GmbH & Co OG (BVOG)`: a company's name with its
        // legal form defines the acronym after it, spelled or not.
        let company = spellEnd < index ? companyNameStart(before: spellEnd, in: range) : nil
        guard var first = best ?? headedLongForm(before: index, in: range) ?? compoundLongForm(before: index, in: range)
            ?? company
        else { return }
        // (`einer Familienstiftung in Liechtenstein (Zamason)`: a word in brackets after an indefinite phrase is the
        // body's name, and the phrase no long form of it.)
        if writtenAsWord, best == nil, first > range.lowerBound, isText(first - 1, Literal.indefiniteArticles) {
            return
        }
        // `Large Hadron Collider (LHC)`, `Integraler Taktfahrplan (ITF)`: a thing, an event or an agreement.
        if words.nonOrganisationHeads.contains(facts[index - 1].folded)
            || endsIn(.nonOrganisationHead, index - 1, minimum: 5, prefix: 0) {
            return
        }
        // `Karen Border Guard Force (BGF)`: the acronym spells the tail of a listed name that ends at the
        // bracket; the whole listed name is the long form.
        if let listed = (max(range.lowerBound, first - 3)..<first).first(where: { start in
            listStarts(start).contains { $0.tokens.upperBound == index && $0.type == .organization }
        }) {
            first = listed
        }
        // `Wiener Krankenanstaltenverbund (KAV)`: the seat's adjective belongs to the long form.
        if first > range.lowerBound, isSeatAdjective(first - 1) { first -= 1 }
        // One word before an acronym is an organisation only with an organisation's head (`Bundeskriminalamt`,
        // `Weltgesundheitsorganisation`), not a measure or a thing (`Megawatt (MW)`, `Bruttoinlandsprodukt (BIP)`).
        // (In the genitive too: `des Bundeskriminalamts (BK)`.)
        if first == index - 1, isNoun(first), !isArmedGroupHead(first), !Self.orgHeads.contains(where: {
            ends(first, with: $0, after: 2) || scalars[facts[first].span.end - 1] == "s"
                && (ends(first, with: $0, after: 2, dropping: 1) || ends(first, with: $0, after: 2, dropping: 2))
        }) {
            return
        }
        if first > range.lowerBound && isText(first - 1, Literal.the) { first -= 1 }
        let longSpan = TextSpan(facts[first].span.begin, facts[index - 1].span.end)
        let listed = listStarts(first).first(where: { $0.span == longSpan })
        // `Vereinigte Arabische Emirate (VAE)`, `Republika Srpska (RS)`: a listed place and its abbreviation.
        let type: EntityType = listed?.type == .place ? .place : .organization
        var long = Candidate(
            tokens: first..<index, span: longSpan, type: type, priority: RulePriority.acronymDefinition,
            rule: .acronymDefinition)
        // (A long form that does not spell a listed body's acronym is that body's German name: its name and ids,
        // `UN-Menschenrechtsbüro (OHCHR)`, `UN-Organisation für Ernährung und Landwirtschaft (FAO)`. One that spells
        // it defines the letters anew.)
        let entry = listed ?? (spelled ? nil : listStarts(index + 1).first(where: {
            $0.type == .organization && $0.tokens == (index + 1)..<close
        }))
        if let entry {
            long.nameEntry = entry.nameEntry
            if let canonical = extras.canonical(of: entry) { extras.setCanonical(canonical, of: &long) }
        }
        out.append(long)
        var short = Candidate(
            tokens: (index + 1)..<close, span: acronymSpan, type: type,
            priority: RulePriority.acronymDefinition,
            rule: .acronymDefinition)
        short.link = longSpan
        out.append(short)
    }

    /// `(LEFÖ-IBF)`, `(UN-OCHA)`: two parts in capitals joined by a hyphen, alone in brackets, are one acronym.
    /// Returns the closing bracket's token.
    private func hyphenatedAcronymClose(after open: Int, in range: Range<Int>) -> Int? {
        let close = open + 4
        guard close < range.upperBound, isText(close, keys.close), isText(open + 2, keys.hyphen),
              facts[open + 1].hyphenJoinedAfter, facts[open + 3].hyphenJoinedBefore
        else { return nil }
        for part in stride(from: open + 1, through: open + 3, by: 2) {
            let fact = facts[part]
            guard fact.kind == .word, fact.capitalised, fact.allCaps, fact.span.length >= 2, fact.span.length <= 6
            else { return nil }
        }
        return close
    }

    /// `des UN-Menschenrechtsbüros (OHCHR)`, `das UNO-Flüchtlingshochkommissariat (UNHCR)`: a compound on a listed
    /// name whose last part is an organisation's head, before a listed organisation's acronym, is that
    /// organisation's German name, one span (GUIDELINES: a compound that is itself a name). Returns its first token.
    private func compoundLongForm(before index: Int, in range: Range<Int>) -> Int? {
        let last = index - 1, name = index - 3
        guard name >= range.lowerBound, isWord(last), facts[last].capitalised, facts[last].hyphenJoinedBefore,
              !facts[name].hyphenJoinedBefore, listType[name] != nil, listSpan(at: name) == name..<(name + 1),
              listType[index + 1] == .organization,
              isOrganisationHead(last) || endsInHead(last, of: Self.agencyHeads) else { return nil }
        return name
    }

    /// Heads of the UN's and the EU's agencies' German names, besides `orgHeads` (`UN-Flüchtlingshochkommissariat`,
    /// `UN-Kinderhilfswerk`, `UN-Entwicklungsprogramm`), asked only before a listed organisation's acronym.
    private static let agencyHeads: SuffixSet = {
        var set = SuffixSet()
        for head in ["kommissariat", "hilfswerk", "programm", "sekretariat", "mission"] {
            set.insert(Array(head.unicodeScalars))
        }
        return set
    }()

    /// `der ÖVGW (Österreichische Vereinigung für das Gas- und Wasserfach)`: an acronym before the long form it
    /// spells, in brackets; the two are one organisation, each its own span (as the other way round).
    private func acronymBeforeLongForm(at open: Int, in range: Range<Int>, _ out: inout [Candidate]) {
        let acronym = facts[open - 1]
        guard acronym.kind == .word, acronym.capitalised, acronym.allCaps || acronym.innerCaps,
              acronym.span.length >= 2, acronym.span.length <= 8, !acronym.hyphenJoinedBefore,
              // (A bracket near the sentence's end leaves no room: the range stays empty.)
              let close = (open + 3..<max(open + 3, min(open + 13, range.upperBound))).first(where: {
                  isText($0, Literal.close) }),
              (open + 1..<close).allSatisfy({ isWord($0) || isText($0, Literal.hyphen) }),
              !words.nonOrganisationHeads.contains(facts[close - 1].folded)
        else { return }
        let letters = scalars[acronym.span.begin..<acronym.span.end].map(WordKey.fold)
        guard longForm(open + 1..<close, matches: letters) else { return }
        let longSpan = TextSpan(facts[open + 1].span.begin, facts[close - 1].span.end)
        out.append(Candidate(
            tokens: (open + 1)..<close, span: longSpan, type: .organization, priority: RulePriority.acronymDefinition,
            rule: .acronymDefinition))
        var short = Candidate(
            tokens: (open - 1)..<open, span: acronym.span, type: .organization,
            priority: RulePriority.acronymDefinition, rule: .acronymDefinition)
        short.link = longSpan
        out.append(short)
    }

    /// `Organisation für das Verbot von Chemiewaffen (OPCW)`, `Demokratische Unionspartei (PYD)`: a long form
    /// translated from another language does not spell its acronym, but still defines it when an organisation's
    /// head opens it (perhaps after capitalised adjectives) and capitalised words and link words run from there
    /// to the bracket. Returns the long form's first token.
    private func headedLongForm(before index: Int, in range: Range<Int>) -> Int? {
        let last = index - 1
        // A listed acronym after a name is a party or a body the name belongs to (`Landesrat Hans Muster (ÖVP)`);
        // after an armed group's name it is that group's own (`Vereinigte Wa-Staatsarmee (UWSA)`), asked below.
        let listedAcronym = listType[index + 1] != nil
        guard isWord(last), facts[last].capitalised else { return nil }
        var start = last
        while start > range.lowerBound, last - start < 10 {
            let previous = start - 1
            let linked = isText(previous, Literal.joiners) && previous > 0 && facts[previous - 1].hyphenJoinedAfter
                || isWord(previous) && (facts[previous].capitalised || isText(previous, Literal.longFormLinks))
                // (`Kommission gegen organisiertes Verbrechen`, `Institut für angewandte Ökologie`: a lower-case
                // adjective after `für` or `gegen`.)
                || isWord(previous) && !facts[previous].capitalised && hasAdjectiveEnding(previous)
                    && previous > range.lowerBound && isText(previous - 1, Literal.purposeLinks)
            guard linked else { break }
            start = previous
        }
        // (A listed body's acronym after a long form that spans more than its head is that form's own:
        // `Präsidentenkommission gegen organisiertes Verbrechen (PAOCC)`.)
        let spansMore = last - start >= 2 && (start...last).contains(where: { isText($0, Literal.purposeLinks) })
        guard let head = (start...last).first(where: {
            isWord($0) && facts[$0].capitalised
                && ((!listedAcronym || spansMore) && isOrganisationHead($0) || isArmedGroupHead($0)) }),
              !roleLike(head), !(head...last).contains(where: isFirstName),
              !listedAcronym || listType[index + 1] == .organization
        else { return nil }
        // `der Organisation Awareness Against Human Trafficking (HAART)`: a type word before a name of words no
        // German list knows stays outside the name (guidelines).
        if head < last, isOrganisationType(head), facts[head + 1].capitalised,
           (head + 1...last).allSatisfy({ !isListedNoun($0) && listType[$0] == nil }) {
            return head + 1
        }
        var first = head
        // `Potsdam-Institut`, `UN-Kommission gegen Straffreiheit`: a hyphenated prefix belongs to the name.
        while first - 2 >= start, facts[first].hyphenJoinedBefore, isWord(first - 2) { first -= 2 }
        // Only capitalised adjectives may stand before the head (`Demokratische`, `Leipziger`), not a noun
        // (`Verbleib in der Bundesliga (ABL)`); a town's adjective the noun list knows too counts
        // (`Wiener Krankenanstaltenverbund (KAV)`).
        // (Two at most, counted apart from a hyphenated prefix: `Vereinigte Wa-Staatsarmee`.)
        let prefixed = first
        while first - 1 >= start, isWord(first - 1), facts[first - 1].capitalised,
              hasAdjectiveEnding(first - 1) && !isListedNoun(first - 1) || isSeatAdjective(first - 1),
              prefixed - first < 2 {
            first -= 1
        }
        return first
    }

    /// A word that is an organisation's head or ends in one, perhaps in the genitive (`Forschungszentrums`,
    /// `Unionspartei`).
    private func isOrganisationHead(_ index: Int) -> Bool { endsInHead(index, of: Self.orgHeadSuffixes) }

    /// Whether the word is or ends in one of `heads`, also in the genitive.
    private func endsInHead(_ index: Int, of heads: SuffixSet) -> Bool {
        let span = facts[index].span
        guard span.length > 4, scalars[span.end - 1] == "s" else { return endsInHead(index, of: heads, dropping: 0) }
        // `Forschungszentrums`, `Wetterdienstes`: the genitive's `-s` or `-es`.
        return endsInHead(index, of: heads, dropping: 1)
            || scalars[span.end - 2] == "e" && endsInHead(index, of: heads, dropping: 2)
    }

    private func endsInHead(_ index: Int, of heads: SuffixSet, dropping genitive: Int) -> Bool {
        let span = facts[index].span
        // One backward pass over the word's letters, most of which stop after two or three: comparing it with each
        // head of its last letter cost some five hundred instructions a call.
        return scalars.withUnsafeBufferPointer { scalars in
            heads.isOrEndsIn(scalars[span.begin..<(span.end - genitive)], prefix: 2)
        }
    }

    /// `orgHeads` as a suffix set.
    private static let orgHeadSuffixes: SuffixSet = {
        var set = SuffixSet()
        for head in orgHeads { set.insert(head.compactMap(Unicode.Scalar.init)) }
        return set
    }()

    /// `das Bundesamt für Strahlenschutz`, `dem Europäischen Zentrum für Pressefreiheit`, `die Gesellschaft für
    /// bedrohte Völker`: an organisation's head after a definite article (perhaps with capitalised adjectives,
    /// which belong to the name), `für`, and the body's field, capitalised nouns perhaps joined by `und` (one
    /// lower-case adjective may stand before a noun), is one organisation's official name. Not after an indefinite
    /// article or a lower-case adjective (`ein Zentrum für Flüchtlinge`, `ein neues Amt für Integration`): a
    /// description.
    /// With `genitive`, the field follows in the genitive (`der Verband der Fleischwirtschaft`, `die Gewerkschaft
    /// der Polizei`) after one of `genitiveNamedHeads`, and names no place.
    private func bodyNamedByField(
        at index: Int, in range: Range<Int>, genitive: Bool = false, purpose: Bool = false, _ out: inout [Candidate]
    ) {
        let head = index - 1
        guard head > range.lowerBound, index + 1 < range.upperBound, isWord(head), facts[head].capitalised,
              !facts[head].allCaps, !facts[head].hyphenJoinedBefore, listType[head] == nil,
              purpose ? endsInHead(head, of: Self.purposeNamedHeads) : isOrganisationHead(head),
              !roleLike(head),
              // (`zur` names a task: `zur Bekämpfung`, `zur Förderung`; not an idiom, `das Büro zur Verfügung`.)
              !isText(index, Literal.zur) || isText(index + 1, Literal.tasks)
        else { return }
        var first = head
        // (`am Wiener Landesgericht für Strafsachen`: a place's adjective, though also a noun, is the body's seat;
        // so is any adjective between the article and the head, `die Internationale Agentur für Krebsforschung`.)
        while first - 1 > range.lowerBound, head - first < 2, isWord(first - 1), facts[first - 1].capitalised,
              !facts[first - 1].firstInSentence, hasAdjectiveEnding(first - 1),
              !isListedNoun(first - 1) || isSeatAdjective(first - 1)
                || isText(first - 2, .definiteArticles) || isText(first - 2, Literal.fusedArticles) {
            first -= 1
        }
        // `vom GIGA Institut für Asien-Studien`: a short name in capitals before the head is part of the name.
        if first == head, first - 1 > range.lowerBound, isWord(first - 1), facts[first - 1].allCaps,
           facts[first - 1].span.length >= 2, !facts[first - 1].hyphenJoinedAfter, listType[first - 1] == nil {
            first -= 1
        }
        // The article, or an article fused with a preposition (`im`, `vom`, `beim`, `zum`), opens the phrase; a
        // country's adjective may stand between, outside the name (`im chinesischen Ministerium für Öffentliche
        // Sicherheit`).
        var opener = first - 1
        if first == head, opener > range.lowerBound, !facts[opener].capitalised, has(opener, WordClass.nationality) {
            opener -= 1
        }
        // (Or `laut` before the bare head: `laut Bundesamt für Statistik`.)
        guard isText(opener, .definiteArticles) || isText(opener, Literal.fusedArticles)
            || opener == head - 1 && isText(opener, Literal.laut) else { return }
        var end = index + 1
        var words = 0
        while end < range.upperBound, words < 3 {
            // `für bedrohte Völker`: one lower-case adjective before the noun, or two joined by `und`
            // (`für ökonomische und politische Forschung`).
            var noun = end
            if isLowercaseAdjective(noun), noun + 3 < range.upperBound, isText(noun + 1, keys.und),
               isLowercaseAdjective(noun + 2) {
                noun += 2
            }
            if isLowercaseAdjective(noun), noun + 1 < range.upperBound, facts[noun + 1].capitalised { noun += 1 }
            guard isWord(noun), facts[noun].capitalised, !facts[noun].allCaps, !isFunction(noun),
                  listType[noun] == nil || listType[noun] == .place && !genitive, !isFirstName(noun)
            else { break }
            end = noun + 1
            // (`für Asien-Studien`: a compound joined by a hyphen, perhaps on a place's name.)
            if facts[noun].hyphenJoinedAfter, noun + 2 < range.upperBound, isWord(noun + 2),
               facts[noun + 2].capitalised {
                end = noun + 3
            }
            // (`für Rechts- und Kriminalsoziologie`: a compound cut at its hyphen, joined to the next by `und`.)
            if noun + 3 < range.upperBound, isText(noun + 1, Literal.hyphen), isText(noun + 2, Literal.und),
               facts[noun + 1].span.begin == facts[noun].span.end {
                end = noun + 2
            }
            // `für Angewandte Sprachwissenschaft`, `für Islamische Studien`: a capitalised adjective, then its noun.
            if end < range.upperBound, isWord(end), facts[end].capitalised, hasAdjectiveEnding(noun),
               !isListedNoun(noun), listType[end] == nil, !isFunction(end) {
                end += 1
                // (`der Deutschen Rheuma-Liga`: a compound joined by a hyphen.)
                if facts[end - 1].hyphenJoinedAfter, end + 1 < range.upperBound, isWord(end + 1),
                   facts[end + 1].capitalised {
                    end += 2
                }
            }
            words += 1
            // `für Migration und Flüchtlinge`, `für Umwelt, Natur und Klima`
            guard end + 1 < range.upperBound, isText(end, keys.und) || isText(end, Literal.comma) else { break }
            end += 1
        }
        // The loop may stop after a trailing `und` or comma that led nowhere.
        while end > index + 1, !isWord(end - 1) || !facts[end - 1].capitalised { end -= 1 }
        guard end > index + 1 else { return }
        // `für Geschichtsschreibung der Arbeiterbewegung`, `für Integration von Jugendlichen`: the field's genitive
        // or `von` phrase belongs to it; not a body the institute is part of (`der Universität Wien`).
        if !genitive, end + 1 < range.upperBound, isText(end, keys.genitiveArticles) || isText(end, Literal.von),
           isWord(end + 1), facts[end + 1].capitalised, !facts[end + 1].allCaps, listType[end + 1] == nil,
           !isFunction(end + 1), !isFirstName(end + 1), !isOrganisationHead(end + 1),
           !(hasAdjectiveEnding(end + 1) && !isListedNoun(end + 1)),
           end + 2 >= range.upperBound || !facts[end + 2].capitalised {
            end += 2
            // (`zur Bekämpfung der Schlepperkriminalität und des Menschenhandels`: a second genitive joined by `und`.)
            if end + 2 < range.upperBound, isText(end, keys.und), isText(end + 1, keys.genitiveArticles),
               isWord(end + 2), facts[end + 2].capitalised, !facts[end + 2].allCaps, listType[end + 2] == nil,
               !isOrganisationHead(end + 2), end + 3 >= range.upperBound || !facts[end + 3].capitalised {
                end += 3
            }
        }
        out.append(Candidate(
            tokens: first..<end, span: TextSpan(facts[first].span.begin, facts[end - 1].span.end),
            type: .organization, priority: RulePriority.placeType, rule: .fieldName))
    }

    /// `der Kommunistischen Partei`, `die Sozialistische Partei`, `die Freie Universität`: an adjective written with a
    /// capital inside a sentence, between a definite article and an organisation's head, makes the two a name (German
    /// writes an adjective lower-case unless it is part of one). Listed names (`Europäische Union`) are matched first.
    private func bodyNamedByAdjective(at index: Int, in range: Range<Int>, _ out: inout [Candidate]) {
        let head = index + 1
        guard head < range.upperBound, isWord(index), isWord(head), !facts[index].allCaps, !facts[head].allCaps,
              listType[index] == nil, listType[head] == nil, !facts[index].hyphenJoinedAfter,
              !facts[head].hyphenJoinedAfter, hasAdjectiveEnding(index), !isListedNoun(index),
              // (Not in `-r`: a town's adjective is written with a capital anyway, and `der Stuttgarter Konzern` is
              // Daimler described, not named.)
              scalars[facts[index].span.end - 1] != "r",
              isOrganisationHead(head), !roleLike(head)
        else { return }
        out.append(Candidate(
            tokens: index..<(head + 1), span: TextSpan(facts[index].span.begin, facts[head].span.end),
            type: .organization, priority: RulePriority.placeType, rule: .adjectiveName))
    }

    /// A lower-case word with an adjective's ending that is no function word (`bedrohte`, `politische`).
    private func isLowercaseAdjective(_ index: Int) -> Bool {
        !facts[index].capitalised && isWord(index) && !isFunction(index) && hasAdjectiveEnding(index)
    }

    /// Heads whose official names give the field in the genitive (`Verband der Automobilindustrie`, `Bund der
    /// Steuerzahler`, `Gewerkschaft der Polizei`), folded, as word endings.
    private static let genitiveNamedHeads = suffixSet(["verband", "bund", "gewerkschaft", "vereinigung"])

    /// Heads whose official names give the body's purpose after `gegen` or `zur` (`Koordinierungsstelle gegen
    /// Menschenhandel`, `Bündnis gegen Cybermobbing`, `Kommission zur Bekämpfung …`), folded, as word endings: not
    /// `Polizei` or `Gericht`, which act against someone (`die Polizei gegen Demonstranten`).
    private static let purposeNamedHeads = suffixSet([
        "plattform", "bündnis", "initiative", "netzwerk", "allianz", "koalition", "kommission", "komitee", "verein",
        "zentrum", "arbeitskreis", "koordinierungskreis", "stelle", "büro", "fonds", "liga", "amt", "ausschuss",
    ])

    /// Type words of groups whose name may follow in quotation marks (`die Hackergruppe „Black Basta“`), folded, as
    /// word endings.
    private static let quotedNameHeads = suffixSet([
        "gruppe", "bande", "netzwerk", "kartell", "miliz", "clan", "organisation", "bewegung", "syndikat", "ring",
    ])

    /// Words as folded word endings.
    private static func suffixSet(_ words: [String]) -> SuffixSet {
        var set = SuffixSet()
        for word in words { set.insert(word.unicodeScalars.map(WordKey.fold).compactMap(Unicode.Scalar.init)) }
        return set
    }

    /// Type words of local bodies that take their seat's name (`Verein Sachsen`, `Yachtklub Neusiedl`), folded, as
    /// word endings.
    private static let seatNamedBodies: [[UInt32]] = [
        "verein", "initiative", "bündnis", "klub", "club", "wehr", "büro", "netzwerk", "plattform",
    ].map { $0.unicodeScalars.map(WordKey.fold) }

    /// `Königlich`, `Königliche`, `Kaiserlich` …: the word a monarchy's bodies carry before the country's adjective.
    private static let royalKeys: Set<WordKey> = Set(
        ["königlich", "königliche", "königlichen", "kaiserlich", "kaiserliche", "kaiserlichen"].map {
            WordKey($0, folded: true)
        })

    /// Heads of German organisation names: word formation, a closed set, so it lives here.
    private static let orgHeads: [[UInt32]] = [
        "organisation", "amt", "dienst", "gericht", "gerichtshof", "ministerium", "institut", "bank", "agentur",
        "verband", "partei", "union", "kommission", "behörde", "polizei", "hochschule", "universität", "stiftung",
        "verein", "gesellschaft", "konzern", "bund", "rat", "fonds", "zentrum", "anstalt", "kammer", "gewerkschaft",
        "klinikum", "klinik", "krankenhaus", "spital", "akademie", "komitee", "ausschuss", "büro", "vereinigung",
        // Offices named `-stelle` by their task; not `Stelle` itself, nor a place (`Baustelle`, `Sammelstelle`).
        "koordinierungsstelle", "koordinationsstelle", "meldestelle", "interventionsstelle", "beratungsstelle",
        "beobachtungsstelle", "ansprechstelle", "dokumentationsstelle", "forschungsstelle", "schlichtungsstelle",
        "ombudsstelle", "zentralstelle", "servicestelle", "fachstelle", "clearingstelle", "prüfstelle",
        // Groups set up as a body (`Expertengruppe des Europarats gegen Menschenhandel`); not `Gruppe` itself.
        "expertengruppe", "arbeitsgruppe",
        // Offices of a state (`Staatssekretariat für Wirtschaft`, `Direktion zur Untersuchung von …`).
        "sekretariat", "direktion", "staatsanwaltschaft", "rechnungshof",
    ].map { $0.unicodeScalars.map(WordKey.fold) }

    /// Heads of armed groups' names, which an acronym in brackets after them makes a body (`Arakan-Armee (AA)`,
    /// `Grenzschutztruppe (BGF)`): only there, as `Truppe` or `Front` alone seldom names one.
    /// (A suffix set: the acronym rules ask it of up to ten words before every bracket, and comparing each word's
    /// end with each head in turn cost more than one backward pass.)
    private static let armedGroupHeads = suffixSet(["armee", "miliz", "truppe", "front", "brigade", "allianz"])

    private func isArmedGroupHead(_ index: Int) -> Bool {
        guard isWord(index), case let span = facts[index].span, span.length >= 5 else { return false }
        return scalars.withUnsafeBufferPointer {
            Self.armedGroupHeads.matchesEnd(of: $0[span.begin..<span.end], minimum: 5, prefix: 0)
        }
    }

    /// Whether the words' initials spell the acronym; a word may give several letters (`Bundeskriminalamt` →
    /// `BKA`), link words (`für`, `of`) may give one or none.
    private func longForm(_ tokens: Range<Int>, matches letters: [UInt32]) -> Bool {
        guard tokens.count >= 1, facts[tokens.lowerBound].capitalised,
              tokens.count > 1 || facts[tokens.lowerBound].span.length > letters.count
        else { return false }
        // The words' letters are read in place and folded as compared: copying each word's letters into an array
        // of its own cost an allocation a word, most of the rule's time.
        return scalars.withUnsafeBufferPointer { scalars in
            facts.withUnsafeBufferPointer { facts in
                letters.withUnsafeBufferPointer { letters in
                    Self.spells(from: tokens.lowerBound, letter: 0, end: tokens.upperBound, scalars, facts, letters)
                }
            }
        }
    }

    /// Whether the words from `word` to `end` give `letters[letter...]`: a link word (lower case) may give none,
    /// every other word its first letter and then any of its later letters, in order.
    private static func spells(
        from word: Int, letter: Int, end: Int, _ scalars: UnsafeBufferPointer<Unicode.Scalar>,
        _ facts: UnsafeBufferPointer<TokenFacts>, _ letters: UnsafeBufferPointer<UInt32>
    ) -> Bool {
        if word == end { return letter == letters.count }
        let span = facts[word].span
        if !facts[word].capitalised && spells(from: word + 1, letter: letter, end: end, scalars, facts, letters) {
            return true
        }
        guard letter < letters.count, span.length > 0, WordKey.fold(scalars[span.begin]) == letters[letter] else {
            return false
        }
        // This word gives letters[letter..<next]; later letters must appear in order inside it.
        var position = span.begin + 1
        var next = letter + 1
        if spells(from: word + 1, letter: next, end: end, scalars, facts, letters) { return true }
        while next < letters.count {
            while position < span.end && WordKey.fold(scalars[position]) != letters[next] { position += 1 }
            guard position < span.end else { return false }
            position += 1
            next += 1
            if spells(from: word + 1, letter: next, end: end, scalars, facts, letters) { return true }
        }
        return false
    }

    /// Newspaper titles: a place or name and a masthead word (`Bangkok Post`, `Salzburger Nachrichten`,
    /// `Kleine Zeitung`, `New York Times`). The masthead words are a closed set of the trade, kept here.
    private func mediaTitle(at index: Int, in range: Range<Int>, _ out: inout [Candidate]) {
        guard has(index, WordClass.masthead), Self.mastheads.contains(facts[index].exact), index > range.lowerBound
        else { return }
        var start = index
        if let place = listEnding(at: index - 1), place.type == .place {
            start = place.tokens.lowerBound
        } else {
            let previous = index - 1
            let fact = facts[previous]
            guard fact.kind == .word, fact.capitalised, !isFunction(previous), !isNoun(previous),
                !isDescriptive(previous), !(fact.firstInSentence && !isSeatAdjective(previous))
            else { return }
            start = previous
        }
        out.append(Candidate(
            tokens: start..<(index + 1), span: TextSpan(facts[start].span.begin, facts[index].span.end),
            type: .organization, priority: RulePriority.legalForm,
            rule: .mediaTitle))
    }

    /// `Hersteller Acme`, `Partei Neue Mitte`, `Miliz Ansar Dine`: a type word, then the organisation's own
    /// name (the type word stays outside). The name is capitalised words in no list and no common noun, except
    /// a noun after a capitalised adjective (`Neue Mitte`).
    private func typedOrganisation(at index: Int, in range: Range<Int>, _ out: inout [Candidate]) {
        let fact = facts[index]
        guard fact.kind == .word, fact.capitalised, isOrganisationType(index) else { return }
        // `Task Force Menschenhandel`, `Sonderkommission Schlepper`: a unit named by its field, a common noun that
        // names nothing alone; the type word is in the name (also after `eine`: `bildete eine Soko Container`).
        // (`Task` is a type word only so.)
        if isText(index, Literal.fieldNamedUnits),
           fieldNamedUnit(at: index, in: range, &out) || isText(index, Literal.task) {
            return
        }
        // `eine Gruppe Banater`, `einer Bande Jugendlicher`: a group of people, not a named body.
        if isText(index - 1, .indefiniteArticles) { return }
        var start = index + 1
        // `Zentralrat Deutscher Sinti und Roma`, `Verband Österreichischer Zeitungen`: a national adjective in the
        // genitive plural after the type word makes the whole phrase the name.
        if start + 1 < range.upperBound, has(start, WordClass.nationality), facts[start].capitalised,
           !facts[start].firstInSentence, facts[start].span.length >= 5,
           scalars[facts[start].span.end - 2] == "e", scalars[facts[start].span.end - 1] == "r",
           facts[start + 1].kind == .word, facts[start + 1].capitalised, !isFunction(start + 1),
           !isDescriptive(start + 1) {
            var end = start + 2
            if end + 1 < range.upperBound, isText(end, keys.und), facts[end + 1].kind == .word,
               facts[end + 1].capitalised, !isDescriptive(end + 1) {
                end += 2
            }
            out.append(Candidate(
                tokens: index..<end, span: TextSpan(fact.span.begin, facts[end - 1].span.end), type: .organization,
                priority: RulePriority.legalForm, rule: .typeWordName))
            return
        }
        // `die Tageszeitung Österreich`: a medium's type word before a place's one-word name is the medium's name.
        if start < range.upperBound, listType[start] == .place, listSpan(at: start) == start..<(start + 1),
           facts[start].capitalised, !facts[start].hyphenJoinedAfter, isMediaType(index) {
            out.append(Candidate(
                tokens: start..<(start + 1), span: facts[start].span, type: .organization,
                priority: RulePriority.acronymDefinition, rule: .typeWordName))
            return
        }
        // `Initiative Berlin`, `Verein Sachsen`, `des Yachtklubs Neusiedl`: where the name alone would be a place,
        // the type word stays in the span (guidelines: `Anwaltskanzlei Berger`).
        if start < range.upperBound, facts[start].capitalised, !facts[start].hyphenJoinedAfter,
           // (Not a place's genitive: `Familienverband Österreichs` is the country's, `Hamas` no `Hama`.)
           listType[start] == .place && listStarts(start).contains(where: {
               $0.type == .place && $0.tokens.count == 1 && !$0.genitive
           }) && listSpan(at: start) == start..<(start + 1) || ambiguousStarts.has(start, AmbiguousStarts.place),
           start + 1 >= range.upperBound || !facts[start + 1].capitalised,
           // (Local bodies named after their seat: a company's name is its own, `Hersteller Dongfeng`.)
           Self.seatNamedBodies.contains(where: { ends(index, with: $0, after: 0, dropping: endsInS(index) ? 1 : 0) }) {
            out.append(Candidate(
                tokens: index..<(start + 1), span: TextSpan(fact.span.begin, facts[start].span.end),
                type: .organization, priority: RulePriority.acronymDefinition, rule: .typeWordName))
            return
        }
        // `die Ransomware-Gruppe "LockNest"`, `die Bande „Los Zetas“`: the name in quotation marks, words only, after
        // a group's type word (not a portal's or a campaign's: `das Portal „Take It Down“`).
        if start + 2 < range.upperBound, isQuoteMark(start), endsInHead(index, of: Self.quotedNameHeads),
           facts[start + 1].kind == .word,
           facts[start + 1].capitalised,
           let close = (start + 2..<min(start + 6, range.upperBound)).first(where: { isQuoteMark($0) }),
           (start + 1..<close).allSatisfy({ facts[$0].kind == .word || isText($0, Literal.hyphen) }) {
            out.append(Candidate(
                tokens: (start + 1)..<close, span: TextSpan(facts[start + 1].span.begin, facts[close - 1].span.end),
                type: .organization, priority: RulePriority.typedOrganisation, rule: .typeWordName))
            return
        }
        var end = typedName(from: start, in: range)
        if let headEnd = companyHeadEnd(from: start, in: range), headEnd > end { end = headEnd }
        if end == start, let name = campaignName(typeWord: index, in: range) {
            out.append(Candidate(
                tokens: name, span: TextSpan(facts[name.lowerBound].span.begin, facts[name.upperBound - 1].span.end),
                type: .organization, priority: RulePriority.typedOrganisation, rule: .typeWordName))
            return
        }
        // `Anwaltskanzlei Lansky`: where the name alone would be a person, the type word stays in the span
        // (guidelines). A law firm's one-word name is its partner's surname, whether the lists know it or not.
        if end == start + 1, isLawFirm(index), !isFirstName(start) {
            out.append(Candidate(
                tokens: index..<end, span: TextSpan(fact.span.begin, facts[end - 1].span.end),
                type: .organization, priority: RulePriority.placeType, rule: .typeWordName))
            return
        }
        // The type word outweighs a first name (`der Islamistengruppe Ansar Dine`), but not where a role before it
        // makes the name its holder's (`die Präsidentin des Verbands Cinzia Franchini`) or the name is a genitive
        // (`im Magna-Konzern Frank Stronachs`).
        let heldRole = (max(range.lowerBound, index - 8)..<index).contains(where: roleLike)
        // `Leiterin der Fachstelle Cybercrime der Kantonspolizei Zürich`: an office of a body, named by its field; the
        // field names no body of its own.
        if isText(index, Literal.offices), end < range.upperBound,
           isText(end, Literal.genitiveArticles) || isText(end, Literal.fusedArticles) {
            return
        }
        while end > start {
            let priority = heldRole || endsInS(end - 1) ? RulePriority.placeType : RulePriority.typedOrganisation
            out.append(Candidate(
                tokens: start..<end, span: TextSpan(facts[start].span.begin, facts[end - 1].span.end),
                type: .organization, priority: priority, rule: .typeWordName))
            // `die Zeitungen La Dernière Heure und Het Laatste Nieuws`: a second name joined to the first.
            guard end + 1 < range.upperBound, isText(end, keys.und) else { break }
            start = end + 1
            end = typedName(from: start, in: range)
        }
    }

    /// `Task Force Menschenhandel`, `Taskforce Cybercrime`, `Soko Schlepper`: a police or government unit's type word
    /// (`Literal.fieldNamedUnits`; `Task` only before `Force`) and one listed common noun closing the name, its field.
    /// Returns whether it found one (else the type word's other rules go on: `Ermittlungsgruppe "Kassenbon"`).
    private func fieldNamedUnit(at index: Int, in range: Range<Int>, _ out: inout [Candidate]) -> Bool {
        var field = index + 1
        if isText(index, Literal.task) {
            guard isText(field, Literal.force, in: range) else { return false }
            field += 1
        }
        guard field < range.upperBound, isWord(field), facts[field].capitalised, !facts[field].allCaps,
              !facts[field].hyphenJoinedAfter, listType[field] == nil, !isFirstName(field), isListedNoun(field),
              closesName(field + 1, in: range)
        else { return false }
        out.append(Candidate(
            tokens: index..<(field + 1), span: TextSpan(facts[index].span.begin, facts[field].span.end),
            type: .organization, priority: RulePriority.typedOrganisation, rule: .typeWordName))
        return true
    }

    /// A newspaper's, magazine's or broadcaster's type word of `Literal.mediaTypes`, or a compound ending in one
    /// (`Lokalzeitung`, `Boulevardblatt`). Asked only before a listed place's name, so the string is built rarely.
    private func isMediaType(_ index: Int) -> Bool {
        if isText(index, Literal.mediaTypes) { return true }
        let span = facts[index].span
        let word = String(encoding: scalars[span.begin..<span.end]).lowercased()
        return Self.mediaTypeEndings.contains { word.hasSuffix($0) }
    }

    /// `Literal.mediaTypes` lower-cased, as endings of compounds.
    private static let mediaTypeEndings = Literal.mediaTypeWords.lowercased().split(separator: " ").map(String.init)

    /// `ein Rapper namens Chief Keef`, `eine Gruppe namens Sofacy`, `ein Lager namens Grande-Synthe`: the
    /// capitalised words after `namens` are a name, whatever they mean otherwise, of the kind the noun before says
    /// (a person noun, an organisation's or a place's type word); after any other noun (`ein Gerät namens The
    /// Machine`) a product or event, no entity.
    private func namedAs(at index: Int, in range: Range<Int>, _ out: inout [Candidate]) {
        let noun = index - 1
        // (`eine Frau namens „Lina“`: the name in quotation marks.)
        let quoted = index + 1 < range.upperBound && isQuoteMark(index + 1)
        let start = quoted ? index + 2 : index + 1
        guard noun >= range.lowerBound, start < range.upperBound, facts[start].kind == .word, facts[start].capitalised,
              facts[noun].kind == .word, facts[noun].capitalised else { return }
        let type: EntityType
        if isOrganisationType(noun) {
            type = .organization
        } else if isPlaceType(noun) {
            type = .place
        } else if descriptionLike(noun) || roleLike(noun) || isText(noun, Literal.plainPersonNouns) {
            type = .person
        } else {
            return
        }
        // A person's name ends where the name words do (`ein Entwickler namens Richard Seabrook Valve-Gründer
        // Gabe Newell`); any other runs over the capitalised words.
        var end = type == .person ? personRun(from: start, in: range, limit: 3) : start
        if end == start {
            while end < range.upperBound, end < start + 4, facts[end].kind == .word, facts[end].capitalised {
                end += facts[end].hyphenJoinedAfter && end + 2 < range.upperBound ? 3 : 1
            }
        }
        out.append(Candidate(
            tokens: start..<end, span: TextSpan(facts[start].span.begin, facts[end - 1].span.end), type: type,
            priority: RulePriority.speech, rule: .namedAs))
    }

    /// `Kanzlei`, `Anwaltskanzlei`, `Rechtsanwaltskanzlei`.
    private func isLawFirm(_ index: Int) -> Bool {
        endsFolded(index, with: Self.kanzlei)
    }

    private static let kanzlei = Array("kanzlei".unicodeScalars)
    private static let gmbh = Array("gmbh".unicodeScalars)
    private static let regierung = Array("regierung".unicodeScalars)
    private static let kabinett = Array("kabinett".unicodeScalars)
    private static let universitaet = Array("universität".unicodeScalars)

    /// Whether the token's last code points are `suffix`'s, compared folded (`Anwaltskanzlei`, `HandelsgmbH`).
    private func endsFolded(_ index: Int, with suffix: [Unicode.Scalar]) -> Bool {
        let span = facts[index].span
        guard span.length >= suffix.count else { return false }
        return zip(scalars[(span.end - suffix.count)..<span.end], suffix)
            .allSatisfy { WordKey.fold($0) == WordKey.fold($1) }
    }

    /// The end of an organisation's own name from `start`, after its type word: capitalised words in no list and
    /// no common noun (but a noun after a capitalised adjective, `Neue Mitte`), with one foreign connector
    /// (`Doctors for Refugees`); after a foreign article any capitalised words (`La Dernière Heure`).
    private func typedName(from start: Int, in range: Range<Int>) -> Int {
        var end = start
        var connectors = 0
        let foreign = isText(start, Self.foreignArticles) && start + 1 < range.upperBound
            && facts[start + 1].capitalised
        let afterMediaType = isMediaTypeBefore(start)
        var maxWords = foreign ? 4 : 3
        while end < range.upperBound {
            if end - start - connectors >= maxWords {
                // `Organisation Awareness Against Human Trafficking`: a name of words no German list knows (an
                // English one) may run to five.
                guard maxWords < 5, (start..<end).allSatisfy({ !isListedNoun($0) && listType[$0] == nil }) else {
                    break
                }
                maxWords = 5
            }
            // `Hilfsorganisation Doctors for Refugees`: a foreign connector between two words of the name.
            if end > start, connectors == 0, end + 1 < range.upperBound, facts[end].kind == .word,
               !facts[end].capitalised, Self.nameConnectors.contains(facts[end].exact),
               facts[end + 1].kind == .word, facts[end + 1].capitalised, !isFunction(end + 1) {
                // The word after the connector belongs to the name even where a list or the noun list knows it
                // (`di Roma`; german-nouns has English loans such as `Refugee`).
                end += 2
                connectors += 1
                continue
            }
            // `das Auktionshaus Kornfeld & Klipstein`, `der Verlag Simon & Schuster`: partners' names joined by `&`.
            if end > start, connectors == 0, end + 1 < range.upperBound, isText(end, Literal.ampersand),
               facts[end + 1].kind == .word, facts[end + 1].capitalised, !isFunction(end + 1) {
                end += 2
                connectors += 1
                continue
            }
            // `der Gruppe Fursan al-Hak`: an Arabic article joined to the name's next word.
            if end > start, isArticleParticle(end, in: range) {
                end += 3
                continue
            }
            let next = facts[end]
            // `AKV Europa`, `Telekom Austria`: a place's name after the first word of the name belongs to it.
            let trailingPlace = end > start && listType[end] == .place && listSpan(at: end) == end..<(end + 1)
            // `Partei Neue Mitte`: a capitalised adjective that is a noun too (`das Neue`) opens a name whose noun
            // follows; the noun after it belongs to the name though a list knows it (`Mitte`, a party elsewhere),
            // also a compound (`Gruppe Erste Küstendivision`).
            let adjectiveOpening = end == start && end + 1 < range.upperBound && hasAdjectiveEnding(end)
                && isListedNoun(end) && facts[end + 1].kind == .word && facts[end + 1].capitalised
                && isNoun(end + 1) && !isFunction(end + 1) && !isDescriptive(end + 1)
                && !facts[end + 1].hyphenJoinedAfter
                && (end + 2 >= range.upperBound || !facts[end + 2].capitalised)
            let nounAfterOpening = end == start + 1 && hasAdjectiveEnding(start) && isListedNoun(start)
                && listType[end] == .organization && listSpan(at: end) == end..<(end + 1)
            // `Internetportal Check24`, `Sender France24`: a capitalised word ending in digits is a name too.
            guard next.kind == .word || next.kind == .number && end == start,
                next.capitalised, next.span.length >= 2, !isFunction(end) || end == start && foreign,
                !isDescriptive(end) || end == start && foreign,
                listType[end] == nil || trailingPlace || nounAfterOpening,
                !next.hyphenJoinedAfter
            else { break }
            // `die Zeitung Express`, `die Zeitschrift Aula`: after a media type word one word is the title even where
            // it is a noun too.
            // (Not `kein Blatt Papier`, `der Süddeutschen Zeitung Rede und Antwort`: the type word follows a
            // lower-case article or adjective; nor a title going on with `und`.)
            let mediaTitle = end == start && afterMediaType
                && (end + 1 >= range.upperBound || !facts[end + 1].capitalised && !isText(end + 1, keys.und))
            // (A company named after its founder keeps the name even where it is a noun too: `der
            // Drogeriemarktkette Schlecker` in an article about Anton Schlecker, `Drogeriemarktkette Müller`.)
            if !foreign, !mediaTitle, !adjectiveOpening,
               isListedNoun(end) && !(end > start && hasAdjectiveEnding(end - 1)),
               end > start || !isFounderName(end, in: range) { break }
            end += 1
            // `der Fernsehsender Rossija 1`: a channel's number after its name.
            if mediaTitle || end == start + 1 && afterMediaType,
               end < range.upperBound, facts[end].kind == .number, facts[end].span.length <= 2 {
                end += 1
                break
            }
        }
        return end
    }

    /// The end of a run of up to five capitalised words from `start` that an English company head closes
    /// (`Zun Yuan Technology`), if one; at least one word stands before the head.
    private func companyHeadEnd(from start: Int, in range: Range<Int>) -> Int? {
        var found: Int?
        var index = start
        while index < range.upperBound, index - start < 5, facts[index].kind == .word, facts[index].capitalised,
              !facts[index].hyphenJoinedAfter, !isFunction(index) {
            if index > start, isText(index, Literal.companyHeads) { found = index + 1 }
            index += 1
        }
        return found
    }

    /// A single word after a company's type word that is a surname: listed, or written after a first name
    /// elsewhere in the article (`Anton Schlecker`). Not before another capitalised word, which the name would
    /// take in (`der Konzern Geld`, a noun object after a dative, is no such word).
    private func isFounderName(_ index: Int, in range: Range<Int>) -> Bool {
        guard index + 1 >= range.upperBound || !facts[index + 1].capitalised || facts[index + 1].kind != .word
        else { return false }
        if isSurname(index) { return true }
        let key = facts[index].exact
        return facts.indices.contains { other in
            other > 0 && other != index && facts[other].exact == key && isFirstName(other - 1)
                && facts[other - 1].capitalised
        }
    }

    /// Whether a media type word stands right before `start`, after a lower-case word or a hyphen (`die Zeitung`,
    /// `Die Zeitung`, `dem staatlichen Fernsehsender`, `US-Magazin`), not after a name's capitalised word or
    /// `kein`.
    private func isMediaTypeBefore(_ start: Int) -> Bool {
        guard start >= 2, isText(start - 1, Literal.mediaTypes) else { return false }
        let before = facts[start - 2]
        if isText(start - 2, Literal.kein) { return false }
        return before.kind != .word || !before.capitalised || isText(start - 2, .definiteArticles)
    }

    /// Articles that open Romance, Dutch and English names (`La Stampa`, `Het Parool`, `The Guardian`).
    private static let foreignArticles = Literal.keys("La Le Les El Il Lo Los Las Het De The")

    /// A listed type word, or a compound ending in one (`Islamistengruppe`, `Drogeriemarktkette`): German coins
    /// such compounds freely, so no list can hold them all.
    @inline(__always)
    private func isOrganisationType(_ index: Int) -> Bool {
        if has(index, WordClass.orgTypeWord) { return true }
        // `die Bank-Austria-Mutter Unicredit`, `die RBI-Tochter Polbank`: a company's parent or subsidiary (alone,
        // `Mutter Teresa` is a person).
        if facts[index].hyphenJoinedBefore && isText(index, keys.relatedCompany) { return true }
        return facts[index].span.length >= 8 && !has(index, WordClass.descriptive)
            && endsIn(.orgType, index, minimum: 5, prefix: 3)
            // (`Zehntausender Missbrauchsdateien`: a number word's noun, not a broadcaster, a `-sender`.)
            && !Self.numberNounEndings.contains(where: { ends(index, with: $0, after: 0) })
    }

    private static let numberNounEndings: [[UInt32]] = ["tausender", "hunderter"].map {
        $0.unicodeScalars.map(WordKey.fold)
    }

    /// `Unicredit-Chef Federico Ghizzoni`, `der frühere UMP-Vorsitzende`: a name in no list fused to a listed
    /// role word is the body the role is held in. Not a person's name the lists know (`Obama-Sprecher`), not a
    /// noun or a noun's stem (`Finanz-`, `Landes-`, `Partei-`), not a short prefix (`Ex-`, `Vize-`) or a two-letter
    /// abbreviation (`IT-Experten`, `PR-Berater`).
    private func organisationBeforeRole(at index: Int, in range: Range<Int>, _ out: inout [Candidate]) {
        let fact = facts[index]
        guard fact.hyphenJoinedAfter, !fact.hyphenJoinedBefore, index + 2 < range.upperBound,
            has(index + 2, WordClass.role), !facts[index + 2].hyphenJoinedAfter,
            fact.allCaps ? fact.span.length >= 3 : fact.span.length >= 5,
            listType[index] == nil, !isDescriptive(index), !isFirstName(index), !isSurname(index),
            !has(index, WordClass.nationality), !isNoun(index), !isNounStem(index)
        else { return }
        out.append(Candidate(
            tokens: index..<(index + 1), span: fact.span, type: .organization, priority: RulePriority.placeType,
            rule: .organisationBeforeRole))
    }

    /// Whether the word is a listed noun once a linking `s`/`es` is taken off or an ending put on (`Landes`,
    /// `Regierungs`, `Finanz`, `Partei`): the first part of a compound, not a name.
    private func isNounStem(_ index: Int) -> Bool {
        let fact = facts[index]
        if scalars[fact.span.end - 1] == "s" {
            let stems = fact.foldedStems(scalars)
            if words.commonNouns.contains(stems.stem1) || words.commonNouns.contains(stems.stem2) { return true }
        }
        for ending in ["e", "en", "n"] {
            var key = WordKey.Builder()
            for offset in fact.span.begin..<fact.span.end { key.append(scalars[offset], folded: true) }
            for scalar in ending.unicodeScalars { key.append(scalar, folded: true) }
            if words.commonNouns.contains(key.key) { return true }
        }
        return false
    }

    /// Lower-case words inside English and Romance organisation names (`Doctors for Refugees`, `Banca di Roma`).
    private static let nameConnectors = Literal.keys("for of the and de di du del della da y et")

    /// A capitalised word with an adjective ending that is no noun (`Neue`, `Grüne`, `Freien`).
    private func isAdjectiveLike(_ index: Int) -> Bool {
        !isListedNoun(index) && hasAdjectiveEnding(index)
    }

    /// Four letters or more ending in a declension ending (`-e`, `-en`, `-er`, `-es`, `-em`).
    @inline(__always)
    private func hasAdjectiveEnding(_ index: Int) -> Bool {
        facts[index].endsInDeclension(scalars, minimum: 4)
    }

    static let mastheadWords =
        "Post Times Zeitung Tribune Herald Journal Kurier Rundschau Nachrichten Gazette Chronicle Telegraph Presse"
    private static let mastheads = Literal.keys(mastheadWords)

    /// `FC Bayern München`, `SK Rapid Wien`, `1. FC Köln`: a club abbreviation and the club's name.
    private func sportsClub(at index: Int, in range: Range<Int>, _ out: inout [Candidate]) {
        guard has(index, WordClass.clubPrefix), Self.clubPrefixes.contains(facts[index].exact),
            index + 1 < range.upperBound
        else { return }
        var end = index + 1
        while end < range.upperBound, end - index <= 3, facts[end].kind == .word, facts[end].capitalised,
            !isFunction(end), (!isDescriptive(end) && !isNoun(end)) || listType[end] == .place
        {
            end += 1
        }
        guard end > index + 1 else { return }
        var start = index
        if index >= range.lowerBound + 2, facts[index - 2].kind == .number, isText(index - 1, Literal.period) {
            start = index - 2
        }
        out.append(Candidate(
            tokens: start..<end, span: TextSpan(facts[start].span.begin, facts[end - 1].span.end),
            type: .organization, priority: RulePriority.legalForm,
            rule: .sportsClub))
    }

    static let clubPrefixWords = "FC SC SV SK VfB VfL TSV TSG SpVgg AC AS SSC FK NK BSC"
    private static let clubPrefixes = Literal.keys(clubPrefixWords)

    /// The list match (of any type) whose last token is `index`.
    private func listEnding(at index: Int) -> Candidate? {
        guard index >= 0, listType[index] != nil else { return nil }
        for start in max(0, index - 4)...index {
            if let match = listStarts(start).first(where: { $0.tokens.upperBound == index + 1 }) { return match }
        }
        return nil
    }

    /// Whether the `qualifiedHeads` word at `index` (the caller has asked the set) ends a name here: after one of
    /// its qualifiers that follows a capitalised name word, or for `Games`, after a name word.
    private func isQualifiedHead(_ index: Int, in range: Range<Int>) -> Bool {
        if isText(index, Literal.games) {
            // `Ghost Games`, `Radial Games`: a studio after a name word that is no German noun; not the games
            // named by an adjective (`Olympic Games`, `Funny Games`).
            return index - 1 >= range.lowerBound && facts[index - 1].kind == .word && facts[index - 1].capitalised
                && !facts[index - 1].firstInSentence && !isListedNoun(index - 1)
                && !isText(index - 1, Literal.gamesAdjectives)
        }
        // `Vienna Center for Social Security`, `Centre for Policy Studies`: or before its field after `for`.
        if index + 2 < range.upperBound, isText(index + 1, Literal.for), facts[index + 2].capitalised,
           facts[index + 2].kind == .word {
            return true
        }
        return index - 2 >= range.lowerBound && isText(index - 1, Literal.headQualifiers)
            && facts[index - 2].kind == .word && facts[index - 2].capitalised
    }

    /// `Brown University`, `Space Telescope Science Institute`, `Supreme Court of the State of New York`: English
    /// names ending in a word only an organisation's name ends in, with English link words inside and an `of`
    /// phrase after. The person rules would take `George Washington University` for a man. The caller has asked
    /// `englishHeads` of the word at `index`.
    private func englishOrganisation(
        at index: Int, in range: Range<Int>, afterAcronym: Bool = false, _ out: inout [Candidate]
    ) {
        guard !facts[index].hyphenJoinedBefore, !facts[index].hyphenJoinedAfter else { return }
        var start = index
        while start > range.lowerBound, index - start < 7 {
            let previous = start - 1
            let fact = facts[previous]
            // Not past a German type word, role or profession (`Gelehrtengesellschaft Royal Society`,
            // `Unternehmensberater Alix Partners`).
            if fact.kind == .word, fact.capitalised, !fact.hyphenJoinedAfter, !fact.hyphenJoinedBefore,
               !has(previous, WordClass.function | WordClass.role | WordClass.orgTypeWord),
               !(descriptionLike(previous) && !has(previous, WordClass.nationality)),
               !isOrganisationType(previous) {
                start = previous
            } else if previous > range.lowerBound, start < index, isText(previous, Literal.englishLinks),
                      facts[previous - 1].capitalised {
                start = previous
            } else {
                break
            }
        }
        // A link word does not open the name (`and Export Corporation`), unless `The` (`The Associated Press`).
        while start < index, isText(start, Literal.englishLinks), !isText(start, Literal.the) { start += 1 }
        var end = index + 1
        // `… Court of the State of New York`, `Institute for Advanced Study`: `of` or `for` and the capitalised
        // words after it.
        while end + 1 < range.upperBound, isText(end, Literal.headLinks) {
            var next = end + 1
            if isText(next, Literal.theLower) { next += 1 }
            var words = next
            while words < range.upperBound, facts[words].kind == .word, facts[words].capitalised,
                  !isFunction(words) || listType[words] != nil {
                words += 1
                // `of Science and Technology Austria`
                if words + 1 < range.upperBound, isText(words, Literal.and), facts[words + 1].capitalised {
                    words += 1
                }
            }
            guard words > next else { break }
            end = words
        }
        // `University College London`: the seat the name ends in.
        if isSeatAfterName(end, in: range) { end += 1 }
        guard start < index || end > index + 1 else { return }
        if afterAcronym {
            // (Not a listed name's genitive: `Googles Software` is Google's.)
            guard start < index, facts[start].allCaps && facts[start].span.length >= 2
                || listStarts(start).contains(where: { $0.type == .organization && !$0.genitive }) else { return }
        }
        out.append(Candidate(
            tokens: start..<end, span: TextSpan(facts[start].span.begin, facts[end - 1].span.end),
            type: .organization, priority: RulePriority.legalForm, rule: .englishOrganisation))
    }

    /// `der Oligarchenbank KTB`, `vom Wissenschaftsfonds FWF`, `der Extremistenmiliz IS`: an acronym no list knows
    /// right after a word that heads organisations' names is that organisation.
    private func acronymAfterType(at index: Int, in range: Range<Int>, _ out: inout [Candidate]) {
        let fact = facts[index]
        guard fact.kind == .word, fact.span.length >= 2, fact.span.length <= 5, listType[index] == nil,
              !fact.hyphenJoinedBefore, !fact.hyphenJoinedAfter, !isFunction(index), !isListedNoun(index),
              facts[index - 1].kind == .word, facts[index - 1].capitalised, !facts[index - 1].allCaps,
              !facts[index - 1].hyphenJoinedAfter,
              isOrganisationHead(index - 1) || isOrganisationType(index - 1)
        else { return }
        out.append(Candidate(
            tokens: index..<(index + 1), span: fact.span, type: .organization, priority: RulePriority.placeType,
            rule: .typeWordName))
    }

    /// `IJM Deutschland e. V.`, `Muster Software GmbH`: capitalised words before a legal form.
    private func legalForm(at index: Int, in range: Range<Int>, _ out: inout [Candidate]) {
        // The word before first, which the name's run back below starts from: most of the words a legal form may
        // open with stand after no name there, and matching the forms' letters cost more.
        guard index > range.lowerBound, facts[index - 1].kind == .word && facts[index - 1].capitalised
            || facts[index - 1].kind == .number || isJoiner(index - 1) else { return }
        // A legal form may run past a sentence end the splitter put after its abbreviation (`e.` `V.`).
        guard let end = legalFormEnd(at: index, in: 0..<facts.count),
              var start = companyNameStart(before: index, in: range) else { return }
        // `terre des hommes Deutschland e.V.`: a listed organisation's name, lower-case words and all, that ends
        // right before the legal form is the name it follows.
        for first in max(range.lowerBound, index - 6)..<start where listType[first] == .organization {
            if listStarts(first).contains(where: { $0.type == .organization && $0.tokens.upperBound == index }) {
                start = first
                break
            }
        }
        out.append(Candidate(
            tokens: start..<end, span: TextSpan(facts[start].span.begin, facts[end - 1].span.end),
            type: .organization, priority: RulePriority.legalForm,
            rule: .legalForm))
    }

    /// The first word of the company's name that ends right before the legal form at `form`: capitalised words,
    /// figures and joiners, up to five.
    private func companyNameStart(before form: Int, in range: Range<Int>) -> Int? {
        var start = form
        while start > range.lowerBound, form - start < 6 {
            let previous = start - 1
            let fact = facts[previous]
            let joins = isJoiner(previous)
            guard (fact.kind == .word && fact.capitalised) || fact.kind == .number || joins else { break }
            // (`deren Tochter Zielpunkt GmbH`: a parent or subsidiary word is no part of the name.)
            if has(previous, WordClass.function | WordClass.role | WordClass.orgTypeWord)
                || isText(previous, keys.relatedCompany) {
                break
            }
            start = previous
        }
        return start < form && facts[start].kind == .word ? start : nil
    }

    /// `die Pfeiffer HandelsgmbH`, `der Muster VertriebsgmbH`: a compound ending in `gmbh` is a legal form with
    /// the company's trade before it; the capitalised words before it are the company's name.
    private func legalFormCompound(at index: Int, in range: Range<Int>, _ out: inout [Candidate]) {
        let span = facts[index].span
        guard index > range.lowerBound, span.length >= 8, !facts[index].hyphenJoinedBefore,
              endsFolded(index, with: Self.gmbh)
        else { return }
        var start = index
        while start > range.lowerBound, index - start < 4 {
            let previous = start - 1
            guard facts[previous].kind == .word, facts[previous].capitalised, !facts[previous].firstInSentence,
                  !has(previous, WordClass.function | WordClass.role | WordClass.orgTypeWord),
                  !isText(previous, keys.relatedCompany)
            else { break }
            start = previous
        }
        guard start < index else { return }
        out.append(Candidate(
            tokens: start..<(index + 1), span: TextSpan(facts[start].span.begin, span.end),
            type: .organization, priority: RulePriority.legalForm, rule: .legalForm))
    }

    /// The token after a legal form starting at `index`, compared without white space (`e. V.` = `e.V.`).
    private func legalFormEnd(at index: Int, in range: Range<Int>) -> Int? {
        guard has(index, WordClass.legalFormStart), words.legalFormPrefixes.contains(facts[index].exact) else {
            return nil
        }
        let begin = facts[index].span.begin
        for form in words.legalForms(startingWith: scalars[begin]) {
            var position = begin
            var matched = 0
            while matched < form.count && position < scalars.count {
                if ScalarClass.isSpace(scalars[position]) { position += 1; continue }
                guard scalars[position] == form[matched] else { break }
                matched += 1
                position += 1
            }
            guard matched == form.count else { continue }
            var end = index
            while end < range.upperBound && facts[end].span.end <= position { end += 1 }
            guard end > index, facts[end - 1].span.end == position else { continue }
            if end < range.upperBound, facts[end].span.begin == position, facts[end].kind == .word { continue }
            return end
        }
        return nil
    }

    /// `lists.def` priorities: the place lists below 80 are subdivisions, cities and towns (not regions,
    /// countries or geographic features); 95 is the curated organisation list.
    private static let townPriorities = 55..<80
    private static let curatedPriority = 95
    /// The country lists' priority in `lists.def`.
    private static let countryPriority = 90
    /// The priority of the list of states, Länder and provinces in `lists.def`.
    private static let subdivisionPriority = 65

    /// `SPÖ Oberösterreich`, `CDU Sachsen`, `AMS Wien`: a listed organisation's acronym with a Land's, region's or
    /// town's name right after it is one body, the branch there (not a country's: `SPÖ Österreich` is rare, `EU
    /// Türkei` a pair).
    private func branchWithSeat(at index: Int, in range: Range<Int>, _ out: inout [Candidate]) {
        let next = index + 1
        guard next < range.upperBound, !facts[index].hyphenJoinedAfter,
              listStarts(index).contains(where: {
                  $0.type == .organization && $0.tokens == index..<next && $0.priority >= Self.curatedPriority }),
              let seat = listStarts(next).filter({ $0.type == .place && Self.townPriorities.contains($0.priority) })
                .max(by: { $0.tokens.count < $1.tokens.count })
        else { return }
        appendBranch(from: index, through: seat, in: range, &out)
    }

    /// The branch from `index` through the place `seat`, one organisation, unless a capitalised word follows the
    /// place, which may go on its name (not a common noun in no list: `bei der Caritas Wien Betroffene`).
    private func appendBranch(
        from index: Int, through seat: Candidate, in range: Range<Int>, _ out: inout [Candidate]
    ) {
        let end = seat.tokens.upperBound
        guard end >= range.upperBound || !facts[end].capitalised || facts[end].kind != .word
                || isListedNoun(end) && listType[end] == nil else { return }
        out.append(Candidate(
            tokens: index..<end, span: TextSpan(facts[index].span.begin, seat.span.end),
            type: .organization, priority: RulePriority.institutionWithSeat, rule: .branchWithSeat))
    }

    /// `Vodafone Deutschland`, `Amnesty International Österreich`, `Caritas Wien`: a listed organisation written out
    /// (not an acronym: `EU Türkei` is a pair) with a country's or a Land's name right after it is its branch there,
    /// one body.
    private func nationalBranch(at index: Int, in range: Range<Int>, _ out: inout [Candidate]) {
        // The longest listed body starting here, found in place (most words start none).
        var body: Candidate?
        for start in listStarts(index)
        where start.type == .organization && start.priority >= Self.curatedPriority && !start.ambiguous
            && start.tokens.count > (body?.tokens.count ?? 0) {
            body = start
        }
        guard let body, body.tokens.upperBound < range.upperBound, !facts[body.tokens.upperBound - 1].hyphenJoinedAfter,
              let country = listStarts(body.tokens.upperBound).first(where: {
                  $0.type == .place && ($0.priority == Self.countryPriority || $0.priority == Self.subdivisionPriority)
                    && !$0.genitive && $0.tokens.count == 1
              }),
              !facts[country.tokens.lowerBound].hyphenJoinedAfter
        else { return }
        appendBranch(from: index, through: country, in: range, &out)
    }

    /// Institution designations: with a seat adjective (`Grazer Landesgericht`) or a place
    /// (`Staatsanwaltschaft Bochum`) one organisation; with `in` + place or a genitive place
    /// (`des Landeskriminalamts in Bayern`, `Oberste Gerichtshof Thailands`) the designation alone.
    private func designation(at index: Int, in range: Range<Int>, _ out: inout [Candidate]) {
        guard isDesignation(index) else { return }
        let fact = facts[index]
        // Seat adjective before: `Grazer`, `Münchner`, `Wiener`; or a region's or country's adjective written
        // capitalised as part of the name (`Niederösterreichische Gebietskrankenkasse`, `Bayerische
        // Staatsregierung`; lower-case it names a function: `die niederösterreichische Polizei`).
        // (`Wiener Kinder- und Jugendhilfe`: the first half of an elliptic compound may stand between.)
        let lead = ellipticHalf(before: index, in: range) ?? index
        if lead > range.lowerBound, isSeatAdjective(lead - 1) || isCapitalisedRegionAdjective(lead - 1) {
            // `der Radeburger Stadtrat Jens Kühn`: before a first name the word is the person's office (a member of
            // the council), not the council.
            if index + 1 < range.upperBound, has(index, WordClass.role), isFirstName(index + 1) { return }
            // `der Königlich Thailändischen Polizei`: a capitalised `königlich` before the country's adjective.
            var first = lead - 1
            if first - 1 > range.lowerBound, isWord(first - 1), facts[first - 1].capitalised,
               !facts[first - 1].firstInSentence, Self.royalKeys.contains(facts[first - 1].folded) {
                first -= 1
            }
            out.append(Candidate(
                tokens: first..<(index + 1), span: TextSpan(facts[first].span.begin, fact.span.end),
                type: .organization, priority: RulePriority.institutionWithSeat,
                rule: .institutionSeatAdjective))
            return
        }
        var next = index + 1
        guard next < range.upperBound else { return }
        // `Landesgericht für Strafsachen Wien`: a court's field after `für`, one noun, then its seat (the field
        // alone is the name's middle only where a place follows).
        if next + 2 < range.upperBound, isText(next, keys.fuer), isWord(next + 1), facts[next + 1].capitalised,
           !facts[next + 1].allCaps, listType[next + 1] == nil,
           listStarts(next + 2).contains(where: { $0.type == .place && !$0.genitive }) {
            next += 2
        }
        // `Universität zu Köln`, `Universität zu Lübeck`: a university's official name may join its seat with `zu`;
        // a foreign one's, translated, with `von` (`Universität von São Paulo`).
        if next + 1 < range.upperBound, isText(next, keys.universitySeatLinks),
           endsFolded(index, with: Self.universitaet),
           listStarts(next + 1).contains(where: { $0.type == .place && !$0.genitive }) {
            next += 1
        }
        // (The longest place there: `Generalstaatsanwaltschaft Frankfurt am Main`, not `Frankfurt`.)
        if let place = listStarts(next).filter({ $0.type == .place }).max(by: { $0.tokens.count < $1.tokens.count }) {
            if !place.genitive {
                // `der Tiermedizinischen Hochschule Hannover`: adjectives capitalised inside a sentence belong to
                // the name (lower-case they describe: `die städtische Hochschule Hannover`).
                var first = index
                while first > range.lowerBound, index - first < 2, isWord(first - 1), facts[first - 1].capitalised,
                      !facts[first - 1].firstInSentence, !facts[first - 1].allCaps, hasAdjectiveEnding(first - 1),
                      !isListedNoun(first - 1), listType[first - 1] == nil {
                    first -= 1
                }
                // `Kinder- und Jugendanwaltschaft Wien`: the first half of an elliptic compound is in the name.
                if first == index, let elliptic = ellipticHalf(before: index, in: range) { first = elliptic }
                let end = seatEnd(after: place.tokens.upperBound, in: range)
                out.append(Candidate(
                    tokens: first..<end, span: TextSpan(facts[first].span.begin, facts[end - 1].span.end),
                    type: .organization, priority: RulePriority.institutionWithSeat,
                    rule: .institutionSeatName))
                return
            }
            out.append(designationOnly(index, in: range, seat: place))
            return
        }
        // `Bundespolizeiinspektion Berggießhübel`, `Kreisgericht Wil`: a capitalised word no list knows, no noun
        // and no name of a person, alone after the designation, is its seat (small towns are missing from the
        // place lists).
        // (Not a government's: `Regierung Orban` is named after its head.)
        if isUnlistedSeat(next, in: range), !endsFolded(index, with: Self.regierung),
           !endsFolded(index, with: Self.kabinett) {
            out.append(Candidate(
                tokens: index..<(next + 1), span: TextSpan(fact.span.begin, facts[next].span.end),
                type: .organization, priority: RulePriority.institutionWithSeat, rule: .institutionSeatName))
            return
        }
        // `die Regierung von Nauru` names its seat as `in` does; a lower-case adjective may stand between the
        // article and the designation (`die chinesische Botschaft in Bangkok`), and the article may be fused with
        // its preposition (`im Parlament in Ljubljana`).
        let article = index - 1 > range.lowerBound && isWord(index - 1) && !facts[index - 1].capitalised
            && hasAdjectiveEnding(index - 1) ? index - 2 : index - 1
        if isText(next, Literal.seatPrepositions, in: range), next + 1 < range.upperBound, article >= range.lowerBound,
            isText(article, .definiteArticles, in: range) || isText(article, Literal.fusedArticles, in: range),
            let place = listStarts(next + 1).first(where: { $0.type == .place })
        {
            out.append(designationOnly(index, in: range, seat: place))
            return
        }
        // `der Staatsanwaltschaft der toskanischen Stadt Grosseto`, `die Präfektur des Departements Pas-de-Calais`:
        // the genitive of a place-type word and the place's name is a seat too (`im Gemeinderat seiner Heimatstadt
        // Weiz`: after a possessive, where a type word must name the place).
        let possessive = isText(next, Literal.possessiveGenitives, in: range)
        if index > range.lowerBound, isText(index - 1, .definiteArticles, in: range)
            || isText(index - 1, Literal.fusedArticles, in: range),
            isText(next, keys.genitiveArticles, in: range) || possessive
        {
            var typeWord = next + 1
            while typeWord < range.upperBound, typeWord <= next + 3, isWord(typeWord), !facts[typeWord].capitalised {
                typeWord += 1
            }
            if typeWord + 1 < range.upperBound, isPlaceType(typeWord),
                let place = listStarts(typeWord + 1).first(where: { $0.type == .place })
            {
                out.append(designationOnly(index, in: range, seat: place))
            } else if !possessive, next + 1 < range.upperBound,
                      let place = listStarts(next + 1).first(where: { $0.type == .place && !$0.ambiguous }) {
                // `das Innenministerium der Vereinigten Arabischen Emirate`, `die Regierung der Türkei`: a place
                // named with its article in the genitive, as `Thailands` without one.
                out.append(designationOnly(index, in: range, seat: place))
            }
        }
    }

    /// `in Idomeni`, `nach Gabcikovo`: a capitalised word no list knows, no noun (nor one by its ending) and no
    /// name of a person, alone after `in` or `nach`, is a small place the place lists miss (GeoNames lists towns
    /// from 500 people).
    private func unlistedPlace(after preposition: Int, in range: Range<Int>, _ out: inout [Candidate]) {
        let index = preposition + 1
        guard index < range.upperBound, isWord(index), facts[index].span.length >= 4, !facts[index].innerCaps,
              isUnlistedSeat(index, in: range), !has(index, WordClass.nationality | WordClass.orgTypeWord),
              !hasNounEnding(index)
        else { return }
        // A compound on a noun the list knows is a noun (`Vorschulklassen`, `Wiederanpfiff`), unless the noun is one
        // that ends place names (`Hütteldorf`, `Erdberg`, `Rothenfeld`).
        let word = scalars[facts[index].span.begin..<facts[index].span.end]
        let placeEnd = Self.placeNameEnds.contains(where: { ends(index, with: $0, after: 2) })
        if words.hasCommonNounEnd(word, skipping: 2, minimum: 3), !placeEnd { return }
        // One more sign of a place: the article names it again (`die Schande von Idomeni`), a place name's ending,
        // or letters German words lack (`Preševo`, `Kanjiža`); an English word alone is as often a product or a
        // title (`in Chrome`, `in Time`). Where a first name stands before it elsewhere (an initial between too:
        // `Clemens J. Setz`) it is a person's name, and after a type word an organisation's (`Fachmagazin Science`).
        let key = facts[index].exact
        let occurrences = facts.indices.filter { facts[$0].exact == key && facts[$0].kind == .word }
        guard !occurrences.contains(where: { occurrence in
                  (max(0, occurrence - 3)..<occurrence).contains(where: isFirstName)
                    || occurrence > 0 && isOrganisationType(occurrence - 1) }),
              occurrences.count >= 2 || placeEnd || word.contains(where: { Self.isForeignLetter($0) })
        else { return }
        // (The mention resolver finds the other occurrences.)
        out.append(Candidate(
            tokens: index..<(index + 1), span: facts[index].span, type: .place, priority: RulePriority.street,
            rule: .unlistedPlace))
    }

    /// Latin letters with a diacritic that German spelling does not use (`š`, `č`, `ž`, `é`, `ñ` …).
    private static func isForeignLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0xC0 && scalar.value <= 0x24F && !"ÄÖÜäöüß".unicodeScalars.contains(scalar)
    }

    /// Nouns that end German and Dutch place names (German word formation): the common nouns the rule lets pass at
    /// a word's end.
    static let placeNameEnds: [[UInt32]] = ["dorf", "berg", "burg", "feld", "bach", "heim", "hausen", "hofen",
                                                    "ingen", "stadt", "brück", "brücken", "au", "see", "tal", "kirchen",
                                                    "münster", "markt", "egg", "wald", "ried", "weiler", "stetten",
                                                    "furt", "born", "brunn", "leben", "dorp", "wyk", "wijk"].map {
        $0.unicodeScalars.map(WordKey.fold)
    }

    /// The end of a seat that goes on past a slash (`Staatsanwaltschaft Winterthur/Unterland`, `Polizeiinspektion
    /// Emsland/Grafschaft Bentheim`: a district named after two areas) or a Roman number, `end` where none follows.
    private func seatEnd(after end: Int, in range: Range<Int>) -> Int {
        // `Landgericht München I`, `Staatsanwaltschaft Berlin II`: a Roman number tells the courts of one seat apart.
        if end < range.upperBound, isWord(end), facts[end].span.length <= 3,
           scalars[facts[end].span.begin..<facts[end].span.end].allSatisfy({ $0 == "I" }) {
            return end + 1
        }
        guard end + 1 < range.upperBound, isText(end, Literal.slash), facts[end].span.begin == facts[end - 1].span.end,
              facts[end + 1].span.begin == facts[end].span.end
        else { return end }
        var last = end + 1
        while last < min(end + 3, range.upperBound), isWord(last), facts[last].capitalised, !facts[last].allCaps,
              !isFunction(last) {
            last += 1
        }
        return last > end + 1 ? last : end
    }

    /// Whether the word ends in one of `nounEndings` (`Finanzkriminalität`), with two letters at least before it.
    private func hasNounEnding(_ index: Int) -> Bool {
        Self.nounEndings.contains(where: { ends(index, with: $0, after: 2) })
    }

    /// Endings of German nouns that no place name has (`Eigenregie` aside, which the noun list knows).
    private static let nounEndings: [[UInt32]] = ["ung", "heit", "keit", "schaft", "tion", "ität", "ismus", "nis",
                                                  "tum", "ungen", "heiten", "keiten", "schaften", "tionen"].map {
        $0.unicodeScalars.map(WordKey.fold)
    }

    private func isUnlistedSeat(_ index: Int, in range: Range<Int>) -> Bool {
        let fact = facts[index]
        guard isWord(index), fact.capitalised, !fact.allCaps, fact.span.length >= 3, !fact.hyphenJoinedBefore,
              !fact.hyphenJoinedAfter, listType[index] == nil, listStarts(index).isEmpty,
              !has(index, WordClass.function | WordClass.firstName | WordClass.surname | WordClass.role
                   | WordClass.descriptive),
              !isNoun(index) else { return false }
        // Alone: not the first word of a longer name (`Polizei Peter Berger`).
        let after = index + 1
        return after >= range.upperBound || !(isWord(after) && facts[after].capitalised)
    }

    private func designationOnly(_ index: Int, in range: Range<Int>, seat: Candidate) -> Candidate {
        var start = index
        // A capitalised adjective inside the sentence belongs to the name (`Oberste Gerichtshof`).
        if index - 1 > range.lowerBound, facts[index - 1].capitalised, !facts[index - 1].firstInSentence,
            isWord(index - 1), !isNoun(index - 1), !isFunction(index - 1), listType[index - 1] == nil
        {
            start = index - 1
        }
        var candidate = Candidate(
            tokens: start..<(index + 1), span: TextSpan(facts[start].span.begin, facts[index].span.end),
            type: .organization, priority: RulePriority.designationWithPlace,
            rule: .designationWithPlace)
        let seatName = seat.canonicalName(in: lexicon.entryTable, extras) ?? String(encoding: scalars, in: seat.span)
        extras.setCanonical("\(lemma(of: index)) \(seatName)", of: &candidate)
        return candidate
    }

    /// `Kinder- und` before `Jugendamt`: the first token of the first half of an elliptic compound that ends right
    /// before `index` (a capitalised word, its hyphen, `und`), or nil.
    private func ellipticHalf(before index: Int, in range: Range<Int>) -> Int? {
        let word = index - 3
        guard word >= range.lowerBound, isText(index - 1, keys.und), isText(index - 2, Literal.hyphen),
              isWord(word), facts[word].capitalised, facts[word].span.end == facts[index - 2].span.begin
        else { return nil }
        return word
    }

    /// The designation without a genitive ending (`Landeskriminalamts` → `Landeskriminalamt`).
    func lemma(of index: Int) -> String {
        let span = facts[index].span
        return String(encoding: scalars[span.begin..<(span.end - designationCut(index))])
    }

    /// How many letters of a genitive ending to drop to reach a listed designation (0 when none).
    /// Inlined: the token loop asks it of every capitalised word of five letters or more in `-s`, and nearly all
    /// have no cut, which the designations' bits tell at once; the call cost more than that.
    @inline(__always)
    private func designationCut(_ index: Int) -> Int {
        let span = facts[index].span
        guard span.length > 4, scalars[span.end - 1] == "s" else { return 0 }
        // The longer cut first.
        let stems = facts[index].foldedStems(scalars)
        if span.length > 5 && words.mayBeDesignation(stems.stem2) && words.orgDesignations.contains(stems.stem2) {
            return 2
        }
        return words.mayBeDesignation(stems.stem1) && words.orgDesignations.contains(stems.stem1) ? 1 : 0
    }

    func isDesignation(_ index: Int) -> Bool {
        let fact = facts[index]
        guard fact.kind == .word, fact.capitalised else { return false }
        return has(index, WordClass.designation) || designationCut(index) > 0
    }

    /// `Grazer`, `Münchner`, `Bremer`: a place name + `er` (also `-en` → `-er`, `München` → `Münchner`).
    private func isCapitalisedRegionAdjective(_ index: Int) -> Bool {
        let fact = facts[index]
        guard fact.kind == .word, fact.capitalised, !fact.firstInSentence, !fact.allCaps, fact.span.length >= 6,
              has(index, WordClass.nationality) else { return false }
        let last = scalars[fact.span.end - 1]
        return last == "e" || last == "n" && scalars[fact.span.end - 2] == "e"
    }

    private func isSeatAdjective(_ index: Int) -> Bool {
        mayBeSeatAdjective(index) && namesListedPlace(facts[index].span)
    }

    /// A capitalised word of five letters or more in `-er`, as every town's adjective is (`Wiener`, `Grazer`).
    private func mayBeSeatAdjective(_ index: Int) -> Bool {
        let fact = facts[index]
        return fact.kind == .word && fact.capitalised && fact.span.length >= 5
            && scalars[fact.span.end - 1] == "r" && scalars[fact.span.end - 2] == "e"
    }

    /// Whether one of the names `TownAdjective.names(of:)` gives for a word ending in `er` is a listed place.
    private func namesListedPlace(_ span: TextSpan) -> Bool {
        Self.containsTownKey(scalars, span) { lexicon.oneWordEntry($0)?.type == .place }
    }

    /// The folded keys of `TownAdjective.names(of:)` for a word ending in `er`, in the same order.
    static func townKeys(_ scalars: [Unicode.Scalar], _ span: TextSpan) -> [WordKey] {
        var keys: [WordKey] = []
        _ = containsTownKey(scalars, span) { keys.append($0); return false }
        return keys
    }

    /// Whether `test` holds for one of `townKeys`, asked in their order up to the first that does. The keys are
    /// hashed from the word's code points and handed out one by one: building the names as arrays cost thousands
    /// of instructions a word, and even an array of the keys an allocation for each.
    private static func containsTownKey(
        _ scalars: [Unicode.Scalar], _ span: TextSpan, where test: (WordKey) -> Bool
    ) -> Bool {
        // The stem is the word without its `er`; also kept: the stem without its last one and two code points.
        var stem = WordKey.Builder()
        var stemButLast = stem
        var stemButTwo = stem
        for offset in span.begin..<(span.end - 2) {
            stemButTwo = stemButLast
            stemButLast = stem
            stem.append(scalars[offset], folded: true)
        }
        if test(stem.key) || test(key(stem, plus: "en")) { return true }
        let length = span.length - 2
        let last = scalars[span.end - 3]
        if last == "n" && test(key(stemButLast, plus: "en")) { return true }
        // `Basler` → `Basel`: the `e` of a name in `-el` falls out before the ending.
        if last == "l", length >= 3, !isVowel(scalars[span.end - 4]), test(key(stemButLast, plus: "el")) {
            return true
        }
        // `Zürcher` → `Zürich`: so does the `i` of a name in `-ich`.
        return length >= 4 && last == "h" && scalars[span.end - 4] == "c" && !isVowel(scalars[span.end - 5])
            && test(key(stemButTwo, plus: "ich"))
    }

    /// The vowels of `TownAdjective`'s rules, lower-case as it compares them.
    private static func isVowel(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a", "e", "i", "o", "u", "ä", "ö", "ü", "y": return true
        default: return false
        }
    }

    /// The folded key of `key`'s code points followed by the ASCII letters `ending`.
    private static func key(_ key: WordKey.Builder, plus ending: StaticString) -> WordKey {
        var key = key
        ending.withUTF8Buffer { bytes in
            for byte in bytes { key.append(ascii: byte, folded: true) }
        }
        return key.key
    }

    // MARK: Places

    /// `Münchner Innenstadt`, `Wiener Flughafen`, `Kölner Dom`: a town's adjective and a facility word are one
    /// place, or name one (`Wiener Schwedenplatz`); the relation stage puts it in the town.
    private func townFacility(at index: Int, in range: Range<Int>, _ out: inout [Candidate]) {
        let next = index + 1
        let head = facts[next]
        guard next < range.upperBound, head.kind == .word, !head.allCaps, !head.hyphenJoinedAfter,
              !facts[index].hyphenJoinedBefore,
              // `New Yorker Flughafen` starts a word earlier; `Wiener Tiergarten Schönbrunn` has a name of its own.
              index == range.lowerBound || !facts[index - 1].capitalised || isFunction(index - 1),
              next + 1 >= range.upperBound || !facts[next + 1].capitalised || facts[next + 1].kind != .word
                // (A common noun after it starts the rest of the clause: `am Budapester Ostbahnhof Züge besteigen`;
                // not a compass point's short word, which names a part: `im Grazer Stadtpark Nord`.)
                || isListedNoun(next + 1) && listType[next + 1] == nil
                    && !Self.compassParts.contains(facts[next + 1].folded),
              // (`isSeatAdjective`'s own first test before the suffix test, which most words would pay for.)
              mayBeSeatAdjective(index), endsInFacilityHead(next), isSeatAdjective(index)
        else { return }
        // A compound the noun list does not know is the facility's own name (`Wiener Schwedenplatz`,
        // `Wiener Stephansdom`), and the name alone is the place. A station named by a compass point is the town's
        // (`Budapester Ostbahnhof`), like its main one.
        let first = isListedNoun(next) || Self.stationNames.contains(head.folded) ? index : next
        out.append(Candidate(
            tokens: first..<(next + 1), span: TextSpan(facts[first].span.begin, head.span.end), type: .place,
            priority: RulePriority.placeType, rule: .townFacility))
    }

    /// A facility word at the word's end, in the genitive too (`des Grazer Landhauses`, `des Wiener Flughafens`).
    private func endsInFacilityHead(_ index: Int) -> Bool {
        if endsIn(.facility, index, minimum: 3, prefix: 0) { return true }
        let span = facts[index].span
        guard span.length > 5, scalars[span.end - 1] == "s" else { return false }
        return scalars.withUnsafeBufferPointer { scalars in
            words.matchesEnd(.facility, of: scalars[span.begin..<(span.end - 1)], minimum: 3, prefix: 0)
                || scalars[span.end - 2] == "e"
                    && words.matchesEnd(.facility, of: scalars[span.begin..<(span.end - 2)], minimum: 3, prefix: 0)
        }
    }

    /// Words after a facility's name that name a part of it (`Stadtpark Nord`, `Bahnhof Mitte`).
    private static let compassParts = KeySet(["Nord", "Süd", "Ost", "West", "Mitte", "Zentrum"].map {
        WordKey($0, folded: true)
    })

    /// `des Berliner Tagesspiegels`, `die Innsbrucker SPÖ`: a town's adjective right before a listed organisation's
    /// name is one span with it (as the annotators mark it). The town's paper is the listed one, whose entry stays
    /// the source, name and ids; a party's branch there is an organisation of its own.
    private func townOrganisation(at index: Int, in range: Range<Int>, _ out: inout [Candidate]) {
        let next = index + 1
        guard next < range.upperBound, listType[next] == .organization, listType[index] == nil,
              !facts[index].hyphenJoinedBefore, !facts[index].hyphenJoinedAfter,
              // `New Yorker Polizei` starts a word earlier.
              index == range.lowerBound || !facts[index - 1].capitalised || isFunction(index - 1)
        else { return }
        var longest: Candidate?
        for match in listStarts(next) where match.type == .organization
            && match.tokens.count > (longest?.tokens.count ?? 0) {
            longest = match
        }
        // (Not a compound's first part: `das Kiewer ORF-Büro`, `Vorarlberger Ikea-Fans`.)
        guard let match = longest, !facts[match.tokens.upperBound - 1].hyphenJoinedAfter, isSeatAdjective(index)
        else { return }
        let tokens = index..<match.tokens.upperBound
        let span = TextSpan(facts[index].span.begin, match.span.end)
        if lexicon.entries[Int(match.sourceEntry)].party {
            out.append(Candidate(
                tokens: tokens, span: span, type: .organization, priority: match.priority, rule: .townOrganisation))
            return
        }
        var candidate = Candidate(
            tokens: tokens, span: span, type: .organization, priority: match.priority, match: match.match,
            entry: match.sourceEntry)
        candidate.nameEntry = match.nameEntry
        candidate.canonicalIndex = match.canonicalIndex
        candidate.genitive = match.genitive
        out.append(candidate)
    }

    /// `Frundsberg-Kaserne`, `Ernst-Happel-Stadion`, `Elysee-Palast`: names joined by hyphens to a facility word
    /// are the facility's own name, one place, and joined to an institution word the institution's, one organisation
    /// (guidelines: a compound that is a place's name is one span). Not after abbreviations or nouns (`EM-Stadion`,
    /// `Energie-Stadion`), nor after a listed name, whose compound the matcher splits (`UN-Hauptquartier`).
    private func namedFacility(at index: Int, in range: Range<Int>, _ out: inout [Candidate]) {
        var last = index
        while last + 2 < range.upperBound, facts[last].hyphenJoinedAfter, facts[last + 2].capitalised,
              facts[last + 2].kind == .word {
            last += 2
        }
        guard last > index, !facts[last].hyphenJoinedAfter, listType[index] == nil else { return }
        // `Max-Planck-Institut`, `Al-Azhar-Universität`: a full name (two parts at least) before an institution
        // word names the institution, one organisation.
        let type: EntityType
        if endsIn(.facility, last, minimum: 3, prefix: 0) {
            type = .place
        } else if last - index >= 4, isInstitutionHead(last) {
            type = .organization
        } else {
            return
        }
        for part in stride(from: index, to: last, by: 2) {
            let fact = facts[part]
            if part == index, type == .organization, FunctionWords.arabicArticles.contains(fact.folded) { continue }
            guard !fact.allCaps, !fact.innerCaps, fact.span.length >= 3, !isNoun(part) || isFirstName(part),
                  !isFunction(part), !isDescriptive(part)
            else { return }
        }
        var tokens = index..<(last + 1)
        if type == .organization { tokens = institutionName(around: tokens, in: range) }
        out.append(Candidate(
            tokens: tokens, span: TextSpan(facts[tokens.lowerBound].span.begin, facts[tokens.upperBound - 1].span.end),
            type: type, priority: RulePriority.placeType, rule: type == .place ? .namedFacility : .namedInstitution))
    }

    /// The whole name of an institution: with its town's adjective before (`Bremer Max-Planck-Institut`, one body
    /// with its seat), and its field (`Max-Planck-Institut für Plasmaphysik`, `… für Sozialgerontologie und
    /// Lebenslaufforschung`) or its seat (`Georg-August-Universität Göttingen`) after.
    private func institutionName(around tokens: Range<Int>, in range: Range<Int>) -> Range<Int> {
        var first = tokens.lowerBound
        var end = tokens.upperBound
        if first > range.lowerBound, !facts[first - 1].hyphenJoinedBefore, isSeatAdjective(first - 1) { first -= 1 }
        if end + 1 < range.upperBound, isText(end, Literal.fuer), facts[end + 1].capitalised,
           facts[end + 1].kind == .word, !facts[end + 1].hyphenJoinedAfter, listType[end + 1] == nil {
            end += 2
            // `für Sozialgerontologie und Lebenslaufforschung`
            if end + 1 < range.upperBound, isText(end, keys.und), facts[end + 1].capitalised,
               facts[end + 1].kind == .word, !facts[end + 1].hyphenJoinedAfter, listType[end + 1] == nil,
               end + 2 >= range.upperBound || !facts[end + 2].capitalised {
                end += 2
            }
        } else if isSeatAfterName(end, in: range) {
            end += 1
        }
        return first..<end
    }

    /// A one-word listed place right after an institution's name, with no capitalised word after it: the seat the
    /// name ends in (`Georg-August-Universität Göttingen`, `University College London`).
    private func isSeatAfterName(_ index: Int, in range: Range<Int>) -> Bool {
        index < range.upperBound && listType[index] == .place && facts[index].capitalised
            && (index + 1 >= range.upperBound || !facts[index + 1].capitalised || facts[index + 1].kind != .word)
    }

    /// An institution word, also in the genitive (`Instituts`).
    private func isInstitutionHead(_ index: Int) -> Bool {
        let span = facts[index].span
        return scalars.withUnsafeBufferPointer { scalars in
            words.matchesEnd(.institution, of: scalars[span.begin..<span.end], minimum: 3, prefix: 0)
                || scalars[span.end - 1] == "s"
                    && words.matchesEnd(.institution, of: scalars[span.begin..<(span.end - 1)], minimum: 3, prefix: 0)
        }
    }

    /// `in der Küstenstadt Sihanoukville`, `Provinz Idlib`: a place-type word, then the name.
    private func placeType(at index: Int, in range: Range<Int>, _ out: inout [Candidate]) {
        let fact = facts[index]
        guard fact.kind == .word, fact.capitalised, index + 1 < range.upperBound,
            facts[index + 1].capitalised || isArticleParticle(index + 1, in: range), isPlaceType(index)
        else { return }
        var end = index + 1
        while end < range.upperBound, end - index <= 2 {
            // (Not an abstract noun's form: `unter den Stichworten Entstaatlichung`.)
            // (`in der US-Stadt Aurora`: a first name alone after the type word is the place's name.)
            let firstNameAlone = end == index + 1 && isFirstName(end) && !facts[end].allCaps
                && listStarts(end).isEmpty && !facts[end].hyphenJoinedAfter
                && (end + 1 == range.upperBound || !facts[end + 1].capitalised || facts[end + 1].kind != .word)
            let word = scalars[facts[end].span.begin..<facts[end].span.end]
            // (Nor a Roman numeral: `das Gemälde Tote Stadt III`.)
            if isUnknownName(end) && !Self.isAbstractNoun(word) && !Self.isNominalisedParticiple(word)
                && !word.allSatisfy({ $0 == "I" || $0 == "V" || $0 == "X" })
                || isHyphenedName(end) || firstNameAlone || end == index + 1 && isPlaceCompound(end, in: range) {
                end += facts[end].hyphenJoinedAfter ? 3 : 1
            } else if isArticleParticle(end, in: range) {
                // `in der Kleinstadt al-Bab`, `Region Sahl al-Ghab`: an Arabic article joined to the name.
                end += 3
            } else {
                break
            }
        }
        end = min(end, range.upperBound)
        // `im Einwandererviertel Jardins de LEmpereur`, `Stadtteil Vila do Conde`: a Romance particle (and article)
        // joins a second part to the name.
        if end > index + 1, end + 1 < range.upperBound, isText(end, Literal.placeParticles) {
            let next = end + 1 + (isText(end + 1, Literal.romanceArticles) ? 1 : 0)
            if next < range.upperBound, isUnknownName(next), !facts[next].hyphenJoinedAfter { end = next + 1 }
        }
        if end > index + 1 {
            out.append(Candidate(
                tokens: (index + 1)..<end, span: TextSpan(facts[index + 1].span.begin, facts[end - 1].span.end),
                type: .place, priority: RulePriority.placeType, rule: .placeType))
        } else if listStarts(index + 1).contains(where: { $0.type == .place }) {
            end = listSpan(at: index + 1)?.upperBound ?? end
        } else if isNounNamingPlace(index + 1, in: range) {
            // `(Bezirk Baden)`, `der Grenzübergang Spielfeld`, `die Stadt Essen`: a town whose name is also a
            // common noun, which the lists hold only for context, is the place after its type word.
            out.append(Candidate(
                tokens: (index + 1)..<(index + 2), span: facts[index + 1].span, type: .place,
                priority: RulePriority.placeType, rule: .placeType))
            end = index + 2
        } else {
            return
        }
        // `in den serbischen Grenzstädten Subotica und Kanjiža`, `in den Dörfern A, B und C`: the names listed
        // after the type word, one word each, are places too, where `und` closes the list (not `der Staat
        // Louisiana, Joseph brauche …`) and no item is a first name or an abstract noun's form (`-ung`).
        // (`die Kreise Olpe, Siegen-Wittgenstein und Märkischer Kreis`: a compound of capitalised parts, or a
        // district named by its adjective, is one item.)
        var items: [Range<Int>] = []
        var closed = false
        while !closed, end + 1 < range.upperBound, isText(end, Literal.comma) || isText(end, keys.und) {
            closed = isText(end, keys.und)
            let item = end + 1
            if isPlaceCompound(item, in: range) {
                items.append(item..<(item + 3))
                end = item + 3
                continue
            }
            if isDistrictByAdjective(item, in: range) {
                items.append(item..<(item + 2))
                end = item + 2
                continue
            }
            if listStarts(item).contains(where: { $0.type == .place }) {
                end = listSpan(at: item)?.upperBound ?? item + 1
                continue
            }
            let word = scalars[facts[item].span.begin..<facts[item].span.end]
            guard isUnknownName(item), !isFirstName(item), !Self.isAbstractNoun(word),
                  item + 1 == range.upperBound || !facts[item + 1].capitalised else { return }
            items.append(item..<(item + 1))
            end = item + 1
        }
        guard closed else { return }
        for item in items {
            out.append(Candidate(
                tokens: item, span: TextSpan(facts[item.lowerBound].span.begin, facts[item.upperBound - 1].span.end),
                type: .place, priority: RulePriority.placeType, rule: .placeType))
        }
    }

    /// `Siegen-Wittgenstein`, `Hamburg-Altona` after a place type: two capitalised words joined by a hyphen, the
    /// first a listed place, name one district (not a longer compound, nor one in capitals).
    private func isPlaceCompound(_ index: Int, in range: Range<Int>) -> Bool {
        index + 2 < range.upperBound && facts[index].hyphenJoinedAfter && !facts[index].allCaps
            && lexicon.oneWordEntry(facts[index].folded)?.type == .place
            && facts[index + 2].kind == .word && facts[index + 2].capitalised
            && !facts[index + 2].allCaps && !facts[index + 2].hyphenJoinedAfter
            && (index + 3 == range.upperBound || !facts[index + 3].capitalised || facts[index + 3].kind != .word)
    }

    /// `Märkischer Kreis`, `Oberbergischer Kreis`: a district named by a capitalised adjective and `Kreis`.
    private func isDistrictByAdjective(_ index: Int, in range: Range<Int>) -> Bool {
        index + 1 < range.upperBound && facts[index].kind == .word && facts[index].capitalised
            && scalars[facts[index].span.end - 1] == "r" && hasAdjectiveEnding(index)
            && isText(index + 1, keys.kreis)
    }

    /// `im Schloss Elmau`, `auf Schloss Windsor`, `Kloster Melk`: the head word and the one name after it (a place
    /// the lists know, or a word in no list and no common noun) are one place, the castle's or monastery's own
    /// name (not `Burg Kinder`, nor a longer name the rules or lists find from the second word).
    private func namedEstate(at index: Int, in range: Range<Int>, _ out: inout [Candidate]) {
        let name = index + 1
        guard name < range.upperBound, facts[name].kind == .word, !facts[name].allCaps, !facts[name].hyphenJoinedAfter,
              listType[name] == .place || listType[name] == nil && isUnknownName(name),
              name + 1 >= range.upperBound || !facts[name + 1].capitalised || facts[name + 1].kind != .word
        else { return }
        out.append(Candidate(
            tokens: index..<(name + 1), span: TextSpan(facts[index].span.begin, facts[name].span.end), type: .place,
            priority: RulePriority.placeType, rule: .namedEstate))
    }

    /// Whether the word alone (no name part after it) is a place's name in the lists, as the trie holds it.
    private func isNounNamingPlace(_ index: Int, in range: Range<Int>) -> Bool {
        let fact = facts[index]
        guard fact.kind == .word, fact.capitalised, !fact.allCaps, !fact.hyphenJoinedAfter,
              index + 1 == range.upperBound || !facts[index + 1].capitalised || facts[index + 1].kind != .word,
              let entry = lexicon.oneWordEntry(fact.folded)
        else { return false }
        return entry.type == .place
    }

    /// A word ending like an abstract noun (`Asymmetrisierung`, `Freiheit`, `Nation`), no place's name.
    private static func isAbstractNoun(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        let text = String(encoding: word)
        return ["ung", "heit", "keit", "ion", "ismus", "tät", "schaft"].contains { text.hasSuffix($0) }
    }

    /// `in der Hauptstadt Geborene`, `der Stadt Verletzte`: a past participle made a noun (`Ge-` and an adjective's
    /// ending) names people, not the place.
    private static func isNominalisedParticiple(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard word.count >= 6, word.first == "G", word.dropFirst().first == "e" else { return false }
        let text = String(encoding: word)
        return ["ene", "enen", "ener", "te", "ten", "ter"].contains { text.hasSuffix($0) }
    }

    /// `aus dem Rems-Murr-Kreis`, `im Rhein-Sieg-Kreis`: two or more capitalised words joined by hyphens to
    /// `Kreis` name one district, not the river or town its first part is.
    private func districtCompound(endingAt index: Int, in range: Range<Int>, _ out: inout [Candidate]) {
        var first = index
        while first - 2 >= range.lowerBound, isText(first - 1, Literal.hyphen), facts[first - 2].hyphenJoinedAfter,
              facts[first - 2].kind == .word, facts[first - 2].capitalised, !facts[first - 2].allCaps {
            first -= 2
        }
        // Two parts at least, as district names have them (not `aus dem engsten Bayern-Kreis`, a circle).
        guard first <= index - 4 else { return }
        out.append(Candidate(
            tokens: first..<(index + 1), span: TextSpan(facts[first].span.begin, facts[index].span.end),
            type: .place, priority: RulePriority.placeType, rule: .placeType))
    }

    /// `Anton Moser, dem SPD-Bürgermeister von Kirchdorf`, `der Landrat von Passau`: the word after an office
    /// that a town or district holds, and `von`, names that place, though the lists leave small towns out and
    /// the noun list may split the name into nouns (`Kirch-dorf`).
    private func townOfOffice(at index: Int, in range: Range<Int>, _ out: inout [Candidate]) {
        let office = index - 1
        let name = index + 1
        guard office > range.lowerBound, name < range.upperBound, facts[office].kind == .word,
              facts[office].capitalised, Self.townOffices.contains(where: { ends(office, with: $0, after: 0) }),
              facts[name].kind == .word, facts[name].capitalised, !facts[name].allCaps, listType[name] == nil,
              !isFirstName(name), facts[name].classes & WordClass.descriptive == 0,
              // (A noun may be a town's name too, `Kirchdorf`; not `Bürgermeister von Beruf`.)
              !isText(name, Literal.officeIdioms),
              !facts[name].hyphenJoinedAfter,
              name + 1 == range.upperBound || !facts[name + 1].capitalised
        else { return }
        out.append(Candidate(
            tokens: name..<(name + 1), span: facts[name].span, type: .place, priority: RulePriority.placeType,
            rule: .placeType))
    }

    /// Offices a town or district holds (`Bürgermeister`, `Landrat`), folded, as word endings.
    private static let townOffices: [[UInt32]] = ["bürgermeister", "bürgermeisterin", "landrat", "landrätin"].map {
        $0.unicodeScalars.map(WordKey.fold)
    }

    /// `al-`, `el-`: a lower-case Arabic article joined by a hyphen to a capitalised word.
    private func isArticleParticle(_ index: Int, in range: Range<Int>) -> Bool {
        index + 2 < range.upperBound && !facts[index].capitalised && facts[index].hyphenJoinedAfter
            && facts[index + 2].capitalised && FunctionWords.arabicArticles.contains(facts[index].folded)
    }

    private func isHyphenedName(_ index: Int) -> Bool {
        facts[index].hyphenJoinedAfter && facts[index].capitalised && !isNoun(index) && index + 2 < facts.count
            && facts[index + 2].capitalised
    }

    /// Inlined: asked of most capitalised words, which its first tests rule out.
    @inline(__always)
    private func isPlaceType(_ index: Int) -> Bool {
        if has(index, WordClass.placeType) { return true }
        return endsIn(.placeType, index, minimum: 4, prefix: 3)
    }

    /// Whether the token, its last `dropping` letters left off, ends in `suffix` (folded) with at least `after`
    /// letters before it; no allocation.
    private func ends(_ index: Int, with suffix: [UInt32], after: Int, dropping: Int = 0) -> Bool {
        let span = facts[index].span
        guard span.length >= suffix.count + after + dropping else { return false }
        var position = span.end - dropping - suffix.count
        for value in suffix {
            guard WordKey.fold(scalars[position]) == value else { return false }
            position += 1
        }
        return true
    }

    /// Street and square names (`Marienplatz`, `Mariahilfer Straße` is left to lists): one capitalised word
    /// ending in a street word that is not a common noun (`Arbeitsplatz` is). A lane (`Herrengasse`), a street
    /// with its house number (`Argentinierstraße 30a`) or one where something stands (`an der Argentinierstraße`) is
    /// a name though its first part is a noun too; only a listed noun is none there (`Sackgasse`, `Hauptstraße`).
    private func street(at index: Int, _ out: inout [Candidate]) {
        let fact = facts[index]
        // The flags and the list type first: they cost a read each, the street word's letters and the noun test more.
        guard fact.kind == .word, fact.capitalised, !fact.firstInSentence, fact.span.length >= 8,
            !fact.hyphenJoinedAfter, !fact.hyphenJoinedBefore, listType[index] == nil,
            endsInStreetWord(index)
        else { return }
        let isStrasse = ends(index, with: Self.strasse, after: 3) || ends(index, with: Self.strasseSS, after: 3)
        let houseNumberAfter = index + 1 < facts.count && facts[index + 1].span.length <= 4
            && scalars[facts[index + 1].span.begin].properties.numericType == .decimal
        let placedOn = index >= 2 && isText(index - 1, Literal.der) && isText(index - 2, Literal.streetPrepositions)
        let named = ends(index, with: Self.gasse, after: 3) || isStrasse && (houseNumberAfter || placedOn)
        guard named ? !isListedNoun(index) : !isNoun(index) || Self.stationNames.contains(fact.folded) else { return }
        out.append(Candidate(
            tokens: index..<(index + 1), span: fact.span, type: .place, priority: RulePriority.street,
            rule: .streetName))
    }

    /// `auf der A4`, `Ostautobahn A4`, `der Westautobahn (A1)`, `auf der B311`: a motorway's or a federal road's
    /// number is a place where the text calls it a road: after `auf der` or `von der` (a phone, `das Galaxy S6`,
    /// or an operator, `bei A1`, takes neither), or after a motorway's or a road's name, which it then joins,
    /// or in brackets after one.
    private func road(at index: Int, in range: Range<Int>, _ out: inout [Candidate]) {
        let span = facts[index].span
        guard Self.roadLetters.contains(scalars[span.begin]),
              (span.begin + 1..<span.end).allSatisfy({ scalars[$0].value &- 0x30 < 10 }) else { return }
        if index - 2 >= range.lowerBound, isText(index - 1, Literal.der),
           isText(index - 2, Literal.roadPrepositions) {
            out.append(Candidate(tokens: index..<(index + 1), span: span, type: .place,
                                 priority: RulePriority.placeType, rule: .roadNumber))
        } else if isRoadName(index - 1) {
            let first = index - 1
            out.append(Candidate(tokens: first..<(index + 1), span: TextSpan(facts[first].span.begin, span.end),
                                 type: .place, priority: RulePriority.placeType, rule: .roadNumber))
        } else if index - 2 >= range.lowerBound, facts[index - 1].exact == keys.open, isRoadName(index - 2),
                  index + 1 < range.upperBound, isText(index + 1, Literal.close) {
            out.append(Candidate(tokens: index..<(index + 1), span: span, type: .place,
                                 priority: RulePriority.placeType, rule: .roadNumber))
        }
    }

    /// `Ostautobahn`, `Bundesstraße`, `Schnellstraße`: a word that ends in a road's type.
    private func isRoadName(_ index: Int) -> Bool {
        facts[index].kind == .word && facts[index].capitalised
            && (ends(index, with: Self.autobahn, after: 0) || ends(index, with: Self.strasse, after: 0)
                || ends(index, with: Self.strasseSS, after: 0))
    }

    private static let roadLetters: Set<Unicode.Scalar> = ["A", "B", "S"]
    private static let autobahn: [UInt32] = "autobahn".unicodeScalars.map(\.value)
    private static let gasse: [UInt32] = "gasse".unicodeScalars.map(\.value)
    private static let strasse: [UInt32] = "straße".unicodeScalars.map(\.value)
    private static let strasseSS: [UInt32] = "strasse".unicodeScalars.map(\.value)

    /// A town's main station and its stations named by a compass point, and its main squares, are places though
    /// German lists them as nouns (`am Westbahnhof`, `vom Hauptbahnhof`, `am Rathausplatz`): the news means the
    /// town's one station or square. (Not `Marktplatz`, as often an online market.)
    private static let stationNames = KeySet(["Hauptbahnhof", "Westbahnhof", "Ostbahnhof", "Südbahnhof",
                                              "Nordbahnhof", "Hauptplatz", "Rathausplatz", "Domplatz",
                                              "Schlossplatz"].map { WordKey($0, folded: true) })

    /// `Rupertuskirche`, `Stephansdom`, `Saalachbrücke`: a church, cathedral, chapel or bridge named by a name
    /// (a saint's, a river's) is a place; one named by a common noun is none (`Pfarrkirche`, `Militärkapelle`,
    /// `Eisenbahnbrücke`: the first part, or its end, is a noun).
    private func namedBuilding(at index: Int, _ out: inout [Candidate]) {
        let fact = facts[index]
        guard fact.kind == .word, fact.capitalised, !fact.firstInSentence, listType[index] == nil,
              !fact.hyphenJoinedAfter, !fact.hyphenJoinedBefore else { return }
        // The last two letters first (`isBuildingEnding`). Read in place: a slice of the text, made for every long
        // word, retained and released it.
        let (last, before) = scalars.withUnsafeBufferPointer { scalars in
            (WordKey.fold(scalars[fact.span.end - 1]), WordKey.fold(scalars[fact.span.end - 2]))
        }
        guard Self.isBuildingEnding(last, before) else { return }
        // The two letters choose the heads the word may end in (`buildingHeadsByEnding`): a search of all seven
        // retained and released each head.
        let ending = last << 16 | before
        guard let heads = Self.buildingHeadsByEnding.first(where: { $0.ending == ending })?.heads else { return }
        let word = scalars[fact.span.begin..<fact.span.end]
        // Compared in place from the end, folded letter by letter.
        guard let head = heads.first(where: { head in
            guard word.count >= head.count + 4 else { return false }
            var offset = 1
            while offset <= head.count, WordKey.fold(word[word.endIndex - offset]) == head[head.count - offset].value {
                offset += 1
            }
            return offset > head.count
        }) else { return }
        guard !isNoun(index) else { return }
        var first = word.dropLast(head.count)
        // `Stephans-dom`: the linking `s` of a genitive.
        if first.last == "s" { first = first.dropLast() }
        // The first part or any end of it of four letters or more is a common noun.
        if words.hasCommonNounEnd(first, skipping: 0, minimum: 4) { return }
        out.append(Candidate(
            tokens: index..<(index + 1), span: fact.span, type: .place, priority: RulePriority.street,
            rule: .streetName))
    }

    /// Heads of the names of buildings and bridges (`-kirche`, `-dom`), folded.
    private static let buildingHeads: [[Unicode.Scalar]] = ["kirche", "kapelle", "kathedrale", "dom", "brücke",
                                                             "moschee", "synagoge"].map { Array($0.unicodeScalars) }

    /// `buildingHeads` by their last two letters (the last's code above the one before's), in their order: a few
    /// endings, compared one by one (a dictionary's hash cost more).
    private static let buildingHeadsByEnding: [(ending: UInt32, heads: [[Unicode.Scalar]])] = {
        var groups: [(ending: UInt32, heads: [[Unicode.Scalar]])] = []
        for head in buildingHeads {
            let ending = head[head.count - 1].value << 16 | head[head.count - 2].value
            if let group = groups.firstIndex(where: { $0.ending == ending }) {
                groups[group].heads.append(head)
            } else {
                groups.append((ending, [head]))
            }
        }
        return groups
    }()

    /// Whether the token ends in one of the street words, with three letters before it. The words are one flat
    /// array read through a pointer: an array of arrays retained and released each word it handed out.
    private func endsInStreetWord(_ index: Int) -> Bool {
        let span = facts[index].span
        return scalars.withUnsafeBufferPointer { scalars in
            streetSuffixes.letters.withUnsafeBufferPointer { letters in
                streetSuffixes.ends.withUnsafeBufferPointer { ends in
                    // Street word `word` (its place in `streetSuffixes`) at the end, compared from the end, folded.
                    func endsIn(_ word: Int) -> Bool {
                        let start = word == 0 ? 0 : ends[word - 1]
                        guard span.length >= ends[word] - start + 3 else { return false }
                        var position = span.end - 3
                        var offset = ends[word] - 3
                        while offset >= start && WordKey.fold(scalars[position]) == letters[offset] {
                            position -= 1
                            offset -= 1
                        }
                        return offset < start
                    }
                    // The last two letters choose the street words it may end in: most words are ruled out by them,
                    // where a loop over all seven words cost more than the comparisons.
                    switch (WordKey.fold(scalars[span.end - 1]), WordKey.fold(scalars[span.end - 2])) {
                    case (0x65, 0xDF): return endsIn(0)
                    case (0x65, 0x73): return endsIn(1) || endsIn(2)
                    case (0x7A, 0x74): return endsIn(3)
                    case (0x65, 0x65): return endsIn(4)
                    case (0x72, 0x65): return endsIn(5)
                    case (0x66, 0x6F): return endsIn(6)
                    default: return false
                    }
                }
            }
        }
    }

    /// Street words are German word formation, a closed set, so they live here rather than in a list: their folded
    /// letters one after another, and where each word ends (in this order, which `endsInStreetWord` numbers them by).
    private static let streetSuffixes: (letters: [UInt32], ends: [Int]) = {
        var letters: [UInt32] = []
        var ends: [Int] = []
        for word in ["straße", "strasse", "gasse", "platz", "allee", "ufer", "bahnhof"] {
            letters += word.unicodeScalars.map(WordKey.fold)
            ends.append(letters.count)
        }
        return (letters, ends)
    }()
    /// Whether the folded last letter `last` and the one `before` it end a street word (`-ße`, `-se`, `-tz`, `-ee`,
    /// `-er`, `-of`), as `endsInStreetWord` tells them apart: most words end otherwise and are ruled out by a
    /// comparison or two, without hashing.
    @inline(__always)
    private static func isStreetEnding(_ last: UInt32, _ before: UInt32) -> Bool {
        switch last {
        case 0x65: before == 0xDF || before == 0x73 || before == 0x65
        case 0x7A: before == 0x74
        case 0x72: before == 0x65
        case 0x66: before == 0x6F
        default: false
        }
    }

    /// Whether the folded last letter `last` and the one `before` it end a building's head (`-he`, `-le`, `-ke`,
    /// `-ee`, `-ge`, `-om`: `buildingHeads`).
    @inline(__always)
    private static func isBuildingEnding(_ last: UInt32, _ before: UInt32) -> Bool {
        last == 0x65 && (before == 0x68 || before == 0x6C || before == 0x6B || before == 0x65 || before == 0x67)
            || last == 0x6D && before == 0x6F
    }
}

/// Per-token yes/no answers computed the first time a rule asks; one per document and thread, in memory its
/// `NameRules` owns (-1 for not asked yet). Raw memory, not an array property, so a read needs no run-time
/// exclusivity check.
struct LazyFlags {
    private let values: UnsafeMutablePointer<Int8>
    private let count: Int

    init(values: UnsafeMutablePointer<Int8>, count: Int) {
        self.values = values
        self.count = count
    }

    func value(_ index: Int, _ compute: () -> Bool) -> Bool {
        // One unsigned comparison for both bounds: the rules ask these flags of most words several times.
        precondition(UInt(bitPattern: index) < UInt(bitPattern: count))
        let known = values[index]
        if known >= 0 { return known == 1 }
        let result = compute()
        values[index] = result ? 1 : 0
        return result
    }
}

/// Per-token list-match types in memory a `NameRules` owns, one byte each (0xFF for none), read like an array.
struct ListTypes {
    let base: UnsafeMutablePointer<UInt8>
    let count: Int

    subscript(index: Int) -> EntityType? {
        get {
            precondition(UInt(bitPattern: index) < UInt(bitPattern: count))
            switch base[index] {
            case 0: return .place
            case 1: return .organization
            case 2: return .person
            default: return nil
            }
        }
        nonmutating set {
            precondition(UInt(bitPattern: index) < UInt(bitPattern: count))
            base[index] = newValue.map { UInt8(truncatingIfNeeded: $0.rank) } ?? 0xFF
        }
    }
}

/// Marks of the tokens that start a one-word list match made only as ambiguous, a place's or an organisation's, in
/// memory a `NameRules` owns, one byte each; no memory (and no mark) where the article has no ambiguous match.
struct AmbiguousStarts {
    static let place: UInt8 = 1
    static let organisation: UInt8 = 2

    let base: UnsafeMutablePointer<UInt8>?
    let count: Int

    /// Whether token `index` has `mark`.
    func has(_ index: Int, _ mark: UInt8) -> Bool {
        guard let base else { return false }
        precondition(UInt(bitPattern: index) < UInt(bitPattern: count))
        return base[index] & mark != 0
    }
}

/// Per-token list-match priorities in memory a `NameRules` owns, read like an array: set only where `ListTypes` is,
/// undefined elsewhere.
struct ListPriorities {
    let base: UnsafeMutablePointer<Int>
    let count: Int

    subscript(index: Int) -> Int {
        get {
            precondition(UInt(bitPattern: index) < UInt(bitPattern: count))
            return base[index]
        }
        nonmutating set {
            precondition(UInt(bitPattern: index) < UInt(bitPattern: count))
            base[index] = newValue
        }
    }
}

/// Bare nouns that take up an organisation named before: a designation (`die Staatsanwaltschaft`), a media noun
/// (`die Zeitung`) or a type word (`die Organisation`); and the acronym in brackets that names a compound's body
/// (`das UN-Büro für … (UNODC)`).
extension ArticleView {
    /// The last organisation before `token` whose fuller name holds the capitalised word at `token`
    /// (`Staatsanwaltschaft` → `Staatsanwaltschaft Mainz`, `Präfektur` → `Präfektur des Departements …`), or whose
    /// compound ends in it (`Kommission` → `EU` of `EU-Kommission`): a bare designation, after its definite
    /// article, takes up the body named with it before.
    /// `lexicon` tells the person nouns that end compounds too (`IHS-Ökonom`), which take up no body.
    func organisationNamed(by token: Int, lexicon: LinkingLexicon) -> MentionRef? {
        guard isWord(token), isCapitalized(token), !hasMention(at: token),
              !isCapitalized(token + 1) || isPunctuation(token + 1) else { return nil }
        // (Counted from the token's bytes: `count` on the word's string walked its characters.)
        guard lowerCount(token) >= 5 else { return nil }
        // `teilte die Exekutive mit` after `Die Tiroler Polizei hat …`: Austrian news names the police so.
        // The name's lower-cased bytes are read in place (`word(token)`'s), and a `String` of them is made only for
        // a token compared by characters: the word's string and an array of its bytes were made at every call.
        let nameBytes = lower(token, is: "exekutive") ? Self.police : lowerUTF8(token)
        // `lower(_:equals:)` with the name's bytes tested once, not at every token compared with it.
        let plainName = nameBytes.allSatisfy { $0 < 0xCC }
        // (`erklärte die Kommission` after `Presidential Anti-Organized Crime Commission`: the English name's head.)
        // (The name's bytes compared with the few designations: no string is made for every bare noun asked.)
        let english = Self.englishDesignations.first(where: {
            $0.german.count == nameBytes.count && $0.german.elementsEqual(nameBytes) })?.english ?? []
        func isName(_ other: Int) -> Bool {
            if !english.isEmpty, english.contains(where: { lower(other, equals: $0) }) { return true }
            guard plainName, isStable(other) else {
                return lower(other, equals: String(decoding: nameBytes, as: UTF8.self))
            }
            let bytes = lowerUTF8(other)
            return bytes.count == nameBytes.count && bytes.elementsEqual(nameBytes)
        }
        for mention in mentions(endingBy: token).reversed() where mention.type == .organization {
            if mention.tokens.count >= 2, mention.tokens.contains(where: isName) { return mention }
            // `die Kommission` after `aus der EU-Kommission`: the body a compound named is its first part's (the
            // guidelines mark `EU` there).
            let end = mention.tokens.upperBound
            if end + 1 < token, matches(end, .hyphen), isName(end + 1), !matches(end + 2, .hyphen),
               !lexicon.isPersonNoun(utf8: lowerUTF8(token)) { return mention }
        }
        return nil
    }

    /// German designations and the heads of English names they take up, in lower case.
    private static let englishDesignations: [(german: [UInt8], english: [String])] = [
        ("kommission", ["commission"]), ("organisation", ["organization", "organisation"]),
        ("behörde", ["authority", "agency"]), ("agentur", ["agency"]), ("ministerium", ["ministry", "department"]),
        ("stiftung", ["foundation"]), ("universität", ["university"]), ("polizei", ["police"]),
    ].map { (Array($0.0.utf8), $0.1) }

    /// The UTF-8 of `polizei`: a literal's, which stays in place for the program's life.
    private static var police: UnsafeBufferPointer<UInt8> {
        let word: StaticString = "polizei"
        return UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
    }

    /// `schrieb die Zeitung`, `laut dem Blatt`: a definite media noun with no name after it takes up the last
    /// newspaper, broadcaster or agency the article named before `token`.
    func mediaNamed(by token: Int, sources: Set<String>) -> MentionRef? {
        // The article right before, or before one adjective (`die britische Zeitung`).
        let article = hasCue(.determiner, token - 1) || isCapitalized(token - 1) ? token - 1 : token - 2
        // `laut Zeitung` needs no article.
        guard hasCue(.mediaNoun, token),
              hasCue(.determiner, article) && !hasCue(.indefinite, article) || hasCue(.sourcePreposition, token - 1),
              !hasMention(at: token + 1), !isCapitalized(token + 1) || isPunctuation(token + 1) else { return nil }
        for mention in mentions(endingBy: token).reversed() where mention.type == .organization {
            if sources.contains(mention.source) { return mention }
        }
        return nil
    }

    /// `Wie die UN-Organisation mitteilte` after `der Internationalen Organisation für Migration (IOM)`: a generic
    /// type word fused to a body's name after a definite article (`die UN-Organisation`, `die EU-Agentur`) takes up
    /// the one other organisation the sentence and the two before name, one of that body's; nil where there is none.
    func bodyTakenUp(byCompound mention: MentionRef, excluding excluded: [Set<String>]) -> MentionRef? {
        let start = mention.tokens.lowerBound
        let end = mention.tokens.upperBound
        guard matches(end, .hyphen), Self.genericTypeWords.contains(where: { lower(end + 1, is: $0) }),
              hasCue(.determiner, start - 1), !hasCue(.indefinite, start - 1), !hasMention(at: end + 2),
              !isCapitalized(end + 2) || isPunctuation(end + 2),
              let body = onlyOrganisationNamed(before: start, excluding: excluded), body.key != mention.key
        else { return nil }
        return body
    }

    /// Type words that name no one body of their own (unlike `EU-Kommission`).
    private static let genericTypeWords: [StaticString] = ["organisation", "behörde", "agentur",
                                                           "unterorganisation", "sonderorganisation"]

    /// `teilte der börsennotierte Konzern mit` two sentences after `Die Vienna Insurance Group (VIG) musste …`: the
    /// one organisation the sentence at `token` and the two before name up to `token`, if only one, leaving out
    /// those from the `excluded` sources (parties, media), which a company noun does not take up.
    func onlyOrganisationNamed(before token: Int, excluding excluded: [Set<String>]) -> MentionRef? {
        let first = document.sentences[max(0, sentenceOf[token] - 2)].tokenRange.lowerBound
        return onlyOrganisation(in: first..<token, excluding: excluded)
    }

    /// The one organisation named within `tokens` (the last mention of it), if only one, leaving out those from the
    /// `excluded` sources.
    func onlyOrganisation(in tokens: Range<Int>, excluding excluded: [Set<String>]) -> MentionRef? {
        var found: MentionRef?
        for mention in mentions(startingIn: tokens).reversed()
        where mention.type == .organization && mention.tokens.upperBound <= tokens.upperBound {
            let source = mention.source
            if excluded.contains(where: { $0.contains(source) }) { continue }
            if let found, found.key != mention.key { return nil }
            if found == nil { found = mention }
        }
        return found
    }

    /// The organisation in brackets that closes the noun phrase starting at `start` (capitalised words, link words
    /// and hyphens only, at most eight tokens before the bracket, and no other name: `GPA-djp-Chef Wolfgang
    /// Katzian (SPÖ)` is the person's party).
    func bracketedAcronym(after start: Int) -> MentionRef? {
        var token = start + 1
        while token < min(start + 10, tokenCount), !matches(token, .openParen) {
            // Capitalised words, hyphens and short link words (`für`, `und`, `des`).
            guard isCapitalized(token) || matches(token, .hyphen)
                || document.tokens[token].kind == .word && lowerCount(token) <= 4,
                  !hasMention(at: token) || mention(at: token)?.tokens.lowerBound == start
            else { return nil }
            token += 1
        }
        guard matches(token, .openParen), let acronym = mention(startingAt: token + 1),
              acronym.type == .organization, matches(acronym.tokens.upperBound, .closeParen) else { return nil }
        return acronym
    }

    /// The last organisation before `token`, at most three sentences back, named right after a type word of
    /// its kind (`Autohersteller General Motors` for `der Konzern`, `Hilfsorganisation X` for `die Organisation`);
    /// further back, only after the same compound (`des Digitalverbands Bitkom` for `dem Digitalverband`).
    func organisationIntroducedByType(before token: Int, lexicon: LinkingLexicon) -> MentionRef? {
        let sentence = sentenceOf[token]
        let anaphor = word(token)
        // (`nach Angaben des Vereins` after `der Verein Phoenix`: the genitive without its ending too.)
        let genitive = lower(token - 1, is: "des") || lower(token - 1, is: "eines")
        let stem = !genitive || !anaphor.hasSuffix("s") ? anaphor : String(anaphor.dropLast())
        let shortStem = genitive && anaphor.hasSuffix("es") ? String(anaphor.dropLast(2)) : stem
        // A compound this long names one kind of body, not any company or group.
        let specific = stem.count >= 10
        for mention in mentions(endingBy: token).reversed() {
            let first = mention.tokens.lowerBound
            let far = sentence - sentenceOf[first] > 3
            if far && !specific { return nil }
            guard mention.type == .organization, isOrganisationType(first - 1) else { continue }
            let introducer = word(first - 1)
            if far {
                if introducer == stem || introducer == stem + "s" || introducer == stem + "es" { return mention }
                continue
            }
            // `dem Digitalverband zufolge` after `einer Umfrage des Digitalverbands Bitkom`: the type word
            // introduced the name in the genitive.
            let genitiveIntroducer = introducer.hasSuffix("s") && introducer.dropLast().hasSuffix(anaphor)
                || introducer.hasSuffix("es") && introducer.dropLast(2).hasSuffix(anaphor)
            if introducer.hasSuffix(anaphor) || genitiveIntroducer || introducer.hasSuffix(stem) && stem.count >= 4
                || introducer.hasSuffix(shortStem) && shortStem.count >= 4
                || Self.companyAnaphors.contains(anaphor) && lexicon.companyTypes.contains(introducer) {
                return mention
            }
        }
        return nil
    }

    /// Words for any company, whatever its trade.
    private static let companyAnaphors: Set<String> = ["konzern", "unternehmen", "firma"]
}

import NewsGraphCore

/// memberOf from a verb of employment: `Fiona Hill arbeitet für die Brookings Institution`, `Mete ist als Assistent
/// bei der Gebietskrankenkasse beschäftigt`, `Zwischenzeitlich war er bei Facebook und Google beschäftigt`. The
/// guidelines' memberOf covers whom a person works for; no role word is given, so the role is null.
struct EmploymentRules {
    func apply(_ view: ArticleView, into out: inout [Relation]) {
        // Only sentences holding a verb or participle of employment are read token by token.
        for sentence in view.document.sentences.indices
        where view.sentence(sentence, hasAny: Self.employmentWords) {
            let range = view.document.sentences[sentence].tokenRange
            for token in view.tokens(in: range, withAny: Self.employmentWords) {
                guard let verb = finiteVerb(of: token, in: range, view: view) else { continue }
                let bodies: [ArticleView.MentionRef]
                let person: String
                if let named = subject(ofVerb: verb, sentence: sentence, in: view) {
                    person = named
                    bodies = employers(after: verb, of: verb, in: view)
                } else if let (named, clauseStart) = relativeSubject(ofVerb: verb, in: range, view: view) {
                    // `Mara Lindqvist, die für die IOM in Laos arbeitet`: the verb closes a relative clause on the
                    // person, the employer before it.
                    person = named
                    bodies = employers(after: clauseStart, of: verb, in: view)
                } else {
                    continue
                }
                for body in bodies {
                    out.append(Relation(
                        subject: .entity(key: person), predicate: .memberOf, object: .entity(key: body.key),
                        sentenceIndex: sentence, provenance: Provenance(match: .rule, source: "member-employment")))
                }
            }
        }
    }

    /// The finite verb of the employment word at `token`: itself (`arbeitet`), or for a participle that closes
    /// its clause (`beschäftigt`, `angestellt`, `tätig`) the `ist`/`war` before it in that clause, or right after it
    /// where that closes the clause.
    private func finiteVerb(of token: Int, in range: Range<Int>, view: ArticleView) -> Int? {
        if isArbeiten(token, in: view) { return token }
        // (`…, der seit Jahren bei Europol tätig ist`: in a relative clause the auxiliary follows.)
        if view.lower(token + 1, is: "ist") || view.lower(token + 1, is: "war"),
           clauseEnd(after: token + 1, in: view) == token + 2 {
            return token + 1
        }
        guard clauseEnd(after: token, in: view) == token + 1 else { return nil }
        // (`hat zuvor für das UNHCR gearbeitet`: the perfect of `arbeiten` takes `hat`.)
        let perfect = view.lower(token, is: "gearbeitet")
        var index = token - 1
        while index >= range.lowerBound && !view.matches(index, in: Self.clauseMarks) {
            if perfect ? view.lower(index, is: "hat") || view.lower(index, is: "hatte")
                : view.lower(index, is: "ist") || view.lower(index, is: "war") { return index }
            index -= 1
        }
        return nil
    }

    private static let clauseMarks: RuleWordSet = [.comma, .colon, .semicolon]

    /// A finite verb of employment (`arbeitet`, or `forscht`, `lehrt`: `isAcademic`; or a job done for a body:
    /// `leitet`, `koordiniert`, `berät`).
    private func isArbeiten(_ token: Int, in view: ArticleView) -> Bool {
        view.isIn(.jobVerb, token) || isAcademic(token, in: view)
    }

    /// The employment words of `relations/cues.tsv` and the finite verbs of the jobs done for a body.
    private static let employmentWords = LinkingLexicon.employmentBit | WordClass.jobVerb.bit

    /// The finite verbs of working for a body and of the jobs done for one; the participles and the academic verbs
    /// are `relations/cues.tsv`'s employment words.
    static let jobVerbs: Set<String> = [
        "arbeitet", "arbeitete", "leitet", "leitete", "koordiniert", "koordinierte", "berät", "beriet", "betreut",
        "betreute", "verantwortet", "verantwortete",
    ]

    /// Researching or teaching, done at an institution (`an der Universität`) as well as for or with one.
    private func isAcademic(_ token: Int, in view: ArticleView) -> Bool {
        view.lower(token, is: "forscht") || view.lower(token, is: "forschte") || view.lower(token, is: "lehrt")
            || view.lower(token, is: "lehrte")
    }

    /// The person whose verb `verb` is: named right before it at the clause's start or right after it, or a pronoun
    /// there (`war er`), which takes up the one person of its gender named in this sentence or the three before.
    private func subject(ofVerb verb: Int, sentence: Int, in view: ArticleView) -> String? {
        let start = view.document.sentences[sentence].tokenRange.lowerBound
        if let named = view.mention(at: verb - 1), named.type == .person, named.tokens.upperBound == verb,
           named.tokens.lowerBound == start || view.matches(named.tokens.lowerBound - 1, .comma) {
            return named.key
        }
        // (`Zwischenzeitlich war Anna Berger bei …`: after a fronted adverbial the subject follows the verb.)
        if verb > start, let named = view.mention(startingAt: verb + 1), named.type == .person,
           !view.matches(named.tokens.upperBound, .hyphen) {
            return named.key
        }
        let pronoun = view.lower(verb - 1, is: "er") || view.lower(verb - 1, is: "sie") ? verb - 1
            : view.lower(verb + 1, is: "er") || view.lower(verb + 1, is: "sie") ? verb + 1 : nil
        guard let pronoun, pronoun == start || pronoun == verb + 1 || view.matches(pronoun - 1, .comma) else {
            return nil
        }
        let earliest = view.document.sentences[max(0, sentence - 3)].tokenRange.lowerBound
        // `sie` a woman (and not several people), `er` no woman, by the first name.
        let feminine = view.lower(pronoun, is: "sie")
        let persons = view.mentions(startingIn: earliest..<pronoun).filter {
            $0.type == .person && view.pronounFits($0.key, feminine: feminine)
        }
        // Two people named lately: whom the pronoun means is not plain.
        guard let last = persons.last, persons.allSatisfy({ $0.key == last.key }) else { return nil }
        return last.key
    }

    /// The person a relative clause ending in the verb is about, and the clause's relative pronoun: `…, die für die
    /// IOM in Laos arbeitet`, `…, der seit Jahren bei Europol tätig ist`, right after the person's name.
    private func relativeSubject(ofVerb verb: Int, in range: Range<Int>, view: ArticleView)
        -> (person: String, pronoun: Int)? {
        var index = verb - 1
        while index > range.lowerBound, !view.matches(index, in: [.comma, .colon, .semicolon]), verb - index < 12 {
            index -= 1
        }
        let pronoun = index + 1
        guard view.matches(index, .comma), view.lower(pronoun, is: "die") || view.lower(pronoun, is: "der"),
              let named = view.mention(at: index - 1), named.type == .person, named.tokens.upperBound == index,
              // (The clause ends at the verb, or its auxiliary after a participle: `tätig ist`.)
              clauseEnd(after: pronoun, in: view) <= verb + 2
        else { return nil }
        return (named.key, pronoun)
    }

    /// The organisations after `für`/`bei` in the clause of `verb` from `start` (the verb, or the relative pronoun
    /// of a clause it closes), with those joined to the first by `und`, `oder` or a comma (`bei Facebook und Google`).
    private func employers(after start: Int, of verb: Int, in view: ArticleView) -> [ArticleView.MentionRef] {
        let end = clauseEnd(after: start, in: view)
        // `arbeitet für X`: the first; `ist … bei X tätig`: the one before the participle (`ist nach Stationen bei
        // ATV seit 2010 bei der Futurezone tätig`).
        // (`forscht an der Universität zu Köln`: one researches or teaches at the institution.)
        let academic = isAcademic(verb, in: view)
        let prepositions = (start + 1..<end).filter {
            view.matches($0, in: [.bei, .fuer]) || academic && view.lower($0, is: "an")
        }
        guard let preposition = isArbeiten(verb, in: view) ? prepositions.first : prepositions.last else { return [] }
        var token = preposition + 1
        // An article and up to two adjectives before the name (`bei der Salzburger Gebietskrankenkasse`).
        if view.hasCue(.determiner, token) { token += 1 }
        // (A place's adjective is capitalised: `bei der Salzburger Caritas`; so is a type word before the name: `bei
        // der Hilfsorganisation Solwodi`.)
        while token < end, token < preposition + 4, view.isWord(token), !view.hasMention(at: token),
              !view.isCapitalized(token) || view.lower(token, hasSuffix: "er") || view.isOrganisationType(token) {
            token += 1
        }
        var found: [ArticleView.MentionRef] = []
        while let body = view.mention(startingAt: token), body.type == .organization, body.tokens.upperBound <= end {
            // (`für die CEE-Sparte`: a part of a body fused to its name is not the body.)
            if view.matches(body.tokens.upperBound, .hyphen) { break }
            found.append(body)
            guard view.matches(body.tokens.upperBound, in: [.und, .oder, .comma]) else { break }
            token = body.tokens.upperBound + 1
        }
        return found
    }

    /// The first token after `token` that ends its clause (comma, colon, semicolon, sentence end).
    private func clauseEnd(after token: Int, in view: ArticleView) -> Int {
        view.clauseEnd(from: token + 1, inSentenceOf: token)
    }
}

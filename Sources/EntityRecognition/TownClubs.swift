import NewsGraphCore

/// A match report names clubs by their towns (`gewann gegen Mönchengladbach`, `Bremen musste auf … verzichten`,
/// `bei Darmstadt 98`): there the town's name is the club, an organisation, as annotators mark it, while the
/// venue stays a place (`in Bremen`). Only in an article that gives a score (`3:0`), and only where the town
/// stands as a side of a match or a table does; a country stays a place (`gegen Irland`: team or country).
extension MentionResolver {
    /// Makes the towns that name clubs organisations, their founding year's digits included (`Darmstadt 98`).
    func retypeTownClubs(_ accepted: inout [Candidate], taken: inout CoveredScalars) {
        var scores: Bool?
        // Fields read in place: a copy of each place's candidate cost more than the tests.
        for position in accepted.indices where accepted[position].type == .place {
            // (The position first: most places stand in none, and the lexicon is asked only for the others.)
            let entry = accepted[position].nameEntry
            guard entry >= 0, accepted[position].match != .rule, let end = clubEnd(accepted[position].tokens),
                  lexicon.entries[Int(entry)].subnational else { continue }
            if scores == nil { scores = givesScore() }
            guard scores == true else { return }
            let span = TextSpan(accepted[position].span.begin, facts[end - 1].span.end)
            taken.cover(span.begin, span.end)
            accepted[position] = Candidate(
                tokens: accepted[position].tokens.lowerBound..<end, span: span, type: .organization,
                priority: accepted[position].priority, rule: .townClub)
        }
    }

    /// The end of the club's tokens if the town at `tokens` stands where a club does, else nil.
    private func clubEnd(_ tokens: Range<Int>) -> Int? {
        let first = tokens.lowerBound
        let end = tokens.upperBound
        let sentence = facts[first].sentence
        // `Darmstadt 98`, `Hannover 96`: two digits right after the town, then no noun they would count.
        if end < facts.count, facts[end].kind == .number, facts[end].span.length == 2,
           facts[end].sentence == sentence, facts[end].span.begin == facts[end - 1].span.end + 1,
           end + 1 >= facts.count || facts[end + 1].sentence != sentence
            || facts[end + 1].kind == .punctuation
            || facts[end + 1].kind == .word && !facts[end + 1].capitalised && facts[end + 1].span.length >= 3 {
            return end + 1
        }
        guard first > 0, facts[first - 1].sentence == sentence else {
            return opensClause(at: end) ? end : nil
        }
        let previous = facts[first - 1]
        if previous.kind == .word {
            // `gegen Berlin`, `Gegen Salzburg wartet man …`: a match's other side.
            if previous.folded == lists.gegen { return end }
            // `Aufsteiger Darmstadt`: a place in the table. (Told by case first: most places follow a preposition.)
            if previous.capitalised { return Self.standings.contains(previous.folded) ? end : nil }
            // `ein 4:1-Heimerfolg über Darmstadt`: whom a win was over. (Not `von`: `seinen Sieg von Buenos Aires`
            // is where a player won.)
            if previous.folded == lists.ueber, first >= 2,
               facts[first - 2].sentence == sentence, endsWithResult(facts[first - 2].span) {
                return end
            }
            return nil
        }
        // `– Wolfsburg feiert spät`, `…, Ingolstadt folgt auf Platz fünf`: the subject of its clause.
        if previous.kind == .punctuation, previous.span.length == 1,
           [",", "–", "-"].contains(scalars[previous.span.begin]) {
            return opensClause(at: end) ? end : nil
        }
        return nil
    }

    /// Whether a finite verb may follow at `index` (a lower-case word that is no preposition, article or
    /// conjunction): the town before it is the clause's subject (`Bremen musste`, not the dateline `Wien –`).
    private func opensClause(at index: Int) -> Bool {
        guard index < facts.count, index > 0, facts[index].sentence == facts[index - 1].sentence,
              facts[index].kind == .word, !facts[index].capitalised else { return false }
        return facts[index].classes & WordClass.function == 0 || Self.auxiliaries.contains(facts[index].folded)
    }

    /// Whether the word at `span` ends in `sieg` or `erfolg` (`Auswärtssieg`, `4:1-Heimerfolg`).
    private func endsWithResult(_ span: TextSpan) -> Bool {
        Self.results.contains { result in
            span.length >= result.count && zip(scalars[(span.end - result.count)..<span.end], result).allSatisfy {
                WordKey.fold($0) == $1
            }
        }
    }

    /// Whether the text gives a match's score somewhere (`3:0`, `2:1`), not a time or a length of time (`20:15
    /// Uhr`, `7:57 Minuten`) or a ratio (`1:3,5`; `1:1` counts only twice: `eine 1:1-Kopie` is no match).
    private func givesScore() -> Bool {
        var evens = 0
        for index in facts.indices where facts[index].kind == .number {
            var offset = facts[index].span.begin
            let before = offset
            let digitsBefore = digits(from: &offset)
            guard (1...2).contains(digitsBefore), offset < scalars.count, scalars[offset] == ":",
                  index == 0 || scalars[facts[index].span.begin - 1] != ":" else { continue }
            offset += 1
            let after = offset
            let digitsAfter = digits(from: &offset)
            guard (1...2).contains(digitsAfter), offset >= scalars.count || scalars[offset] != ":"
                    && !ScalarClass.isDigit(scalars[offset]) else { continue }
            // (`1:3,5`: a ratio with a decimal.)
            if offset + 1 < scalars.count, scalars[offset] == ",", ScalarClass.isDigit(scalars[offset + 1]) {
                continue
            }
            // Not a time of day or a length of time (`Uhr`, `Minuten`, `Min.`, `Stunden`, `Std.`, `Sekunden`).
            if offset + 3 < scalars.count, scalars[offset] == " ",
               Self.timeStarts.contains(where: { start in
                   start.indices.allSatisfy { scalars[offset + 1 + $0] == start[$0] } }) { continue }
            if digitsBefore == 1, digitsAfter == 1, scalars[before] == "1", scalars[after] == "1" {
                evens += 1
                if evens < 2 { continue }
            }
            return true
        }
        return false
    }

    /// The first letters of the words after a time or a length of time.
    private static let timeStarts: [[Unicode.Scalar]] = ["Uhr", "Min", "Std", "Stu", "Sek"].map {
        Array($0.unicodeScalars)
    }

    private func digits(from offset: inout Int) -> Int {
        let start = offset
        while offset < scalars.count, ScalarClass.isDigit(scalars[offset]) { offset += 1 }
        return offset - start
    }

    /// Places in a league's table a club is named by (`Aufsteiger Darmstadt`, `Tabellenführer Salzburg`).
    private static let standings = KeySet([
        "Aufsteiger", "Absteiger", "Tabellenführer", "Spitzenreiter", "Schlusslicht", "Titelverteidiger", "Verfolger",
        "Tabellenletzte", "Tabellenletzten", "Tabellenzweite", "Tabellenzweiten", "Vizemeister", "Cupsieger",
        "Pokalsieger",
    ].map { WordKey($0, folded: true) })
    /// Function words that are finite verbs (`Ingolstadt hat … gewonnen`); not the copula, which describes a
    /// place as well (`Klagenfurt war bisher ein weißer Fleck auf unserer Landkarte`).
    private static let auxiliaries = KeySet(["wird", "wurde", "hat", "hatte", "kann", "soll"].map {
        WordKey($0, folded: true)
    })
    /// Folded, as `WordKey.fold` gives a word's letters.
    private static let results = ["sieg", "erfolg"].map { $0.unicodeScalars.map(WordKey.fold) }
}

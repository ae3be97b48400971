import NewsGraphCore

/// Results lists give each athlete's or team's country as a code in brackets (`1. Eric Frenzel (GER) 26:45,8`,
/// `HC Litvinov (CZE)`): the code names the country, a place, as annotators mark it, also where an organisation's
/// acronym is spelt the same (`FRA`, the EU's rights agency). Only in a list of them: an article with one such
/// bracket may be giving a party or a body (`Enrique Peña Nieto (PRI)`, Puerto Rico's code).
extension MentionResolver {
    /// The fewest codes after names an article must give to be read as a results list.
    static let countryCodesInList = 2

    /// Makes the country codes in brackets right after accepted names mentions of their countries.
    func markCountryCodes(_ accepted: inout [Candidate], taken: inout CoveredScalars) {
        guard lists.countryCodes.count > 0 else { return }
        var found: [(token: Int, entry: Int32, afterOrganisation: Bool)] = []
        let count = facts.count
        for position in accepted.indices {
            // (The bracket first, read from the code points: after nearly every name comes none.)
            let open = accepted[position].tokens.upperBound
            guard open + 2 < count, scalars[facts[open].span.begin] == "(" else { continue }
            if let entry = countryCode(at: open + 1), !found.contains(where: { $0.token == open + 1 }) {
                found.append((open + 1, entry, accepted[position].type == .organization))
            }
        }
        guard found.count >= Self.countryCodesInList else { return }
        for (token, entry, afterOrganisation) in found {
            let span = facts[token].span
            var candidate = Candidate(
                tokens: token..<(token + 1), span: span, type: .place, priority: RulePriority.countryCode,
                rule: .countryCode)
            candidate.nameEntry = entry
            if let existing = accepted.firstIndex(where: { $0.span == span }) {
                // A place already (`USA`), or the acronym of the body named before it (`Agentur … (FRA)`).
                guard accepted[existing].type != .place, accepted[existing].link == nil,
                      !(afterOrganisation && accepted[existing].type == .organization) else { continue }
                accepted[existing] = candidate
            } else if !taken.any(span) {
                taken.cover(span.begin, span.end)
                accepted.append(candidate)
            }
        }
    }

    /// The lexicon entry of the country whose code stands at `index` between brackets (`(GER)`), or nil.
    private func countryCode(at index: Int) -> Int32? {
        guard index >= 1, index + 1 < facts.count, facts[index].span.length == 3, facts[index].kind == .word,
              facts[index].allCaps, isMark(index - 1, "("), isMark(index + 1, ")"),
              facts[index - 1].sentence == facts[index + 1].sentence,
              let entry = lists.countryCodes[facts[index].exact] else { return nil }
        return entry
    }

    /// Whether the token at `index` is the one punctuation mark `mark` (a bracket, a slash).
    func isMark(_ index: Int, _ mark: Unicode.Scalar) -> Bool {
        facts[index].kind == .punctuation && facts[index].span.length == 1
            && scalars[facts[index].span.begin] == mark
    }
}

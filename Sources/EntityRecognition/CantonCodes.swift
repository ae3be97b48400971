import NewsGraphCore

/// Swiss news writes a member of parliament's canton as its two-letter code in brackets after the name, alone or
/// after the party (`Pascal Schmid (TG)`, `Sibel Arslan (Grüne/BS)`, `Daniel Jositsch (SP, ZH)`): there the code
/// names the canton, a place. Only there: elsewhere the letters are words or other names (`BE`, `AG`, `SO`).
extension MentionResolver {
    /// Makes the canton codes in brackets right after accepted person names mentions of their cantons.
    func markCantonCodes(_ accepted: inout [Candidate], taken: inout CoveredScalars) {
        guard lists.cantonCodes.count > 0 else { return }
        let count = accepted.count
        for position in 0..<count where accepted[position].type == .person {
            // (The bracket first, read from the code points: after nearly every name comes none.)
            let open = accepted[position].tokens.upperBound
            guard open + 2 < facts.count, scalars[facts[open].span.begin] == "(" else { continue }
            // The code right after the bracket, or after one party word and a slash or comma.
            var code = open + 1
            if facts[code].kind == .word, facts[code].capitalised, code + 3 < facts.count,
               isMark(code + 1, "/") || isMark(code + 1, ",") {
                code += 2
            }
            guard facts[code].kind == .word, facts[code].span.length == 2, facts[code].allCaps,
                  isMark(code + 1, ")"), facts[open].sentence == facts[code + 1].sentence,
                  let entry = lists.cantonCodes[facts[code].exact] else { continue }
            let span = facts[code].span
            guard !taken.any(span) else { continue }
            var candidate = Candidate(
                tokens: code..<(code + 1), span: span, type: .place, priority: RulePriority.countryCode,
                rule: .cantonCode)
            candidate.nameEntry = entry
            taken.cover(span.begin, span.end)
            accepted.append(candidate)
        }
    }
}

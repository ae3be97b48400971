/// Places named by an adjective (`indisch` → `Indien`, `korsisch` → `Korsika`): the relation rules ask for the
/// place behind a seat's or a role's adjective.
extension ArticleView {
    /// Whether the token's lower-cased bytes hold `sch`, as every country adjective does (`-isch`, `deutsch`): the
    /// cheap test before `countryOfAdjective(_:)`.
    func mayBeCountryAdjective(_ token: Int) -> Bool {
        lower(token, contains: Self.sch)
    }

    private static let sch = Array("sch".utf8)

    /// `im deutschen Bundesland Mecklenburg-Vorpommern`, `der westsudanesischen Provinz Darfur`: the country
    /// (or else region) the adjective is made from, when the article names it — the one whose name shares the
    /// longest start with the adjective's stem, at least four letters (`indisch` → `Indien`, `sudanesisch` →
    /// `Sudan`, `korsisch` → `Korsika`).
    func countryOfAdjective(_ adjective: Int) -> MentionRef? {
        var stem = Substring(word(adjective))
        for ending in ["en", "er", "es", "em", "e"] where stem.hasSuffix(ending) {
            stem = stem.dropLast(ending.count)
            break
        }
        // `-isch` (`indisch`) and `deutsch`, the one country adjective without it.
        guard stem.hasSuffix("sch") else { return nil }
        for compass in ["nordwest", "nordost", "südwest", "südost", "nord", "süd", "west", "ost"]
        where stem.hasPrefix(compass) {
            stem = stem.dropFirst(compass.count)
            break
        }
        // A country first; else a region or island the article names (`der korsischen Hauptstadt Ajaccio`).
        return placeSharingStart(with: stem, countries: true) ?? placeSharingStart(with: stem, countries: false)
    }

    /// The place (a country, or any other) whose name shares the longest start with `stem`, at least four
    /// letters and all but six of the stem's (`maltesisch` → `Malta`, not `niederösterreichisch` → `Niederlande`),
    /// if no other place shares as much.
    private func placeSharingStart(with stem: Substring, countries: Bool) -> MentionRef? {
        var best: MentionRef?
        var bestLength = 3
        var tie = false
        guard let initial = stem.first else { return nil }
        func startsWithInitial(_ text: String) -> Bool {
            guard let first = text.first else { return false }
            return first == initial || first.lowercased() == String(initial)
        }
        for mention in mentions where mention.type == .place && isCountry(mention) == countries {
            // Only names with the stem's first letter are lower-cased and compared (a string each): the canonical
            // name, or the name as the article writes it (`Moldau` for `Republik Moldau`).
            guard let canonical = document.entities[mention.key]?.canonicalName else { continue }
            // (The written name's first letter is read from the folded text before the name is made a string.)
            let written = startsWithInitial(canonical) ? canonical
                : mention.tokens.count == 1 && startsLower(mention.tokens.lowerBound, with: initial)
                    ? original(mention.tokens.lowerBound) : ""
            guard startsWithInitial(written) else { continue }
            let name = written.lowercased()
            // `thailändisch` → `Thailand`: an umlaut of the adjective is the name's plain vowel.
            let shared = zip(stem, name).prefix { $0 == $1 || Self.plainVowel($0) == $1 }.count
            guard shared >= stem.count - 6 else { continue }
            if shared > bestLength {
                best = mention
                bestLength = shared
                tie = false
            } else if shared == bestLength, let best, best.key != mention.key {
                tie = true
            }
        }
        return tie ? nil : best
    }

    /// The vowel without its umlaut (`ä` → `a`), or the character itself.
    private static func plainVowel(_ character: Character) -> Character {
        switch character {
        case "ä": return "a"
        case "ö": return "o"
        case "ü": return "u"
        default: return character
        }
    }
}

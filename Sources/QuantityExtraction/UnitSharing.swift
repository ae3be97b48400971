import NewsGraphCore

/// Gives a bare number the unit the text names right after the next number (`von 20 auf 16 Prozent`,
/// `38 oder 39 Prozent`, `600.000 beziehungsweise 960.000 Euro`): the noun left out is the unit where the text
/// gives it.
struct UnitSharing {
    let lexicon: QuantityLexicon
    let tokens: TokenText

    /// Words that may stand between the bare number and the number that carries the unit; `der`, `von` and
    /// `unter` make a part of a whole (`drei der sechs Pavillons`, `32 der mehr als 4.200 Menschen`,
    /// `180 Millionen unter 1,25 Milliarden Indern`), counted in the same things; a time adverb compares the two
    /// (`80 statt bisher 40 Polizisten`).
    private static let joiners: Set<String> = ["auf", "oder", "und", "bzw", ".", "beziehungsweise", "bis", ",", "zu",
                                               "statt", "anstatt", "der", "von", "unter", "mehr", "als", "rund",
                                               "etwa", "knapp", "fast", "über", "bisher", "zuvor", "vorher",
                                               "ursprünglich"]

    /// How many tokens after a share a figure in brackets still continues its list (`Israel (4,11 Prozent) und
    /// Japan (3,58)`): a sentence's length.
    private static let listReach = 40

    /// Prepositions that may follow a bare number whose noun is left out (`und 100.000 in Kambodscha`).
    private static let placePrepositions: Set<String> = ["in", "im", "auf", "aus", "vor", "bei", "nach", "an", "am"]

    /// `neun davon`, `zwei von ihnen`, `80 weitere`, `davon 50`, `Im März waren es 3.500`: a bare number after a
    /// counted noun counts the same things. `previousUnit` is the unit of the last count with a unit before the
    /// sentence; returns the one after it.
    ///
    /// The quantities are read in place, field by field: a copy of an element retained every string of the
    /// quantity.
    func shareBackwards(
        _ found: inout [FoundQuantity], previousUnit: String?, previousMoney: () -> Quantity? = { nil }
    ) -> String? {
        var lastUnit = previousUnit
        for position in found.indices {
            defer { if found[position].quantity.kind == .count, let unit = found[position].quantity.unit {
                lastUnit = unit
            } }
            guard found[position].quantity.unit == nil else { continue }
            // `zu fünf Jahren Haft verurteilt, Fischer zu drei`: a number after `zu` in the sentence of an earlier
            // `zu` and a quantity has that quantity's unit and kind.
            if let parallel = parallelAfterZu(position, in: found) {
                let old = found[position].quantity
                found[position].quantity = Self.sharing(
                    old, unit: found[parallel].quantity.unit, currency: old.currency,
                    kind: found[parallel].quantity.kind, rule: Provenance.unitFromAntecedent)
                continue
            }
            // `Israel (4,11 Prozent) und Japan (3,58)`: a figure in brackets after a place or body, in a list of
            // shares, is a share too.
            // (Or the next one: `Salzburg (22,5) und Vorarlberg (21,0 Prozent)`.)
            let inBrackets = tokens.isInBracketsAfterPlaceOrOrganisation(
                first: found[position].tokens.lowerBound, last: found[position].tokens.upperBound)
            if inBrackets, let share = listedShare(besides: position, in: found) {
                let old = found[position].quantity
                found[position].quantity = Self.sharing(
                    old, unit: found[share].quantity.unit, currency: nil, kind: .percentage,
                    rule: Provenance.unitFromAntecedent)
                continue
            }
            // A fraction in brackets counts no things (`Schweden (3,16)` among `zwei weitere Staaten`).
            if inBrackets, let value = found[position].quantity.value, value != value.rounded() { continue }
            // `236 Milliarden US-Dollar – 64 Milliarden mehr als 2014`, `5 Millionen Euro nach 4 Millionen im
            // Vorjahr`: millions left unnamed after an amount of money, the last figure of the sentence with a
            // unit, are that money.
            if let money = elidedMoney(position, in: found) {
                let old = found[position].quantity
                found[position].quantity = Self.sharing(
                    old, unit: found[money].quantity.unit, currency: found[money].quantity.currency, kind: .money,
                    rule: Provenance.unitFromAntecedent)
                continue
            }
            // `… 84 Milliarden US-Dollar jährlich. Es folgen Asien mit 62 Milliarden, Amerika mit 52 Milliarden`:
            // a list of millions after `mit` that goes on from the sentence before, where money was the last figure.
            if isListedMillions(position, in: found), let previousMoney = previousMoney() {
                let old = found[position].quantity
                found[position].quantity = Self.sharing(
                    old, unit: previousMoney.unit, currency: previousMoney.currency, kind: .money,
                    rule: Provenance.unitFromAntecedent)
                continue
            }
            guard let unit = lastUnit else { continue }
            let tokenRange = found[position].tokens
            let next = tokenRange.upperBound + 1
            guard next < tokens.count else { continue }
            // (`80 weitere` holds `weitere` in its span: the word is then its last token.)
            let last = tokenRange.upperBound
            let partitive = tokens.isText(next, "davon") || tokens.isText(next, "weitere")
                || tokens.isText(next, "weiteren") || tokens.isText(last, "weitere") || tokens.isText(last, "weiteren")
                || (tokens.isText(next, "von") && next + 1 < tokens.count
                    && ["ihnen", "diesen", "denen"].contains(tokens.text(next + 1)))
            // `davon 50`, `waren es 3.500`: the same reference back, written before the number.
            let first = tokenRange.lowerBound
            // (`waren es in Österreich rund 28.000`: a place, a time or a modifier may stand between.)
            // (`in Kambodscha weitere 100.000`: `weitere` before the number refers back as after it; not before
            // millions, more often money left unnamed: `mit weiteren 30 bis 60 Millionen`.)
            let furtherBefore = first >= 1
                && (tokens.isText(first - 1, "weitere") || tokens.isText(first - 1, "weiteren"))
                && !Self.multiplierWords.contains(tokens.text(last))
            // (`von denen 32 nur in Österreich`: a part of the things counted, taken up by a relative pronoun.)
            let relativePart = first >= 2 && tokens.isText(first - 1, "denen")
                && (tokens.isText(first - 2, "von") || tokens.isText(first - 2, "unter"))
            // (`312 Opfer aus Deutschland, gefolgt von Rumänien (147)`: a count in brackets for a place or body.)
            let forPlace = tokens.isInBracketsAfterPlaceOrOrganisation(first: first, last: last)
            // (`312 Opfer (2023: 268)`: the count before the brackets in another year.)
            let inOtherYear = position > 0 && found[position - 1].tokens.upperBound + 1 == first - 3
                && found[position - 1].quantity.kind == .count && found[position - 1].quantity.unit == lastUnit
                && tokens.isInBracketsAfterYear(first: first, last: last)
            // (`von den zehn Bewohnern leben nur noch sechs dort`: what is left of the count.)
            let remnant = first >= 1 && tokens.isText(first - 1, "noch") && tokens.kind(first) == .word
            // (`darunter neun in Deutschland`: a part of the count, as after `davon`.)
            let before = partWord(before: first) || furtherBefore || relativePart || remnant
                || copulaEs(before: first, after: next) || forPlace || inOtherYear
            // After an amount of money or a share (`620 Millionen Euro, davon 570 Millionen`) the antecedent is
            // that, not the last count.
            let afterOther = position > 0 && found[position - 1].quantity.kind != .count
            // `120.000 Menschen in Myanmar und 100.000 in Kambodscha`: a bare number joined by `und` to a count
            // close before it, with no noun of its own after it.
            var coordinated = false
            // (`27,6 Millionen in Zwangsarbeit und etwa 22 Millionen in Zwangsehen`: a modifier may come first.)
            var joiner = first - 1
            while joiner > found[max(position - 1, 0)].tokens.upperBound,
                  Self.modifierWords.contains(token: joiner, of: tokens) {
                joiner -= 1
            }
            if position > 0, !afterOther, joiner >= 0, ["und", "sowie", "oder"].contains(tokens.text(joiner)),
               joiner + 1 - found[position - 1].tokens.upperBound <= 4 {
                coordinated = Self.placePrepositions.contains(tokens.text(next))
                    || [".", ",", ";", ")"].contains(tokens.text(next))
            }
            // `fast 534.000 Menschen den Weg über das Mittelmeer, mehr als 400.000 nach Griechenland`: after a
            // comma (and a modifier) the same count goes on, closed by a place or the clause's end.
            if position > 0, !afterOther, !coordinated {
                var lead = first - 1
                // (`16.430 Geschleppte registriert, nach 29.240 im Jahr davor`: a figure compared with the count.)
                while lead > found[position - 1].tokens.upperBound,
                      Self.modifierWords.contains(token: lead, of: tokens)
                        || Self.comparisonWords.contains(token: lead, of: tokens) {
                    lead -= 1
                }
                coordinated = tokens.isText(lead, ",") && lead - found[position - 1].tokens.upperBound <= 12
                    && (Self.placePrepositions.contains(tokens.text(next)) || [".", ";"].contains(tokens.text(next)))
            }
            guard partitive || coordinated || (before && !afterOther) else { continue }
            let old = found[position].quantity
            found[position].quantity = Self.sharing(
                old, unit: unit, currency: old.currency, kind: .count, rule: Provenance.unitFromAntecedent)
        }
        return lastUnit
    }

    /// The position of the amount of money the bare millions at `position` continue: the last quantity before it
    /// in the sentence that has a unit, where that is money and no noun follows the millions.
    private func elidedMoney(_ position: Int, in found: [FoundQuantity]) -> Int? {
        let last = found[position].tokens.upperBound
        // (The money before first: the word's string is made only where there is some.)
        guard position > 0, found[position].quantity.kind == .count,
              let antecedent = found[..<position].lastIndex(where: { $0.quantity.unit != nil }),
              found[antecedent].quantity.kind == .money, found[antecedent].quantity.currency != nil,
              last + 1 >= tokens.count || !(tokens.kind(last + 1) == .word && tokens.isCapitalized(last + 1)),
              Self.multiplierWords.contains(tokens.text(last))
        else { return nil }
        return antecedent
    }

    /// Whether the bare millions at `position` stand after `mit` with no noun after them, and every quantity of the
    /// sentence before them is money (such millions, given their currency already).
    private func isListedMillions(_ position: Int, in found: [FoundQuantity]) -> Bool {
        let first = found[position].tokens.lowerBound
        let last = found[position].tokens.upperBound
        guard found[position].quantity.kind == .count, first >= 1, tokens.isText(first - 1, "mit"),
              Self.multiplierWords.contains(tokens.text(last)),
              last + 1 >= tokens.count || !(tokens.kind(last + 1) == .word && tokens.isCapitalized(last + 1))
        else { return false }
        return found[..<position].allSatisfy { $0.quantity.kind == .money && $0.quantity.currency != nil }
    }

    /// The position of the share right before or after the quantity at `position`, close enough to be one list with
    /// it; nil if there is none.
    private func listedShare(besides position: Int, in found: [FoundQuantity]) -> Int? {
        if position > 0, found[position - 1].quantity.kind == .percentage,
           found[position].tokens.lowerBound - found[position - 1].tokens.upperBound <= Self.listReach {
            return position - 1
        }
        if position + 1 < found.count, found[position + 1].quantity.kind == .percentage,
           found[position + 1].tokens.lowerBound - found[position].tokens.upperBound <= Self.listReach {
            return position + 1
        }
        return nil
    }

    /// The position of the quantity with a unit right after an earlier `zu` in `found`, where the bare number at
    /// `position` has `zu` before it too and no noun after it; nil otherwise.
    private func parallelAfterZu(_ position: Int, in found: [FoundQuantity]) -> Int? {
        let first = found[position].tokens.lowerBound
        let next = found[position].tokens.upperBound + 1
        guard position > 0, first >= 1, tokens.isText(first - 1, "zu"),
              next >= tokens.count || !(tokens.kind(next) == .word && tokens.isCapitalized(next)) else { return nil }
        for earlier in stride(from: position - 1, through: 0, by: -1) {
            let start = found[earlier].tokens.lowerBound
            if start >= 1, tokens.isText(start - 1, "zu"), found[earlier].quantity.unit != nil { return earlier }
        }
        return nil
    }

    /// `So seien im Jänner noch 70.000 gekommen` after `150.000 Flüchtlinge`, `fast 1.000 auf die Weiterreise`
    /// after `3.500 Menschen`: a bare whole number that stands for a noun (a verb, a preposition or the clause's
    /// end after it) counts the people counted last, in its sentence or the two before (`antecedent`). Not a
    /// number after a preposition (`von 176 auf 104`, `bis 2020`), which is rather a value or a time.
    ///
    /// Returns whether a quantity of the sentence has a unit now, and the unit of the last of them where it is a
    /// count (nil where it is not): the antecedent for the next sentences. Whether an antecedent counts people is
    /// asked only where a number would take its unit: the person list was asked about every count's unit, some
    /// 300 instructions each, 2,800 a pass, for the few bare numbers after one.
    func shareElidedPeople(_ found: inout [FoundQuantity], antecedent: String?) -> (unitNamed: Bool, people: String?) {
        var people = antecedent
        var unitNamed = false
        // (The fields are read in place, and the quantity copied only where it is rewritten: a copy of each retained
        // and released its every string.)
        for position in found.indices {
            // (The count named last is the antecedent: `5.000 Foreign Fighters` after `60 Millionen Einwohnern`
            // leaves `200 aus Österreich` without one.)
            if let unit = found[position].quantity.unit {
                people = found[position].quantity.kind == .count ? unit : nil
                unitNamed = true
                continue
            }
            guard found[position].quantity.kind == .count, found[position].quantity.currency == nil, let unit = people,
                  let value = found[position].quantity.value ?? found[position].quantity.maxValue, value >= 2,
                  value == value.rounded()
            else { continue }
            let first = found[position].tokens.lowerBound
            let next = found[position].tokens.upperBound + 1
            guard next < tokens.count, first >= 1 else { continue }
            let after = tokens.text(next)
            let standsAlone = [".", ",", ";", "und"].contains(after)
                || tokens.kind(next) == .word && !tokens.isCapitalized(next) && !Self.notAlone.contains(after)
            // (`fach` searched for scalar by scalar: Foundation's search cost some 4,000 instructions a word.)
            guard standsAlone, !Self.valuePrepositions.contains(tokens.lowered(first - 1)),
                  !WordFilter.contains(tokens.text(found[position].tokens.upperBound), "fach"),
                  // (Millions left unnamed are more often money: `kostet weitere 30 bis 60 Millionen`.)
                  !Self.multiplierWords.contains(tokens.text(found[position].tokens.upperBound)),
                  !countsANounLater(after: next - 1), lexicon.personUnits.contains(unit) else { continue }
            found[position].quantity = Self.sharing(
                found[position].quantity, unit: unit, currency: nil, kind: .count, rule: Provenance.unitFromAntecedent)
            unitNamed = true
        }
        return (unitNamed, people)
    }

    /// `sieben am Freitag getöteten Attentäter`, `100.000 elektronisch erfasste Unterschriften`: the number's own
    /// noun comes after a participle or adjective further on in its clause.
    private func countsANounLater(after number: Int) -> Bool {
        var token = number + 1
        while token < min(number + 7, tokens.count - 1), tokens.kind(token) == .word || tokens.isText(token, "-") {
            let text = tokens.text(token)
            if tokens.kind(token) == .word, !tokens.isCapitalized(token), text.count >= 5,
               !Self.determinerLike.contains(text),
               text.hasSuffix("e") || text.hasSuffix("en") || text.hasSuffix("er") || text.hasSuffix("es"),
               tokens.kind(token + 1) == .word, tokens.isCapitalized(token + 1),
               lexicon.nounLemmas[tokens.text(token + 1)] != nil
                || lexicon.personUnits.contains(token: token + 1, of: tokens) {
                return true
            }
            token += 1
        }
        return false
    }

    /// Determiners and quantifiers in an adjective's ending, which stand before nouns of other phrases.
    private static let determinerLike: Set<String> = [
        "diese", "dieser", "diesen", "dieses", "jener", "jenen", "keine", "keinen", "keiner", "seine", "seinen",
        "seiner", "ihren", "ihrer", "unsere", "unseren", "welche", "welchen", "alle", "allen", "beide", "beiden",
        "viele", "vielen", "einige", "einigen", "andere", "anderen", "mehrere", "mehreren", "einer", "einen", "eines",
    ]

    /// Words after a bare number that make it no count of people: a unit written small, a part of a whole, a
    /// comparison (`2 zu 1`).
    private static let notAlone: Set<String> = ["von", "der", "zu", "mal", "prozent", "stück", "davon", "weitere",
                                                "weiteren", "pro", "je", "bis", "oder", "x"]

    /// Prepositions before a number that make it a value, a time or a rank rather than a count of people.
    private static let valuePrepositions: Set<String> = [
        "von", "bis", "ab", "seit", "um", "zu", "mit", "auf", "im", "am", "zum", "zur", "nr", "nr.", "nummer",
        "platz", "rang", "vom", "nach", "vor", "bei", "in", "an", "unter", "über", "für", "gegen", "aus",
    ]

    /// Words for a million and more closing a figure.
    private static let multiplierWords: Set<String> = [
        "Millionen", "Million", "Milliarden", "Milliarde", "Mio.", "Mrd.", "Mio", "Mrd",
    ]

    /// `Die Zahl der Todesopfer stieg auf 158`, `Die Zahl der Opfer wuchs von 80 auf 120`: a bare count the
    /// clause's `Zahl der` noun measures counts that noun.
    func shareCountedGroup(_ found: inout [FoundQuantity], in sentence: Range<Int>, lemmatizer: UnitLemmatizer) {
        // `Die meisten Festnahmen gab es in Deutschland mit 21, gefolgt von Spanien (14)`: the group the sentence
        // opens with is what its bare numbers count.
        if let noun = Self.mostGroupNoun(in: sentence, tokens: tokens) {
            // (`mit 21`, `Spanien (14)` read as ages elsewhere; not after a person, `Anna K. (34)`.)
            for position in found.indices where found[position].tokens.lowerBound > noun
                && (found[position].quantity.unit == nil && found[position].quantity.kind == .count
                    || found[position].quantity.provenance.source == "quantity.age-after-mit"
                    || found[position].quantity.provenance.source == "quantity.age-in-brackets"
                        && !tokens.endsPersonMention(found[position].tokens.lowerBound - 2)) {
                let old = found[position].quantity
                found[position].quantity = Self.sharing(
                    old, unit: lemmatizer.lemma(of: tokens.text(noun)), currency: old.currency, kind: .count,
                    rule: "+die-meisten")
            }
        }
        for position in found.indices where found[position].quantity.unit == nil
            && found[position].quantity.kind == .count {
            var lead = found[position].tokens.lowerBound - 1
            while lead > sentence.lowerBound, Self.modifierWords.contains(token: lead, of: tokens) { lead -= 1 }
            // (`Die Zahl der Haftbefehle ist mit 17 gering`.)
            guard lead > sentence.lowerBound, Self.countPrepositions.contains(token: lead, of: tokens) else { continue }
            var index = lead - 1
            while index > sentence.lowerBound + 1, lead - index <= 14, !tokens.isText(index, ".") {
                // (`Die Zahl der festgenommenen Schlepper`: adjectives before the noun.)
                var noun = index + 1
                while noun < lead, noun <= index + 2, tokens.kind(noun) == .word, !tokens.isCapitalized(noun) {
                    noun += 1
                }
                if tokens.isText(index - 1, "Zahl") || tokens.isText(index - 1, "Anzahl"),
                   tokens.isText(index, "der"), noun < lead, tokens.isCapitalized(noun),
                   tokens.kind(noun) == .word {
                    let old = found[position].quantity
                    // (`Die Zahl der Sextortion-Fälle`: a compound joined by hyphens is one noun.)
                    let end = tokens.compoundEnd(from: noun, limit: lead)
                    let form = end == noun ? tokens.text(noun) : tokens.joined(noun, end)
                    found[position].quantity = Self.sharing(
                        old, unit: lemmatizer.lemma(of: form), currency: old.currency, kind: .count, rule: "+zahl-der")
                    break
                }
                index -= 1
            }
        }
    }

    /// `Am meisten Beschwerden, nämlich 66, hat es …`, `Die meisten Opfer, rund 300, waren Frauen`: a bare number
    /// set off by commas right after a common noun (no name: `Anna Roth, 46,` is an age) counts that noun.
    func shareApposedNoun(_ found: inout [FoundQuantity], in sentence: Range<Int>, lemmatizer: UnitLemmatizer) {
        for position in found.indices where found[position].quantity.unit == nil
            && found[position].quantity.kind == .count && found[position].quantity.maxValue == nil {
            var lead = found[position].tokens.lowerBound - 1
            while lead > sentence.lowerBound, Self.modifierWords.contains(token: lead, of: tokens)
                || Self.namely.contains(token: lead, of: tokens) || tokens.isText(lead, "insgesamt") {
                lead -= 1
            }
            let noun = lead - 1
            let after = found[position].tokens.upperBound + 1
            guard noun > sentence.lowerBound, tokens.isText(lead, ","), after < sentence.upperBound,
                  tokens.isText(after, ","), tokens.kind(noun) == .word, tokens.isCapitalized(noun),
                  !tokens.endsPersonMention(noun), !tokens.endsPlaceMention(noun),
                  case let form = tokens.text(noun), lexicon.nounLemmas[form] != nil
            else { continue }
            let lemma = lemmatizer.lemma(of: form)
            // A plural, which a count of things is: its form, or a quantifier before a noun the same in both
            // (`die meisten Opfer`; not `Lavanttal-Arena, 3.100,` in a results line).
            guard lemma != form || noun > sentence.lowerBound && Self.pluralQuantifiers.contains(tokens.text(noun - 1))
            else { continue }
            let old = found[position].quantity
            found[position].quantity = Self.sharing(
                old, unit: lemma, currency: old.currency, kind: .count, rule: "+apposed-noun")
        }
    }

    /// Quantifiers before a plural noun.
    private static let pluralQuantifiers: Set<String> = ["meisten", "alle", "allen", "viele", "vielen", "wenige",
                                                         "einige", "mehrere"]

    /// The prepositions between a count and the verb of its `Zahl der` clause (`stieg auf 158`, `ist mit 17`).
    private static let countPrepositions = StringTable(words: ["auf", "von", "bei", "mit"])
    /// `nämlich` before a figure set off by commas after its noun (`Beschwerden, nämlich 66,`).
    private static let namely = StringTable(words: ["nämlich"])

    /// Words that compare a figure with an earlier one of the same things (`nach 29.240 im Vorjahr`).
    private static let comparisonWords = StringTable(words: ["nach", "gegenüber"])

    /// Modifiers that may stand between a comma and the number they modify. (Tables of words, as `comparisonWords`,
    /// asked by the token's key: the rules walk back over the words before every figure, and a `Set<String>` had
    /// each one's string made and hashed.)
    private static let modifierWords = StringTable(words: [
        "mehr", "als", "rund", "etwa", "knapp", "fast", "über", "weniger", "mindestens", "höchstens", "nur", "weitere",
    ])

    // (Tables asked by the token's key: `copulaEs` reads the words before every bare number, and a `Set<String>`
    // had each one's string made and hashed.)
    private static let copulas = StringTable(words: ["waren", "sind", "seien", "wären", "war", "ist"])
    private static let modals = StringTable(words: [
        "sollen", "sollten", "werden", "würden", "dürften", "könnten", "müssten", "dürfen", "können", "müssen",
        "wollen",
    ])
    private static let clauseMarks = StringTable(words: [".", ",", ";", ":", "(", ")"])

    /// `waren es 3.500`, `waren es in Österreich rund 28.000`: `es` after a copula at most four words before the
    /// number at `first`, with no punctuation between.
    private func copulaEs(before first: Int, after next: Int) -> Bool {
        var token = first - 1
        while token >= 1, token >= first - 5 {
            // (`Bis 2020 sollen es mehr als 200.000 sein`: a modal verb with the copula after the number.)
            if tokens.isText(token, "es") {
                return Self.copulas.contains(token: token - 1, of: tokens)
                    || Self.modals.contains(token: token - 1, of: tokens) && tokens.isText(next, "sein")
            }
            if Self.clauseMarks.contains(token: token, of: tokens) { return false }
            token -= 1
        }
        return false
    }

    func share(_ found: inout [FoundQuantity]) {
        guard found.count > 1 else { return }
        for position in stride(from: found.count - 2, through: 0, by: -1) {
            let bare = found[position]
            let next = found[position + 1]
            guard bare.quantity.unit == nil, bare.quantity.minValue == nil, let unit = next.quantity.unit,
                next.tokens.lowerBound > bare.tokens.upperBound + 1,
                next.tokens.lowerBound - bare.tokens.upperBound <= 4 else { continue }
            let between = (bare.tokens.upperBound + 1)..<next.tokens.lowerBound
            guard between.allSatisfy({ Self.joiners.contains(tokens.text($0)) }) else { continue }
            // `64 Milliarden oder 37 Prozent mehr`: millions and a share of them say one thing twice; the share's
            // unit is not the millions'.
            if next.quantity.kind == .percentage, Self.multiplierWords.contains(tokens.text(bare.tokens.upperBound)),
               !next.tokens.contains(where: { Self.multiplierWords.contains(tokens.text($0)) }) {
                continue
            }
            found[position].quantity = Self.sharing(
                bare.quantity, unit: unit, currency: next.quantity.currency, kind: next.quantity.kind,
                rule: "+unit-shared")
        }
    }

    /// `old` with a unit shared from elsewhere, counted as `kind`: its source joined with the rule's name.
    private static func sharing(
        _ old: Quantity, unit: String?, currency: String?, kind: Quantity.Kind, rule: String
    ) -> Quantity {
        Quantity(
            span: old.span, value: old.value, minValue: old.minValue, maxValue: old.maxValue, unit: unit,
            currency: currency, modifier: old.modifier, event: old.event, kind: kind,
            provenance: Provenance(match: .rule, source: .joining(old.provenance.source, rule)))
    }

    /// Whether `davon` or `darunter` stands before the number at `first`, right before it or past a modifier and
    /// a source phrase (`darunter nach BKA-Angaben rund 180 in Deutschland`): within six words, no punctuation but
    /// a hyphen.
    private func partWord(before first: Int) -> Bool {
        var index = first - 1
        while index >= 0 && index >= first - 6 {
            if tokens.isText(index, "davon") || tokens.isText(index, "darunter") { return true }
            if tokens.kind(index) == .punctuation && !tokens.isText(index, "-") { return false }
            index -= 1
        }
        return false
    }

    /// The noun of `Die meisten Festnahmen …`, `Die meisten ausländischen Opfer …` opening the sentence (up to two
    /// lower-case adjectives before it), or nil.
    static func mostGroupNoun(in sentence: Range<Int>, tokens: TokenText) -> Int? {
        let first = sentence.lowerBound
        guard sentence.count > 4, tokens.isText(first, "Die") || tokens.isText(first, "Am"),
              tokens.isText(first + 1, "meisten") else { return nil }
        var noun = first + 2
        while noun < first + 4, tokens.kind(noun) == .word, !tokens.isCapitalized(noun) { noun += 1 }
        guard tokens.kind(noun) == .word, tokens.isCapitalized(noun),
              !(noun + 1 < sentence.upperBound && tokens.isText(noun + 1, "-")) else { return nil }
        return noun
    }
}

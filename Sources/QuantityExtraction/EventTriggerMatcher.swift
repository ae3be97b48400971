import NewsGraphCore

/// Says what happened to counted things: the trigger word (`beschlagnahmt`, `festgenommen`, `Opfer`, `zahlen`)
/// nearest the quantity in its clause, verbs before nouns, the counted noun itself first (`fünf Tote`).
struct EventTriggerMatcher {
    let lexicon: QuantityLexicon
    let tokens: TokenText
    let sentence: Range<Int>

    /// How far a trigger may be from the quantity, in tokens.
    private static let reachAfter = 20
    private static let reachBefore = 10

    func event(for quantity: Quantity, tokens range: ClosedRange<Int>) -> (Quantity.Event, String)? {
        switch quantity.kind {
        case .percentage, .age, .duration: return nil
        case .count, .money: break
        }
        let allowed: (Quantity.Event) -> Bool = { event in
            quantity.kind == .money ? (event == .paid || event == .seized) : event != .paid
        }
        // The counted noun as trigger (`5 Tote`, `10 Festnahmen`).
        for index in range where tokens.kind(index) == .word {
            if let found = trigger(at: index), allowed(found.event), found.isNoun { return (found.event, found.source) }
        }
        // `starben 32 Menschen, 80 weitere wurden verletzt`: a verb right before the number is its own.
        var near = range.lowerBound - 1
        while near >= sentence.lowerBound && near >= range.lowerBound - 3 {
            if let found = trigger(at: near), allowed(found.event), !found.isNoun { return (found.event, found.source) }
            let word = tokens.text(near).lowercased()
            guard lexicon.modifiers[word] != nil || word == "als" || word == "zu" else { break }
            near -= 1
        }
        // Inside a subordinate clause (`die 30.000 Einwohner hat,`), the next comma ends the clause.
        let subordinate = opensSubordinateClause(before: range.lowerBound)
        var nounAfter: (Quantity.Event, String)?
        var index = range.upperBound + 1
        while index < sentence.upperBound && index <= range.upperBound + Self.reachAfter {
            if isBoundary(index) || (subordinate && tokens.text(index) == ",") { break }
            if let found = trigger(at: index), allowed(found.event) {
                if !found.isNoun { return (found.event, found.source) }
                if nounAfter == nil { nounAfter = (found.event, found.source) }
            }
            index += 1
        }
        var nounBefore: (Quantity.Event, String)?
        index = range.lowerBound - 1
        while index >= sentence.lowerBound && index >= range.lowerBound - Self.reachBefore {
            if isBoundary(index + 1) && index + 1 < range.lowerBound { break }
            if let found = trigger(at: index), allowed(found.event) {
                if !found.isNoun { return (found.event, found.source) }
                if nounBefore == nil { nounBefore = (found.event, found.source) }
            }
            index -= 1
        }
        return nounAfter ?? nounBefore
    }

    private func opensSubordinateClause(before index: Int) -> Bool {
        var position = index - 1
        while position >= sentence.lowerBound {
            if tokens.text(position) == "," {
                return position + 1 < index && lexicon.has(tokens.text(position + 1), .clause)
            }
            position -= 1
        }
        return false
    }

    /// A clause ends at `;`, `:`, brackets and dashes, and at a comma that opens a subordinate clause.
    private func isBoundary(_ index: Int) -> Bool {
        guard index < sentence.upperBound, index >= sentence.lowerBound else { return true }
        let text = tokens.text(index)
        switch text {
        case ";", ":", "(", ")", "–", "—", "?", "!": return true
        case ",":
            return index + 1 < sentence.upperBound && lexicon.has(tokens.text(index + 1), .clause)
        default: return false
        }
    }

    private func trigger(at index: Int) -> (event: Quantity.Event, source: String, isNoun: Bool)? {
        guard tokens.kind(index) == .word else { return nil }
        let text = tokens.text(index)
        let compoundEnd = tokens.compoundEnd(from: index, limit: sentence.upperBound)
        let form = compoundEnd > index ? tokens.joined(index, compoundEnd) : text
        if index + 1 < sentence.upperBound, let trigger = lexicon.exactTriggers[text + " " + tokens.text(index + 1)] {
            return (trigger.event, trigger.source, false)
        }
        if let trigger = lexicon.exactTriggers[form] ?? lexicon.exactTriggers[text] {
            return (trigger.event, trigger.source, Self.isNoun(trigger.text))
        }
        // Byte-wise prefix tests: `String.hasPrefix` compares by grapheme and is slow in this loop.
        for trigger in lexicon.prefixTriggers where text.utf8.starts(with: trigger.text.utf8) {
            return (trigger.event, trigger.source, Self.isNoun(trigger.text))
        }
        return nil
    }

    private static func isNoun(_ trigger: String) -> Bool {
        trigger.unicodeScalars.first?.properties.isUppercase ?? false
    }
}

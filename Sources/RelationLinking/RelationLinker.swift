import NewsGraphCore

/// Links entities, quantities and reported speech: roles, memberships, places, speakers and sources.
///
/// Rules run on tokens, in four families: `RoleRules` (memberOf, represents, hasTitle), `PlaceRules`
/// (locatedIn), `SpeechRules` (said) and `SourceRules` (accordingTo, from said and from `laut X`).
/// A fact stated twice is kept once, at its first sentence.
public struct RelationLinker: Stage {
    public let name = "RelationLinker"
    public let requires: Set<Layer> = [.tokens, .sentences, .entities, .quantities, .dates]
    public let produces: Set<Layer> = [.relations]

    private let lexicon: LinkingLexicon
    // The rule families hold the lexicon; made once, so that no article copies it.
    private let roleRules: RoleRules
    private let placeRules: PlaceRules
    private let speechRules: SpeechRules
    private let sourceRules: SourceRules

    public init(lexicons: LexiconDirectory) throws {
        lexicon = try LinkingLexicon(lexicons: lexicons)
        roleRules = RoleRules(lexicon: lexicon)
        placeRules = PlaceRules(lexicon: lexicon)
        speechRules = SpeechRules(lexicon: lexicon, roleRules: roleRules)
        sourceRules = SourceRules(lexicon: lexicon, speechRules: speechRules)
    }

    public func process(_ document: inout Document, diagnostics: inout [Diagnostic]) throws {
        let view = ArticleView(document: document, lexicon: lexicon)
        var roles: [Relation] = []
        roleRules.apply(view, into: &roles)
        var places: [Relation] = []
        placeRules.apply(view, into: &places)
        placeRules.applyCountryScene(view, into: &places)
        var said: [Relation] = []
        var attributions: [Attribution] = []
        speechRules.apply(
            view, roles: roles, into: &said, attributions: &attributions)
        roleRules.membershipsOfSpeakersNamedByBody(said: said, in: view, into: &roles)
        var sources: [Relation] = []
        sourceRules.apply(view, attributions: attributions, into: &sources)
        document.relations = Self.deduplicated(Self.withoutTitlesHeldInABody(roles) + places + said + sources)
        document.completedLayers.formUnion(produces)
    }

    /// `Richterin Astrid Raufer` once beside her court and once alone: the role is stated by the memberOf (or
    /// represents) that names the body, and the bare title adds no fact of its own.
    static func withoutTitlesHeldInABody(_ relations: [Relation]) -> [Relation] {
        var held = Set<String>()
        for relation in relations where relation.predicate == .memberOf || relation.predicate == .represents {
            if case .entity(let key) = relation.subject, let role = relation.role { held.insert(key + "|" + role.quickLowercased()) }
        }
        guard !held.isEmpty else { return relations }
        return relations.filter { relation in
            guard relation.predicate == .hasTitle, case .entity(let key) = relation.subject,
                  case .literal(let title) = relation.object else { return true }
            return !held.contains(key + "|" + title.quickLowercased())
        }
    }

    /// Keeps the first statement of each fact, ordered by evidence sentence, then by rule family order.
    static func deduplicated(_ relations: [Relation]) -> [Relation] {
        // Indices, not copies of the relations, are sorted; (sentence, position) is a total order.
        let order = relations.indices.sorted {
            (relations[$0].sentenceIndex, $0) < (relations[$1].sentenceIndex, $1)
        }
        // Facts are compared by their parts where that gives the joined strings' answers (nearly always).
        var keys: [FactKey] = []
        keys.reserveCapacity(relations.count)
        for relation in relations {
            guard let key = FactKey(relation) else { return deduplicated(relations, order: order) }
            keys.append(key)
        }
        var kept: [Relation] = []
        kept.reserveCapacity(relations.count)
        // An article states a handful of facts: comparing each with those kept costs less than hashing it.
        if relations.count <= 32 {
            var keptKeys: [FactKey] = []
            keptKeys.reserveCapacity(relations.count)
            for index in order where !keptKeys.contains(keys[index]) {
                keptKeys.append(keys[index])
                kept.append(relations[index])
            }
            return kept
        }
        var seenFacts = Set<FactKey>()
        seenFacts.reserveCapacity(relations.count)
        for index in order where seenFacts.insert(keys[index]).inserted { kept.append(relations[index]) }
        return kept
    }

    /// `deduplicated(_:)` by one joined string per fact, in the given order.
    private static func deduplicated(_ relations: [Relation], order: [Int]) -> [Relation] {
        var seen = Set<String>()
        seen.reserveCapacity(relations.count)
        var out: [Relation] = []
        out.reserveCapacity(relations.count)
        for index in order {
            let relation = relations[index]
            // One string per fact, appended in place: `subject|predicate|object`, as the parts were once joined.
            var key = ""
            key.reserveCapacity(96)
            switch relation.subject {
            case .entity(let entity): key += entity
            case .quantity(let index): key += "q:"; key += String(index)
            case .literal(let text): key += text
            case .quotation(let span): key += "\(span)"
            }
            key += "|"
            key += relation.predicate.rawValue
            key += "|"
            switch relation.object {
            case .entity(let entity): key += "e:"; key += entity
            case .quantity(let index): key += "q:"; key += String(index)
            case .literal(let text): key += "l:"; key += text.lowercased()
            case .quotation: key += "s:"; key += String(relation.sentenceIndex)
            }
            if seen.insert(key).inserted { out.append(relation) }
        }
        return out
    }
}

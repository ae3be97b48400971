import NewsGraphCore

/// Links entities, quantities and reported speech: roles, memberships, places, speakers and sources.
///
/// Rules run on tokens, in five families: `RoleRules` (memberOf, represents, hasTitle), `EmploymentRules` (memberOf
/// from `arbeitet für`), `PlaceRules` (locatedIn), `SpeechRules` (said) and `SourceRules` (accordingTo, from said
/// and from `laut X`).
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
        // Room for the roles and statements most articles hold, made at once: the arrays grew from empty two or
        // three times.
        var roles: [Relation] = []
        roles.reserveCapacity(8)
        roleRules.apply(view, into: &roles)
        EmploymentRules().apply(view, into: &roles)
        // (The thread's, kept emptied from the article before where no other linker holds it.)
        var said = KeptArray.take(&view.memory.said, reserving: 8)
        defer { KeptArray.putBack(&said, into: &view.memory.said) }
        var attributions = KeptArray.take(&view.memory.attributions, reserving: 8)
        defer { KeptArray.putBack(&attributions, into: &view.memory.attributions) }
        speechRules.apply(
            view, roles: roles, into: &said, attributions: &attributions)
        roleRules.membershipsOfSpeakersNamedByBody(said: said, in: view, into: &roles)
        // The places and sources are written after the roles in their array, where `assembled` joins them: in
        // arrays of their own, each relation was copied into the roles' (its strings retained) and freed (released
        // again). The place rules read nothing the speech rules write, so they may run after them.
        let roleCount = roles.count
        var all = consume roles
        placeRules.apply(view, into: &all)
        placeRules.applyCountryScene(view, into: &all)
        all.append(contentsOf: said)
        sourceRules.apply(view, attributions: &attributions, into: &all)
        document.relations = Self.assembled(consume all, roleCount: roleCount)
        document.completedLayers.formUnion(produces)
    }

    /// The rule families' relations as one list, deduplicated, without the roles' titles held in a body: one array
    /// made and one pass, where filtering the roles and joining the families made three arrays before it.
    static func assembled(
        roles: consuming [Relation], places: [Relation], said: [Relation], sources: [Relation]
    ) -> [Relation] {
        let roleCount = roles.count
        // The roles' own array grows to hold the others: copying the roles into a new one retained every string of
        // theirs, and freeing their array released them again.
        var all = consume roles
        all.reserveCapacity(all.count + places.count + said.count + sources.count)
        all.append(contentsOf: places)
        all.append(contentsOf: said)
        all.append(contentsOf: sources)
        return assembled(consume all, roleCount: roleCount)
    }

    /// `assembled(roles:places:said:sources:)` of the families joined already: `all` holds the roles (the first
    /// `roleCount`), then the places, statements and sources.
    static func assembled(_ all: consuming [Relation], roleCount: Int) -> [Relation] {
        // The roles come first in `all`, so their indices are the same there.
        let dropped = titlesHeldInABody(all, roleCount: roleCount)
        return deduplicated(consume all, dropping: dropped)
    }

    /// `Richterin Astrid Raufer` once beside her court and once alone: the role is stated by the memberOf (or
    /// represents) that names the body, and the bare title adds no fact of its own. Returns the indices
    /// (ascending) of such hasTitle relations among the first `roleCount`, the roles.
    static func titlesHeldInABody(_ relations: [Relation], roleCount: Int) -> [Int] {
        // Most articles state no title, or no role held in a body: then nothing is joined or hashed.
        // (Read in place through a buffer: a loop over the array copied each relation, five strings retained and
        // released.)
        relations.withUnsafeBufferPointer { all in
            let relations = UnsafeBufferPointer(rebasing: all[..<roleCount])
            let holdsRole = relations.indices.contains {
                relations[$0].role != nil
                    && (relations[$0].predicate == .memberOf || relations[$0].predicate == .represents)
            }
            guard holdsRole, relations.indices.contains(where: { relations[$0].predicate == .hasTitle }) else {
                return []
            }
            // The (holder, role) pairs, compared as the strings `holder|role` joined are (an article holds a
            // handful: a set hashed each joined string, made for it). Where no part holds a `|`, joined strings are
            // equal exactly when their parts are: `|` composes with nothing, and no mark moves across it.
            var held: [HeldRole] = []
            for index in relations.indices
            where relations[index].predicate == .memberOf || relations[index].predicate == .represents {
                if case .entity(let key) = relations[index].subject, let role = relations[index].role {
                    held.append(HeldRole(key: key, role: role, barless: isBarless(key) && isBarless(role)))
                }
            }
            guard !held.isEmpty else { return [] }
            var dropped: [Int] = []
            for index in relations.indices {
                guard relations[index].predicate == .hasTitle, case .entity(let key) = relations[index].subject,
                      case .literal(let title) = relations[index].object else { continue }
                // (Lower case never makes or takes away a `|`. The roles are compared lower-cased in place: a copy of
                // each was made whether its holder matched or not.)
                let barless = isBarless(key) && isBarless(title)
                if held.contains(where: {
                    barless && $0.barless ? $0.key == key && $0.role.quickLowercasedEquals(title)
                        : $0.key + "|" + $0.role.quickLowercased() == key + "|" + title.quickLowercased()
                }) {
                    dropped.append(index)
                }
            }
            return dropped
        }
    }

    /// A (holder, role) pair of `titlesHeldInABody`, and whether neither holds a `|`. A struct, not a
    /// tuple: an array of tuples was freed through the runtime's generic tuple witness, tens of instructions each.
    private struct HeldRole {
        let key: String
        let role: String
        let barless: Bool
    }

    /// Whether the text holds no `|`, read from its bytes in place: `contains` on the UTF-8 view stepped through
    /// the view's indices, some five hundred instructions a key.
    private static func isBarless(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { !$0.contains(UInt8(ascii: "|")) }
    }

    /// Keeps the first statement of each fact, ordered by evidence sentence, then by rule family order.
    static func deduplicated(_ relations: [Relation]) -> [Relation] {
        deduplicated(relations, dropping: [])
    }

    /// `deduplicated(_:)` of the relations but those at `dropped` (ascending indices).
    private static func deduplicated(_ relations: consuming [Relation], dropping dropped: [Int]) -> [Relation] {
        guard !relations.isEmpty else { return relations }
        var relations = consume relations
        let count = relations.count
        // The order, the kept positions and the digests are scratch memory, on the stack for an article's few
        // relations: as arrays they were four allocations an article, each freed again. The relations are read in
        // place through a buffer: subscripting the array copied each relation (its strings retained and released).
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: count * 4) { scratch in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: count) { digests in
                let order = UnsafeMutableBufferPointer(rebasing: scratch[..<count])
                let kept = UnsafeMutableBufferPointer(rebasing: scratch[count..<(count * 2)])
                let (orderCount, inOrder, keptCount) = relations.withUnsafeBufferPointer { all in
                    let (orderCount, inOrder) = Self.order(of: all, dropping: dropped, into: order)
                    let ordered = UnsafeBufferPointer(rebasing: order[..<orderCount])
                    return (orderCount, inOrder, keptPositions(of: all, order: ordered, digests: digests, into: kept))
                }
                guard let keptCount else { return deduplicated(relations, order: order[..<orderCount]) }
                // Nothing dropped, moved or merged: the list as it came.
                if inOrder && keptCount == count { return relations }
                // The kept relations are moved to the front in their order, and the others cut off: copied into a new
                // array, each kept relation's strings were retained, and released again with the old array.
                let positions = UnsafeMutableBufferPointer(rebasing: scratch[(count * 2)..<(count * 3)])
                let holders = UnsafeMutableBufferPointer(rebasing: scratch[(count * 3)...])
                Self.moveToFront(
                    kept[..<keptCount].lazy.map { order[$0] }, of: &relations, positions: positions, holders: holders)
                relations.removeLast(count - keptCount)
                return relations
            }
        }
    }

    /// Moves the relations first at `wanted` (distinct indices) to the front of `relations`, in that order, by swaps
    /// (which move, retaining nothing). `positions` and `holders`, room for an index a relation, track where each
    /// relation is and which is at each place.
    private static func moveToFront(
        _ wanted: some Sequence<Int>, of relations: inout [Relation], positions: UnsafeMutableBufferPointer<Int>,
        holders: UnsafeMutableBufferPointer<Int>
    ) {
        for index in positions.indices {
            positions[index] = index
            holders[index] = index
        }
        relations.withUnsafeMutableBufferPointer { buffer in
            for (place, relation) in wanted.enumerated() {
                let from = positions[relation]
                guard from != place else { continue }
                buffer.swapAt(place, from)
                let displaced = holders[place]
                holders[place] = relation
                holders[from] = displaced
                positions[relation] = place
                positions[displaced] = from
            }
        }
    }

    /// Writes the relations' indices but those at `dropped` (ascending) into `order`, by evidence sentence and then
    /// position; returns how many, and whether that is their order already.
    private static func order(
        of relations: UnsafeBufferPointer<Relation>, dropping dropped: [Int],
        into order: UnsafeMutableBufferPointer<Int>
    ) -> (count: Int, inOrder: Bool) {
        // Indices, not copies of the relations, are sorted, by their sentences: (sentence, index) is a total order.
        // The families mostly come in sentence order already, and then nothing is sorted.
        var count = 0
        var inOrder = true
        var last = Int.min
        var next = 0
        for index in relations.indices {
            if next < dropped.count && dropped[next] == index {
                next += 1
                continue
            }
            let sentence = relations[index].sentenceIndex
            if last > sentence { inOrder = false }
            last = sentence
            order[count] = index
            count += 1
        }
        if !inOrder {
            var sorted = UnsafeMutableBufferPointer(rebasing: order[..<count])
            sorted.sort {
                (relations[$0].sentenceIndex, $0) < (relations[$1].sentenceIndex, $1)
            }
        }
        return (count, inOrder)
    }

    /// Writes into `kept` the positions in `order` of the first statement of each fact and returns how many; nil
    /// where a relation has no digest and joined strings must decide. `digests`: room for one a position.
    private static func keptPositions(
        of relations: UnsafeBufferPointer<Relation>, order: UnsafeBufferPointer<Int>,
        digests: UnsafeMutableBufferPointer<UInt64>, into kept: UnsafeMutableBufferPointer<Int>
    ) -> Int? {
        // Facts are compared by their parts where that gives the joined strings' answers (nearly always), and only
        // those with equal digests are: most pairs differ in their digests, and no key is made for them.
        for position in order.indices {
            guard let digest = FactKey.digest(of: relations[order[position]]) else { return nil }
            digests[position] = digest
        }
        var keptCount = 0
        for position in order.indices {
            let digest = digests[position]
            let stated = kept[..<keptCount].contains { earlier in
                digests[earlier] == digest && sameFact(relations[order[earlier]], relations[order[position]])
            }
            if !stated {
                kept[keptCount] = position
                keptCount += 1
            }
        }
        return keptCount
    }

    /// Whether two relations state one fact: their keys are equal, or, where a key is nil, their joined strings.
    private static func sameFact(_ one: Relation, _ other: Relation) -> Bool {
        if let oneKey = FactKey(one), let otherKey = FactKey(other) { return oneKey == otherKey }
        return joinedKey(one) == joinedKey(other)
    }

    /// `deduplicated(_:)` by one joined string per fact, in the given order.
    private static func deduplicated(_ relations: [Relation], order: some Sequence<Int>) -> [Relation] {
        var seen = Set<String>()
        seen.reserveCapacity(relations.count)
        var out: [Relation] = []
        out.reserveCapacity(relations.count)
        for index in order where seen.insert(joinedKey(relations[index])).inserted { out.append(relations[index]) }
        return out
    }

    /// One string per fact, appended in place: `subject|predicate|object`, as the parts were once joined.
    private static func joinedKey(_ relation: Relation) -> String {
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
        return key
    }
}

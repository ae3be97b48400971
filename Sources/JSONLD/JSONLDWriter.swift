import NewsGraphCore

/// Turns an annotated document into NIF + schema.org JSON-LD, following the output contract in
/// `../shared/eval/README.md`. No blank nodes: every node has an IRI, so the per-article files and the
/// merged graph describe the very same triples.
public struct JSONLDWriter: Sendable {
    /// Written into every article node, so a graph says which pipeline made it.
    public let pipelineVersion: String
    private let generatedBy: String

    public init(pipelineVersion: String) {
        self.pipelineVersion = pipelineVersion
        self.generatedBy = "NewsGraph \(pipelineVersion)"
        // The digit table (ten thousand entries, built once a run) is made with the writer, at set-up, rather than
        // by whichever article is written first.
        _ = JSONBytes.digitTable
    }

    /// One article as a complete JSON-LD document.
    public func document(_ document: Document) -> String {
        String(decoding: documentBytes(document), as: UTF8.self)
    }

    /// One article as a complete JSON-LD document, in UTF-8.
    public func documentBytes(_ document: Document) -> [UInt8] {
        var plan = entityPlan(document)
        return write(document, plan: &plan, keepingNodes: false).file
    }

    /// One article serialised once, in the pieces a batch needs: the complete file, the article's own nodes
    /// (joined by `,\n`, for the merged graph) and its entities (merged across articles before writing).
    public func serializedParts(
        _ document: Document
    ) -> (file: [UInt8], articleNodes: [UInt8], entities: [EntityNode]) {
        var plan = entityPlan(document)
        let (file, nodes) = write(document, plan: &plan, keepingNodes: true)
        return (file, nodes, plan.nodes(document))
    }

    /// The file's bytes in one buffer, and a copy of the article's own nodes if asked for. The plan lends its index
    /// (the sink notes its places there).
    private func write(
        _ document: Document, plan: inout EntityPlan, keepingNodes: Bool
    ) -> (file: [UInt8], nodes: [UInt8]) {
        let entities = document.entities.values
        let collectedNames = plan.collectedNames
        let articleIRI = IRIs.articleBytes(document)
        return document.withUTF8AndOffsets { text, offsets in
            articleIRI.withUnsafeBufferPointer { articleIRI in
                // Files come out at about eleven bytes per byte of text (10kGNAD: 4 to 27): room for twice that,
                // so that hardly any grows, each growth copying all written so far. The bytes are written straight
                // into the file's array; only a file that outgrows it is copied into a larger one.
                var nodes: [UInt8] = []
                var outgrown: [UInt8]?
                // Made by `init(fillingCapacity:_:)`: `init(unsafeUninitializedCapacity:initializingWith:)` looked
                // the storage class's metadata up in the runtime at every file (some 450 instructions).
                let file = [UInt8](fillingCapacity: text.count * 24 + 4096) { memory in
                    var start = ByteBuffer(lending: memory)
                    Self.filePrefix.withUnsafeBufferPointer { start.append(contentsOf: $0) }
                    let nodesStart = start.count
                    return plan.index.withLent { index in
                        var sink = ByteSink(
                            buffer: start, text: text, offsets: offsets, articleIRI: articleIRI,
                            sentences: document.sentences, entities: index.positions.count, places: index.places)
                        defer { sink.buffer.deallocate() }
                        describe(document, mentionSlots: index.mentionSlots, keys: index.keys, into: &sink)
                        let nodesEnd = sink.buffer.count
                        for slot in index.positions.indices {
                            EntityNode.describe(
                                entities, index.positions[slot], sortedAlternateNames: collectedNames[slot],
                                into: &sink, slot: slot)
                        }
                        sink.buffer.append("\n]}\n")
                        if keepingNodes { nodes = sink.buffer.bytes(nodesStart..<nodesEnd) }
                        guard sink.buffer.ownsMemory else { return sink.buffer.count }
                        outgrown = sink.buffer.bytes(0..<sink.buffer.count)
                        return 0
                    }
                }
                return (outgrown ?? file, nodes)
            }
        }
    }

    /// What every file starts with: the inline context and the opening of the graph.
    private static let filePrefix: [UInt8] = {
        var bytes = Array("{\"@context\":".utf8)
        Vocabulary.context.write(to: &bytes)
        bytes.append(contentsOf: ",\n\"@graph\":[\n".utf8)
        return bytes
    }()

    /// Every node of the article except its entities, in document order, as trees.
    public func articleNodes(_ document: Document) -> [JSONValue] {
        var sink = TreeSink(document: document, articleIRI: IRIs.article(document))
        describe(document, mentionSlots: UnsafeBufferPointer(start: nil, count: 0), keys: nil, into: &sink)
        return sink.nodes
    }

    /// The article's entities, each with every name it goes by in the article.
    public func entityNodes(_ document: Document) -> [EntityNode] {
        entityPlan(document).nodes(document)
    }

    /// The article's entities in the order they are written, as positions in its table with their alternate names,
    /// each mention's entity among them and their keys' slots: what the entities' nodes say, without an
    /// `EntityNode` (a copy of the entity) made for each.
    private struct EntityPlan {
        /// By slot, the entity's position in `document.entities`; each mention's entity among them and their keys'
        /// slots, for the relations' entity ends.
        var index: EntityIndex
        /// By slot, the entity's alternate names as they are written where they are not its own as they are
        /// (hardly any: the dictionary stays empty, allocating nothing, for nearly every article).
        var collectedNames: [Int: [String]]

        /// The nodes the plan describes.
        func nodes(_ document: Document) -> [EntityNode] {
            let entities = document.entities.values
            return (0..<index.count).map {
                EntityNode(entity: entities[index.position($0)], sortedAlternateNames: names($0, entities))
            }
        }

        /// The alternate names of the entity in `slot`, as they are written.
        func names(_ slot: Int, _ entities: [Entity]) -> [String] {
            collectedNames[slot] ?? entities[index.position(slot)].alternateNames
        }
    }

    /// The article's entities in the order they are written, and each mention's entity among them (-1 if its
    /// key does not have the very bytes of one, so its IRI may be spelt differently).
    private func entityPlan(_ document: Document) -> EntityPlan {
        // The table's own arrays of keys and entities, by position, not a copy of its (key, entity) pairs: copying an
        // entity retains every string and array it holds.
        let entities = document.entities
        let mentions = document.mentions
        // Two places for each sentence's opening and each entity's IRI in the sink (`ByteSink.places`).
        let entityIndex = EntityIndex(
            keys: entities.keys, mentions: mentions, places: 2 * (document.sentences.count + entities.count))
        let values = entities.values
        // An entity's names are its own alternate names as they are, but for the few whose mentions bring others.
        let collectedNames = entityIndex.withChains { positions, firsts, nexts in
            func firstMention(_ slot: Int) -> Int { firsts[slot] }
            func nextMention(_ mention: Int) -> Int { nexts[mention] }
            return document.withUTF8AndOffsets { text, offsets in
                var seen: [UnsafeBufferPointer<UInt8>] = []
                var collected: [Int: [String]] = [:]
                for slot in positions.indices {
                    let position = positions[slot]
                    // Most entities have no other names and are mentioned by their canonical name alone: no names to
                    // collect, hence no set of them to fill and sort. Field by field: a copy of the entity retains all
                    // it holds.
                    if values[position].alternateNames.isEmpty {
                        func onlyCanonical(_ canonical: UnsafeBufferPointer<UInt8>) -> Bool {
                            var index = firstMention(slot)
                            while index >= 0 {
                                let span = mentions[index].span
                                let surface = UnsafeBufferPointer(
                                    rebasing: text[Int(offsets[span.begin])..<Int(offsets[span.end])])
                                if !Self.sameBytes(canonical, surface) { return false }
                                index = nextMention(index)
                            }
                            return true
                        }
                        // A native name lends its bytes in place, without the copy (and its retain and release)
                        // `withUTF8` needs.
                        let only =
                            values[position].canonicalName.utf8.withContiguousStorageIfAvailable(onlyCanonical)
                            ?? {
                                var canonical = values[position].canonicalName
                                return canonical.withUTF8(onlyCanonical)
                            }()
                        if only { continue }
                    } else if Self.keptAsTheyAre(
                        values[position].alternateNames, canonical: values[position].canonicalName, firstMention(slot),
                        surface: { index in
                            let span = mentions[index].span
                            let bytes = text[Int(offsets[span.begin])..<Int(offsets[span.end])]
                            return (UnsafeBufferPointer(rebasing: bytes), nextMention(index))
                        })
                    {
                        continue
                    }
                    // Alternate names first, then surfaces in mention order: of two canonically equivalent names
                    // (equal to a Set) the one kept is the one kept before. The canonical name is kept out as they
                    // come.
                    var names = AlternateNames(excluding: values[position].canonicalName)
                    for name in values[position].alternateNames { names.insert(name) }
                    // An entity's mentions mostly repeat the same bytes, often its canonical name (kept out
                    // anyway): only other byte-distinct ones are compared with the names so far.
                    seen.removeAll(keepingCapacity: true)
                    var canonical = values[position].canonicalName
                    canonical.withUTF8 { canonical in
                        var index = firstMention(slot)
                        while index >= 0 {
                            defer { index = nextMention(index) }
                            let span = mentions[index].span
                            let surface = UnsafeBufferPointer(
                                rebasing: text[Int(offsets[span.begin])..<Int(offsets[span.end])])
                            if Self.sameBytes(canonical, surface)
                                || seen.contains(where: { Self.sameBytes($0, surface) })
                            {
                                continue
                            }
                            seen.append(surface)
                            names.insert(surface)
                        }
                    }
                    collected[slot] = names.sorted()
                }
                return collected
            }
        }
        return EntityPlan(index: entityIndex, collectedNames: collectedNames)
    }

    /// Whether an entity's alternate names are already the names collected from them and its mentions' surfaces
    /// (`surface` gives a mention's and the next one's index, -1 after the last): the recogniser keeps them
    /// sorted, distinct and apart from the canonical name, and mentions mostly repeat one of them. Then the array
    /// is shared as it is, with no names collected, compared or sorted.
    private static func keptAsTheyAre(
        _ names: [String], canonical: String, _ first: Int,
        surface: (Int) -> (bytes: UnsafeBufferPointer<UInt8>, next: Int)
    ) -> Bool {
        let kept: Bool? = canonical.utf8.withContiguousStorageIfAvailable { canonical in
            guard AlternateNames.areSortedAndApart(names, from: canonical) else { return false }
            var index = first
            while index >= 0 {
                let (bytes, next) = surface(index)
                if !sameBytes(canonical, bytes) && !AlternateNames.contain(names, bytes) { return false }
                index = next
            }
            return true
        }
        return kept ?? false
    }

    /// Whether two runs hold the same bytes, compared a word at a time.
    static func sameBytes(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = first.count
        guard count == second.count else { return false }
        guard count > 0, let a = UnsafeRawPointer(first.baseAddress), let b = UnsafeRawPointer(second.baseAddress) else {
            return true
        }
        var index = 0
        while index + 8 <= count {
            if a.loadUnaligned(fromByteOffset: index, as: UInt64.self) != b.loadUnaligned(fromByteOffset: index, as: UInt64.self) {
                return false
            }
            index += 8
        }
        while index < count {
            if a.load(fromByteOffset: index, as: UInt8.self) != b.load(fromByteOffset: index, as: UInt8.self) { return false }
            index += 1
        }
        return true
    }

    static func schemaClass(_ type: EntityType) -> StaticString {
        switch type {
        case .person: return "schema:Person"
        case .organization: return "schema:Organization"
        case .place: return "schema:Place"
        }
    }

    /// The one description of an article's nodes (context, sentences, mentions, quantities, dates,
    /// quotations, relations), whichever sink receives it.
    /// `mentionSlots` holds each mention's entity among those written (`entityPlan`), or is empty; `keys`, if
    /// given, finds the relations' entities among them.
    private func describe<Sink: NodeSink>(
        _ document: Document, mentionSlots: UnsafeBufferPointer<Int>, keys: KeySlots.Lookup?, into sink: inout Sink
    ) {
        var finder = SentenceFinder(document.sentences)
        sink.beginNode(.article)
        sink.types("nif:Context", "nif:RFC5147String")
        sink.text("nif:isString", TextSpan(0, document.scalars.count))
        sink.int("nif:beginIndex", 0)
        sink.int("nif:endIndex", document.scalars.count)
        sink.string("schema:name", document.name)
        if let language = document.language { sink.string("schema:inLanguage", language) }
        if let date = document.publicationDate { sink.string("schema:datePublished", date) }
        sink.string("prov:wasGeneratedBy", generatedBy)
        sink.endNode()

        for (index, sentence) in document.sentences.enumerated() {
            sink.sentenceNode(index, span: sentence.span)
        }
        // Sorting indices, not mentions, moves no strings; mentions nearly always come in order already, which one
        // pass finds (a stable sort would leave them so) without the sort's array.
        let mentions = document.mentions
        func precedes(_ first: Int, _ second: Int) -> Bool {
            (mentions[first].span, mentions[first].type) < (mentions[second].span, mentions[second].type)
        }
        let inOrder = mentions.indices.dropFirst().allSatisfy { !precedes($0, $0 - 1) }
        let order = inOrder ? nil : mentions.indices.sorted(by: precedes)
        for position in mentions.indices {
            let index = order?[position] ?? position
            // Field by field: a copy of the whole mention retains every string it holds.
            let span = mentions[index].span
            anchor(.mention, span: span, finder: &finder, into: &sink)
            sink.mentionEnd(
                of: mentions, at: index, slot: mentionSlots.isEmpty ? -1 : mentionSlots[index],
                type: Self.schemaClass(mentions[index].type),
                match: TermSpellings.match(mentions[index].provenance.match))
        }
        // By index, reading fields: a copy of each quantity or date would retain every string it holds.
        let quantities = document.quantities
        for index in quantities.indices {
            quantityNode(quantities, index, finder: &finder, into: &sink)
        }
        let dates = document.dates
        for index in dates.indices {
            anchor(.date, span: dates[index].span, finder: &finder, into: &sink)
            // Nearly every date has neither: its normalised value and provenance end it in one run.
            if dates[index].resolved == nil && dates[index].timeOfDay == nil {
                sink.dateEnd(of: dates, at: index, match: TermSpellings.match(dates[index].provenance.match))
                continue
            }
            if let normalized = dates[index].normalized { sink.string("ng:normalized", normalized) }
            if let resolved = dates[index].resolved { sink.string("ng:resolved", resolved) }
            if let time = dates[index].timeOfDay { sink.string("ng:timeOfDay", time) }
            closeWithProvenance(dates[index].provenance, into: &sink)
        }
        // An array, not a set: an article quotes a handful of times, and a set's first inserts allocate and rehash.
        var quotations: [TextSpan] = []
        // By index, reading fields: a copy of each relation would retain every string it holds.
        let relations = document.relations
        for index in relations.indices {
            for end in 0..<2 {
                guard case .quotation(let span) = end == 0 ? relations[index].subject : relations[index].object,
                    !quotations.contains(span)
                else { continue }
                // Room for every quotation still to come at the first: grown as they came, the array was allocated
                // up to three times an article.
                if quotations.isEmpty { quotations.reserveCapacity(2 * (relations.count - index)) }
                quotations.append(span)
                anchor(.quotation, span: span, finder: &finder, into: &sink)
                sink.text("schema:text", span)
                sink.endNode()
            }
            relationNode(relations, index, in: document, keys: keys, into: &sink)
        }
    }

    /// Opens a node anchored in the text other than a sentence: IRI, types, reference context, offsets, anchor and
    /// the sentence it lies in.
    @inline(__always)
    private func anchor<Sink: NodeSink>(
        _ anchor: Anchor, span: TextSpan, finder: inout SentenceFinder, into sink: inout Sink
    ) {
        sink.beginAnchoredNode(
            .span(anchor.fragment, span), anchor: anchor, span: span, sentence: finder.index(containing: span.begin))
    }

    /// The provenance every annotation's node ends with, and the node's end.
    private func closeWithProvenance<Sink: NodeSink>(_ provenance: Provenance, into sink: inout Sink) {
        sink.provenanceAndEnd(match: TermSpellings.match(provenance.match), source: provenance.source)
    }

    private func quantityNode<Sink: NodeSink>(
        _ quantities: [Quantity], _ index: Int, finder: inout SentenceFinder, into sink: inout Sink
    ) {
        let kind = quantities[index].kind
        anchor(kind == .money ? .money : .quantity, span: quantities[index].span, finder: &finder, into: &sink)
        if let value = quantities[index].value { sink.number("schema:value", value) }
        if let value = quantities[index].minValue { sink.number("schema:minValue", value) }
        if let value = quantities[index].maxValue { sink.number("schema:maxValue", value) }
        let currency = quantities[index].currency
        let (modifier, event) = (quantities[index].modifier, quantities[index].event)
        // Nearly every quantity has none of these: its unit, kind and provenance end it in one run.
        guard currency != nil || modifier != nil || event != nil else {
            return sink.quantityEnd(
                of: quantities, at: index, kind: TermSpellings.kind(kind),
                match: TermSpellings.match(quantities[index].provenance.match))
        }
        if let unit = quantities[index].unit { sink.string("schema:unitText", unit) }
        if let currency { sink.string("schema:currency", currency) }
        if let modifier { sink.term("ng:modifier", TermSpellings.modifier(modifier)) }
        if let event { sink.term("ng:event", TermSpellings.event(event)) }
        sink.term("ng:quantityKind", TermSpellings.kind(kind))
        closeWithProvenance(quantities[index].provenance, into: &sink)
    }

    /// The node of `relations[index]`, read field by field.
    private func relationNode<Sink: NodeSink>(
        _ relations: [Relation], _ index: Int, in document: Document, keys: KeySlots.Lookup?, into sink: inout Sink
    ) {
        func end(_ key: StaticString, _ node: Relation.Node) {
            switch node {
            // Found among the mentions' entities, it copies the IRI they wrote rather than percent-encode it again.
            case .entity(let key2): sink.entityRef(key, key2, slot: keys?.slot(of: key2) ?? -1)
            case .quantity(let index): sink.anchorRef(key, .quantity, document.quantities[index].span)
            case .quotation(let span): sink.anchorRef(key, .quotation, span)
            case .literal(let text): sink.string(key, text)
            }
        }
        sink.beginRelationNode(index)
        end("rdf:subject", relations[index].subject)
        sink.ref("rdf:predicate", .term(TermSpellings.predicate(relations[index].predicate)))
        end("rdf:object", relations[index].object)
        let sentence = relations[index].sentenceIndex
        sink.relationContext(evidence: document.sentences.indices.contains(sentence) ? sentence : nil)
        if let role = relations[index].role { sink.string("ng:role", role) }
        closeWithProvenance(relations[index].provenance, into: &sink)
    }
}

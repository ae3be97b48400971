import NewsGraphCore

/// A node the writer points to; only the sink spells out its IRI, so the byte sink can write it without
/// building a `String` first.
enum NodeRef {
    /// The article itself (`urn:newsgraph:article:<name>`).
    case article
    /// A span of the article: `<article>#<kind>=<begin>,<end>`.
    case span(StaticString, TextSpan)
    /// The n-th sentence of the article: the span IRI of its `char` span, which the byte sink writes once
    /// and copies for every node that points to the sentence.
    case sentence(Int)
    /// The n-th relation of the article.
    case relation(Int)
    /// An entity by key.
    case entity(String)
    /// A compact IRI from the context known when compiling (`schema:Person`).
    case term(StaticString)
    /// A NewsGraph term named at run time (`ng:<name>`, e.g. a relation predicate).
    case newsgraphTerm(String)
    /// Any other IRI, written as it is.
    case iri(String)
    /// An IRI of a fixed prefix, an identifier and a fixed suffix (Wikidata, GeoNames), spelt out by the sink
    /// rather than interpolated into a new `String` first.
    case external(StaticString, Substring, StaticString)
}

/// Where the writer's description of nodes goes: straight into bytes for files, or into `JSONValue` trees
/// for the other serialisations (N-Quads, streams, the merged graph). One description, so all always agree.
protocol NodeSink {
    /// Opens a node with its `@id`.
    mutating func beginNode(_ id: NodeRef)
    mutating func endNode()
    /// `@type`: one class, or two.
    mutating func types(_ first: StaticString, _ second: StaticString?)
    mutating func string(_ key: StaticString, _ value: String)
    /// A string fixed when compiling (an enum's spelling): printable ASCII with no quote or backslash.
    mutating func term(_ key: StaticString, _ value: StaticString)
    /// An array of strings.
    mutating func strings(_ key: StaticString, _ values: [String])
    /// A literal holding the article's own text under `span`.
    mutating func text(_ key: StaticString, _ span: TextSpan)
    mutating func int(_ key: StaticString, _ value: Int)
    mutating func number(_ key: StaticString, _ value: Double)
    mutating func ref(_ key: StaticString, _ target: NodeRef)
    /// An array of references.
    mutating func refs(_ key: StaticString, _ targets: [NodeRef])
    /// An array of references to the pages of the identifiers that have one (`EntityNode.externalRef`), in order;
    /// nothing when none has.
    mutating func externalRefs(_ key: StaticString, _ ids: [String])
    /// An entity's identifiers, sorted: the references to their pages (`externalRefs` of `schema:sameAs`), then the
    /// identifiers themselves (`strings` of `schema:identifier`).
    mutating func identifiers(_ ids: [String])
    /// What every node anchored in the text says first after its IRI: its types, and the article as its
    /// `nif:referenceContext`.
    mutating func anchorHeader(_ first: StaticString, _ second: StaticString?)
    /// Opens a node anchored in the text at `span`: its IRI (`id`), `anchorHeader` with the anchor's types, the
    /// span's offsets and text, and the sentence it lies in if there is one.
    mutating func beginAnchoredNode(_ id: NodeRef, anchor: Anchor, span: TextSpan, sentence: Int?)
    /// The n-th sentence's whole node: `beginAnchoredNode`, its index and its end.
    mutating func sentenceNode(_ index: Int, span: TextSpan)
    /// `ng:match` and `ng:source`, the provenance that ends every annotation's node, and the node's end.
    mutating func provenanceAndEnd(match: StaticString, source: String)
    /// What ends the node of `mentions[index]`: its entity (`itsrdf:taIdentRef`, as `entityRef`), its class, its
    /// provenance (as `provenanceAndEnd`) and the node's end. The array and an index, not the mention's strings: read
    /// in place, they are neither retained nor released.
    mutating func mentionEnd(
        of mentions: [EntityMention], at index: Int, slot: Int, type: StaticString, match: StaticString)
    /// What ends the node of `quantities[index]` when it has no currency, modifier or event: its unit, if any, its
    /// kind, its provenance (as `provenanceAndEnd`) and the node's end. The array and an index, not the quantity's
    /// strings, as for `mentionEnd`.
    mutating func quantityEnd(of quantities: [Quantity], at index: Int, kind: StaticString, match: StaticString)
    /// What ends the node of `dates[index]` when it has neither a resolved value nor a time of day: its normalised
    /// value, if any, its provenance (as `provenanceAndEnd`) and the node's end, as for `quantityEnd`.
    mutating func dateEnd(of dates: [TemporalExpression], at index: Int, match: StaticString)
    /// Opens the node of `entities[index]` with its type and name; `slot` is its place among the article's entities,
    /// or -1. The array and an index, not the entity's key and name, which passed as strings were retained and
    /// released for every entity.
    mutating func beginEntityNode(of entities: [Entity], at index: Int, slot: Int, type: StaticString)
    /// A reference to an entity whose key has the very bytes of the one at `slot` (or -1 if none is known).
    mutating func entityRef(_ key: StaticString, _ entityKey: String, slot: Int)
    /// Opens the n-th relation's node with its type, `rdf:Statement`.
    mutating func beginRelationNode(_ index: Int)
    /// A reference to the node of the kind `anchor` anchored at `span`.
    mutating func anchorRef(_ key: StaticString, _ anchor: Anchor, _ span: TextSpan)
    /// A relation's `nif:referenceContext` (the article) and, if it has one, its `ng:evidence` (the sentence).
    mutating func relationContext(evidence sentence: Int?)
}

extension NodeSink {
    mutating func types(_ only: StaticString) { types(only, nil) }

    mutating func externalRefs(_ key: StaticString, _ ids: [String]) {
        let targets = ids.compactMap(EntityNode.externalRef)
        if !targets.isEmpty { refs(key, targets) }
    }

    mutating func identifiers(_ ids: [String]) {
        externalRefs("schema:sameAs", ids)
        strings("schema:identifier", ids)
    }

    mutating func term(_ key: StaticString, _ value: StaticString) { string(key, value.string) }

    mutating func anchorHeader(_ first: StaticString, _ second: StaticString?) {
        types(first, second)
        ref("nif:referenceContext", .article)
    }

    mutating func beginAnchoredNode(_ id: NodeRef, anchor: Anchor, span: TextSpan, sentence: Int?) {
        beginNode(id)
        anchorHeader(anchor.firstType, anchor.secondType)
        int("nif:beginIndex", span.begin)
        int("nif:endIndex", span.end)
        text("nif:anchorOf", span)
        if let sentence { ref("nif:sentence", .sentence(sentence)) }
    }

    mutating func sentenceNode(_ index: Int, span: TextSpan) {
        beginAnchoredNode(.sentence(index), anchor: .sentence, span: span, sentence: nil)
        int("ng:sentenceIndex", index)
        endNode()
    }

    mutating func provenanceAndEnd(match: StaticString, source: String) {
        term("ng:match", match)
        string("ng:source", source)
        endNode()
    }

    mutating func mentionEnd(
        of mentions: [EntityMention], at index: Int, slot: Int, type: StaticString, match: StaticString
    ) {
        entityRef("itsrdf:taIdentRef", mentions[index].entityKey, slot: slot)
        ref("itsrdf:taClassRef", .term(type))
        provenanceAndEnd(match: match, source: mentions[index].provenance.source)
    }

    mutating func quantityEnd(of quantities: [Quantity], at index: Int, kind: StaticString, match: StaticString) {
        if let unit = quantities[index].unit { string("schema:unitText", unit) }
        term("ng:quantityKind", kind)
        provenanceAndEnd(match: match, source: quantities[index].provenance.source)
    }

    mutating func dateEnd(of dates: [TemporalExpression], at index: Int, match: StaticString) {
        if let normalized = dates[index].normalized { string("ng:normalized", normalized) }
        provenanceAndEnd(match: match, source: dates[index].provenance.source)
    }

    mutating func beginEntityNode(of entities: [Entity], at index: Int, slot: Int, type: StaticString) {
        beginNode(.entity(entities[index].key))
        types(type)
        string("schema:name", entities[index].canonicalName)
    }

    mutating func entityRef(_ key: StaticString, _ entityKey: String, slot: Int) { ref(key, .entity(entityKey)) }

    mutating func beginRelationNode(_ index: Int) {
        beginNode(.relation(index))
        types("rdf:Statement")
    }

    mutating func anchorRef(_ key: StaticString, _ anchor: Anchor, _ span: TextSpan) {
        ref(key, .span(anchor.fragment, span))
    }

    mutating func relationContext(evidence sentence: Int?) {
        ref("nif:referenceContext", .article)
        if let sentence { ref("ng:evidence", .sentence(sentence)) }
    }
}

extension StaticString {
    var string: String { withUTF8Buffer { String(decoding: $0, as: UTF8.self) } }
}

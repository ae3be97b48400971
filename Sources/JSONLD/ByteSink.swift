import NewsGraphCore

/// Writes nodes as compact JSON straight into UTF-8 bytes, nodes separated by `,\n`: the hot path of every
/// run, so no intermediate tree, no `String` per IRI or anchor, and no reference to the document per call
/// (it borrows the text's bytes and offsets once per article). The room a run reserves is summed wrapping: counts of
/// bytes in memory are far from overflowing, and the runs are nearly every member.
struct ByteSink: NodeSink {
    /// Owned by whoever made the sink, who deallocates it.
    var buffer: ByteBuffer
    private let text: UnsafeBufferPointer<UInt8>
    /// Where each code point of `text` starts, plus the end.
    private let offsets: UnsafeBufferPointer<Int32>
    /// IRIs are percent-encoded, hence plain ASCII that needs no JSON escaping.
    private let articleIRI: UnsafeBufferPointer<UInt8>
    private let sentences: [Sentence]
    private var nodeCount = 0
    /// Where the opening `{"@id":"<IRI>"` of the article's node and of each sentence's node was written (start
    /// and end, -1 until written): every anchored node refers to both, and copying the bytes back beats
    /// spelling the IRI again. The sentences' are the first of `places`, two by sentence.
    private var articleOpening = -1..<(-1)
    /// Where the whole text, escaped, was written (the article's `nif:isString`; -1 until then). Anchors are
    /// slices of it, copied back instead of escaped again: escaping is per code point, so a slice of the escaped
    /// text is the escaped slice.
    private var escapedTextStart = -1
    /// Where the copy runs ahead of the text: the escapes, in order, as `EscapeShift`s. Empty while nothing
    /// needed escaping, and short otherwise (a few line breaks or quotes an article), so a code point's place in
    /// the copy is found by a search of these rather than mapped for every code point.
    private var escapeShifts: [EscapeShift] = []
    /// Where the two runs every anchored node of a kind shares were first written, by `Anchor` (-1 until then): its
    /// opening up to the offsets (`{"@id":"<article>#mention=`), and from the IRI's closing quote to the begin index
    /// (types, reference context and key). Copied for each later node of the kind, not spelt again. Inline rather
    /// than an array, one allocation less an article; kept as ranges, read with no check that their ends are in
    /// order, as making them of two ints for every node checked.
    private var anchorTemplates = InlineArray<6, AnchorTemplate>(repeating: AnchorTemplate())
    /// Where each entity's IRI, quotes included, was first written (start and end by slot, -1 until written):
    /// its mentions and its own node copy it rather than percent-encode the key again. In `places` from
    /// `entityIRIs` on, two by slot (`writtenIRI`).
    private let entityIRIs: Int
    private let entityCount: Int
    /// The sentences' openings, then the entities' IRIs, two places each, -1 until written; lent by the writer (kept
    /// with the article's entity index, an allocation less an article).
    private let places: UnsafeMutableBufferPointer<Int>

    /// Where the IRI of the entity at `slot` was written (from -1 until then).
    @inline(__always)
    private func writtenIRI(_ slot: Int) -> Range<Int> {
        places[entityIRIs + 2 * slot]..<places[entityIRIs + 2 * slot + 1]
    }
    /// `JSONBytes.digitTable`, read once: every anchored node spells two or three numbers.
    private let digitTable = JSONBytes.digitTable

    init(
        buffer: ByteBuffer, text: UnsafeBufferPointer<UInt8>, offsets: UnsafeBufferPointer<Int32>,
        articleIRI: UnsafeBufferPointer<UInt8>, sentences: [Sentence], entities: Int,
        places: UnsafeMutableBufferPointer<Int>
    ) {
        self.buffer = buffer
        self.text = text
        self.offsets = offsets
        self.articleIRI = articleIRI
        self.sentences = sentences
        entityIRIs = sentences.count * 2
        entityCount = entities
        precondition(places.count == (sentences.count + entities) * 2, "two places a sentence and an entity")
        self.places = places
        assert(anchorTemplates.count == Anchor.allCases.count, "a template for each kind of anchor")
    }

    mutating func beginEntityNode(of entities: [Entity], at index: Int, slot: Int, type: StaticString) {
        // Native strings lend their bytes without the copy (and its retain and release) `withUTF8` needs.
        let done: Void? = entities[index].canonicalName.utf8.withContiguousStorageIfAvailable {
            beginEntityNode(of: entities, at: index, slot: slot, type: type, name: $0)
        }
        if done != nil { return }
        var name = entities[index].canonicalName
        name.withUTF8 { beginEntityNode(of: entities, at: index, slot: slot, type: type, name: $0) }
    }

    /// The opening in one run once the entity's IRI was written (by its first mention, nearly always) and when its
    /// name needs no escaping.
    private mutating func beginEntityNode(
        of entities: [Entity], at index: Int, slot: Int, type: StaticString, name: UnsafeBufferPointer<UInt8>
    ) {
        guard slot >= 0 && slot < entityCount && places[entityIRIs + 2 * slot] >= 0,
            !JSONBytes.mayNeedEscape(name), let bytes = name.baseAddress
        else {
            if nodeCount > 0 { buffer.append(",\n") }
            nodeCount += 1
            buffer.append("{\"@id\":")
            entityIRI(entities[index].key, slot: slot)
            types(type)
            return string("schema:name", bytes: name)
        }
        let separate = nodeCount > 0
        nodeCount += 1
        let iri = writtenIRI(slot)
        let typeKey: StaticString = ",\"@type\":\""
        let nameKey: StaticString = "\",\"schema:name\":\""
        // The fixed parts fold into one constant; the rest, counts of bytes in memory, summed wrapping.
        let fixed = 2 + 7 + typeKey.utf8CodeUnitCount + nameKey.utf8CodeUnitCount + 1
        let most = fixed &+ (iri.upperBound &- iri.lowerBound) &+ type.utf8CodeUnitCount &+ name.count
        buffer.appendRun(upTo: most) { run in
            if separate { run.bytes(UInt8(ascii: ","), UInt8(ascii: "\n")) }
            run.literal("{\"@id\":")
            run.copy(iri)
            run.literal(typeKey)
            run.literal(type)
            run.literal(nameKey)
            run.copy(bytes, name.count)
            run.byte(UInt8(ascii: "\""))
        }
    }

    mutating func entityRef(_ key: StaticString, _ entityKey: String, slot: Int) {
        // Every mention refers to its entity: once its IRI is written, the member is one run with a copy of it.
        if slot >= 0 && slot < entityCount && places[entityIRIs + 2 * slot] >= 0 {
            return reference(key, copying: writtenIRI(slot), opening: true)
        }
        self.key(key)
        buffer.append("{\"@id\":")
        entityIRI(entityKey, slot: slot)
        buffer.append(UInt8(ascii: "}"))
    }

    /// `,"key":` and a reference whose bytes were written before at `range`: `{"@id":`, the IRI and `}` if
    /// `opening` (the range holds the IRI alone), else the opening and `}`.
    private mutating func reference(_ key: StaticString, copying range: Range<Int>, opening: Bool) {
        let keyCount = key.utf8CodeUnitCount
        buffer.appendRun(upTo: keyCount &+ (range.upperBound &- range.lowerBound) &+ 12) { run in
            run.member(key)
            if opening { run.literal("{\"@id\":") }
            run.copy(range)
            run.byte(UInt8(ascii: "}"))
        }
    }

    /// An entity's IRI as a JSON string, copied if its slot's was written before.
    private mutating func entityIRI(_ entityKey: String, slot: Int) {
        guard slot >= 0 && slot < entityCount else { return write(.entity(entityKey)) }
        if places[entityIRIs + 2 * slot] >= 0 { return buffer.appendCopy(of: writtenIRI(slot)) }
        let start = buffer.count
        // As `write(.entity(_:))` spells it, without the reference made (its key retained) and switched on.
        buffer.append(UInt8(ascii: "\""))
        IRIs.appendEntity(key: entityKey, to: &buffer)
        buffer.append(UInt8(ascii: "\""))
        places[entityIRIs + 2 * slot] = start
        places[entityIRIs + 2 * slot + 1] = buffer.count
    }

    mutating func beginNode(_ id: NodeRef) {
        if nodeCount > 0 { buffer.append(",\n") }
        nodeCount += 1
        let start = buffer.count
        buffer.append("{\"@id\":")
        write(id)
        switch id {
        case .article: articleOpening = start..<buffer.count
        case .sentence(let index):
            places[2 * index] = start
            places[2 * index + 1] = buffer.count
        default: break
        }
    }

    mutating func endNode() { buffer.append(UInt8(ascii: "}")) }

    /// In one run once a node of the kind was written: the opening of its IRI copied from that node's
    /// (`anchorTemplates`), then the offsets.
    mutating func anchorRef(_ key: StaticString, _ anchor: Anchor, _ span: TextSpan) {
        let prefix = anchorTemplates[anchor.rawValue].prefix
        guard prefix.lowerBound >= 0, let begin = JSONBytes.digitWord(span.begin, table: digitTable),
            let end = JSONBytes.digitWord(span.end, table: digitTable)
        else { return ref(key, .span(anchor.fragment, span)) }
        buffer.appendRun(upTo: key.utf8CodeUnitCount &+ (prefix.upperBound &- prefix.lowerBound) &+ 23) { run in
            run.member(key)
            run.copy(prefix)
            run.digits(begin)
            run.byte(UInt8(ascii: ","))
            run.digits(end)
            run.bytes(UInt8(ascii: "\""), UInt8(ascii: "}"))
        }
    }

    /// The opening in one run once the article's is written: its IRI, without the closing quote, copied from it.
    mutating func beginRelationNode(_ index: Int) {
        guard articleOpening.count > 1, let digits = JSONBytes.digitWord(index, table: digitTable) else {
            beginNode(.relation(index))
            return types("rdf:Statement")
        }
        let separate = nodeCount > 0
        nodeCount += 1
        let iri = articleOpening.lowerBound..<(articleOpening.upperBound - 1)
        let fragment: StaticString = "#relation="
        let type: StaticString = "\",\"@type\":\"rdf:Statement\""
        buffer.appendRun(upTo: 2 + iri.count + fragment.utf8CodeUnitCount + 8 + type.utf8CodeUnitCount) { run in
            if separate { run.bytes(UInt8(ascii: ","), UInt8(ascii: "\n")) }
            run.copy(iri)
            run.literal(fragment)
            run.digits(digits)
            run.literal(type)
        }
    }

    mutating func types(_ first: StaticString, _ second: StaticString?) {
        if let second {
            buffer.append(",\"@type\":[\"")
            buffer.append(first)
            buffer.append("\",\"")
            buffer.append(second)
            buffer.append("\"]")
        } else {
            buffer.append(",\"@type\":\"")
            buffer.append(first)
            buffer.append(UInt8(ascii: "\""))
        }
    }

    mutating func string(_ key: StaticString, _ value: String) {
        // Native strings lend their bytes without the copy (and its retain and release) `withUTF8` needs.
        if value.utf8.withContiguousStorageIfAvailable({ string(key, bytes: $0) }) != nil { return }
        var value = value
        value.withUTF8 { string(key, bytes: $0) }
    }

    /// A member whose value is a string spelt by `bytes`: in one reserved run, key, quotes and all, when nothing in
    /// it needs escaping (names, sources, units nearly always).
    /// `,"key":` at `target` (`keyCount` the key's bytes): the opening of a member written in one reserved run.
    @inline(__always)
    private static func writeMemberOpening(
        _ key: StaticString, _ keyCount: Int, to target: UnsafeMutablePointer<UInt8>
    ) {
        target[0] = UInt8(ascii: ",")
        target[1] = UInt8(ascii: "\"")
        _ = ByteBuffer.copy(key, to: target + 2)
        target[keyCount + 2] = UInt8(ascii: "\"")
        target[keyCount + 3] = UInt8(ascii: ":")
    }

    private mutating func string(_ key: StaticString, bytes: UnsafeBufferPointer<UInt8>) {
        guard !JSONBytes.mayNeedEscape(bytes), let source = bytes.baseAddress else {
            self.key(key)
            return JSONBytes.appendString(bytes, to: &buffer)
        }
        let keyCount = key.utf8CodeUnitCount
        buffer.appendInPlace(upTo: keyCount &+ bytes.count &+ 6) { base, count in
            let target = base + count
            Self.writeMemberOpening(key, keyCount, to: target)
            target[keyCount + 4] = UInt8(ascii: "\"")
            ByteBuffer.copy(source, bytes.count, to: target + keyCount + 5)
            target[keyCount + 5 + bytes.count] = UInt8(ascii: "\"")
            return count + keyCount + 6 + bytes.count
        }
    }

    mutating func provenanceAndEnd(match: StaticString, source: String) {
        // Native strings lend their bytes without the copy (and its retain and release) `withUTF8` needs.
        if source.utf8.withContiguousStorageIfAvailable({ provenanceAndEnd(match: match, source: $0) }) != nil {
            return
        }
        var source = source
        source.withUTF8 { provenanceAndEnd(match: match, source: $0) }
    }

    /// Match, source and the node's closing brace in one run when the source needs no escaping (nearly always).
    private mutating func provenanceAndEnd(match: StaticString, source: UnsafeBufferPointer<UInt8>) {
        guard !JSONBytes.mayNeedEscape(source), let bytes = source.baseAddress else {
            term("ng:match", match)
            string("ng:source", bytes: source)
            return endNode()
        }
        let most = (14 + RunWriter.sourceKey.utf8CodeUnitCount + 2) &+ match.utf8CodeUnitCount &+ source.count
        buffer.appendRun(upTo: most) { run in
            run.literal(",\"ng:match\":\"")
            run.provenanceTail(match, bytes, source.count)
        }
    }

    mutating func mentionEnd(
        of mentions: [EntityMention], at index: Int, slot: Int, type: StaticString, match: StaticString
    ) {
        // Native strings lend their bytes without the copy (and its retain and release) `withUTF8` needs.
        let done: Void? = mentions[index].provenance.source.utf8.withContiguousStorageIfAvailable {
            mentionEnd(of: mentions, at: index, slot: slot, type: type, match: match, source: $0)
        }
        if done != nil { return }
        var source = mentions[index].provenance.source
        source.withUTF8 { mentionEnd(of: mentions, at: index, slot: slot, type: type, match: match, source: $0) }
    }

    /// The whole end of a mention's node in one run when the source needs no escaping (nearly always); the first
    /// mention of an entity spells its IRI before the run, noting where for its other mentions and its node to copy.
    private mutating func mentionEnd(
        of mentions: [EntityMention], at index: Int, slot: Int, type: StaticString, match: StaticString,
        source: UnsafeBufferPointer<UInt8>
    ) {
        guard slot >= 0 && slot < entityCount, !JSONBytes.mayNeedEscape(source), let bytes = source.baseAddress
        else {
            entityRef("itsrdf:taIdentRef", mentions[index].entityKey, slot: slot)
            ref("itsrdf:taClassRef", .term(type))
            return provenanceAndEnd(match: match, source: source)
        }
        let identKey: StaticString = ",\"itsrdf:taIdentRef\":{\"@id\":"
        let first = places[entityIRIs + 2 * slot] < 0
        if first {
            buffer.append(identKey)
            entityIRI(mentions[index].entityKey, slot: slot)
        }
        let iri = writtenIRI(slot)
        let classKey: StaticString = "},\"itsrdf:taClassRef\":{\"@id\":\""
        let matchKey: StaticString = "\"},\"ng:match\":\""
        // The fixed parts fold into one constant; the rest, counts of bytes in memory, summed wrapping.
        let fixed = identKey.utf8CodeUnitCount + classKey.utf8CodeUnitCount + matchKey.utf8CodeUnitCount
            + RunWriter.sourceKey.utf8CodeUnitCount + 2
        let most = fixed &+ (iri.upperBound &- iri.lowerBound) &+ type.utf8CodeUnitCount &+ match.utf8CodeUnitCount
            &+ source.count
        buffer.appendRun(upTo: most) { run in
            if !first {
                run.literal(identKey)
                run.copy(iri)
            }
            run.literal(classKey)
            run.literal(type)
            run.literal(matchKey)
            run.provenanceTail(match, bytes, source.count)
        }
    }

    mutating func quantityEnd(of quantities: [Quantity], at index: Int, kind: StaticString, match: StaticString) {
        // Native strings lend their bytes without the copy (and its retain and release) `withUTF8` needs.
        let done: Bool? = quantities[index].provenance.source.utf8.withContiguousStorageIfAvailable { source in
            guard let unit = quantities[index].unit else {
                return quantityEnd(unit: nil, kind: kind, match: match, source: source)
            }
            return unit.utf8.withContiguousStorageIfAvailable {
                quantityEnd(unit: $0, kind: kind, match: match, source: source)
            } ?? false
        }
        if done == true { return }
        if let unit = quantities[index].unit { string("schema:unitText", unit) }
        term("ng:quantityKind", kind)
        provenanceAndEnd(match: match, source: quantities[index].provenance.source)
    }

    /// Unit, kind, match, source and the node's closing brace in one run, where they were four; false, with
    /// nothing written, if the unit or the source needs escaping.
    private mutating func quantityEnd(
        unit: UnsafeBufferPointer<UInt8>?, kind: StaticString, match: StaticString, source: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        guard !JSONBytes.mayNeedEscape(source), let sourceBytes = source.baseAddress else { return false }
        if let unit, JSONBytes.mayNeedEscape(unit) { return false }
        let unitKey: StaticString = ",\"schema:unitText\":\""
        let kindKey: StaticString = ",\"ng:quantityKind\":\""
        let matchKey: StaticString = "\",\"ng:match\":\""
        // The fixed parts fold into one constant; the rest, counts of bytes in memory, summed wrapping.
        let fixed = unitKey.utf8CodeUnitCount + 1 + kindKey.utf8CodeUnitCount + matchKey.utf8CodeUnitCount
            + RunWriter.sourceKey.utf8CodeUnitCount + 2
        let most = fixed &+ (unit?.count ?? 0) &+ kind.utf8CodeUnitCount &+ match.utf8CodeUnitCount &+ source.count
        buffer.appendRun(upTo: most) { run in
            if let unit {
                run.literal(unitKey)
                if let bytes = unit.baseAddress { run.copy(bytes, unit.count) }
                run.byte(UInt8(ascii: "\""))
            }
            run.literal(kindKey)
            run.literal(kind)
            run.literal(matchKey)
            run.provenanceTail(match, sourceBytes, source.count)
        }
        return true
    }

    mutating func dateEnd(of dates: [TemporalExpression], at index: Int, match: StaticString) {
        // Native strings lend their bytes without the copy (and its retain and release) `withUTF8` needs.
        let done: Bool? = dates[index].provenance.source.utf8.withContiguousStorageIfAvailable { source in
            guard let normalized = dates[index].normalized else {
                provenanceAndEnd(match: match, source: source)
                return true
            }
            return normalized.utf8.withContiguousStorageIfAvailable {
                normalizedAndEnd($0, match: match, source: source)
            } ?? false
        }
        if done == true { return }
        if let normalized = dates[index].normalized { string("ng:normalized", normalized) }
        provenanceAndEnd(match: match, source: dates[index].provenance.source)
    }

    /// A date's normalised value, match, source and the node's closing brace in one run, where they were two;
    /// false, with nothing written, if the value or the source needs escaping.
    private mutating func normalizedAndEnd(
        _ normalized: UnsafeBufferPointer<UInt8>, match: StaticString, source: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        guard !JSONBytes.mayNeedEscape(source), let sourceBytes = source.baseAddress,
            !JSONBytes.mayNeedEscape(normalized)
        else { return false }
        let normalizedKey: StaticString = ",\"ng:normalized\":\""
        let matchKey: StaticString = "\",\"ng:match\":\""
        // The fixed parts fold into one constant; the rest, counts of bytes in memory, summed wrapping.
        let fixed = normalizedKey.utf8CodeUnitCount + matchKey.utf8CodeUnitCount
            + RunWriter.sourceKey.utf8CodeUnitCount + 2
        let most = fixed &+ normalized.count &+ match.utf8CodeUnitCount &+ source.count
        buffer.appendRun(upTo: most) { run in
            run.literal(normalizedKey)
            if let bytes = normalized.baseAddress { run.copy(bytes, normalized.count) }
            run.literal(matchKey)
            run.provenanceTail(match, sourceBytes, source.count)
        }
        return true
    }

    mutating func term(_ key: StaticString, _ value: StaticString) {
        let most = key.utf8CodeUnitCount &+ value.utf8CodeUnitCount &+ 6
        buffer.appendRun(upTo: most) { run in
            run.member(key)
            run.byte(UInt8(ascii: "\""))
            run.literal(value)
            run.byte(UInt8(ascii: "\""))
        }
    }

    /// Inlined, as `writeAnchoredNode` is into it, where the writer names the kind: a copy for each kind, its
    /// fragment and types constants.
    @inline(__always)
    mutating func beginAnchoredNode(_ id: NodeRef, anchor: Anchor, span: TextSpan, sentence: Int?) {
        writeAnchoredNode(id, anchor: anchor, span: span, sentence: sentence, closingIndex: nil)
    }

    mutating func sentenceNode(_ index: Int, span: TextSpan) {
        writeAnchoredNode(.sentence(index), anchor: .sentence, span: span, sentence: nil, closingIndex: index)
    }

    /// An anchored node's opening, in one run from the runs its kind shares once they are written; with
    /// `closingIndex`, a sentence's index and the node's end in the same run. Inlined into its two callers, one for
    /// sentences and one for the other kinds: each node's call was a frame more, and each copy drops the branches
    /// of the other kind.
    @inline(__always)
    private mutating func writeAnchoredNode(
        _ id: NodeRef, anchor: Anchor, span: TextSpan, sentence: Int?, closingIndex: Int?
    ) {
        let (prefix, middle) = (anchorTemplates[anchor.rawValue].prefix, anchorTemplates[anchor.rawValue].middle)
        // The first node of its kind spells the two runs the kind shares, and notes where.
        let spell = prefix.lowerBound < 0
        let closing = closingIndex.flatMap { JSONBytes.digitWord($0, table: digitTable) }
        // The sentence's opening, read once: its start tells whether it was written (-1 until then).
        let opening = sentence.map { places[2 * $0]..<places[2 * $0 + 1] } ?? 0..<0
        guard anchor.fragment.hasPointerRepresentation, escapedTextStart >= 0,
            let begin = JSONBytes.digitWord(span.begin, table: digitTable),
            let end = JSONBytes.digitWord(span.end, table: digitTable),
            opening.lowerBound >= 0,
            closingIndex == nil || closing != nil
        else {
            writePiecewise(id, anchor: anchor, span: span, sentence: sentence)
            if let closingIndex {
                int("ng:sentenceIndex", closingIndex)
                endNode()
            }
            return
        }
        // Places and sizes in the buffer, far from overflowing: summed wrapping, without a check on each of the dozen
        // sums of every node.
        let textBegin = escapedTextStart &+ Int(offsets[span.begin])
            &+ EscapeShift.shift(before: span.begin, in: escapeShifts)
        let textEnd = escapedTextStart &+ Int(offsets[span.end])
            &+ EscapeShift.shift(before: span.end, in: escapeShifts)
        let endKey: StaticString = ",\"nif:endIndex\":"
        let anchorKey: StaticString = ",\"nif:anchorOf\":\""
        let sentenceKey: StaticString = "\",\"nif:sentence\":"
        let indexKey: StaticString = "\",\"ng:sentenceIndex\":"
        // The digits are stored as whole words, eight bytes each however many are kept.
        let shared = spell
            ? Self.spelledTemplatesCount(anchor, articleIRI: articleIRI.count)
            : (prefix.upperBound &- prefix.lowerBound) &+ (middle.upperBound &- middle.lowerBound)
        // The fixed parts summed on their own fold into one constant; added one by one after `shared` they were a
        // dozen additions for every node, each checked for overflow.
        let fixed = 2 + 8 + 1 + 8 + 8 + endKey.utf8CodeUnitCount + 8 + anchorKey.utf8CodeUnitCount
            + sentenceKey.utf8CodeUnitCount + 1 + indexKey.utf8CodeUnitCount + 8 + 1
        let most = fixed &+ shared &+ (textEnd &- textBegin) &+ (opening.upperBound &- opening.lowerBound)
        let separate = nodeCount > 0
        nodeCount += 1
        var (idStart, idEnd) = (0, 0)
        var spelt = (prefix: 0..<0, middle: 0..<0)
        let articleIRI = self.articleIRI
        buffer.appendRun(upTo: most) { run in
            if separate { run.bytes(UInt8(ascii: ","), UInt8(ascii: "\n")) }
            idStart = run.at - run.base
            if spell {
                spelt.prefix = Self.spellPrefix(anchor, articleIRI: articleIRI, into: &run)
            } else {
                run.copy(prefix)
            }
            run.digits(begin)
            run.byte(UInt8(ascii: ","))
            run.digits(end)
            idEnd = (run.at - run.base) &+ 1
            if spell {
                spelt.middle = Self.spellMiddle(anchor, articleIRI: articleIRI, into: &run)
            } else {
                run.copy(middle)
            }
            run.digits(begin)
            run.literal(endKey)
            run.digits(end)
            run.literal(anchorKey)
            run.copy(textBegin..<textEnd)
            if sentence != nil {
                run.literal(sentenceKey)
                run.copy(opening)
                run.byte(UInt8(ascii: "}"))
            } else if let closing {
                run.literal(indexKey)
                run.digits(closing)
                run.byte(UInt8(ascii: "}"))
            } else {
                run.byte(UInt8(ascii: "\""))
            }
        }
        if case .sentence(let index) = id {
            places[2 * index] = idStart
            places[2 * index + 1] = idEnd
        }
        if spell {
            anchorTemplates[anchor.rawValue] = AnchorTemplate(prefix: spelt.prefix, middle: spelt.middle)
        }
    }

    /// The opening of a span's IRI up to its offsets, as `beginNode` writes it: `{"@id":"<article>#mention=`.
    /// Returns where it went.
    private static func spellPrefix(
        _ anchor: Anchor, articleIRI: UnsafeBufferPointer<UInt8>, into run: inout RunWriter
    ) -> Range<Int> {
        let start = run.at - run.base
        run.literal("{\"@id\":\"")
        if let iri = articleIRI.baseAddress { run.copy(iri, articleIRI.count) }
        run.byte(UInt8(ascii: "#"))
        run.literal(anchor.fragment)
        run.byte(UInt8(ascii: "="))
        return start..<(run.at - run.base)
    }

    /// From a span IRI's closing quote to the begin index, as `types`, `ref` to the article and `key` write it.
    /// Returns where it went.
    private static func spellMiddle(
        _ anchor: Anchor, articleIRI: UnsafeBufferPointer<UInt8>, into run: inout RunWriter
    ) -> Range<Int> {
        let start = run.at - run.base
        if let second = anchor.secondType {
            run.literal("\",\"@type\":[\"")
            run.literal(anchor.firstType)
            run.literal("\",\"")
            run.literal(second)
            run.literal("\"]")
        } else {
            run.literal("\",\"@type\":\"")
            run.literal(anchor.firstType)
            run.byte(UInt8(ascii: "\""))
        }
        run.literal(",\"nif:referenceContext\":{\"@id\":\"")
        if let iri = articleIRI.baseAddress { run.copy(iri, articleIRI.count) }
        run.literal("\"},\"nif:beginIndex\":")
        return start..<(run.at - run.base)
    }

    /// How many bytes `spellPrefix` and `spellMiddle` write, at most.
    private static func spelledTemplatesCount(_ anchor: Anchor, articleIRI: Int) -> Int {
        let types = anchor.firstType.utf8CodeUnitCount + (anchor.secondType?.utf8CodeUnitCount ?? 0)
        return 2 * articleIRI + anchor.fragment.utf8CodeUnitCount + types + 96
    }

    /// `beginAnchoredNode` piece by piece, noting where the runs its kind shares were written.
    private mutating func writePiecewise(_ id: NodeRef, anchor: Anchor, span: TextSpan, sentence: Int?) {
        // The opening's start: the node's first byte, after the separator.
        let idStart = buffer.count + (nodeCount > 0 ? 2 : 0)
        beginNode(id)
        let middleStart = buffer.count - 1
        types(anchor.firstType, anchor.secondType)
        ref("nif:referenceContext", .article)
        key("nif:beginIndex")
        let middleEnd = buffer.count
        JSONBytes.appendInt(span.begin, to: &buffer)
        int("nif:endIndex", span.end)
        text("nif:anchorOf", span)
        if let sentence { ref("nif:sentence", .sentence(sentence)) }
        guard anchorTemplates[anchor.rawValue].prefix.lowerBound < 0, anchor.fragment.hasPointerRepresentation
        else { return }
        let prefixEnd = idStart + 8 + articleIRI.count + 1 + anchor.fragment.utf8CodeUnitCount + 1
        anchorTemplates[anchor.rawValue] = AnchorTemplate(prefix: idStart..<prefixEnd, middle: middleStart..<middleEnd)
    }

    mutating func strings(_ key: StaticString, _ values: [String]) {
        self.key(key)
        buffer.append(UInt8(ascii: "["))
        for index in values.indices {
            if index > 0 { buffer.append(UInt8(ascii: ",")) }
            // Native strings lend their bytes without the copy (and its retain and release) `withUTF8` needs.
            if values[index].utf8.withContiguousStorageIfAvailable({ element($0) }) != nil { continue }
            var value = values[index]
            value.withUTF8 { element($0) }
        }
        buffer.append(UInt8(ascii: "]"))
    }

    /// A string in an array: quotes and bytes in one run when nothing in it needs escaping (names, identifiers).
    private mutating func element(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard !JSONBytes.mayNeedEscape(bytes), let source = bytes.baseAddress else {
            return JSONBytes.appendString(bytes, to: &buffer)
        }
        buffer.appendRun(upTo: bytes.count &+ 2) { run in
            run.byte(UInt8(ascii: "\""))
            run.copy(source, bytes.count)
            run.byte(UInt8(ascii: "\""))
        }
    }

    mutating func text(_ key: StaticString, _ span: TextSpan) {
        self.key(key)
        if escapedTextStart >= 0 {
            let begin = Int(offsets[span.begin]) + EscapeShift.shift(before: span.begin, in: escapeShifts)
            let end = Int(offsets[span.end]) + EscapeShift.shift(before: span.end, in: escapeShifts)
            buffer.append(UInt8(ascii: "\""))
            buffer.appendCopy(of: escapedTextStart + begin..<escapedTextStart + end)
            buffer.append(UInt8(ascii: "\""))
            return
        }
        let range = Int(offsets[span.begin])..<Int(offsets[span.end])
        let start = buffer.count + 1
        JSONBytes.appendString(UnsafeBufferPointer(rebasing: text[range]), to: &buffer)
        if span.begin == 0 && span.end == offsets.count - 1 { noteEscapedText(at: start) }
    }

    /// Records where the whole text was just written, escaped, and where its escapes are if it has any.
    private mutating func noteEscapedText(at start: Int) {
        escapedTextStart = start
        guard buffer.count - 1 - start != text.count else { return }
        let offsets = self.offsets
        escapeShifts = buffer.withBytes { written in
            EscapeShift.shifts(in: UnsafeBufferPointer(rebasing: written[start..<(written.count - 1)]), offsets: offsets)
        }
    }

    mutating func int(_ key: StaticString, _ value: Int) {
        guard let digits = JSONBytes.digitWord(value, table: digitTable) else {
            self.key(key)
            return JSONBytes.appendInt(value, to: &buffer)
        }
        let keyCount = key.utf8CodeUnitCount
        buffer.appendInPlace(upTo: keyCount + 12) { base, count in
            let target = base + count
            Self.writeMemberOpening(key, keyCount, to: target)
            UnsafeMutableRawPointer(target + keyCount + 4).storeBytes(of: digits.word.littleEndian, as: UInt64.self)
            return count + keyCount + 4 + digits.count
        }
    }

    mutating func number(_ key: StaticString, _ value: Double) {
        // Whole numbers, nearly all, as `int` writes them, which is how `JSONValue.number` spells them, without
        // building the value first.
        if value == value.rounded(), abs(value) < 1e15 { return int(key, Int(value)) }
        self.key(key)
        if JSONBytes.appendShortDecimal(value, to: &buffer) { return }
        JSONValue.number(value).write(into: &buffer)
    }

    /// Both references copy openings written before (the article's, the sentence's): one run for the two.
    mutating func relationContext(evidence sentence: Int?) {
        let evidence = sentence.map { places[2 * $0]..<places[2 * $0 + 1] }
        guard articleOpening.lowerBound >= 0, (evidence?.lowerBound ?? 0) >= 0 else {
            ref("nif:referenceContext", .article)
            if let sentence { ref("ng:evidence", .sentence(sentence)) }
            return
        }
        let contextKey: StaticString = "nif:referenceContext"
        let evidenceKey: StaticString = "ng:evidence"
        let most = contextKey.utf8CodeUnitCount + articleOpening.count + evidenceKey.utf8CodeUnitCount
            + (evidence?.count ?? 0) + 10
        let article = articleOpening
        buffer.appendRun(upTo: most) { run in
            run.member(contextKey)
            run.copy(article)
            run.byte(UInt8(ascii: "}"))
            if let evidence {
                run.member(evidenceKey)
                run.copy(evidence)
                run.byte(UInt8(ascii: "}"))
            }
        }
    }

    mutating func ref(_ key: StaticString, _ target: NodeRef) {
        // The references most nodes hold, each as one run: a mention's class, a relation's predicate, context and
        // evidence.
        switch target {
        case .term(let term):
            let most = key.utf8CodeUnitCount &+ term.utf8CodeUnitCount &+ 14
            return buffer.appendRun(upTo: most) { run in
                run.member(key)
                run.literal("{\"@id\":\"")
                run.literal(term)
                run.bytes(UInt8(ascii: "\""), UInt8(ascii: "}"))
            }
        case .article where articleOpening.lowerBound >= 0:
            return reference(key, copying: articleOpening, opening: false)
        case .sentence(let index) where places[2 * index] >= 0:
            return reference(
                key, copying: places[2 * index]..<places[2 * index + 1], opening: false)
        default:
            self.key(key)
            reference(target)
        }
    }

    mutating func refs(_ key: StaticString, _ targets: [NodeRef]) {
        self.key(key)
        buffer.append(UInt8(ascii: "["))
        for (index, target) in targets.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: ",")) }
            reference(target)
        }
        buffer.append(UInt8(ascii: "]"))
    }

    /// One identifier (most entities that have any have one) in one run where nothing in it needs escaping and its
    /// page, if any, is told by its bytes as `externalRefs` tells it: both members, its string borrowed once.
    mutating func identifiers(_ ids: [String]) {
        if ids.count == 1,
            ids[0].utf8.withContiguousStorageIfAvailable({ identifier($0) }) == true
        {
            return
        }
        externalRefs("schema:sameAs", ids)
        strings("schema:identifier", ids)
    }

    /// `identifiers` of the one identifier spelt by `bytes`, in one run; false, with nothing written, where
    /// `externalRefs` and `strings` are asked.
    private mutating func identifier(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count > 3, bytes[3] < 0x80, !JSONBytes.mayNeedEscape(bytes), let source = bytes.baseAddress
        else { return false }
        let site: (prefix: StaticString, suffix: StaticString)?
        switch (bytes[0], bytes[1], bytes[2]) {
        case (UInt8(ascii: "w"), UInt8(ascii: "d"), UInt8(ascii: ":")): site = ("http://www.wikidata.org/entity/", "")
        case (UInt8(ascii: "g"), UInt8(ascii: "n"), UInt8(ascii: ":")): site = ("https://sws.geonames.org/", "/")
        default: site = nil
        }
        let sameAs: StaticString = ",\"schema:sameAs\":[{\"@id\":\""
        let identifier: StaticString = ",\"schema:identifier\":[\""
        // Room for the longer site's prefix (31 bytes) and suffix, and the two closings; counts of bytes in memory,
        // far from overflowing, summed wrapping.
        let most = sameAs.utf8CodeUnitCount + 32 + 3 + identifier.utf8CodeUnitCount + 2 &+ 2 &* bytes.count
        buffer.appendRun(upTo: most) { run in
            if let site {
                run.literal(sameAs)
                run.literal(site.prefix)
                run.copy(source + 3, bytes.count &- 3)
                run.literal(site.suffix)
                run.literal("\"}]")
            }
            run.literal(identifier)
            run.copy(source, bytes.count)
            run.bytes(UInt8(ascii: "\""), UInt8(ascii: "]"))
        }
        return true
    }

    /// `refs` of the identifiers' pages, written as they are found rather than gathered into an array first.
    mutating func externalRefs(_ key: StaticString, _ ids: [String]) {
        var written = false
        for id in ids {
            var id = id
            // `EntityNode.externalRef` by bytes where they decide it: a three-byte ASCII prefix, then nothing or an
            // ASCII byte (a combining mark would join the third character); else that function decides.
            let wrote: Bool? = id.withUTF8 { bytes in
                guard bytes.count >= 3 else { return false }
                let site: (prefix: StaticString, suffix: StaticString)
                switch (bytes[0], bytes[1], bytes[2]) {
                case (UInt8(ascii: "w"), UInt8(ascii: "d"), UInt8(ascii: ":")):
                    site = ("http://www.wikidata.org/entity/", "")
                case (UInt8(ascii: "g"), UInt8(ascii: "n"), UInt8(ascii: ":")):
                    site = ("https://sws.geonames.org/", "/")
                default: return false
                }
                guard bytes.count == 3 || bytes[3] < 0x80 else { return nil }
                openExternalRef(key, &written)
                buffer.append("{\"@id\":\"")
                buffer.append(site.prefix)
                JSONBytes.appendEscaped(UnsafeBufferPointer(rebasing: bytes[3...]), to: &buffer)
                buffer.append(site.suffix)
                buffer.append("\"}")
                return true
            }
            guard wrote == nil, let target = EntityNode.externalRef(id) else { continue }
            openExternalRef(key, &written)
            reference(target)
        }
        if written { buffer.append(UInt8(ascii: "]")) }
    }

    /// The key and `[` before the first of `externalRefs`, a comma before each later one.
    private mutating func openExternalRef(_ key: StaticString, _ written: inout Bool) {
        if written {
            buffer.append(UInt8(ascii: ","))
        } else {
            self.key(key)
            buffer.append(UInt8(ascii: "["))
            written = true
        }
    }

    private mutating func reference(_ target: NodeRef) {
        switch target {
        case .article where articleOpening.lowerBound >= 0:
            buffer.appendCopy(of: articleOpening)
        case .sentence(let index) where places[2 * index] >= 0:
            buffer.appendCopy(of: places[2 * index]..<places[2 * index + 1])
        default:
            buffer.append("{\"@id\":")
            write(target)
        }
        buffer.append(UInt8(ascii: "}"))
    }

    @inline(__always)
    private mutating func key(_ key: StaticString) {
        buffer.appendKey(key)
    }

    /// An IRI as a JSON string, quotes included.
    private mutating func write(_ ref: NodeRef) {
        buffer.append(UInt8(ascii: "\""))
        switch ref {
        case .article:
            buffer.append(contentsOf: articleIRI)
        case .span(let kind, let span):
            buffer.append(contentsOf: articleIRI)
            buffer.append(UInt8(ascii: "#"))
            buffer.append(kind)
            buffer.append(UInt8(ascii: "="))
            JSONBytes.appendInt(span.begin, to: &buffer)
            buffer.append(UInt8(ascii: ","))
            JSONBytes.appendInt(span.end, to: &buffer)
        case .sentence(let index):
            let span = sentences[index].span
            buffer.append(contentsOf: articleIRI)
            buffer.append("#char=")
            JSONBytes.appendInt(span.begin, to: &buffer)
            buffer.append(UInt8(ascii: ","))
            JSONBytes.appendInt(span.end, to: &buffer)
        case .relation(let index):
            buffer.append(contentsOf: articleIRI)
            buffer.append("#relation=")
            JSONBytes.appendInt(index, to: &buffer)
        case .entity(let key):
            IRIs.appendEntity(key: key, to: &buffer)
        case .term(let term):
            // Compact IRIs of the context: ASCII letters and a colon only.
            buffer.append(term)
        case .newsgraphTerm(let name):
            buffer.append("ng:")
            var name = name
            name.withUTF8 { JSONBytes.appendEscaped($0, to: &buffer) }
        case .iri(let iri):
            var iri = iri
            iri.withUTF8 { JSONBytes.appendEscaped($0, to: &buffer) }
        case .external(let prefix, let id, let suffix):
            // The fixed parts are plain ASCII IRIs, which need no escaping.
            buffer.append(prefix)
            var id = id
            id.withUTF8 { JSONBytes.appendEscaped($0, to: &buffer) }
            buffer.append(suffix)
        }
        buffer.append(UInt8(ascii: "\""))
    }
}

/// Where the two runs every anchored node of a kind shares were first written (`ByteSink.anchorTemplates`).
private struct AnchorTemplate {
    var prefix = -1..<(-1)
    var middle = -1..<(-1)
}

extension RunWriter {
    /// The key between a node's match and its source (computed: a constant folded in, not a global set up once).
    static var sourceKey: StaticString { "\",\"ng:source\":\"" }

    /// `match","ng:source":"source"}`: the end every node with a provenance shares, after its match key (the source
    /// needs no escaping).
    @inline(__always)
    mutating func provenanceTail(_ match: StaticString, _ source: UnsafePointer<UInt8>, _ count: Int) {
        literal(match)
        literal(Self.sourceKey)
        copy(source, count)
        bytes(UInt8(ascii: "\""), UInt8(ascii: "}"))
    }
}

import NewsGraphCore

/// Every name list compiled once into one trie over case-folded tokens, shared read-only by all threads.
///
/// Declined forms of multi-word names (`Vereinten Nationen`, `Europäischen Union`) are compiled in as
/// variants of the first word; the genitive of the last word (`Kambodschas`) is tried at lookup.
///
/// Names are collected first and compiled into the trie by `compile()`, one trie level at a time in the order of
/// the edges' hash slots: inserted name by name, nearly every edge was a cache miss in a table of megabytes.
struct NameLexicon: Sendable {
    /// A trie node's terminal: which entry ends here and whether the path was a declined variant.
    struct Terminal: Sendable {
        let entry: Int32
        let inflected: Bool
        /// Another entry ending here whose letter case the kept one does not accept (`dpa` beside `DPA`), or -1.
        var alternate: Int32 = -1
    }

    /// The entries, with their canonical names' keys and the list texts they point into.
    private(set) var entryTable = LexiconEntries()
    var entries: [NameEntry] { entryTable.entries }
    var files: [String] { entryTable.files }
    private var edges = KeyTable()
    /// Edges from the root apart: every capitalised token asks this table, and at a quarter of all edges it
    /// stays far more often in cache than the whole trie.
    private var rootEdges = KeyTable()
    /// One bit per node that ends a name (a few dozen KB): a walk reads `terminals` only where one ends.
    private var terminalBits: [UInt64] = [0]
    /// One bit per node with edges below it: most names are one word, and a walk past their node needs no probe
    /// of the large edge table.
    private var innerBits: [UInt64] = [0]
    /// One bit per hash of a name's first word (128 KB, stays in cache): most tokens start no name, and this
    /// answers them without touching the large edge table.
    private var firstWords = [UInt64](filled: 0, count: 1 << 14)
    /// First words of names written lower-case (`dpa`, `news aktuell`, `al-Kaida`): the only names a lower-case
    /// token can start, so most tokens of running text need no trie look-up at all.
    private var lowercaseFirstWords = KeySet()

    var lowercaseNameStarts: KeySet { lowercaseFirstWords }
    private var terminals: [Terminal?] = [nil]
    private var nodeCount: Int32 = 1

    /// A name (or declined variant) added but not yet in the trie: its folded token keys in `pendingKeys`.
    private struct Path {
        let keys: Range<Int32>
        let entry: Int32
        let inflected: Bool
    }

    private var pending: [Path] = []
    private var pendingKeys: [WordKey] = []

    static let root: Int32 = 0

    var count: Int { entries.count }

    /// `file:line` of an entry, for provenance.
    func source(of entry: NameEntry) -> String { entryTable.source(of: entry) }

    /// Whether `source(of: lhs) < source(of: rhs)`, where the file names allow telling without the strings.
    func sourcePrecedes(_ lhs: NameEntry, _ rhs: NameEntry) -> Bool? { entryTable.sourcePrecedes(lhs, rhs) }


    /// The node reached from `node` over a token with folded key `key`.
    @inline(__always)
    func next(_ node: Int32, _ key: WordKey) -> Int32? {
        if node == Self.root {
            let bit = Int(truncatingIfNeeded: key.raw >> 44)
            guard firstWords[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
            return rootEdges[key]
        }
        let index = Int(node)
        guard innerBits[index >> 6] & (1 << UInt64(index & 63)) != 0 else { return nil }
        return edges[Self.edgeKey(node, key)]
    }

    /// The first two steps of many walks at once: `next(root, keys[i])`, and from the node found
    /// `next(node, nextKeys[i])` (-1 for none). The first-word bits filter the keys, and the root edges of the rest
    /// are looked up together, their cache misses overlapping; so are the second steps of the nodes found with
    /// edges below them, in the large edge table, where each walk's probe had stalled alone.
    /// Written into `first` and `second`, as many as `keys`: the caller's scratch memory, where two arrays were
    /// allocated and freed for every article.
    func firstTwoSteps(
        _ keys: UnsafeBufferPointer<WordKey>, _ nextKeys: UnsafeBufferPointer<WordKey>,
        into first: UnsafeMutableBufferPointer<Int32>, _ second: UnsafeMutableBufferPointer<Int32>
    ) {
        first.initialize(repeating: -1)
        second.initialize(repeating: -1)
        // The keys that pass the first-word bits are gathered without a branch per key: which words start a name
        // follows no pattern a branch predictor learns (`TokenFacts.facts(of:words:)`). In temporary
        // buffers, not arrays, as `TokenFacts.facts(of:words:)` keeps its keys.
        withScratch(of: WordKey.self, capacity: keys.count) { passingKeys in
            withScratch(of: Int32.self, capacity: keys.count) { passing in
                var found = 0
                firstWords.withUnsafeBufferPointer { firstWords in
                    for index in 0..<keys.count {
                        let key = keys[index]
                        let bit = Int(truncatingIfNeeded: key.raw >> 44)
                        passing[found] = Int32(truncatingIfNeeded: index)
                        passingKeys[found] = key
                        found &+= firstWords[bit >> 6] & (1 << UInt64(bit & 63)) != 0 ? 1 : 0
                    }
                }
                rootEdges.forEachValue(of: UnsafeBufferPointer(rebasing: passingKeys[..<found]), absent: -1) {
                    first[Int(passing[$0])] = $1
                }
                // The second steps, of the few keys that passed, in the same buffers: a key is written over
                // only after it was read.
                var inner = 0
                innerBits.withUnsafeBufferPointer { innerBits in
                    for position in 0..<found {
                        let index = Int(passing[position])
                        let node = first[index]
                        guard node > Self.root, innerBits[Int(node) >> 6] & (1 << UInt64(Int(node) & 63)) != 0
                        else { continue }
                        passing[inner] = Int32(truncatingIfNeeded: index)
                        passingKeys[inner] = Self.edgeKey(node, nextKeys[index])
                        inner += 1
                    }
                }
                edges.forEachValue(of: UnsafeBufferPointer(rebasing: passingKeys[..<inner]), absent: -1) {
                    second[Int(passing[$0])] = $1
                }
            }
        }
    }

    /// The entry a name of one word is in the lists by, or nil: the trie's first step and its terminal.
    func oneWordEntry(_ key: WordKey) -> NameEntry? {
        guard let node = next(Self.root, key), let terminal = terminal(node) else { return nil }
        return entries[Int(terminal.entry)]
    }

    /// The entry listed by exactly `name` (`Vereinigte Staaten`; not a declined variant of it), or nil.
    func entry(named name: String) -> Int32? {
        let scalars = Array(name.unicodeScalars)
        var tokens: [Range<Int>] = []
        NameSplitter.ranges(of: scalars, into: &tokens)
        var node = Self.root
        for token in tokens {
            guard let next = next(node, WordKey(scalars[token], folded: true)) else { return nil }
            node = next
        }
        guard node != Self.root, let terminal = terminal(node), !terminal.inflected else { return nil }
        return terminal.entry
    }

    @inline(__always)
    func terminal(_ node: Int32) -> Terminal? {
        let index = Int(node)
        guard terminalBits[index >> 6] & (1 << UInt64(index & 63)) != 0 else { return nil }
        return terminals[index]
    }

    private static func edgeKey(_ node: Int32, _ key: WordKey) -> WordKey {
        WordKey(raw: UInt64(UInt32(bitPattern: node))).combined(with: key)
    }

    /// Makes room for about `rows` more names, so that collecting them does not copy the arrays over and over.
    mutating func reserve(rows: Int) {
        entryTable.entries.reserveCapacity(entries.count + rows)
        pending.reserveCapacity(pending.count + rows + rows / 4)
        pendingKeys.reserveCapacity(pendingKeys.count + rows * 2)
    }

    /// Loads one name list (`name<TAB>canonical<TAB>ids<TAB>kind[<TAB>parent<TAB>population]`) and compiles it.
    mutating func load(_ list: ListIndex.Entry, type: EntityType, lexicons: LexiconDirectory) throws {
        load(list, rows: try TSVFile(lexicons: lexicons, file: list.file), type: type)
        compile()
    }

    /// Collects the names of one list already read; `compile()` puts them into the trie.
    mutating func load(_ list: ListIndex.Entry, rows reader: TSVFile, type: EntityType) {
        let minPopulation = list.option("min-population").flatMap(Int.init)
        let stopNouns = list.option("stopnouns") != nil
        let file = entryTable.fileIndex(list.file)
        // The file's bytes are the text store; entries keep byte ranges into it.
        let base = entryTable.texts[Int(file)].count
        if base == 0 {
            entryTable.texts[Int(file)] = reader.bytes
        } else {
            entryTable.texts[Int(file)].append(contentsOf: reader.bytes)
        }
        func stored(_ range: Range<Int>) -> Range<Int32> {
            Int32(base + range.lowerBound)..<Int32(base + range.upperBound)
        }
        var scratch = Scratch()
        reader.bytes.withUnsafeBufferPointer { bytes in
            let rows = ListRows(bytes: bytes)
            rows.forEachRow { row in
                let name = rows.trimmed(row[0])
                guard !name.isEmpty else { return }
                if let minPopulation, row.count > 5, let population = rows.integer(row[5]),
                    population < minPopulation
                {
                    return
                }
                let canonical = row.count > 1 && !rows.isEmpty(row[1]) ? rows.trimmed(row[1]) : name
                let ids = row.count > 2 ? rows.trimmed(row[2]) : name.lowerBound..<name.lowerBound
                let ambiguous = row.count > 3 && rows.hasSuffix(row[3], "-ambiguous")
                let partyName = ambiguous && rows.equals(row[3], "party-ambiguous")
                let party = partyName || row.count > 3 && rows.equals(row[3], "party")
                let subnational = type == .place && row.count > 3
                    && (rows.equals(row[3], "city") || rows.equals(row[3], "town")
                        || rows.equals(row[3], "subdivision"))
                let government = ambiguous && rows.equals(row[3], "government-ambiguous")
                scratch.scalars.removeAll(keepingCapacity: true)
                UTF8Bytes.decode(bytes, name, into: &scratch.scalars)
                add(&scratch, type: type, canonical: stored(canonical), ids: stored(ids), ambiguous: ambiguous,
                    partyName: partyName, party: party, subnational: subnational, government: government, file: file,
                    line: row.line, priority: list.priority, stopNouns: stopNouns)
            }
        }
    }

    /// Takes over the names `other` collected and did not compile yet, as if added after this lexicon's own: a
    /// second thread can read the last lists while the first reads the others.
    mutating func append(collected other: NameLexicon) {
        precondition(other.nodeCount == 1, "only a lexicon not compiled yet can be appended")
        var moves: [(file: Int16, offset: Int32)] = []
        for (file, text) in zip(other.entryTable.files, other.entryTable.texts) {
            let index = entryTable.fileIndex(file)
            moves.append((index, Int32(entryTable.texts[Int(index)].count)))
            if entryTable.texts[Int(index)].isEmpty {
                entryTable.texts[Int(index)] = text
            } else {
                entryTable.texts[Int(index)] += text
            }
        }
        let entryOffset = Int32(entries.count)
        let keyOffset = Int32(pendingKeys.count)
        entryTable.entries.reserveCapacity(entries.count + other.entries.count)
        for entry in other.entries {
            let move = moves[Int(entry.file)]
            entryTable.entries.append(entry.moved(toFile: move.file, byteOffset: move.offset))
        }
        entryTable.canonicalKeys += other.entryTable.canonicalKeys
        pendingKeys += other.pendingKeys
        pending.reserveCapacity(pending.count + other.pending.count)
        for path in other.pending {
            pending.append(Path(
                keys: (path.keys.lowerBound + keyOffset)..<(path.keys.upperBound + keyOffset),
                entry: path.entry + entryOffset, inflected: path.inflected))
        }
        lowercaseFirstWords.formUnion(other.lowercaseFirstWords)
    }

    /// Adds one name written in code (tests), with `file:line` as its source; `compile()` puts it into the trie.
    mutating func add(
        name: String, type: EntityType, canonical: String, ids: [String] = [], kind: String = "",
        file: String, line: Int, priority: Int, stopNouns: Bool = false
    ) {
        let index = entryTable.fileIndex(file)
        let canonicalStart = Int32(entryTable.texts[Int(index)].count)
        entryTable.texts[Int(index)].append(contentsOf: canonical.utf8)
        let idsStart = Int32(entryTable.texts[Int(index)].count)
        entryTable.texts[Int(index)].append(contentsOf: ids.joined(separator: " ").utf8)
        var scratch = Scratch()
        scratch.scalars = Array(name.unicodeScalars)
        add(&scratch, type: type, canonical: canonicalStart..<idsStart,
            ids: idsStart..<Int32(entryTable.texts[Int(index)].count), ambiguous: kind.hasSuffix("-ambiguous"),
            partyName: kind == "party-ambiguous", party: kind.hasPrefix("party"),
            subnational: type == .place && ["city", "town", "subdivision"].contains(kind),
            government: kind == "government-ambiguous", file: index, line: line, priority: priority,
            stopNouns: stopNouns)
    }

    /// The canonical name of an entry.
    func canonical(of entry: NameEntry) -> String { entryTable.canonical(of: entry) }

    /// The exact key of entry `entry`'s canonical name (an index into `entries`), as if hashed from the name.
    func canonicalKey(ofEntry entry: Int32) -> WordKey { entryTable.canonicalKey(ofEntry: entry) }

    /// The external ids of an entry as listed.
    func idsField(of entry: NameEntry) -> String { entryTable.idsField(of: entry) }


    /// Arrays one load reuses for every name, so that a name costs no allocation.
    struct Scratch {
        /// The name's code points; the caller fills them.
        var scalars: [Unicode.Scalar] = []
        var tokens: [Range<Int>] = []
        /// Keys of the first word's declined forms (`declensionKeys(of:into:)`).
        var variants: [WordKey] = []
    }

    /// Adds the name in `scratch.scalars`, with its declined variants.
    private mutating func add(
        _ scratch: inout Scratch, type: EntityType, canonical: Range<Int32>, ids: Range<Int32>, ambiguous: Bool,
        partyName: Bool = false, party: Bool = false, subnational: Bool = false, government: Bool = false, file: Int16,
        line: Int, priority: Int, stopNouns: Bool
    ) {
        NameSplitter.ranges(of: scratch.scalars, into: &scratch.tokens)
        let tokens = scratch.tokens
        guard !tokens.isEmpty else { return }
        let scalars = scratch.scalars
        let start = Int32(pendingKeys.count)
        // One pass over the tokens: letter case, exact key and folded keys (every letter is in some token).
        var letters = 0
        var hasLower = false
        var startsLower = false
        var exactKey = WordKey(raw: 0)
        // Through a buffer pointer: a slice of the array per token retained and released its storage each time.
        scalars.withUnsafeBufferPointer { scalars in
            for token in tokens {
                var exact = WordKey.Builder()
                var folded = WordKey.Builder()
                for offset in token {
                    let scalar = scalars[offset]
                    exact.append(value: scalar.value)
                    folded.append(scalar, folded: true)
                    guard ScalarClass.isLetter(scalar) else { continue }
                    let lower = ScalarClass.isLower(scalar)
                    if letters == 0 { startsLower = lower }
                    hasLower = hasLower || lower
                    letters &+= 1
                }
                exactKey = exactKey.combined(with: exact.key)
                pendingKeys.append(folded.key)
            }
        }
        let caseMode: NameEntry.CaseMode
        if startsLower {
            caseMode = .exact
        } else if !hasLower && letters <= 6 {
            caseMode = letters >= 4 && tokens.count == 1 ? .acronym : .exact
        } else {
            caseMode = .capitalised
        }
        let entry = NameEntry(
            type: type, canonicalBytes: canonical, idsBytes: ids, file: file, line: Int32(line),
            priority: priority, caseMode: caseMode, exactKey: exactKey, tokenCount: tokens.count,
            stopNouns: stopNouns, ambiguous: ambiguous, partyName: partyName, party: party, subnational: subnational,
            chamber: government && caseMode == .capitalised)
        let index = Int32(entries.count)
        entryTable.entries.append(entry)
        entryTable.canonicalKeys.append(entryTable.canonicalKey(canonical, in: file))
        let end = Int32(pendingKeys.count)
        if let first = scalars.first, !ScalarClass.isUpper(first) {
            lowercaseFirstWords.insert(pendingKeys[Int(start)])
        }
        pending.append(Path(keys: start..<end, entry: index, inflected: false))
        if tokens.count > 1, caseMode == .capitalised {
            Self.declensionKeys(of: scalars[tokens[0]], into: &scratch.variants)
            for variant in scratch.variants {
                // The variant shares the rest of the name's keys: only its first key is stored anew.
                let variantStart = Int32(pendingKeys.count)
                pendingKeys.append(variant)
                // Element by element: appending a slice of the array itself would copy the whole array.
                for rest in Int(start + 1)..<Int(end) { pendingKeys.append(pendingKeys[rest]) }
                pending.append(Path(keys: variantStart..<Int32(pendingKeys.count), entry: index, inflected: true))
            }
        }
    }

    /// Adjective endings of a leading attributive adjective (`Vereinte` → `Vereinten`, `Oberster` →
    /// `Obersten`, `Rotes` → `Roten`).
    static func declensions(of word: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        guard word.count >= 4, let last = word.last, ScalarClass.isLower(last) else { return [] }
        var stem = word
        switch word.last {
        case "e": break
        case _ where "rsnm".unicodeScalars.contains(last) && word[word.count - 2] == "e":
            stem.removeLast()
        default:
            // A noun's genitive (`des Teams Stronach`, `des Vereins Wiener Tafel`).
            return Self.takesGenitiveS(last) ? [word + ["s"]] : []
        }
        return ["", "n", "r", "s", "m"].map { stem + Array($0.unicodeScalars) }.filter { $0 != word }
    }

    /// Whether a word ending in `last` (a lower-case letter, not after an `e` of an adjective's ending) makes its
    /// genitive with `-s`: not after a sibilant (`Haus`, `Reflex`, `Netz`, `Fuß`) nor a vowel.
    private static func takesGenitiveS(_ last: Unicode.Scalar) -> Bool {
        ScalarClass.isLower(last) && !"sxzßaeiouyäöü".unicodeScalars.contains(last)
    }

    /// Folded keys of `declensions(of:)`, hashed from the shared stem instead of building each form.
    static func declensionKeys(of word: ArraySlice<Unicode.Scalar>) -> [WordKey] {
        var keys: [WordKey] = []
        declensionKeys(of: word, into: &keys)
        return keys
    }

    /// `declensionKeys(of:)` written over `keys`: a load reuses one array instead of making one per name.
    static func declensionKeys(of word: ArraySlice<Unicode.Scalar>, into keys: inout [WordKey]) {
        while !keys.isEmpty { keys.removeLast() }
        guard word.count >= 4, let last = word.last, ScalarClass.isLower(last) else { return }
        let removed: Unicode.Scalar?
        switch last {
        case "e": removed = nil
        case _ where "rsnm".unicodeScalars.contains(last) && word[word.endIndex - 2] == "e":
            removed = last
        default:
            guard takesGenitiveS(last) else { return }
            var genitive = WordKey.Builder()
            for scalar in word { genitive.append(scalar, folded: true) }
            genitive.append("s", folded: true)
            keys.append(genitive.key)
            return
        }
        var stem = WordKey.Builder()
        for scalar in removed == nil ? word : word.dropLast() { stem.append(scalar, folded: true) }
        // The order of `declensions(of:)`; the form equal to the word itself is left out.
        if removed != nil { keys.append(stem.key) }
        for ending: Unicode.Scalar in ["n", "r", "s", "m"] where ending != removed {
            var form = stem
            form.append(ending, folded: true)
            keys.append(form.key)
        }
    }

    /// Puts the names added since the last call into the trie. Node numbers differ from a name-by-name build,
    /// but which entry ends at which path does not: terminals are settled in the order the names were added.
    mutating func compile() {
        guard !pending.isEmpty else { return }
        // The node each pending path has reached; level by level, all paths still that long take one step.
        var reached = [Int32](filled: Self.root, count: pending.count)
        var active = Array(pending.indices)
        var level: Int32 = 0
        var edgeKeys: [WordKey] = []
        while !active.isEmpty {
            edgeKeys.removeAll(keepingCapacity: true)
            if level > 0 {
                Self.extend(&innerBits, to: nodeCount)
                for path in active {
                    let parent = Int(reached[path])
                    innerBits[parent >> 6] |= 1 << UInt64(parent & 63)
                }
            }
            for path in active {
                let key = pendingKeys[Int(pending[path].keys.lowerBound + level)]
                edgeKeys.append(level == 0 ? key : Self.edgeKey(reached[path], key))
                if level == 0 {
                    let bit = Int(truncatingIfNeeded: key.raw >> 44)
                    firstWords[bit >> 6] |= 1 << UInt64(bit & 63)
                }
            }
            let nodes = level == 0
                ? rootEdges.values(for: edgeKeys, numberingNewFrom: &nodeCount)
                : edges.values(for: edgeKeys, numberingNewFrom: &nodeCount)
            var stillActive: [Int] = []
            for (offset, path) in active.enumerated() {
                reached[path] = nodes[offset]
                if pending[path].keys.count > Int(level) + 1 { stillActive.append(path) }
            }
            active = stillActive
            level += 1
        }
        terminals.append(contentsOf: repeatElement(nil, count: max(0, Int(nodeCount) - terminals.count)))
        Self.extend(&terminalBits, to: nodeCount)
        Self.extend(&innerBits, to: nodeCount)
        for (path, node) in zip(pending, reached) { setTerminal(node, entry: path.entry, inflected: path.inflected) }
        pending = []
        pendingKeys = []
    }

    /// Grows a per-node bit set to `nodes` bits.
    private static func extend(_ bits: inout [UInt64], to nodes: Int32) {
        bits.append(contentsOf: repeatElement(0, count: max(0, (Int(nodes) + 63) / 64 - bits.count)))
    }

    /// Keeps the better of two names that end at one node: the one as listed over a declined variant, then the
    /// higher priority; on a tie the one added first.
    private mutating func setTerminal(_ node: Int32, entry: Int32, inflected: Bool) {
        var alternate: Int32 = -1
        if let existing = terminals[Int(node)] {
            let old = entries[Int(existing.entry)]
            let new = entries[Int(entry)]
            let better = existing.inflected && !inflected
                || (existing.inflected == inflected && new.priority > old.priority)
            // Spellings that differ in case only (`DPA`, `dpa`) each match under their own entry; and a name
            // that needs context (the club `Bayern`) must not hide one that does not (the state `Bayern`), which
            // is what the text means wherever the context is missing.
            let otherCase = existing.inflected == inflected
                && (old.caseMode != new.caseMode || old.caseMode == .exact && old.exactKey != new.exactKey
                    || old.ambiguous != new.ambiguous)
            if !better {
                if otherCase && existing.alternate < 0 { terminals[Int(node)]?.alternate = entry }
                return
            }
            alternate = otherCase ? existing.entry : existing.alternate
        }
        terminals[Int(node)] = Terminal(entry: entry, inflected: inflected, alternate: alternate)
        terminalBits[Int(node) >> 6] |= 1 << UInt64(Int(node) & 63)
    }
}

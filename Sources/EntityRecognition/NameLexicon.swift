import NewsGraphCore

/// Every name list compiled once into one trie over case-folded tokens, shared read-only by all threads.
///
/// Declined forms of multi-word names (`Vereinten Nationen`, `Europäischen Union`) are compiled in as
/// variants of the first word; the genitive of the last word (`Kambodschas`) is tried at lookup.
struct NameLexicon: Sendable {
    /// A trie node's terminal: which entry ends here and whether the path was a declined variant.
    struct Terminal: Sendable {
        let entry: Int32
        let inflected: Bool
    }

    private(set) var entries: [NameEntry] = []
    /// List files, so that entries keep a small index instead of a `file:line` string each.
    private(set) var files: [String] = []
    /// UTF-8 text of the loaded lists, which entries point into.
    private var text: [UInt8] = []
    private var edges = KeyTable(capacity: 1 << 16)
    /// Edges from the root apart: every capitalised token asks this table, and at a quarter of all edges it
    /// stays far more often in cache than the whole trie.
    private var rootEdges = KeyTable(capacity: 1 << 16)
    /// One bit per node that ends a name (a few dozen KB): a walk reads `terminals` only where one ends.
    private var terminalBits: [UInt64] = [0]
    /// One bit per hash of a name's first word (128 KB, stays in cache): most tokens start no name, and this
    /// answers them without touching the large edge table.
    private var firstWords = [UInt64](repeating: 0, count: 1 << 14)
    /// First words of names written lower-case (`dpa`, `news aktuell`, `al-Kaida`): the only names a lower-case
    /// token can start, so most tokens of running text need no trie look-up at all.
    private var lowercaseFirstWords = KeySet()

    func mayStartLowercaseName(_ key: WordKey) -> Bool { lowercaseFirstWords.contains(key) }
    private var terminals: [Terminal?] = [nil]
    private var nodeCount: Int32 = 1

    static let root: Int32 = 0

    var count: Int { entries.count }

    /// `file:line` of an entry, for provenance.
    func source(of entry: NameEntry) -> String { "\(files[Int(entry.file)]):\(entry.line)" }

    private mutating func fileIndex(_ file: String) -> Int16 {
        if let index = files.firstIndex(of: file) { return Int16(index) }
        files.append(file)
        return Int16(files.count - 1)
    }

    /// The node reached from `node` over a token with folded key `key`.
    func next(_ node: Int32, _ key: WordKey) -> Int32? {
        if node == Self.root {
            let bit = Int(truncatingIfNeeded: key.raw >> 44)
            guard firstWords[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
            return rootEdges[key]
        }
        return edges[Self.edgeKey(node, key)]
    }

    func terminal(_ node: Int32) -> Terminal? {
        let index = Int(node)
        guard terminalBits[index >> 6] & (1 << UInt64(index & 63)) != 0 else { return nil }
        return terminals[index]
    }

    private static func edgeKey(_ node: Int32, _ key: WordKey) -> WordKey {
        WordKey(raw: UInt64(UInt32(bitPattern: node))).combined(with: key)
    }

    /// Loads one name list (`name<TAB>canonical<TAB>ids<TAB>kind[<TAB>parent<TAB>population]`).
    mutating func load(_ list: ListIndex.Entry, type: EntityType, lexicons: LexiconDirectory) throws {
        let reader = try TSVReader(lexicons: lexicons, file: list.file)
        let minPopulation = list.option("min-population").flatMap(Int.init)
        let stopNouns = list.option("stopnouns") != nil
        let file = fileIndex(list.file)
        // Room for the file's rows at once: a name has about two tokens, and growing the tables step by step
        // rehashed every edge each time.
        let rows = reader.lineCount
        edges.reserve(edges.count + rows * 2)
        rootEdges.reserve(rootEdges.count + rows)
        entries.reserveCapacity(entries.count + rows)
        terminals.reserveCapacity(terminals.count + rows * 3)
        // The whole file joins the text store; entries keep byte ranges into it.
        let base = text.count
        text.append(contentsOf: reader.bytes)
        func stored(_ range: Range<Int>) -> Range<Int32> {
            Int32(base + range.lowerBound)..<Int32(base + range.upperBound)
        }
        reader.forEachRow { line, fields in
            let name = reader.trimmed(fields[0])
            guard !name.isEmpty else { return }
            if let minPopulation, fields.count > 5, let population = reader.integer(fields[5]),
                population < minPopulation
            {
                return
            }
            let canonical = fields.count > 1 && !reader.isEmpty(fields[1]) ? reader.trimmed(fields[1]) : name
            let ids = fields.count > 2 ? reader.trimmed(fields[2]) : name.lowerBound..<name.lowerBound
            let ambiguous = fields.count > 3 && reader.hasSuffix(fields[3], "-ambiguous")
            add(scalars: Array(UTF8Scalars(bytes: reader.bytes, range: name)), type: type,
                canonical: stored(canonical), ids: stored(ids), ambiguous: ambiguous, file: file, line: line,
                priority: list.priority, stopNouns: stopNouns)
        }
    }

    /// Adds one name written in code (tests), with `file:line` as its source.
    mutating func add(
        name: String, type: EntityType, canonical: String, ids: [String] = [], kind: String = "",
        file: String, line: Int, priority: Int, stopNouns: Bool = false
    ) {
        let index = fileIndex(file)
        let canonicalStart = Int32(text.count)
        text.append(contentsOf: canonical.utf8)
        let idsStart = Int32(text.count)
        text.append(contentsOf: ids.joined(separator: " ").utf8)
        add(scalars: Array(name.unicodeScalars), type: type, canonical: canonicalStart..<idsStart,
            ids: idsStart..<Int32(text.count), ambiguous: kind.hasSuffix("-ambiguous"), file: index, line: line,
            priority: priority, stopNouns: stopNouns)
    }

    /// The canonical name of an entry.
    func canonical(of entry: NameEntry) -> String { string(entry.canonicalBytes) }

    /// The external ids of an entry as listed.
    func idsField(of entry: NameEntry) -> String { string(entry.idsBytes) }

    private func string(_ range: Range<Int32>) -> String {
        String(decoding: text[Int(range.lowerBound)..<Int(range.upperBound)], as: UTF8.self)
    }

    /// Adds one name, with its declined variants.
    private mutating func add(
        scalars: [Unicode.Scalar], type: EntityType, canonical: Range<Int32>, ids: Range<Int32>, ambiguous: Bool,
        file: Int16, line: Int, priority: Int, stopNouns: Bool
    ) {
        let tokens = NameSplitter.ranges(of: scalars)
        guard !tokens.isEmpty else { return }
        var letters = 0
        var hasLower = false
        var startsLower = false
        for scalar in scalars where ScalarClass.isLetter(scalar) {
            let lower = ScalarClass.isLower(scalar)
            if letters == 0 { startsLower = lower }
            hasLower = hasLower || lower
            letters += 1
        }
        let caseMode: NameEntry.CaseMode
        if startsLower {
            caseMode = .exact
        } else if !hasLower && letters <= 6 {
            caseMode = letters >= 4 && tokens.count == 1 ? .acronym : .exact
        } else {
            caseMode = .capitalised
        }
        var exactKey = WordKey(raw: 0)
        for token in tokens { exactKey = exactKey.combined(with: WordKey(scalars[token], folded: false)) }
        let entry = NameEntry(
            type: type, canonicalBytes: canonical, idsBytes: ids, file: file, line: Int32(line),
            priority: priority, caseMode: caseMode, exactKey: exactKey, tokenCount: tokens.count,
            stopNouns: stopNouns, ambiguous: ambiguous)
        let index = Int32(entries.count)
        entries.append(entry)
        let keys = tokens.map { WordKey(scalars[$0], folded: true) }
        if let first = scalars.first, !ScalarClass.isUpper(first) { lowercaseFirstWords.insert(keys[0]) }
        insert(keys, entry: index, inflected: false)
        if tokens.count > 1, caseMode == .capitalised {
            for variant in Self.declensions(of: Array(scalars[tokens[0]])) {
                insert([WordKey(variant, folded: true)] + keys.dropFirst(), entry: index, inflected: true)
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
        case "r", "s", "n", "m":
            guard word[word.count - 2] == "e" else { return [] }
            stem.removeLast()
        default: return []
        }
        return ["", "n", "r", "s", "m"].map { stem + Array($0.unicodeScalars) }.filter { $0 != word }
    }

    private mutating func insert(_ keys: [WordKey], entry: Int32, inflected: Bool) {
        if let first = keys.first {
            let bit = Int(truncatingIfNeeded: first.raw >> 44)
            firstWords[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        var node = Self.root
        for key in keys {
            let isRoot = node == Self.root
            let edge = isRoot ? key : Self.edgeKey(node, key)
            let (next, inserted) = isRoot
                ? rootEdges.value(for: edge, insertingIfAbsent: nodeCount)
                : edges.value(for: edge, insertingIfAbsent: nodeCount)
            if !inserted {
                node = next
            } else {
                terminals.append(nil)
                if terminals.count > terminalBits.count * 64 { terminalBits.append(0) }
                node = nodeCount
                nodeCount += 1
            }
        }
        if let existing = terminals[Int(node)] {
            let old = entries[Int(existing.entry)]
            let new = entries[Int(entry)]
            let better = existing.inflected && !inflected
                || (existing.inflected == inflected && new.priority > old.priority)
            if !better { return }
        }
        terminals[Int(node)] = Terminal(entry: entry, inflected: inflected)
        terminalBits[Int(node) >> 6] |= 1 << UInt64(Int(node) & 63)
    }
}

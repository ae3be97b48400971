/// An article's entities by key, in the order they were added, read like a dictionary.
///
/// Not a `Dictionary`: an article names a dozen entities or so, and finding a key among theirs costs less than
/// hashing it, which for a `String` also normalises it; the recognizer hashed every key it added. Inlinable, so that
/// the stages that read it look keys up and iterate without a call per step.
public struct EntityTable: Sendable, Equatable, Sequence, ExpressibleByDictionaryLiteral {
    /// The keys, each once, in step with `values`.
    public private(set) var keys: [String] = []
    public private(set) var values: [Entity] = []

    public init() {}

    /// `values` under their own keys, which must differ from each other (unchecked: the caller made them so).
    public init(uniqueEntities values: [Entity]) {
        keys = values.map(\.key)
        self.values = values
    }

    public init(dictionaryLiteral elements: (String, Entity)...) {
        for (key, entity) in elements { self[key] = entity }
    }

    @inlinable public var count: Int { keys.count }
    @inlinable public var isEmpty: Bool { keys.isEmpty }
    /// Positions into `keys` and `values`.
    @inlinable public var indices: Range<Int> { keys.indices }

    /// The entity under `key` (equal as strings are, up to canonical equivalence, as a dictionary's key).
    public subscript(key: String) -> Entity? {
        @inlinable get { position(of: key).map { values[$0] } }
        set {
            if let index = position(of: key) {
                if let newValue {
                    values[index] = newValue
                } else {
                    keys.remove(at: index)
                    values.remove(at: index)
                }
            } else if let newValue {
                keys.append(key)
                values.append(newValue)
            }
        }
    }

    /// Where `key` is in `keys`. A key looked up is nearly always a copy of one of them (a mention's entity key),
    /// which `==` finds equal at once; keys of another length are passed over without comparing them, which for
    /// non-ASCII names normalised both. Only a key that matches none so is compared with all, as a dictionary would
    /// (canonically equivalent strings are equal, whatever their bytes).
    @inlinable
    public func position(of key: String) -> Int? {
        let count = key.utf8.count
        for index in keys.indices where keys[index].utf8.count == count && keys[index] == key { return index }
        return keys.firstIndex(of: key)
    }

    /// Equal as dictionaries are: the same keys with equal entities, in any order.
    public static func == (lhs: EntityTable, rhs: EntityTable) -> Bool {
        lhs.count == rhs.count && lhs.indices.allSatisfy { rhs[lhs.keys[$0]] == lhs.values[$0] }
    }

    @inlinable
    public func makeIterator() -> Iterator { Iterator(table: self) }

    /// The (key, entity) pairs in the table's order.
    public struct Iterator: IteratorProtocol {
        @usableFromInline let table: EntityTable
        @usableFromInline var position = 0

        @inlinable
        init(table: EntityTable) { self.table = table }

        @inlinable
        public mutating func next() -> (key: String, value: Entity)? {
            guard position < table.count else { return nil }
            defer { position += 1 }
            return (table.keys[position], table.values[position])
        }
    }
}

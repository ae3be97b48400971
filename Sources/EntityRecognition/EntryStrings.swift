import Foundation
import NewsGraphCore

/// The entities and `file:line` sources of lexicon entries, made once for each thread that runs the stage instead of
/// once per article: the same few thousand entries (`Deutschland`, `SPÖ`, `Polizei`) recur across a batch, and
/// decoding their names and ids, joining their keys and writing their sources again for every article was a fifth of
/// resolving its mentions.
///
/// Each thread keeps its own (`Local`), found once per article (`local()`): one table shared by the threads was
/// locked and unlocked for every mention of a listed name, which cost more than the look-up (and, contended, a
/// system call). A thread makes again what another has made, once; the strings are the same whichever makes them.
final class EntryStrings: @unchecked Sendable {
    /// One thread's entities and sources; each kind stops growing at `limit` entries, which bounds its memory for
    /// any batch.
    final class Local {
        /// Values by key, for one kind.
        private final class Store<Value> {
            // One thread reads and writes a store: the run-time exclusivity check on each access cost more than the
            // look-up.
            @exclusivity(unchecked) var slots = KeyTable()
            @exclusivity(unchecked) var values: [Value] = []
        }

        private let entities = Store<Entity>()
        private let sources = Store<String>()

        /// The entity of type `type` that lexicon entry `entry` names, as `make` makes it.
        func entity(entry: Int32, type: EntityType, make: () -> Entity) -> Entity {
            // Entry and type in one nonzero key (`KeyTable` stores 0 as 1).
            value(WordKey(raw: (UInt64(entry) << 2 | UInt64(type.rank)) &+ 1), in: entities, make: make)
        }

        /// The provenance source of lexicon entry `entry`, as `make` makes it.
        func source(entry: Int32, make: () -> String) -> String {
            value(WordKey(raw: UInt64(entry) &+ 1), in: sources, make: make)
        }

        /// The value under `key` in `store`, made and kept (room allowing) where there is none yet.
        private func value<Value>(_ key: WordKey, in store: Store<Value>, make: () -> Value) -> Value {
            if let slot = store.slots[key] { return store.values[Int(slot)] }
            let value = make()
            if store.values.count < EntryStrings.limit {
                store.slots.set(key, Int32(store.values.count))
                store.values.append(value)
            }
            return value
        }
    }

    /// Entries kept of each kind at most, by each thread; a batch of ten thousand articles names about five thousand.
    static let limit = 1 << 16

    /// Every thread's `Local`.
    private let locals = PerThread { Local() }

    /// The calling thread's entities and sources, made on its first call.
    func local() -> Local { locals.local() }
}

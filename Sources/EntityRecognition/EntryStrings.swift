import Foundation
import NewsGraphCore

/// The entities and `file:line` sources of lexicon entries, made once for the process instead of once per article:
/// the same few thousand entries (`Deutschland`, `SPÖ`, `Polizei`) recur across a batch, and decoding their names and
/// ids, joining their keys and writing their sources again for every article was a fifth of resolving its mentions.
///
/// Shared by the threads that run the stage, so guarded by a lock (held for a look-up or an insert, never while a
/// string is made). It stops growing at `limit` entries of each kind, which bounds its memory for any batch.
final class EntryStrings: @unchecked Sendable {
    private let lock = NSLock()
    // The lock orders every access: the run-time exclusivity check on each cost more than the look-up.
    @exclusivity(unchecked) private var entitySlots = KeyTable()
    @exclusivity(unchecked) private var entities: [Entity] = []
    @exclusivity(unchecked) private var sourceSlots = KeyTable()
    @exclusivity(unchecked) private var sources: [String] = []
    /// Entries kept of each kind at most; a batch of ten thousand articles names about five thousand.
    static let limit = 1 << 16

    /// The entity of type `type` that lexicon entry `entry` names, as `make` makes it.
    func entity(entry: Int32, type: EntityType, make: () -> Entity) -> Entity {
        // Entry and type in one nonzero key (`KeyTable` stores 0 as 1).
        let key = WordKey(raw: (UInt64(entry) << 2 | UInt64(type.rank)) &+ 1)
        lock.lock()
        if let slot = entitySlots[key] {
            let entity = entities[Int(slot)]
            lock.unlock()
            return entity
        }
        lock.unlock()
        let entity = make()
        lock.lock()
        if entities.count < Self.limit && entitySlots[key] == nil {
            entitySlots.set(key, Int32(entities.count))
            entities.append(entity)
        }
        lock.unlock()
        return entity
    }

    /// The provenance source of lexicon entry `entry`, as `make` makes it.
    func source(entry: Int32, make: () -> String) -> String {
        let key = WordKey(raw: UInt64(entry) &+ 1)
        lock.lock()
        if let slot = sourceSlots[key] {
            let source = sources[Int(slot)]
            lock.unlock()
            return source
        }
        lock.unlock()
        let source = make()
        lock.lock()
        if sources.count < Self.limit && sourceSlots[key] == nil {
            sourceSlots.set(key, Int32(sources.count))
            sources.append(source)
        }
        lock.unlock()
        return source
    }
}

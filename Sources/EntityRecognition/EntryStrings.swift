import Foundation
import NewsGraphCore

/// The entities and `file:line` sources of lexicon entries, made once for the process instead of once per article:
/// the same few thousand entries (`Deutschland`, `SPÖ`, `Polizei`) recur across a batch, and decoding their names and
/// ids, joining their keys and writing their sources again for every article was a fifth of resolving its mentions.
///
/// Shared by the threads that run the stage, so guarded by a lock (held for a look-up or an insert, never while a
/// string is made). It stops growing at `limit` entries of each kind, which bounds its memory for any batch.
final class EntryStrings: @unchecked Sendable {
    /// Values by key, for one kind; read and written only under the lock.
    private final class Store<Value> {
        // The lock orders every access: the run-time exclusivity check on each cost more than the look-up.
        @exclusivity(unchecked) var slots = KeyTable()
        @exclusivity(unchecked) var values: [Value] = []
    }

    private let lock = Mutex()
    private let entities = Store<Entity>()
    private let sources = Store<String>()
    /// Entries kept of each kind at most; a batch of ten thousand articles names about five thousand.
    static let limit = 1 << 16

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
        lock.lock()
        if let slot = store.slots[key] {
            let value = store.values[Int(slot)]
            lock.unlock()
            return value
        }
        lock.unlock()
        let value = make()
        lock.lock()
        if store.values.count < Self.limit && store.slots[key] == nil {
            store.slots.set(key, Int32(store.values.count))
            store.values.append(value)
        }
        lock.unlock()
        return value
    }
}

/// A pthread mutex, locked and unlocked by inlined calls: `NSLock`'s methods, called through the class, cost as
/// much again as the mutex, and the table above is locked for every mention of a listed name.
private final class Mutex: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

    init() { pthread_mutex_init(mutex, nil) }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    @inline(__always) func lock() { pthread_mutex_lock(mutex) }
    @inline(__always) func unlock() { pthread_mutex_unlock(mutex) }
}

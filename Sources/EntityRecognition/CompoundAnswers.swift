import Foundation

/// Answers of `NameRules.isCompoundNoun(_:_:_:)` by the word's folded key, kept by each thread from one article to
/// the next: the rules ask it of the same long capitalised words article after article (`Bundesregierung`,
/// `Polizeisprecher`), and each answer cost a pass over the word with a look-up in the noun set at every split.
///
/// Direct-mapped: a key's top bits choose its slot, and a later word takes the slot over. The rules ask only words
/// capitalised with no capital after the first letter, whose answer follows from their folded letters alone (the
/// test's linking letters are lower-case in them); a folded key stands for those letters, as everywhere in the
/// stage (`WordKey`).
///
/// Each thread's slots are a plain block found through a pthread key (no object, so no reference counting on each
/// question, which cost as much as a look-up), freed when the thread ends, as `ScratchPool` keeps its blocks. The
/// slots serve every stage a thread runs: a key is salted with its noun set's (`salt()`), so a stage made with other
/// lists (a test's) never reads another's answers.
enum CompoundAnswers {
    private static let slotBits = 13
    private static let slotCount = 1 << slotBits

    /// A slot: the key, and 0 for an empty slot, else 1 for no and 2 for yes.
    private struct Slot {
        var key: UInt64
        var answer: UInt8
    }

    private static let threadKey: pthread_key_t = {
        var key = pthread_key_t()
        guard pthread_key_create(&key, { pointer in free(pointer) }) == 0 else {
            fatalError("no thread-specific key for compound answers")
        }
        return key
    }()

    /// The calling thread's slots, made on its first call.
    @inline(__always)
    private static func slots() -> UnsafeMutablePointer<Slot> {
        let key = threadKey
        if let pointer = pthread_getspecific(key) { return pointer.assumingMemoryBound(to: Slot.self) }
        guard let memory = malloc(slotCount * MemoryLayout<Slot>.stride) else {
            fatalError("out of memory for compound answers")
        }
        let slots = memory.bindMemory(to: Slot.self, capacity: slotCount)
        slots.initialize(repeating: Slot(key: 0, answer: 0), count: slotCount)
        pthread_setspecific(key, memory)
        return slots
    }

    /// A salt no other call gives, for the keys of one noun set: process-wide, as the slots are.
    static func salt() -> WordKey {
        saltLock.lock()
        defer { saltLock.unlock() }
        saltsGiven &+= 1
        return WordKey(raw: saltsGiven)
    }

    private static let saltLock = NSLock()
    /// Guarded by `saltLock`.
    nonisolated(unsafe) private static var saltsGiven: UInt64 = 0

    /// The answer kept for `key`, or `compute`'s, kept now.
    @inline(__always)
    static func answer(_ key: WordKey, _ compute: () -> Bool) -> Bool {
        let slot = slots() + Int(truncatingIfNeeded: key.raw &>> UInt64(64 - slotBits))
        if slot.pointee.answer != 0 && slot.pointee.key == key.raw { return slot.pointee.answer == 2 }
        let answer = compute()
        slot.pointee = Slot(key: key.raw, answer: answer ? 2 : 1)
        return answer
    }
}

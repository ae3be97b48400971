import NewsGraphCore

/// Answers of `NameRules.isCompoundNoun(_:_:_:)` by the word's folded key, kept by each thread from one article to
/// the next: the rules ask it of the same long capitalised words article after article (`Bundesregierung`,
/// `Polizeisprecher`), and each answer cost a pass over the word with a look-up in the noun set at every split.
///
/// Direct-mapped: a key's top bits choose its slot, and a later word takes the slot over. The rules ask only words
/// capitalised with no capital after the first letter, whose answer follows from their folded letters alone (the
/// test's linking letters are lower-case in them); a folded key stands for those letters, as everywhere in the
/// stage (`WordKey`).
final class CompoundAnswers {
    private static let slotBits = 13
    private static let slotCount = 1 << slotBits
    private let keys = UnsafeMutablePointer<UInt64>.allocate(capacity: slotCount)
    /// 0 for an empty slot, else 1 for no and 2 for yes.
    private let answers = UnsafeMutablePointer<UInt8>.allocate(capacity: slotCount)

    private init() {
        keys.initialize(repeating: 0, count: Self.slotCount)
        answers.initialize(repeating: 0, count: Self.slotCount)
    }

    deinit {
        keys.deallocate()
        answers.deallocate()
    }

    private static let threads = ThreadLocal<CompoundAnswers>()

    /// The calling thread's answers, made on its first call.
    static func local() -> CompoundAnswers { threads.value(orMake: CompoundAnswers.init) }

    /// The answer kept for `key`, or `compute`'s, kept now.
    @inline(__always)
    func answer(_ key: WordKey, _ compute: () -> Bool) -> Bool {
        let slot = Int(truncatingIfNeeded: key.raw &>> UInt64(64 - Self.slotBits))
        if answers[slot] != 0 && keys[slot] == key.raw { return answers[slot] == 2 }
        let answer = compute()
        keys[slot] = key.raw
        answers[slot] = answer ? 2 : 1
        return answer
    }
}

import NewsGraphCore

extension String {
    /// Whether the two strings are held alike: the same two words, so one buffer shared at one length (or one small
    /// string), which makes them equal without a look at their text. A mention's entity key is the very string of its
    /// entity's key in `Document.entities` (the recogniser hands both the one string), so that it is found among the
    /// table's keys by two compares a key, where `==` (after a compare of their lengths) read the text.
    @inline(__always)
    func sharesStorage(with other: String) -> Bool {
        // (A `String` is two words on every platform the package builds for.)
        let one = unsafeBitCast(self, to: (UInt64, UInt64).self)
        let two = unsafeBitCast(other, to: (UInt64, UInt64).self)
        return one.0 == two.0 && one.1 == two.1
    }
}

extension EntityTable {
    /// `position(of:)`, first among the keys that share the key's storage: the table's keys differ from each other
    /// (by `==`), so the one that shares it is the one key equal to it. Keys of another origin (a document read back
    /// from its JSON) are looked up by `position(of:)`.
    func sharedPosition(of key: String) -> Int? {
        let shared = keys.withUnsafeBufferPointer { keys in keys.firstIndex { $0.sharesStorage(with: key) } }
        return shared ?? position(of: key)
    }
}

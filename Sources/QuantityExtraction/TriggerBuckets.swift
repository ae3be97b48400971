/// The entries of a trigger list grouped by a hash of three or four of their scalars (the low bytes), each group in
/// the list's order: a word is compared with the entries its own scalars hash to, not with every entry that shares
/// its first or last scalar. An entry too short for the key may match any word, and is in every group.
struct TriggerBuckets: Sendable {
    /// 4 KB of offsets: they stay in cache.
    private static let groupCount = 1 << 10
    /// Group `g` runs from `offsets[g]` to `offsets[g + 1]` in `members`.
    private let offsets: [Int32]
    private let members: [Int32]

    /// `keys[entry]` from `key`, nil for an entry too short for one; the members are the values given for the
    /// entries (`memberOf[entry]`), in the entries' order.
    init(keys: [Int?], members memberOf: [Int32]) {
        var groups = Array(repeating: [Int32](), count: Self.groupCount)
        for (entry, key) in keys.enumerated() {
            if let key {
                groups[key].append(memberOf[entry])
            } else {
                for group in groups.indices { groups[group].append(memberOf[entry]) }
            }
        }
        var offsets: [Int32] = [0]
        var members: [Int32] = []
        for group in groups {
            members += group
            offsets.append(Int32(members.count))
        }
        self.offsets = offsets
        self.members = members
    }

    /// The group of four scalars' low bytes (`0` for a fourth not taken).
    @inline(__always)
    static func key(_ first: UInt32, _ second: UInt32, _ third: UInt32, _ fourth: UInt32) -> Int {
        var hash = (first & 0xFF) &* 0x9E37_79B1 ^ (second & 0xFF) &* 0x85EB_CA6B ^ (third & 0xFF) &* 0xC2B2_AE35
            ^ (fourth & 0xFF) &* 0x27D4_EB2F
        hash ^= hash >> 15
        return Int(truncatingIfNeeded: hash & UInt32(groupCount - 1))
    }

    /// Lends the members of group `key`, in the entries' order.
    @inline(__always)
    func withMembers<R>(of key: Int, _ body: (UnsafeBufferPointer<Int32>) -> R) -> R {
        let start = Int(offsets[key])
        let end = Int(offsets[key + 1])
        return members.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }
}

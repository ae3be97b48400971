@testable import RelationLinking
import Testing

/// The key set against `Set<UInt64>`: keys that grow it many times, reserved room, 0, and keys not in it.
struct HashedKeySetTests {
    @Test func holdsWhatASetHolds() {
        // SplitMix64 from a fixed seed: the same keys at every run.
        var state: UInt64 = 0x5EED
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
        var keys: [UInt64] = [0, 1, UInt64.max, 1 << 63]
        for _ in 0..<5_000 { keys.append(next()) }
        // Small keys close together too.
        for step in 1...40 { keys.append(UInt64(step) << 1) }
        var grown = HashedKeySet()
        for key in keys { grown.insert(key) }
        var reserved = HashedKeySet()
        reserved.reserveCapacity(keys.count)
        for key in keys { reserved.insert(key) }
        let built = HashedKeySet(keys.dropFirst())
        let reference = Set(keys)
        for key in keys {
            #expect(grown.contains(key) && reserved.contains(key))
            #expect(built.contains(key) == (key != 0))
        }
        for _ in 0..<5_000 {
            let key = next()
            #expect(grown.contains(key) == reference.contains(key))
        }
        #expect(!HashedKeySet().contains(0) && !HashedKeySet().contains(42))
    }
}

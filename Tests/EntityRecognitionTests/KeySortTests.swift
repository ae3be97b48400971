import Testing
@testable import EntityRecognition

/// The resolver's own sort of distinct keys must give the order the standard library's sort gives.
@Suite struct KeySortTests {
    /// A fixed-seed generator: the same keys in every run.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
    }

    @Test(arguments: [0, 1, 2, 15, 16, 17, 40, 63, 64, 65, 200, 5_000])
    func sortsLikeTheStandardSort(count: Int) {
        var random = Seeded(state: UInt64(count) &+ 7)
        let shuffled = Array(Set((0..<count * 2).map { _ in UInt64.random(in: 0..<1_000_000, using: &random) })
            .prefix(count)).shuffled(using: &random)
        for input in [shuffled, shuffled.sorted(), shuffled.sorted().reversed()] {
            var keys = input
            keys.withUnsafeMutableBufferPointer { KeySort.sort($0) }
            #expect(keys == input.sorted())
        }
    }
}

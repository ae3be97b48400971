@testable import JSONLD
import Testing

@Suite struct KeyOrderTests {
    /// Byte order must agree with `String.<` for plain keys, and keys with combining marks must still sort as `<`
    /// sorts them (a decomposed `Ä` sorts by its NFC form, not by its bytes).
    @Test func sortsAsStringLessThan() {
        let keys = [
            "PER/Zoë Weber", "LOC/Wien", "ORG/Österreichische Post", "ORG/Ärztekammer", "LOC/Zürich", "PER/Ana",
            "ORG/A\u{308}rztebund", "PER/Ana Maria", "ORG/OeBB", "LOC/Wiener Neustadt", "ORG/ÖBB", "LOC/San José",
            "LOC/San Jose\u{301}s", "PER/ǅuro", "LOC/", "ORG/ß-Verlag", "ORG/ss-Verlag", "PER/Čapek",
            // Equal in their first eight bytes, zero bytes within them, a prefix of another.
            "ORG/Ab", "ORG/Ab\u{0}", "ORG/Ab\u{0}\u{0}x", "ORG/Abc", "ORG/Abcd", "ORG/Abcdefgh", "ORG/Abcdefg",
        ]
        let expected = keys.indices.sorted { keys[$0] < keys[$1] }
        #expect(KeyOrder.sortedPositions(of: keys) == expected)
        #expect(KeyOrder.sortedPositions(of: Array(keys.reversed())).map { keys.count - 1 - $0 } == expected)
        // Past 64 keys the plainness flags run out: those keys are compared as strings.
        let many = (0..<70).map { (index: Int) -> String in
            let prefix = index % 3 == 0 ? "ORG/A\u{308}" : "ORG/\u{C4}"
            return prefix + String(100 + index % 35) + String(index)
        }
        #expect(KeyOrder.sortedPositions(of: many) == many.indices.sorted { many[$0] < many[$1] })
        #expect(KeyOrder.sortedPositions(of: []) == [])
        #expect(KeyOrder.sortedPositions(of: ["x"]) == [0])
    }
}

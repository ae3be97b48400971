@testable import RelationLinking
import Testing

/// An ending list answers as `hasSuffix` over the list would, in list order, for a `String` and for UTF-8: bucketed
/// by last byte, with an empty ending (which every title ends in) and for text the bytes do not decide (a combining
/// mark).
struct EndingListTests {
    static func list(_ endings: [String]) -> EndingList {
        var list = EndingList()
        for ending in endings { list.append(ending) }
        return list
    }

    @Test(arguments: [["anwalt", "minister", "in", "sprecherin"], ["in", "", "anwalt", "n"]])
    func endingsAreFoundAsHasSuffixFindsThem(endings: [String]) {
        let list = Self.list(endings)
        for title in ["staatsanwalt", "ministerin", "sprecherin", "", "chef", "n", "cafe\u{301}", "präsidentin"] {
            var found: [Int] = []
            list.forEachEnding(of: title) { index in
                found.append(index)
                return true
            }
            let expected = endings.indices.filter { title.hasSuffix(endings[$0]) }
            #expect(found == expected, "\(title)")
            #expect(list.containsEnding(of: title) == !expected.isEmpty, "\(title)")
            // From the bytes: the same answer, or none where a combining mark leaves it to characters.
            let fromBytes = Array(title.utf8).withUnsafeBufferPointer { list.containsEnding(ofUTF8: $0) }
            #expect(fromBytes == (title.utf8.contains { $0 >= 0xCC } ? nil : !expected.isEmpty), "\(title)")
        }
    }

    @Test func theWalkStopsWhenTheBodySaysSo() {
        let list = Self.list(["in", "rin", "erin", "x"])
        var found: [Int] = []
        list.forEachEnding(of: "sprecherin") { index in
            found.append(index)
            return found.count < 2
        }
        #expect(found == [0, 1])
    }
}

@testable import RelationLinking
import Testing

/// The sentence flags against a set of the same indices: those held in the value's bits (the first 256) and those
/// past them, the edges of each word of bits, and indices outside the article.
struct SentenceMarksTests {
    @Test(arguments: [0, 1, 63, 64, 255, 256, 257, 700])
    func marksWhatASetHolds(count: Int) {
        let marked = [-1, 0, 5, 63, 64, 127, 128, 191, 192, 255, 256, 300, 699, 700, 1000].filter { $0 % 2 == 0 }
            + [1, 65, 129, 193, 257, 511]
        let marks = SentenceMarks(count: count, marking: marked)
        let expected = Set(marked.filter { $0 >= 0 && $0 < count })
        for sentence in -2...(count + 2) {
            #expect(marks.contains(sentence) == expected.contains(sentence), "sentence \(sentence) of \(count)")
        }
    }
}

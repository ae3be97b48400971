import NewsGraphCore
import Testing

@testable import Segmentation

/// `firstIndex(from:where:)` finds what a walk over the tokens finds, from every start and for every boundary; so does
/// `firstIndex(from:near:where:)`, whatever its guess.
@Suite struct TokenSearchTests {
    @Test func findsWhatAWalkFinds() {
        for count in 0...40 {
            let tokens = (0..<count).map { Token(span: TextSpan(2 * $0, 2 * $0 + 1), kind: .word) }
            tokens.withUnsafeBufferPointer { buffer in
                for start in 0...count {
                    for offset in -1...(2 * count + 1) {
                        var walked = start
                        while walked < count && tokens[walked].span.begin < offset { walked += 1 }
                        #expect(buffer.firstIndex(from: start) { $0.span.begin >= offset } == walked)
                        for guess in (start - 1)...(count + 1) {
                            #expect(buffer.firstIndex(from: start, near: guess) { $0.span.begin >= offset } == walked)
                        }
                    }
                }
            }
        }
    }
}

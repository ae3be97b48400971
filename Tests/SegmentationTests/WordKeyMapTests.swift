import Testing

@testable import Segmentation

/// The word-key hash table the boundary rules look abbreviations and openers up in.
@Suite struct WordKeyMapTests {
    @Test func findsEveryKeyItHoldsAndNoOther() {
        // 5,000 distinct words over a–z, ä and the period, one to four code points long, and as long again
        // with a nine-letter head (keys over nine code points go to the table of long keys).
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzä.".unicodeScalars)
        let words = (1...5000).map { number -> String in
            var rest = number
            var word = String.UnicodeScalarView()
            while rest > 0 {
                word.append(alphabet[rest % alphabet.count])
                rest /= alphabet.count
            }
            return String(word)
        }.flatMap { [$0, "Verwaltung" + $0] }
        var map = WordKeyMap<UInt8>()
        var reference: [WordKey: UInt8] = [:]
        for (index, word) in words.enumerated() {
            guard let key = WordKey(word) else { continue }
            map[key] = UInt8(index % 255)
            reference[key] = UInt8(index % 255)
        }
        #expect(map.count == reference.count)
        for (key, value) in reference { #expect(map[key] == value) }
        for absent in ["Dr.", "z.B.", "xyz", "wäää", "", "Verwaltungsgericht", "Verwaltungäää"] {
            guard let key = WordKey(absent) else { continue }
            #expect(map[key] == reference[key])
        }
    }

    @Test func setAndCaseHelpers() {
        let set = WordKeySet(["Dr.", "z.", "Die"].compactMap { WordKey($0) })
        #expect(set.count == 3)
        #expect(set.contains(WordKey("Dr.")!))
        #expect(!set.contains(WordKey("dr.")!))
        #expect(!set.contains(WordKey("Dr")!))
        #expect(set.contains(WordKey("DIE")!.lowercased(onlyFirst: true)) == false)
        #expect(WordKey("DIE")!.lowercased(onlyFirst: false) == WordKey("die"))
        #expect(WordKey("ÄRA")!.lowercased(onlyFirst: true) == WordKey("äRA"))
        #expect(WordKey("Ära")!.isCapitalised && !WordKey("ära")!.isCapitalised)
    }
}

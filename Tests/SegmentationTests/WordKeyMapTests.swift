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

    @Test func smallLetterRunsGiveTheKeyOfTheirCodePoints() {
        // Runs within the low word's nine codes, across it and past the key's 21, after a head appended code point
        // by code point (as `LanguageGuesser` reads `Haus`, `Verwaltungsgericht`).
        for head in ["", "H", "Ver", "Zusammenar", "ÄÖÜßäöüAbc.-"] {
            for length in [1, 2, 5, 8, 9, 10, 11, 17, 21, 25] {
                let run = String("abcdefghijklmnopqrstuvwxyzqwertyuiop".prefix(length))
                var key = WordKey()
                for scalar in head.unicodeScalars { key.append(scalar) }
                let scalars = Array((run + " x").unicodeScalars)
                let (end, fits) = scalars.withUnsafeBufferPointer {
                    key.appendSmallLetters(from: 0, limit: $0.count, in: $0)
                }
                #expect(end == length)
                #expect(fits == (WordKey(head + run) != nil))
                if fits { #expect(key == WordKey(head + run)) }
            }
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
        // Long keys that differ in an early letter stay apart.
        #expect(WordKey("Bundesstraßen")! != WordKey("Cundesstraßen")!)
    }

    /// A key's first letter lowered is the key of the lowered word: in place for up to nine codes, packed again for
    /// longer keys (whose codes past the ninth lost bits on the way to `high` until the mask of `low` was mended).
    /// (Nineteen codes fill `high`; the first of a key of 20 or 21 codes is not kept whole.)
    @Test func firstLetterLowered() {
        let word = "ÜBERSCHWEMMUNGSGEBIE"
        for length in 1...19 {
            let upper = String(word.prefix(length))
            let lowered = upper.prefix(1).lowercased() + upper.dropFirst()
            #expect(WordKey(upper)!.lowercased(onlyFirst: true) == WordKey(lowered)!, "\(upper)")
            #expect(WordKey(lowered)!.lowercased(onlyFirst: true) == WordKey(lowered)!, "\(lowered)")
        }
    }
}

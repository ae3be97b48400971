@testable import RelationLinking
import Testing

/// The byte-level affix tests against `String`'s: ASCII, Latin-1, combining marks after the affix or in the text, a
/// carriage return before a line feed, and texts shorter than the affix; and the view's affix tests outside the text.
struct QuickAffixTests {
    static let texts = [
        "", "s", "said-verb", "said-verb-after-clause", "belief-verb", "landesrätin", "landesra\u{308}tin",
        "landesrat\u{301}", "said-verb\u{301}x", "said\r\nverb", "xsaid-verb", "Landeshauptfrau",
    ]
    static let affixes = ["", "s", "said-verb", "belief-verb", "landesrät", "landesrat", "said\r", "b", "rin", "t"]
    static let literals: [StaticString] = [
        "", "s", "said-verb", "belief-verb", "landesrät", "landesrat", "said\r", "sai",
    ]

    @Test func prefixesAndSuffixesAreStringsOwn() {
        for text in Self.texts {
            for affix in Self.affixes {
                #expect(text.quickHasSuffix(affix) == text.hasSuffix(affix), "\(text.debugDescription) \(affix)")
            }
            for literal in Self.literals {
                #expect(text.quickHasPrefix(literal) == text.hasPrefix(literal.description),
                        "\(text.debugDescription) \(literal)")
            }
        }
    }

    @Test func noAffixOutsideTheText() throws {
        let view = try ArticleViewTests.view("Die Sprecherin sagte es.")
        for token in [-2, -1, view.tokenCount, view.tokenCount + 1] {
            #expect(!view.lower(token, hasSuffix: "s") && !view.lower(token, hasPrefix: "d"))
            #expect(!view.lower(token, is: "es"))
        }
        #expect(view.lower(0, is: "die") && view.lower(1, hasSuffix: "in") && view.lower(2, hasPrefix: "sag"))
    }
}

import NewsGraphCore
import Testing

@testable import Segmentation

/// The boundary rules' shortcuts around strings must answer what the string operations they replace answer.
@Suite struct BoundaryRulesHelperTests {
    /// `hasLatin1Ending` against `lowercased()`, `count` and `hasSuffix` on strings, for words in every case.
    @Test func latin1EndingsMatchTheStringOperations() {
        let endings = ["tag", "runde", "ätag", "ßen", "liga"]
        let words = [
            "Verhandlungstag", "VERHANDLUNGSTAG", "Tag", "tag", "ÄRZTETAG", "Ärztetag", "Spieltag", "Runde",
            "Finalrunde", "FINALRUNDE", "Bundesliga", "BUNDESLIGA", "Straßen", "STRAßEN", "Liga", "Ätag", "XÄTAG",
            "Þorsteinntag", "Tagx", "ÀÉÎÕÜtag", "°tag", "a",
        ]
        let scalarEndings = endings.map { Array($0.unicodeScalars) }
        for word in words {
            let lowered = word.lowercased()
            let expected = endings.contains { lowered.count > $0.count && lowered.hasSuffix($0) }
            let scalars = Array(word.unicodeScalars)
            #expect(BoundaryRules.hasLatin1Ending(scalars[...], among: scalarEndings) == expected, "\(word)")
        }
    }

    /// The tokenizer's quick test of a mark leaves out no mark the walk over the marks looks at, and leaves out the
    /// commonest that it does not.
    @Test func quickTellingMarksHoldEveryTellingMark() {
        for value in UInt32(0)..<0x3100 {
            if BoundaryRules.isTellingMark(value) {
                #expect(BoundaryRules.mayBeTellingMark(value), "U+\(String(value, radix: 16))")
            }
        }
        for mark in ",-:;\"'" {
            #expect(!BoundaryRules.mayBeTellingMark(mark.unicodeScalars.first!.value), "\(mark)")
        }
        for mark in ".!?()/•" {
            #expect(BoundaryRules.isTellingMark(mark.unicodeScalars.first!.value), "\(mark)")
        }
    }
}

import Testing

@testable import Segmentation

/// The comparison shortcuts for Unicode properties must answer exactly as the property tables do.
@Suite struct QuickPropertiesTests {
    @Test func sameAsThePropertyTablesForEveryCodePoint() {
        var mismatches: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let properties = scalar.properties
            if scalar.isUppercaseQuick != properties.isUppercase { mismatches.append("upper \(value)") }
            if scalar.isLowercaseQuick != properties.isLowercase { mismatches.append("lower \(value)") }
            if scalar.isAlphabeticQuick != properties.isAlphabetic { mismatches.append("alphabetic \(value)") }
            if scalar.isWhitespaceQuick != properties.isWhitespace { mismatches.append("space \(value)") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }
}

/// Tells German from English text by counting frequent function words; German when unsure.
struct LanguageGuesser: Sendable {
    private static let german: Set<String> = [
        "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "sich", "auf", "für", "dem", "den",
        "von", "zu", "im", "auch", "wird", "werden", "sind", "hat", "dass", "nach", "bei", "einer", "aus", "wie",
    ]
    private static let english: Set<String> = [
        "the", "and", "is", "of", "to", "in", "that", "it", "was", "for", "with", "he", "she", "on", "are", "by",
        "this", "be", "at", "from", "have", "has", "not", "they", "but", "his", "her", "which", "were", "an",
    ]

    /// `en` or `de`, judged on the first few thousand code points.
    func language(of scalars: [Unicode.Scalar]) -> String {
        var german = 0
        var english = 0
        var word = ""
        func count() {
            guard !word.isEmpty else { return }
            let lower = word.lowercased()
            if Self.german.contains(lower) { german += 1 }
            if Self.english.contains(lower) { english += 1 }
            word = ""
        }
        for scalar in scalars.prefix(4000) {
            if scalar.properties.isAlphabetic { word.unicodeScalars.append(scalar) } else { count() }
        }
        count()
        return english > german * 2 && english >= 2 ? "en" : "de"
    }
}

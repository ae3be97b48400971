/// The town names a capitalised place adjective may come from (`Grazer` → `Graz`, `Bremer` → `Bremen`,
/// `Münchner` → `München`): the entity stage reads them to find a seat, the relation stage to find the place.
public enum TownAdjective {
    /// The candidate names, in the order to try them; empty where the word is no `-er` adjective of at least
    /// three letters' stem.
    public static func names<C: Collection>(of word: C) -> [[Unicode.Scalar]] where C.Element == Unicode.Scalar {
        let scalars = Array(word)
        guard scalars.count >= 5, scalars.suffix(2) == ["e", "r"] else { return [] }
        let stem = Array(scalars.dropLast(2))
        var names = [stem, stem + ["e", "n"]]
        if stem.last == "n" { names.append(stem.dropLast() + ["e", "n"]) }
        // `Basler` → `Basel`: the `e` of a name in `-el` falls out before the ending.
        if stem.last == "l", stem.count >= 3, !Self.isVowel(stem[stem.count - 2]) {
            names.append(stem.dropLast() + ["e", "l"])
        }
        // `Zürcher` → `Zürich`: so does the `i` of a name in `-ich`.
        if stem.count >= 4, stem.suffix(2) == ["c", "h"], !Self.isVowel(stem[stem.count - 3]) {
            names.append(stem.dropLast(2) + ["i", "c", "h"])
        }
        return names
    }

    private static func isVowel(_ scalar: Unicode.Scalar) -> Bool {
        "aeiouäöüy".unicodeScalars.contains(scalar)
    }
}

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
        return names
    }
}

extension String {
    /// `first + second + third`, in a string made once with room for all three. Provenances are rule names longer
    /// than fifteen bytes, so not held inline: `+` and interpolation grew the new string for each part, some 600
    /// instructions a provenance of a modifier or an event.
    static func joining(_ first: String, _ second: String, _ third: String = "") -> String {
        var joined = first
        joined.reserveCapacity(first.utf8.count + second.utf8.count + third.utf8.count)
        joined.append(second)
        joined.append(third)
        return joined
    }
}

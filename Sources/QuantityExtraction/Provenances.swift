extension String {
    /// `first + second + third`, in a string made once with room for all three. Provenances are rule names longer
    /// than fifteen bytes, so not held inline: `+` and interpolation grew the new string for each part, some 600
    /// instructions a provenance of a modifier or an event; reserving room and appending the parts still cost
    /// about 1,000, as each step checked the string's storage: the three parts' bytes are copied in place.
    static func joining(_ first: String, _ second: String, _ third: String = "") -> String {
        var first = first
        var second = second
        var third = third
        let count = first.utf8.count + second.utf8.count + third.utf8.count
        return first.withUTF8 { head in
            second.withUTF8 { middle in
                third.withUTF8 { tail in
                    String(unsafeUninitializedCapacity: count) { buffer in
                        var end = 0
                        func copy(_ part: UnsafeBufferPointer<UInt8>) {
                            guard let base = part.baseAddress, let target = buffer.baseAddress else { return }
                            (target + end).initialize(from: base, count: part.count)
                            end += part.count
                        }
                        copy(head)
                        copy(middle)
                        copy(tail)
                        return end
                    }
                }
            }
        }
    }
}

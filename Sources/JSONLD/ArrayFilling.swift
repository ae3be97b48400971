extension Array {
    /// `count` copies of `element`, as `init(repeating:count:)` makes them, but allocated through `reserveCapacity`,
    /// which this module specialises for the element type: the library's initialiser allocates through its
    /// unspecialised code, which looks the storage's type up at run time (some 450 instructions more an array, a
    /// few arrays an article).
    @inline(__always)
    static func filled(with element: Element, count: Int) -> [Element] {
        var array: [Element] = []
        array.reserveCapacity(count)
        array.append(contentsOf: repeatElement(element, count: count))
        return array
    }
}

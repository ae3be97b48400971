/// Arrays a thread keeps emptied from one article to the next (`LentBuffer`'s counterpart for Swift arrays): taken
/// out whole, so the room they grew to is used again, and put back emptied unless another user (a second view alive
/// on the same thread) has put its own back first.
public enum KeptArray {
    /// The array kept in `kept` (leaving it empty, with no room), with room for `minimum` elements at least.
    @inlinable
    public static func take<Element>(_ kept: inout [Element], reserving minimum: Int = 0) -> [Element] {
        var array: [Element] = []
        swap(&array, &kept)
        if array.capacity < minimum { array.reserveCapacity(minimum) }
        return array
    }

    /// The array kept in `kept`, emptied with its room: for one given back with its elements (`handBack`).
    @inlinable
    public static func takeEmptied<Element>(_ kept: inout [Element]) -> [Element] {
        var array = take(&kept)
        array.emptyKeepingCapacity()
        return array
    }

    /// Gives `array` back to `kept` with its elements, for the thread's next article to empty (`takeEmptied`):
    /// emptied here, while another copy of it (a stage's result, a rule object's field) lives on, it would be
    /// given new storage.
    @inlinable
    public static func handBack<Element>(_ array: inout [Element], into kept: inout [Element]) {
        swap(&array, &kept)
    }

    /// Puts `array` back into `kept`, emptied with its room, where `kept` is still empty.
    @inlinable
    public static func putBack<Element>(_ array: inout [Element], into kept: inout [Element]) {
        guard kept.capacity == 0 else { return }
        array.removeAll(keepingCapacity: true)
        swap(&array, &kept)
    }
}

import Testing

@testable import Segmentation

/// `Array(fillingCapacity:_:)` keeps what the fill wrote, however little or much of the room it takes, and leaves
/// the array an ordinary one: appended to, copied and changed like any other.
@Suite struct ArrayFillingTests {
    @Test(arguments: [0, 1, 7, 100])
    func keepsWhatTheFillWrote(capacity: Int) {
        for written in Set([0, capacity / 2, capacity]) {
            var array = [Int](fillingCapacity: capacity) { storage in
                #expect(storage.count >= capacity)
                for index in 0..<written { storage.initializeElement(at: index, to: index * 3) }
                return written
            }
            #expect(array == (0..<written).map { $0 * 3 })
            let copy = array
            array.append(-1)
            #expect(array == (0..<written).map { $0 * 3 } + [-1])
            #expect(copy.count == written)
        }
    }

    @Test func holdsReferences() {
        final class Box { let value: Int; init(_ value: Int) { self.value = value } }
        let boxes = [Box](fillingCapacity: 3) { storage in
            for index in 0..<3 { storage.initializeElement(at: index, to: Box(index)) }
            return 3
        }
        #expect(boxes.map(\.value) == [0, 1, 2])
    }
}

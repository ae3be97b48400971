/// How far the escaped copy of an article's text runs ahead of the text after one escape: anchors copy slices of
/// the escaped text, and a code point lies where it did in the text plus the bytes the escapes before it added.
struct EscapeShift {
    /// The code point after the escaped one: the shift holds from here on.
    let from: Int32
    /// Bytes added by this escape and all before it.
    let total: Int32

    /// The escapes of `copy`, the JSON-escaped form of the text whose code points start at `offsets` (plus the
    /// end). Only escapes start with a backslash in the copy (`\u` six bytes, others two); the rest is the text's
    /// bytes as they were, so the walk jumps from backslash to backslash and finds each one's code point by a
    /// binary search of `offsets`.
    static func shifts(in copy: UnsafeBufferPointer<UInt8>, offsets: UnsafeBufferPointer<Int32>) -> [EscapeShift] {
        var shifts: [EscapeShift] = []
        var total = 0
        var position = 0
        while let found = nextBackslash(in: copy, from: position) {
            // The escaped code point starts at `found - total` in the text.
            let byte = found - total
            var low = 0
            var high = offsets.count - 1
            while low < high {
                let mid = (low + high) / 2
                if Int(offsets[mid]) < byte { low = mid + 1 } else { high = mid }
            }
            precondition(Int(offsets[low]) == byte, "escaped text map out of step")
            let width = copy[found + 1] == UInt8(ascii: "u") ? 6 : 2
            total += width - Int(offsets[low + 1] - offsets[low])
            shifts.append(EscapeShift(from: Int32(truncatingIfNeeded: low + 1), total: Int32(truncatingIfNeeded: total)))
            position = found + width
        }
        precondition(copy.count == Int(offsets[offsets.count - 1]) + total, "escaped text map out of step")
        return shifts
    }

    /// The first backslash at or after `start`, eight bytes at a time (the text runs to thousands of bytes and has
    /// a handful of escapes).
    private static func nextBackslash(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            let ones: UInt64 = 0x0101_0101_0101_0101
            // The top bit of a backslash's byte in the word at `offset` is set (and maybe of some above).
            func backslashes(_ offset: Int) -> UInt64 {
                let word = base.loadUnaligned(fromByteOffset: offset, as: UInt64.self) ^ (ones &* 0x5C)
                return (word &- ones) & ~word & (ones &* 0x80)
            }
            // Thirty-two bytes a turn: one test and one branch for four words.
            while index + 32 <= bytes.count
                && backslashes(index) | backslashes(index + 8) | backslashes(index + 16) | backslashes(index + 24) == 0
            {
                index += 32
            }
            while index + 8 <= bytes.count && backslashes(index) == 0 { index += 8 }
        }
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\\") { return index }
            index += 1
        }
        return nil
    }

    /// The bytes the escapes of code points before `codePoint` added.
    @inline(__always)
    static func shift(before codePoint: Int, in shifts: [EscapeShift]) -> Int {
        guard !shifts.isEmpty else { return 0 }
        // The last escape whose shift holds at `codePoint`.
        var low = 0
        var high = shifts.count
        while low < high {
            let mid = (low + high) / 2
            if Int(shifts[mid].from) <= codePoint { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? 0 : Int(shifts[low - 1].total)
    }
}

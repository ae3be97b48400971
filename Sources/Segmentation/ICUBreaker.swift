import CICU
import NewsGraphCore

/// One segment found by an ICU break iterator, in code points, with ICU's rule status for it.
struct BreakSegment {
    let span: TextSpan
    let ruleStatus: Int32
}

/// A document's text as UTF-16 units for ICU, converted once and shared by the sentence and word breakers.
struct UTF16Text {
    let units: [UInt16]
    /// Whether every code point is one unit (no surrogate pairs): then unit offsets are code-point offsets.
    let isBasicPlane: Bool

    init(_ document: Document) {
        // Copy every code point truncated to one unit, OR-ing together what the truncation drops: one
        // unbranched loop the compiler vectorises. Only a text with code points beyond the basic plane (rare)
        // is copied again, with surrogate pairs.
        let (units, wide) = document.scalars.withUnsafeBufferPointer { scalars in
            scalars.withMemoryRebound(to: UInt32.self) { values in
                var high: UInt32 = 0
                var units = [UInt16](unsafeUninitializedCapacity: values.count) { units, initialized in
                    for index in 0..<values.count {
                        let value = values[index]
                        units[index] = UInt16(truncatingIfNeeded: value)
                        high |= value
                    }
                    initialized = values.count
                }
                guard high >= 0x10000 else { return (units, false) }
                var wide = 0
                for value in values where value >= 0x10000 { wide += 1 }
                units = [UInt16](unsafeUninitializedCapacity: values.count + wide) { units, initialized in
                    var out = 0
                    for value in values {
                        if value < 0x10000 {
                            units[out] = UInt16(truncatingIfNeeded: value)
                            out += 1
                        } else {
                            let offset = value - 0x10000
                            units[out] = UInt16(truncatingIfNeeded: 0xD800 + (offset >> 10))
                            units[out + 1] = UInt16(truncatingIfNeeded: 0xDC00 + (offset & 0x3FF))
                            out += 2
                        }
                    }
                    initialized = out
                }
                return (units, true)
            }
        }
        self.units = units
        self.isBasicPlane = !wide
    }
}

/// ICU sentence or word boundaries for one text, converted from UTF-16 units to code points.
///
/// Each call takes an iterator of its own (the C target recycles them per thread, since opening and closing
/// one costs as much as breaking an article), so the type is safe to use from many threads at once.
struct ICUBreaker: Sendable {
    enum Kind: Int32, Sendable {
        case sentence = 0
        case word = 1
    }

    let kind: Kind
    let locale: String

    init(kind: Kind, locale: String) {
        self.kind = kind
        self.locale = locale
    }

    /// Segments covering the whole text, in order.
    func segments(of document: Document) throws -> [BreakSegment] {
        try segments(of: UTF16Text(document), name: document.name)
    }

    /// Segments covering the whole text, in order, from text already converted to UTF-16.
    func segments(of text: UTF16Text, name: String) throws -> [BreakSegment] {
        var out: [BreakSegment] = []
        out.reserveCapacity(kind == .word ? text.units.count / 3 : text.units.count / 60)
        try forEachSegment(of: text, name: name) { span, status in
            out.append(BreakSegment(span: span, ruleStatus: status))
        }
        return out
    }

    /// Calls `body` with each segment's span (code points) and rule status (word breaks only), in order.
    func forEachSegment(
        of text: UTF16Text, name: String, _ body: (TextSpan, Int32) throws -> Void
    ) throws {
        var error: Int32 = 0
        guard let breaker = cicu_breaker_open(kind.rawValue, locale, &error) else {
            throw NewsGraphError(.badPipeline, path: name, message: "ICU break iterator failed (\(error))")
        }
        defer { cicu_breaker_close(breaker) }
        try text.units.withUnsafeBufferPointer { buffer in
            let status = cicu_breaker_set_text(breaker, buffer.baseAddress, Int32(buffer.count))
            guard status <= 0 else {
                throw NewsGraphError(.badPipeline, path: name, message: "ICU setText failed (\(status))")
            }
            var previousUnit = 0
            var previousScalar = 0
            while true {
                let boundary = Int(cicu_breaker_next(breaker))
                if boundary < 0 { break }
                var scalar = boundary
                if !text.isBasicPlane {
                    // Surrogate pairs take two units but one code point.
                    scalar = previousScalar
                    var unit = previousUnit
                    while unit < boundary {
                        unit += UTF16.isLeadSurrogate(buffer[unit]) ? 2 : 1
                        scalar += 1
                    }
                }
                let status = kind == .word ? cicu_breaker_rule_status(breaker) : 0
                try body(TextSpan(previousScalar, scalar), status)
                previousUnit = boundary
                previousScalar = scalar
            }
        }
    }
}

extension ICUBreaker {
    /// ICU's sentence boundaries after the text's start, in code points and in order, the last the text's end:
    /// the iterator is given only the stretches of text around `candidates` that `SentenceCandidates` marks (each
    /// in UTF-16 of its own), not the whole text, and every boundary is its.
    func sentenceEnds(of scalars: [Unicode.Scalar], candidates: [Int], name: String) throws -> [Int] {
        var ends: [Int] = []
        try sentenceEnds(of: scalars, candidates: candidates, name: name, into: &ends, buffers: Buffers())
        return ends
    }

    /// The boundary and UTF-16 buffers of `sentenceEnds`, which grow to the longest stretch given to ICU (two units
    /// a code point at most), freed with the object: a splitter keeps them from one article to the next.
    final class Buffers {
        // (Unchecked, as `SplitScratch`'s arrays: one thread uses them.)
        @exclusivity(unchecked) var found = UnsafeMutableBufferPointer<Int32>.allocate(capacity: 16)
        @exclusivity(unchecked) var units = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: 32)

        deinit {
            found.deallocate()
            units.deallocate()
        }
    }

    /// `sentenceEnds(of:candidates:name:)` into `ends` (emptied first, its room kept), with `buffers` for the
    /// stretches ICU is given.
    func sentenceEnds(
        of scalars: [Unicode.Scalar], candidates: [Int], name: String, into ends: inout [Int], buffers: Buffers
    ) throws {
        // The iterator is opened at the first stretch the rules here leave to ICU, if any: nearly every text has
        // none, and taking one from the free list and putting it back cost about 280 instructions an article.
        var opened: OpaquePointer?
        defer { if let opened { cicu_breaker_close(opened) } }
        func breaker() throws -> OpaquePointer {
            if let opened { return opened }
            var error: Int32 = 0
            // The locale through `withCString`, which copies a short string to the stack: passed as a string, it
            // was copied into an array allocated and freed at every article.
            guard let breaker = locale.withCString({ cicu_breaker_open(kind.rawValue, $0, &error) }) else {
                throw NewsGraphError(.badPipeline, path: name, message: "ICU break iterator failed (\(error))")
            }
            opened = breaker
            return breaker
        }
        let count = scalars.count
        ends.emptyKeepingCapacity()
        ends.reserveCapacity(count / 64 + 1)
        // Buffers, not arrays: an array a document was allocated through the runtime's generic metadata look-up,
        // hundreds of instructions each, and appending a stretch's units to one checked its uniqueness with a call
        // at every unit. Locals while the stretches are walked, given back to `buffers` as they grew.
        var found = buffers.found
        var units = buffers.units
        defer {
            buffers.found = found
            buffers.units = units
        }
        try scalars.withUnsafeBufferPointer { scalars in
            try candidates.withUnsafeBufferPointer { candidates in
                try SentenceCandidates.forEachStretch(of: scalars, candidates: candidates) { stretch, classes in
                    // Most stretches have a shape whose boundaries are known without ICU.
                    if let known = PlainStretch.boundaries(of: stretch, in: scalars, classes: classes, into: found) {
                        Self.appendEnds(
                            UnsafeBufferPointer(rebasing: found[..<Int(known)]), of: stretch, in: scalars,
                            unitsAreCodePoints: true, to: &ends)
                        return
                    }
                    // Room for a boundary a UTF-16 unit (ICU's), two a code point at most.
                    if found.count < 2 * stretch.count {
                        found.deallocate()
                        found = UnsafeMutableBufferPointer<Int32>.allocate(capacity: 2 * stretch.count)
                    }
                    // Nearly all the others are worked out by ICU's rules, without ICU.
                    if let known = SentenceBreakRules.boundaries(
                        of: stretch, in: scalars, classes: classes, into: found)
                    {
                        Self.appendEnds(
                            UnsafeBufferPointer(rebasing: found[..<Int(known)]), of: stretch, in: scalars,
                            unitsAreCodePoints: true, to: &ends)
                        return
                    }
                    if units.count < 2 * stretch.count {
                        units.deallocate()
                        units = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: 2 * stretch.count)
                    }
                    var unitCount = 0
                    for index in stretch {
                        let value = scalars[index].value
                        if value < 0x10000 {
                            units[unitCount] = UInt16(truncatingIfNeeded: value)
                            unitCount += 1
                        } else {
                            units[unitCount] = UInt16(truncatingIfNeeded: 0xD7C0 + (value >> 10))
                            units[unitCount + 1] = UInt16(truncatingIfNeeded: 0xDC00 + (value & 0x3FF))
                            unitCount += 2
                        }
                    }
                    let boundaries = cicu_breaker_boundaries(
                        try breaker(), units.baseAddress, Int32(unitCount), found.baseAddress, Int32(found.count))
                    guard boundaries >= 0 else {
                        throw NewsGraphError(.badPipeline, path: name, message: "ICU setText failed (\(-boundaries))")
                    }
                    Self.appendEnds(
                        UnsafeBufferPointer(rebasing: found[..<Int(boundaries)]), of: stretch, in: scalars,
                        unitsAreCodePoints: unitCount == stretch.count, to: &ends)
                }
            }
        }
        if count > 0 && ends.last != count { ends.append(count) }
    }

    /// Appends the boundaries found in `stretch` (in UTF-16 units from its start). A function of its own, not a
    /// nested one: capturing `ends`, that put it in a box, retained and access-checked at every stretch.
    /// `unitsAreCodePoints`: the stretch has no code point beyond the basic plane.
    private static func appendEnds(
        _ boundaries: UnsafeBufferPointer<Int32>, of stretch: Range<Int>,
        in scalars: UnsafeBufferPointer<Unicode.Scalar>, unitsAreCodePoints: Bool, to ends: inout [Int]
    ) {
        let count = scalars.count
        var index = stretch.lowerBound
        var unit = 0
        for boundary in boundaries {
            if unitsAreCodePoints {
                // A unit a code point, nearly every stretch: the boundary is its offset, with no walk to it.
                index = stretch.lowerBound + Int(boundary)
            } else {
                // Units back to code points, walking the stretch (ICU breaks only between code points).
                while unit < Int(boundary) {
                    unit += scalars[index].value >= 0x10000 ? 2 : 1
                    index += 1
                }
            }
            // The stretch's end is where ICU's text ended, no boundary unless the text's end.
            if index == stretch.upperBound && index != count { break }
            if let last = ends.last, last >= index { continue }
            ends.append(index)
        }
    }
}

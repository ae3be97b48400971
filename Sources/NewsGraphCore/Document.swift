/// One article and every annotation layer the stages have added to it, all anchored by code-point spans.
public struct Document: Sendable {
    /// A name for the article, unique in its batch (file stem or JSON Lines id).
    public let name: String
    public let text: String
    /// The text as code points: spans index into this array.
    public let scalars: [Unicode.Scalar]
    /// BCP 47 language tag (`de`, `en`), from the input or guessed by segmentation.
    public var language: String?
    /// Publication date (`YYYY-MM-DD`) when the input gives one; relative dates resolve against it.
    public var publicationDate: String?

    public var tokens: [Token] = []
    /// Each token's keys and letter case, in step with `tokens` (segmentation sets both); `forms` works them out
    /// for tokens set without them.
    public var tokenForms: [TokenForm] = []
    public var sentences: [Sentence] = []
    public var mentions: [EntityMention] = []
    /// Entities by key.
    public var entities: EntityTable = [:]
    public var quantities: [Quantity] = []
    public var dates: [TemporalExpression] = []
    public var relations: [Relation] = []
    /// Layers some stage has produced, empty ones included.
    public var completedLayers = LayerSet()

    /// The text as UTF-8, and where each code point starts in it (one extra entry for the end), so that
    /// `text(of:)` copies bytes instead of appending scalars one by one: it runs for every annotation written.
    private let utf8: [UInt8]
    private let utf8Offsets: [Int32]

    public init(name: String, text: String, language: String? = nil, publicationDate: String? = nil) {
        self.name = name
        self.text = text
        let utf8 = Array(text.utf8)
        (self.scalars, self.utf8Offsets) = Self.decode(utf8)
        self.utf8 = utf8
        self.language = language
        self.publicationDate = publicationDate
    }

    /// Code points and where each starts in the UTF-8 (plus the end), in one pass over bytes that a `String`
    /// guarantees to be valid UTF-8: several times faster than going through `unicodeScalars`. Both arrays get
    /// room for one entry per byte, since German news is nearly all ASCII; runs of eight ASCII bytes, most of
    /// a text, are widened without a branch per byte.
    private static func decode(_ utf8: [UInt8]) -> ([Unicode.Scalar], [Int32]) {
        if utf8.isEmpty { return ([], [0]) }
        var count = 0
        var offsets: [Int32] = []
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: utf8.count) { scalars, initialized in
            offsets = [Int32](unsafeUninitializedCapacity: utf8.count + 1) { offsets, offsetCount in
                // Every value is a code point of valid UTF-8: written as plain integers, without checking each.
                scalars.baseAddress!.withMemoryRebound(to: UInt32.self, capacity: utf8.count) { values in
                    utf8.withUnsafeBufferPointer { bytes in
                        count = decode(bytes, into: values, offsets: offsets.baseAddress!)
                    }
                }
                offsetCount = count + 1
            }
            initialized = count
        }
        return (scalars, offsets)
    }

    /// Decodes `bytes` into `scalars` and `offsets` (one more entry, the end) and returns the code-point count.
    @inline(__always)
    private static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, into scalars: UnsafeMutablePointer<UInt32>,
        offsets: UnsafeMutablePointer<Int32>
    ) -> Int {
        let end = bytes.count
        let base = bytes.baseAddress!
        let raw = UnsafeRawPointer(base)
        var index = 0
        var count = 0
        while index < end {
            if index + 8 <= end && raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                for lane in 0..<8 {
                    scalars[count + lane] = UInt32(base[index + lane])
                    offsets[count + lane] = Int32(truncatingIfNeeded: index + lane)
                }
                index += 8
                count += 8
                continue
            }
            let lead = UInt32(base[index])
            var value = lead
            var width = 1
            if lead >= 0xF0 {
                value = (lead & 0x07) << 18 | (UInt32(base[index + 1]) & 0x3F) << 12
                    | (UInt32(base[index + 2]) & 0x3F) << 6 | (UInt32(base[index + 3]) & 0x3F)
                width = 4
            } else if lead >= 0xE0 {
                value = (lead & 0x0F) << 12 | (UInt32(base[index + 1]) & 0x3F) << 6 | (UInt32(base[index + 2]) & 0x3F)
                width = 3
            } else if lead >= 0xC0 {
                value = (lead & 0x1F) << 6 | (UInt32(base[index + 1]) & 0x3F)
                width = 2
            }
            scalars[count] = value
            offsets[count] = Int32(truncatingIfNeeded: index)
            count += 1
            index += width
        }
        offsets[count] = Int32(truncatingIfNeeded: end)
        return count
    }

    /// The text a span covers.
    public func text(of span: TextSpan) -> String {
        String(decoding: utf8[Int(utf8Offsets[span.begin])..<Int(utf8Offsets[span.end])], as: UTF8.self)
    }

    /// The text's UTF-8 and code-point offsets, for making strings of spans without the document (`SpanTexts`).
    public var spanTexts: SpanTexts { SpanTexts(utf8: utf8, offsets: utf8Offsets) }

    /// The UTF-8 bytes a span covers, lent without copying: writers append them straight to their output.
    public func withUTF8<R>(of span: TextSpan, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let range = Int(utf8Offsets[span.begin])..<Int(utf8Offsets[span.end])
        return try utf8.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// The text's UTF-8 bytes and where each code point starts in them (plus one entry for the end), lent
    /// together: a writer that slices many spans borrows them once instead of going through the document per span.
    public func withUTF8AndOffsets<R>(
        _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<Int32>) throws -> R
    ) rethrows -> R {
        try utf8.withUnsafeBufferPointer { bytes in try utf8Offsets.withUnsafeBufferPointer { try body(bytes, $0) } }
    }

    /// `tokenForms`, or the forms worked out now where they are not in step with `tokens`.
    public var forms: [TokenForm] {
        tokenForms.count == tokens.count ? tokenForms : TokenForm.forms(of: tokens, scalars: scalars)
    }

    /// Index of the sentence that contains `offset`, by binary search.
    public func sentenceIndex(containing offset: CodePointOffset) -> Int? {
        var low = 0
        var high = sentences.count
        while low < high {
            let mid = (low + high) / 2
            if sentences[mid].span.end <= offset { low = mid + 1 } else { high = mid }
        }
        return low < sentences.count && sentences[low].span.begin <= offset ? low : nil
    }

    /// Index of the first token that ends after `offset`. `start`: a token no later than the answer (every token
    /// before it ends at or before `offset`), as where the last of several offsets in order was found: the search
    /// gallops from there, in steps that double, then halves between the last two steps.
    public func firstToken(endingAfter offset: CodePointOffset, from start: Int = 0) -> Int {
        var low = start
        var high = start
        var step = 1
        while high < tokens.count && tokens[high].span.end <= offset {
            low = high + 1
            high = low + step
            step &*= 2
        }
        high = min(high, tokens.count)
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].span.end <= offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}

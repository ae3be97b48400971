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
    public var sentences: [Sentence] = []
    public var mentions: [EntityMention] = []
    /// Entities by key.
    public var entities: [String: Entity] = [:]
    public var quantities: [Quantity] = []
    public var dates: [TemporalExpression] = []
    public var relations: [Relation] = []
    /// Layers some stage has produced, empty ones included.
    public var completedLayers: Set<Layer> = []

    /// The text as UTF-8, and where each code point starts in it (one extra entry for the end), so that
    /// `text(of:)` copies bytes instead of appending scalars one by one: it runs for every annotation written.
    private let utf8: [UInt8]
    private let utf8Offsets: [Int32]

    public init(name: String, text: String, language: String? = nil, publicationDate: String? = nil) {
        self.name = name
        self.text = text
        self.scalars = Array(text.unicodeScalars)
        self.utf8 = Array(text.utf8)
        var offsets: [Int32] = []
        offsets.reserveCapacity(scalars.count + 1)
        var offset: Int32 = 0
        for scalar in scalars {
            offsets.append(offset)
            offset += Int32(UTF8.width(scalar))
        }
        offsets.append(offset)
        self.utf8Offsets = offsets
        self.language = language
        self.publicationDate = publicationDate
    }

    /// The text a span covers.
    public func text(of span: TextSpan) -> String {
        String(decoding: utf8[Int(utf8Offsets[span.begin])..<Int(utf8Offsets[span.end])], as: UTF8.self)
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

    /// Index of the first token that ends after `offset`.
    public func firstToken(endingAfter offset: CodePointOffset) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].span.end <= offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}

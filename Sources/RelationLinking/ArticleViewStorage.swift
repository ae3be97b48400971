extension ArticleView {
    /// Where each table of an `ArticleView` lies in its one allocation: the eight-byte values first (token bits,
    /// sentence bits, sentence rule words, the mentions' `MentionRef`s), then the four-byte ones (the sentence column
    /// and role caches, the country cache, the lower-cased bytes' bounds, the vocabulary ids, the tokens left
    /// to look up, each sentence's first mention, the quantities' and dates' tokens, the token starting at each code
    /// point), then the bytes (token flags, the lower-cased text), so that every table is aligned without padding.
    ///
    /// The view fills every table before it reads it (but `tokenStarts`, whose reads check what they find); the
    /// memory is bound to each table's type here. Every type is
    /// trivial (a `MentionRef` holds no counted reference), so the memory is freed without deinitialising it.
    struct Storage {
        let tokens: Int
        let sentences: Int
        let mentions: Int
        /// Quantities and dates.
        let spans: Int
        /// Code points of the text.
        let scalars: Int
        /// Bytes of the lower-cased text: the text's copy and 16 bytes for the eight-byte loads past its end, then the
        /// tokens folded one by one, each in no more than four bytes a code point (`İ`, two bytes, gives three), and
        /// 16 more.
        let lowerByteCount: Int
        /// `columnCount` columns of a value a token (`ArticleView.init` says which), then the country cache.
        static let columnCount = 3

        private let sentenceBitsOffset: Int
        private let sentenceWordsOffset: Int
        private let mentionRefsOffset: Int
        private let columnsOffset: Int
        private let boundsOffset: Int
        private let idsOffset: Int
        private let pendingOffset: Int
        private let sentenceMentionsOffset: Int
        private let spanTokensOffset: Int
        private let tokenStartsOffset: Int
        private let flagsOffset: Int
        private let lowerBytesOffset: Int
        let byteCount: Int

        init(tokens: Int, sentences: Int, mentions: Int, spans: Int, textBytes: Int, scalars: Int) {
            self.tokens = tokens
            self.sentences = sentences
            self.mentions = mentions
            self.spans = spans
            self.scalars = scalars
            lowerByteCount = textBytes + 32 + scalars * 4
            sentenceBitsOffset = tokens * 8
            sentenceWordsOffset = sentenceBitsOffset + sentences * 8
            mentionRefsOffset = sentenceWordsOffset + sentences * MemoryLayout<RuleWordSet>.stride
            columnsOffset = mentionRefsOffset + mentions * MemoryLayout<MentionRef>.stride
            boundsOffset = columnsOffset + (tokens * Self.columnCount + mentions) * 4
            idsOffset = boundsOffset + tokens * 8
            pendingOffset = idsOffset + tokens * 4
            sentenceMentionsOffset = pendingOffset + tokens * 4
            spanTokensOffset = sentenceMentionsOffset + sentences * 4
            tokenStartsOffset = spanTokensOffset + spans * 8
            flagsOffset = tokenStartsOffset + (scalars + 1) * 4
            lowerBytesOffset = flagsOffset + tokens
            byteCount = lowerBytesOffset + lowerByteCount
        }

        func bits(in raw: UnsafeMutableRawPointer) -> UnsafeMutableBufferPointer<UInt64> {
            UnsafeMutableBufferPointer(start: raw.bindMemory(to: UInt64.self, capacity: tokens), count: tokens)
        }

        func sentenceBits(in raw: UnsafeMutableRawPointer) -> UnsafeMutableBufferPointer<UInt64> {
            UnsafeMutableBufferPointer(
                start: (raw + sentenceBitsOffset).bindMemory(to: UInt64.self, capacity: sentences), count: sentences)
        }

        func sentenceWords(in raw: UnsafeMutableRawPointer) -> UnsafeMutableBufferPointer<RuleWordSet> {
            UnsafeMutableBufferPointer(
                start: (raw + sentenceWordsOffset).bindMemory(to: RuleWordSet.self, capacity: sentences),
                count: sentences)
        }

        /// Room for a `MentionRef` a mention of the document (the view keeps the outermost).
        func mentionRefs(in raw: UnsafeMutableRawPointer) -> UnsafeMutablePointer<MentionRef> {
            (raw + mentionRefsOffset).bindMemory(to: MentionRef.self, capacity: mentions)
        }

        /// The sentence column, role caches and country cache, as one run of `Int32`.
        func columns(in raw: UnsafeMutableRawPointer) -> UnsafeMutablePointer<Int32> {
            (raw + columnsOffset).bindMemory(to: Int32.self, capacity: tokens * Self.columnCount + mentions)
        }

        /// Each token's lower-cased bytes' start and end, side by side (`LowerBound`).
        func bounds(in raw: UnsafeMutableRawPointer) -> UnsafeMutablePointer<Int32> {
            (raw + boundsOffset).bindMemory(to: Int32.self, capacity: tokens * 2)
        }

        func ids(in raw: UnsafeMutableRawPointer) -> UnsafeMutableBufferPointer<Int32> {
            int32s(at: idsOffset, in: raw)
        }

        /// Room for the tokens `ArticleView.lowerCase` looks up after its pass: a temporary buffer of that size went
        /// to the heap in nearly every article.
        func pending(in raw: UnsafeMutableRawPointer) -> UnsafeMutableBufferPointer<Int32> {
            int32s(at: pendingOffset, in: raw)
        }

        /// Per sentence, the index of the first mention that starts at or after its first token
        /// (`ArticleView.mentions(startingIn:)`).
        func sentenceMentions(in raw: UnsafeMutableRawPointer) -> UnsafeMutableBufferPointer<Int32> {
            UnsafeMutableBufferPointer(
                start: (raw + sentenceMentionsOffset).bindMemory(to: Int32.self, capacity: sentences), count: sentences)
        }

        /// Room for the first and end token of each quantity and date, two `Int32` a span (`ArticleView.fill`).
        func spanTokens(in raw: UnsafeMutableRawPointer) -> UnsafeMutablePointer<Int32> {
            (raw + spanTokensOffset).bindMemory(to: Int32.self, capacity: spans * 2)
        }

        /// Room for the token that starts at each code point offset (the text's end too), which `ArticleView.lowerCase`
        /// writes for every token; the other entries hold what an earlier article left, or nothing written.
        func tokenStarts(in raw: UnsafeMutableRawPointer) -> UnsafeMutableBufferPointer<Int32> {
            UnsafeMutableBufferPointer(
                start: (raw + tokenStartsOffset).bindMemory(to: Int32.self, capacity: scalars + 1), count: scalars + 1)
        }

        func flags(in raw: UnsafeMutableRawPointer) -> UnsafeMutableBufferPointer<UInt8> {
            UnsafeMutableBufferPointer(start: (raw + flagsOffset).bindMemory(to: UInt8.self, capacity: tokens),
                                       count: tokens)
        }

        func lowerBytes(in raw: UnsafeMutableRawPointer) -> UnsafeMutableBufferPointer<UInt8> {
            UnsafeMutableBufferPointer(
                start: (raw + lowerBytesOffset).bindMemory(to: UInt8.self, capacity: lowerByteCount),
                count: lowerByteCount)
        }

        private func int32s(at offset: Int, in raw: UnsafeMutableRawPointer) -> UnsafeMutableBufferPointer<Int32> {
            UnsafeMutableBufferPointer(
                start: (raw + offset).bindMemory(to: Int32.self, capacity: tokens), count: tokens)
        }
    }
}

import NewsGraphCore

/// The tokens of one document with their text, made once so that rules compare strings, not scalar ranges.
/// A class: every rule of a sentence shares it without copying the document. It holds the document's arrays it
/// reads, not the document: a copy of that retained and released every one of its fields an article.
final class TokenText {
    /// The document's entity mentions, for `endsMention`.
    private let mentions: [EntityMention]
    /// What is worked out about a token on first use: most tokens are never looked at by any rule. Every field is 0
    /// until then.
    private struct Info {
        /// The token's string and its lower case: their places in `made` plus one, or 0.
        var slot: Int32 = 0
        var lowerSlot: Int32 = 0
        /// `QuantityLexicon.contextRoleBits` of the token as written with `knownContext` set, 0 until asked for: the
        /// event rules ask for the same tokens once per quantity near them.
        var contextBits: Int32 = 0
    }
    /// One buffer, not arrays: reads and writes need no exclusivity checks and dropping it costs nothing per token.
    /// Left uninitialised but for the tokens `touched` marks: zeroing all of it cost a byte's write for each of its
    /// twelve bytes a token, for a few dozen tokens an article that are looked at.
    private let info: UnsafeMutablePointer<Info>
    /// A bit per token: whether its `info` is initialised.
    private let touched: UnsafeMutablePointer<UInt64>
    @exclusivity(unchecked) private var made: [String] = []
    /// Copies of the token and scalar arrays, held directly so that hot reads do not go through `Document`.
    private let tokenArray: [Token]
    private let scalarArray: [Unicode.Scalar]
    /// The tokens' keys and flags (`Document.tokenForms`), for the word filters of the lexicon.
    private let forms: [TokenForm]

    init(document: __shared Document) {
        mentions = document.mentions
        tokenArray = document.tokens
        scalarArray = document.scalars
        forms = document.forms
        // One allocation for `touched`, `info` and the trigger slots, in that order (each is aligned for the next):
        // made apart, each cost some 400 instructions and its release another 100 (`allocate` takes the aligned
        // way), three times an article. The slots' room is taken even for an article with no quantity (one in ten).
        let count = max(1, tokenArray.count)
        let words = (tokenArray.count + 63) / 64 + 1
        let infoOffset = words * MemoryLayout<UInt64>.stride
        let slotOffset = infoOffset + count * MemoryLayout<Info>.stride
        // (The thread's scratch memory: allocated and freed an article, it cost some 550 instructions.)
        scratch = ThreadScratch.current
        let storage = scratch.take(.tokenText, byteCount: slotOffset + count * MemoryLayout<Int32>.stride)
        touched = storage.bindMemory(to: UInt64.self, capacity: words)
        touched.initialize(repeating: 0, count: words)
        info = (storage + infoOffset).bindMemory(to: Info.self, capacity: count)
        triggerSlotStorage = (storage + slotOffset).bindMemory(to: Int32.self, capacity: count)
        // The rules make strings of a few dozen tokens an article: room for them at once, not in doublings; the
        // thread's room where another text does not hold it.
        made = KeptArray.take(&scratch.strings, reserving: 64)
        swap(&lowerScratch, &scratch.scalars)
    }

    deinit {
        scratch.giveBack(.tokenText, UnsafeMutableRawPointer(touched))
        KeptArray.putBack(&made, into: &scratch.strings)
        if scratch.scalars.capacity == 0 { swap(&lowerScratch, &scratch.scalars) }
    }

    /// The memory of the thread that made the text, which holds `touched`, `info` and the trigger slots; the
    /// quantity pass takes its own buffers from it too.
    let scratch: ThreadScratch

    /// The token's `info`, initialised to zeros on first use.
    @inline(__always)
    private func infoOf(_ index: Int) -> UnsafeMutablePointer<Info> {
        let word = index &>> 6
        let bit = UInt64(1) &<< UInt64(truncatingIfNeeded: index & 63)
        if touched[word] & bit == 0 {
            touched[word] |= bit
            (info + index).initialize(to: Info())
        }
        return info + index
    }

    /// Per token, what `EventTriggerMatcher` found there, for every sentence of the article (their tokens do not
    /// overlap). One buffer for the article: an array a sentence was allocated through the runtime's generic
    /// metadata look-up, hundreds of instructions each. Uninitialised: the matcher sets a sentence's slots to 0 (not
    /// looked at yet) as it starts the sentence, and reads no other.
    func triggerSlots() -> UnsafeMutablePointer<Int32> {
        triggerSlotStorage
    }
    private let triggerSlotStorage: UnsafeMutablePointer<Int32>

    /// The token's key as written, for `WordFilter.mayContain` (FNV-1a, never 0: `WordFilter.key(of:)`).
    @inline(__always)
    func key(_ index: Int) -> UInt64 {
        WordFilter.finishedKey(forms[index].exact)
    }

    /// The key of the token's lower-case form (0 when only full lower-casing can tell).
    @inline(__always)
    func lowerKey(_ index: Int) -> UInt64 {
        let form = forms[index]
        return form.isLowerKnown ? WordFilter.finishedKey(form.folded) : 0
    }

    /// Whether every scalar of the token is printable ASCII (no controls, so no `\r\n` either): then a scalar is
    /// a `Character`, comparing scalars is comparing strings, and the key filters are exact.
    @inline(__always)
    func isPlain(_ index: Int) -> Bool {
        forms[index].isPlain
    }

    /// Whether every scalar of the token is `WordFilter.isSimple`: the key filters over simple words are exact for
    /// the token.
    @inline(__always)
    func isSimple(_ index: Int) -> Bool {
        forms[index].isSimple
    }

    /// Whether every scalar of the token is below U+0100: with `isSimple`, printable Latin-1, which `lowered`
    /// lower-cases scalar by scalar (capitals 32 up) and keeps simple, so an `EdgeTable` is sure about its lower case.
    @inline(__always)
    func isLatin1(_ index: Int) -> Bool {
        forms[index].isLatin1
    }

    /// Whether a capital may follow the token's first code point: `false` is sure for a Latin-1 token, whose form
    /// counts its capitals as `Unicode.Scalar.Properties.isUppercase` tells them there (`A`–`Z`, `À`–`Þ` but `×`).
    @inline(__always)
    func mayHaveInnerCapitals(_ index: Int) -> Bool {
        let form = forms[index]
        return !form.isLatin1 || form.hasInnerCaps
    }

    /// Whether the token may be a word of the filter's list, as written (`false`: a lookup of its string would
    /// fail). Exact for simple tokens and lists only: a string in another normalisation form can equal a listed
    /// word without sharing its key, so other tokens always may. (Inlined, as are `mayBeLowered` and
    /// `compoundEnd`: the rules ask them of tens of thousands of tokens a pass, and a call cost as much as a test.)
    @inline(__always)
    func mayBe(_ index: Int, in filter: WordFilter) -> Bool {
        !(isSimple(index) && filter.simpleWordsOnly) || filter.mayContain(key(index))
    }

    /// `mayBe` for the token in lower case, against a filter over lower-case words.
    @inline(__always)
    func mayBeLowered(_ index: Int, in filter: WordFilter) -> Bool {
        !(isSimple(index) && filter.simpleWordsOnly) || filter.mayContain(lowerKey(index))
    }

    /// The token's context role bits, worked out by `compute` the first time they are asked for.
    func contextBits(_ index: Int, _ compute: () -> UInt16) -> UInt16 {
        let known = infoOf(index).pointee.contextBits
        if known != 0 { return UInt16(truncatingIfNeeded: known) }
        let bits = compute()
        infoOf(index).pointee.contextBits = Int32(bits) | Self.knownContext
        return bits
    }

    /// The bit above the 16 of the role bits that marks them as worked out.
    private static let knownContext: Int32 = 1 << 16

    /// Lends the token's scalars as a buffer.
    func withScalars<R>(_ index: Int, _ body: (UnsafeBufferPointer<Unicode.Scalar>) -> R) -> R {
        let span = tokenArray[index].span
        return scalarArray.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[span.begin..<span.end])) }
    }

    /// The document's scalar at `position`.
    @inline(__always)
    func scalar(at position: Int) -> Unicode.Scalar { scalarArray[position] }

    var count: Int { tokenArray.count }

    func token(_ index: Int) -> Token { tokenArray[index] }

    func text(_ index: Int) -> String {
        let slot = infoOf(index).pointee.slot
        if slot > 0 { return made[Int(slot) - 1] }
        let span = tokenArray[index].span
        let text = forms[index].isPlain ? plainText(span, lowered: false)
            : String(encoding: scalarArray, in: span)
        made.append(text)
        infoOf(index).pointee.slot = Int32(made.count)
        return text
    }

    /// The string of a span of printable ASCII (`isPlain`), with capitals 32 up if `lowered`: a byte a scalar, where
    /// the general way counted the UTF-8 widths first and encoded each scalar through a closure (about 280
    /// instructions a token's string, some 14,000 strings a pass over 10kGNAD).
    private func plainText(_ span: TextSpan, lowered: Bool) -> String {
        scalarArray.withUnsafeBufferPointer { scalars in
            String(unsafeUninitializedCapacity: span.length) { buffer in
                var offset = 0
                while offset < span.length {
                    let value = scalars[span.begin &+ offset].value
                    buffer[offset] = UInt8(truncatingIfNeeded: lowered && value &- 65 < 26 ? value &+ 32 : value)
                    offset &+= 1
                }
                return span.length
            }
        }
    }

    /// The UTF-8 length of the scalars in `span`: strings are made with exactly that capacity, so that words of up
    /// to 15 bytes become small strings, with no allocation (a capacity above 15 allocates whatever is written).
    private func utf8Count(_ span: TextSpan) -> Int {
        scalarArray.withUnsafeBufferPointer { scalars in
            var count = 0
            for position in span.begin..<span.end { count &+= UTF8.width(scalars[position]) }
            return count
        }
    }

    /// `text(index).lowercased()`, made once; scalar by scalar where `lowerKey` is known (see `loweredScalars`).
    func lowered(_ index: Int) -> String {
        let slot = infoOf(index).pointee.lowerSlot
        if slot > 0 { return made[Int(slot) - 1] }
        let form = forms[index]
        let text = form.isPlain && form.isLowerKnown ? plainText(tokenArray[index].span, lowered: true)
            : form.isLowerKnown ? loweredText(tokenArray[index].span) : self.text(index).lowercased()
        made.append(text)
        infoOf(index).pointee.lowerSlot = Int32(made.count)
        return text
    }

    /// `joined(first, last).lowercased()`, scalar by scalar where the tokens touch and every one's `lowerKey` is
    /// known: `String.lowercased` took thousands of instructions for a compound (`US-Dollar`).
    func loweredJoined(_ first: Int, _ last: Int) -> String {
        for index in first...last where lowerKey(index) == 0 || index > first && !touches(index - 1, index) {
            return joined(first, last).lowercased()
        }
        return loweredText(span(first, last))
    }

    /// The filter key (`WordFilter.key(of:)`) of `loweredJoined(first, last)`, worked out from the scalars where
    /// that string is made scalar by scalar; 0, which every filter lets through, where it is not.
    func loweredJoinedKey(_ first: Int, _ last: Int) -> UInt64 {
        for index in first...last where lowerKey(index) == 0 || index > first && !touches(index - 1, index) {
            return 0
        }
        var hash = WordFilter.keySeed
        let span = span(first, last)
        for position in span.begin..<span.end {
            let value = scalarArray[position].value
            let capital = value >= 65 && value <= 90 || value >= 0xC0 && value <= 0xDE && value != 0xD7
            hash = WordFilter.key(hash, adding: capital ? Unicode.Scalar(value + 32)! : scalarArray[position])
        }
        return WordFilter.finishedKey(hash)
    }

    /// The scalars of `span` lower-cased one by one (ASCII and Latin-1 capitals 32 up), for text whose lower case
    /// is known so. Lower-casing so keeps every scalar's UTF-8 width.
    private func loweredText(_ span: TextSpan) -> String {
        String(unsafeUninitializedCapacity: utf8Count(span)) { buffer in
            var count = 0
            for position in span.begin..<span.end {
                let value = scalarArray[position].value
                let capital = value >= 65 && value <= 90 || value >= 0xC0 && value <= 0xDE && value != 0xD7
                UTF8.encode(capital ? Unicode.Scalar(value + 32)! : scalarArray[position]) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }

    /// `Array(lowered(index).unicodeScalars)`. Where `lowerKey` is known, lower-casing is scalar by scalar (ASCII
    /// and Latin-1 capitals 32 up, every other scalar unchanged): then no string is made.
    func loweredScalars(_ index: Int) -> [Unicode.Scalar] {
        guard forms[index].isLowerKnown else { return Array(lowered(index).unicodeScalars) }
        let span = tokenArray[index].span
        // One buffer for every call: the caller's copy is mostly gone by the next call, so the array is refilled in
        // place instead of allocated (a copy still held makes the refill start a new one). Brought to the word's
        // length by the few scalars the last word's differs, then written and lowered in one loop: refilled through
        // `replaceSubrange` and lowered in a second loop, it cost some 300 instructions a word.
        let count = span.end &- span.begin
        // (Reserved first, and room for most words at once: the buffer is the article's, and grown word by word to
        // the longest it was asked for, it was allocated again one or two times an article.)
        lowerScratch.reserveCapacity(max(count, 32))
        while lowerScratch.count > count { lowerScratch.removeLast() }
        while lowerScratch.count < count { lowerScratch.append(" ") }
        scalarArray.withUnsafeBufferPointer { scalars in
            lowerScratch.withUnsafeMutableBufferPointer { buffer in
                for offset in 0..<count {
                    let scalar = scalars[span.begin &+ offset]
                    let value = scalar.value
                    // A capital's lower case is below U+0100 too.
                    buffer[offset] = value &- 65 < 26 || value &- 0xC0 < 0x1F && value != 0xD7
                        ? Unicode.Scalar(UInt8(truncatingIfNeeded: value &+ 32)) : scalar
                }
            }
        }
        return lowerScratch
    }
    @exclusivity(unchecked) private var lowerScratch: [Unicode.Scalar] = []

    /// Whether the token is exactly `word`, compared scalar by scalar without making its string. `word` must be
    /// ASCII without `K`, `;` and `` ` `` (which a non-ASCII code point equals canonically): then this is `==`.
    @inline(__always)
    func isText(_ index: Int, _ word: StaticString) -> Bool {
        // (A word with `ä` would compare its bytes with the token's code points and never match: caught in tests.)
        assert(word.isASCII, "isText compares ASCII words only")
        let span = tokenArray[index].span
        guard span.length == word.utf8CodeUnitCount else { return false }
        let pattern = word.utf8Start
        for offset in 0..<span.length where scalarArray[span.begin + offset].value != UInt32(pattern[offset]) {
            return false
        }
        return true
    }

    /// Whether the token in lower case is `word` (ASCII lower case, as for `isText`): `lowered(index) == word`.
    /// Inlined for plain tokens, most of those asked, which a different length mostly turns away at once: the
    /// call cost as much as the test (the event rules ask 20,000 times a pass).
    @inline(__always)
    func isLowered(_ index: Int, _ word: StaticString) -> Bool {
        guard isPlain(index) else { return isLoweredNotPlain(index, word) }
        let span = tokenArray[index].span
        guard span.length == word.utf8CodeUnitCount else { return false }
        let pattern = word.utf8Start
        for offset in 0..<span.length {
            var value = scalarArray[span.begin + offset].value
            if value >= 65 && value <= 90 { value += 32 }
            if value != UInt32(pattern[offset]) { return false }
        }
        return true
    }

    /// `isLowered` for a token that is not plain.
    @inline(never)
    private func isLoweredNotPlain(_ index: Int, _ word: StaticString) -> Bool {
        let form = forms[index]
        let span = tokenArray[index].span
        if form.isLowerKnown && form.isSimple {
            // An ASCII word of another length is none of the simple token's (its scalars are its characters, and
            // lower-casing keeps their count), as most are: the word was read to its end even so.
            if word.hasPointerRepresentation && word.isASCII && word.utf8CodeUnitCount != span.length { return false }
            if let equal = Self.lowered(span, scalarArray, equals: word) { return equal }
        }
        // A token with a dash or quotation mark (`„`, `–`, most of those asked here) equals no simple word in any
        // case (`WordFilter.isSteadyMark`): its lower-case string was made and compared, some 600 instructions.
        if word.hasPointerRepresentation,
           (span.begin..<span.end).contains(where: { WordFilter.isSteadyMark(scalarArray[$0].value) }),
           WordFilter.isSimple(utf8: UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)) {
            return false
        }
        return lowered(index) == String(describing: word)
    }

    /// Whether the scalars of `span`, lower-cased one by one (a token's whose lower case is known so and whose scalars
    /// are simple), are those of `word`; nil where `word` has a scalar that is not printable or is U+0300 or above.
    /// Both are then simple, NFC with every scalar a character, so `String` equality is equality of their scalars:
    /// `für` is asked of every token before a quantity, and its `String` was made for each.
    private static func lowered(_ span: TextSpan, _ scalars: [Unicode.Scalar], equals word: StaticString) -> Bool? {
        guard word.hasPointerRepresentation else { return nil }
        let bytes = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        var offset = 0
        var position = span.begin
        var equal = true
        while offset < bytes.count {
            // Two bytes at most: a lead byte from 0xCC up starts U+0300 or above.
            let lead = UInt32(bytes[offset])
            let value: UInt32
            if lead < 0x80 {
                value = lead
                offset += 1
            } else if lead >= 0xC2 && lead < 0xCC && offset + 1 < bytes.count {
                value = (lead & 0x1F) << 6 | (UInt32(bytes[offset + 1]) & 0x3F)
                offset += 2
            } else {
                return nil
            }
            guard value >= 0x20 && !(value >= 0x7F && value < 0xA0) else { return nil }
            if equal {
                if position < span.end {
                    let scalar = scalars[position].value
                    let capital = scalar &- 65 < 26 || scalar &- 0xC0 < 0x1F && scalar != 0xD7
                    if (capital ? scalar + 32 : scalar) != value { equal = false }
                    position += 1
                } else {
                    equal = false
                }
            }
        }
        return equal && position == span.end
    }

    /// `lowered(index) == word`, scalar by scalar where the token's lower case is known so and `word` is printable
    /// ASCII: then both strings are simple (see `StringTable`) and equal exactly when their scalars are.
    func isLowered(_ index: Int, equalTo word: String) -> Bool {
        guard forms[index].isLowerKnown, forms[index].isSimple else { return lowered(index) == word }
        let span = tokenArray[index].span
        // The word's bytes lent in place: iterating its UTF-8 view cost hundreds of instructions a word.
        var word = word
        let equal: Bool? = word.withUTF8 { bytes in
            for byte in bytes where byte &- 0x20 >= 0x5F { return nil }
            guard bytes.count == span.length else { return false }
            return scalarArray.withUnsafeBufferPointer { scalars in
                for offset in 0..<bytes.count {
                    let value = scalars[span.begin + offset].value
                    let capital = value &- 65 < 26 || value &- 0xC0 < 0x1F && value != 0xD7
                    if (capital ? value + 32 : value) != UInt32(bytes[offset]) { return false }
                }
                return true
            }
        }
        return equal ?? (lowered(index) == word)
    }

    /// Whether the token is the one code point `scalar` (one that no other code point equals canonically).
    func isScalar(_ index: Int, _ scalar: Unicode.Scalar) -> Bool {
        let span = tokenArray[index].span
        return span.length == 1 && scalarArray[span.begin] == scalar
    }

    /// Number of scalars in the token.
    func length(_ index: Int) -> Int { tokenArray[index].span.length }

    func firstScalar(_ index: Int) -> Unicode.Scalar { scalarArray[tokenArray[index].span.begin] }

    /// The token's scalar at `offset`, or nil for a shorter token.
    func scalar(_ index: Int, at offset: Int) -> Unicode.Scalar? {
        let span = tokenArray[index].span
        return offset < span.length ? scalarArray[span.begin + offset] : nil
    }

    func kind(_ index: Int) -> Token.Kind { tokenArray[index].kind }

    /// Whether the token starts with an upper-case letter.
    @inline(__always)
    func isCapitalized(_ index: Int) -> Bool {
        let first = scalarArray[tokenArray[index].span.begin]
        if first.value < 0x80 { return first.value &- 65 < 26 }
        return Self.isUppercase(first)
    }

    /// The property look-up out of line, so that the ASCII test inlines into the rules. Never inlined: a
    /// property read anywhere in a function made it fetch the properties' type metadata and size a stack slot at
    /// every call, property read or not.
    @inline(never)
    private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isUppercase
    }

    /// Whether the token starts with an ASCII digit (`8.000`, not `G7` or `Ö3`).
    func isDigits(_ index: Int) -> Bool {
        let first = scalarArray[tokenArray[index].span.begin].value
        return first >= 48 && first <= 57
    }

    /// Whether a place the entity stage found ends with the token (`Rumänien` in `Rumänien (147)`). A scan: asked
    /// only of the few tokens before a bracketed number.
    func endsPlaceMention(_ index: Int) -> Bool { endsMention(index, of: .place) }

    /// Whether an organisation the entity stage found ends with the token (`Valencia` in `gegen Valencia (6)`).
    func endsOrganisationMention(_ index: Int) -> Bool { endsMention(index, of: .organization) }

    /// Whether a mention of `type` the entity stage found ends with the token.
    private func endsMention(_ index: Int, of type: EntityType) -> Bool {
        guard index >= 0 && index < tokenArray.count else { return false }
        let end = tokenArray[index].span.end
        return mentions.contains { $0.type == type && $0.span.end == end }
    }

    /// Whether a person the entity stage found ends with the token (`Agnieszka Wrona` in `Agnieszka Wrona, 46,`).
    /// A scan, as `endsPlaceMention(_:)`: asked only of the few tokens before a number set off by commas.
    func endsPersonMention(_ index: Int) -> Bool { endsMention(index, of: .person) }

    /// `gefolgt von Rumänien (147)`, `gegen Valencia (6)`: the figure at `first`…`last` alone in brackets right
    /// after a place or an organisation, a count for it.
    func isInBracketsAfterPlaceOrOrganisation(first: Int, last: Int) -> Bool {
        first >= 2 && last + 1 < tokenArray.count && isText(first - 1, "(") && isText(last + 1, ")")
            && (endsPlaceMention(first - 2) || endsOrganisationMention(first - 2))
    }

    /// `312 Opfer (2023: 268)`, `(Vorjahr: 88)`: the figure at `first`…`last` alone in brackets after a year or
    /// `Vorjahr` and a colon.
    func isInBracketsAfterYear(first: Int, last: Int) -> Bool {
        guard first >= 3, last + 1 < tokenArray.count, isText(last + 1, ")"), isText(first - 1, ":"),
              isText(first - 3, "(") else { return false }
        let label = first - 2
        return isDigits(label) && characterCount(label) == 4 || isText(label, "Vorjahr")
    }

    /// Whether two neighbouring tokens touch, with no space between them.
    func touches(_ left: Int, _ right: Int) -> Bool {
        tokenArray[left].span.end == tokenArray[right].span.begin
    }

    /// Whether the word could start with a number word (`acht`, `Zwölf`, `fünftägigen`), from its first two scalars.
    func mayBeNumberWord(_ index: Int, parser: GermanNumberParser) -> Bool {
        let span = tokenArray[index].span
        guard span.length >= 3 else { return false }
        return parser.mayOpen(scalarArray[span.begin], scalarArray[span.begin + 1])
    }

    /// Whether the word may be a number word: its first scalars (any case) spell a number atom.
    func mayStartNumberWord(_ index: Int, parser: GermanNumberParser) -> Bool {
        let span = tokenArray[index].span
        return parser.mayStartWithAtom(scalarArray[span.begin..<span.end])
    }

    /// Whether the token's scalars start with `prefix`, compared scalar by scalar.
    func hasPrefix(_ index: Int, _ prefix: [Unicode.Scalar]) -> Bool {
        let span = tokenArray[index].span
        guard span.length >= prefix.count else { return false }
        var position = span.begin
        for scalar in prefix {
            if scalarArray[position] != scalar { return false }
            position += 1
        }
        return true
    }

    /// `hasPrefix` of the token lower-cased scalar by scalar (ASCII and Latin-1 capitals 32 up), which is
    /// `lowered(index)` for a token whose `lowerKey` is known.
    func hasLoweredPrefix(_ index: Int, _ prefix: [Unicode.Scalar]) -> Bool {
        let span = tokenArray[index].span
        guard span.length >= prefix.count else { return false }
        var position = span.begin
        for scalar in prefix {
            let value = scalarArray[position].value
            let capital = value &- 65 < 26 || value &- 0xC0 < 0x1F && value != 0xD7
            if (capital ? value + 32 : value) != scalar.value { return false }
            position += 1
        }
        return true
    }

    func scalars(_ index: Int) -> ArraySlice<Unicode.Scalar> {
        let span = tokenArray[index].span
        return scalarArray[span.begin..<span.end]
    }

    /// A hyphenated compound written without spaces (`US-Dollar`, `SIM-Karten`), from `index` on: its last token.
    /// (Inlined, as `mayBe` is.)
    @inline(__always)
    func compoundEnd(from index: Int, limit: Int) -> Int {
        var end = index
        while end + 2 < limit, isText(end + 1, "-"), touches(end, end + 1), touches(end + 1, end + 2),
            kind(end + 2) == .word || kind(end + 2) == .number {
            end += 2
        }
        return end
    }

    /// The text from token `first` through token `last`, as written.
    func joined(_ first: Int, _ last: Int) -> String {
        // (The scalars' UTF-8, as `Document.text(of:)` reads it from the text the scalars were decoded from.)
        String(encoding: scalarArray[tokenArray[first].span.begin..<tokenArray[last].span.end])
    }

    func span(_ first: Int, _ last: Int) -> TextSpan {
        TextSpan(tokenArray[first].span.begin, tokenArray[last].span.end)
    }
}

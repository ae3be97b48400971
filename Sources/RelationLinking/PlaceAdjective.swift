import NewsGraphCore

/// Places named by an adjective (`indisch` → `Indien`, `korsisch` → `Korsika`): the relation rules ask for the
/// place behind a seat's or a role's adjective.
extension ArticleView {
    /// Whether the token's lower-cased bytes hold `sch`, as every country adjective does (`-isch`, `deutsch`): the
    /// cheap test before `countryOfAdjective(_:)`.
    func mayBeCountryAdjective(_ token: Int) -> Bool {
        lower(token, contains: Self.sch)
    }

    private static let sch = Array("sch".utf8)

    /// The place the article names whose adjective is the capitalised word at `adjective` (`Grazer` → `Graz`,
    /// `Wiener` → `Wien`).
    func placeNamed(byAdjective adjective: Int) -> MentionRef? {
        // (Five letters at least, as `Ulmer`, `Zuger`: `Der`, `Aber` opening a name ask no further.)
        guard isCapitalized(adjective), document.tokens[adjective].span.length >= 5, lower(adjective, hasSuffix: "er")
        else { return nil }
        // Every name `TownAdjective` gives opens with the word's code points but its last four, and no place whose
        // name opens with other ASCII is equal to one: the names (arrays of code points, then strings, some four
        // thousand instructions a word) are made only where a place of the article may match.
        let span = document.tokens[adjective].span
        let head = ASCIIHead(document.scalars[span.begin..<(span.end - 4)])
        guard placesWithNames.contains(where: { mayBeNamed($0, opening: head) }) else { return nil }
        let names = TownAdjective.names(of: original(adjective).unicodeScalars).map { String(encoding: $0[...]) }
        guard !names.isEmpty else { return nil }
        return placesWithNames.first { place in
            if let name = place.canonical, names.contains(name) { return true }
            return place.mention.tokens.count == 1 && names.contains(original(place.mention.tokens.lowerBound))
        }?.mention
    }

    /// Whether the place's canonical name, or (for a name of one token) the name as written, may be a string equal
    /// to one that opens with `head`.
    private func mayBeNamed(_ place: PlaceName, opening head: ASCIIHead) -> Bool {
        if let canonical = place.canonical, head.mayOpen(canonical.utf8) { return true }
        guard place.mention.tokens.count == 1 else { return false }
        let span = document.tokens[place.mention.tokens.lowerBound].span
        return head.mayOpen(document.scalars[span.begin..<span.end].lazy.map(\.value))
    }

    /// The first code points of a word (three at most) while they are ASCII, which a text equal to a word that opens
    /// with them opens with too, as written: ASCII code points are starters that no normalisation changes or moves.
    struct ASCIIHead {
        private var values: (UInt32, UInt32, UInt32) = (0, 0, 0)
        private var count = 0

        init(_ scalars: ArraySlice<Unicode.Scalar>) {
            for scalar in scalars.prefix(3) {
                guard scalar.value < 0x80 else { break }
                switch count {
                case 0: values.0 = scalar.value
                case 1: values.1 = scalar.value
                default: values.2 = scalar.value
                }
                count += 1
            }
        }

        /// Whether a text whose code points (or UTF-8 bytes) are `units` may equal a word that opens with the head:
        /// false only where the text opens with ASCII that differs from it, or ends within it.
        func mayOpen<Units: Sequence>(_ units: Units) -> Bool where Units.Element: FixedWidthInteger {
            var iterator = units.makeIterator()
            for index in 0..<count {
                guard let unit = iterator.next() else { return false }
                // (Not ASCII: only the whole text tells.)
                guard unit < 0x80 else { return true }
                let value = index == 0 ? values.0 : index == 1 ? values.1 : values.2
                guard UInt32(unit) == value else { return false }
            }
            return true
        }
    }

    /// `im deutschen Bundesland Mecklenburg-Vorpommern`, `der westsudanesischen Provinz Darfur`: the country
    /// (or else region) the adjective is made from, when the article names it — the one whose name shares the
    /// longest start with the adjective's stem, at least four letters (`indisch` → `Indien`, `sudanesisch` →
    /// `Sudan`, `korsisch` → `Korsika`).
    func countryOfAdjective(_ adjective: Int) -> MentionRef? {
        var stem: Substring
        if let cut = stemCut(adjective) {
            guard let cut else { return nil }
            let word = word(adjective)
            stem = word[word.utf8.index(word.startIndex, offsetBy: cut.prefix)..<word.utf8.index(
                word.endIndex, offsetBy: -cut.suffix)]
        } else {
            stem = Substring(word(adjective))
            for ending in Self.adjectiveEndings where stem.hasSuffix(ending) {
                stem = stem.dropLast(ending.count)
                break
            }
            // `-isch` (`indisch`) and `deutsch`, the one country adjective without it.
            guard stem.hasSuffix("sch") else { return nil }
            for compass in Self.compassPrefixes where stem.hasPrefix(compass) {
                stem = stem.dropFirst(compass.count)
                break
            }
        }
        // The answer depends on the stem alone; asked for by its bytes, so that only the same text shares it.
        let key = String(stem)
        if let known = countriesByStem.first(where: {
            $0.stem.utf8.count == key.utf8.count && $0.stem.utf8.elementsEqual(key.utf8)
        }) {
            return known.country
        }
        let country = country(ofStem: stem, key: key)
        countriesByStem.append(StemCountry(stem: key, country: country))
        return country
    }

    /// `countryOfAdjective(_:)` of the adjective's stem (`key` is the stem as a string).
    private func country(ofStem stem: Substring, key: String) -> MentionRef? {
        // (`zyprisch` → `Zypern`: an adjective that parts early from its country's name, from the list.)
        if !countryAdjectives.isEmpty, let names = countryAdjectives[key] {
            // The places in order with their canonical names (`placesWithNames`), not looked up by key again.
            for place in placesWithNames {
                let mention = place.mention
                guard let canonical = place.canonical else { continue }
                if names.contains(canonical.quickLowercased()) || mention.tokens.count == 1
                    && names.contains(original(mention.tokens.lowerBound).quickLowercased()) {
                    return mention
                }
            }
        }
        // A country first; else a region or island the article names (`der korsischen Hauptstadt Ajaccio`).
        let (country, other) = placesSharingStart(with: stem)
        return country ?? other
    }

    private static let adjectiveEndings = ["en", "er", "es", "em", "e"]
    private static let compassPrefixes = ["nordwest", "nordost", "südwest", "südost", "nord", "süd", "west", "ost"]
    private static let adjectiveEndingBytes = adjectiveEndings.map { Array($0.utf8) }
    private static let compassPrefixBytes = compassPrefixes.map { Array($0.utf8) }
    private static let schBytes = Array("sch".utf8)
    /// Whether the affixes are code points below U+0300 (bytes below 0xCC), which are characters of their own.
    private static let affixBytesDecide = (adjectiveEndingBytes + compassPrefixBytes + [schBytes]).allSatisfy {
        $0.allSatisfy { $0 < 0xCC }
    }

    /// The bytes `countryOfAdjective(_:)` cuts from the token's lower-cased text to leave the stem (a compass
    /// prefix, an ending), `.some(nil)` for a word that is no `-sch` adjective, nil where only characters tell. In
    /// text of `ByteVocabulary.isStable` code points (NFC, no mark joining a character before it) an affix of such
    /// code points below U+0300 is whole characters, so byte tests give what `hasSuffix`/`hasPrefix` give.
    private func stemCut(_ token: Int) -> (prefix: Int, suffix: Int)?? {
        guard Self.affixBytesDecide, inText(token), flags[token] & Flag.stable != 0 else {
            return nil
        }
        let bytes = UnsafeBufferPointer(rebasing: lowerBytes[Int(lowerStart[token])..<Int(lowerEnd[token])])
        func hasSuffix(_ suffix: [UInt8], before end: Int) -> Bool {
            end >= suffix.count && bytes[(end - suffix.count)..<end].elementsEqual(suffix)
        }
        var end = bytes.count
        if let ending = Self.adjectiveEndingBytes.first(where: { hasSuffix($0, before: end) }) { end -= ending.count }
        guard hasSuffix(Self.schBytes, before: end) else { return .some(nil) }
        let start = Self.compassPrefixBytes.first { end >= $0.count && bytes.starts(with: $0) }?.count ?? 0
        return (start, bytes.count - end)
    }

    /// The country, and the place of any other kind, whose name shares the longest start with `stem`, at least
    /// four letters and all but six of the stem's (`maltesisch` → `Malta`, not `niederösterreichisch` →
    /// `Niederlande`), each if no other place of its kind shares as much.
    // Both kinds in one walk over the places: a walk for each kind set up the stem's tests twice and asked every
    // place whether it is a country twice, for each of some 200 adjectives a pass.
    private func placesSharingStart(with stem: Substring) -> (country: MentionRef?, other: MentionRef?) {
        var countries = SharingStart()
        var others = SharingStart()
        guard let initial = stem.first else { return (nil, nil) }
        let initialScalars = initial.unicodeScalars
        let latinInitial = initialScalars.count == 1 && initialScalars.first!.value < 0x100
            ? initialScalars.first!.value : nil
        // (Lower-cased once for every place's test, not for each.)
        let lowerInitial = Array(String(initial).lowercased().utf8)
        func startsWithInitial(_ text: String) -> Bool {
            if let latinInitial, let decided = Self.first(of: text, isOrLowersTo: latinInitial) { return decided }
            guard let first = text.first else { return false }
            return first == initial || first.lowercased() == String(initial)
        }
        // Where the stem's code points are each a character (`isSimple`), they are compared and counted as code
        // points: walking a substring by characters cost more than all the rest of the loop.
        let simpleStem = Self.isSimple(stem.utf8)
        // The stem's length in characters, which are its code points where it is simple (worked out once, not for
        // every place compared).
        let stemCount = simpleStem ? stem.utf8.count - stem.utf8.lazy.filter { $0 & 0xC0 == 0x80 }.count : stem.count
        // The places in order with their canonical names, looked up once an article (`placesWithNames`), not by
        // key for every place at every question.
        for place in placesWithNames {
            let mention = place.mention
            // Only names with the stem's first letter are lower-cased and compared (a string each): the canonical
            // name, or the name as the article writes it (`Moldau` for `Republik Moldau`).
            guard let canonical = place.canonical else { continue }
            // (The written name's first letter is read from the folded text before the name is made a string; the
            // canonical name's is asked once, not again of the name chosen.)
            let written: String
            if startsWithInitial(canonical) {
                written = canonical
            } else if mention.tokens.count == 1 && startsLower(mention.tokens.lowerBound, withBytes: lowerInitial) {
                written = original(mention.tokens.lowerBound)
                guard startsWithInitial(written) else { continue }
            } else {
                continue
            }
            let name = written.quickLowercased()
            // `thailändisch` → `Thailand`: an umlaut of the adjective is the name's plain vowel.
            // (Counted in a loop: `prefix` on the pairs built an array.)
            var shared = 0
            if simpleStem && Self.isSimple(name.utf8) {
                var stemScalars = stem.unicodeScalars.makeIterator()
                var nameScalars = name.unicodeScalars.makeIterator()
                while let one = stemScalars.next(), let other = nameScalars.next(),
                      one == other || Self.plainVowel(one) == other {
                    shared += 1
                }
            } else {
                var stemCharacters = stem.makeIterator()
                var nameCharacters = name.makeIterator()
                while let one = stemCharacters.next(), let other = nameCharacters.next(),
                      one == other || Self.plainVowel(one) == other {
                    shared += 1
                }
            }
            guard shared >= stemCount - 6 else { continue }
            if isCountry(mention) {
                countries.consider(mention, sharing: shared)
            } else {
                others.consider(mention, sharing: shared)
            }
        }
        return (countries.found, others.found)
    }

    /// The place of one kind that shares the longest start with the stem so far (`placesSharingStart(with:)`).
    private struct SharingStart {
        private var best: MentionRef?
        private var bestLength = 3
        private var tie = false

        /// The place, unless another of its kind shares as much.
        var found: MentionRef? { tie ? nil : best }

        mutating func consider(_ mention: MentionRef, sharing shared: Int) {
            if shared > bestLength {
                best = mention
                bestLength = shared
                tie = false
            } else if shared == bestLength, let best, best.key != mention.key {
                tie = true
            }
        }
    }

    /// Whether the text's first character is `initial` (a code point below U+0100) or lower-cases to it, read from
    /// its first bytes where they make one character of ASCII or Latin-1: a code point below U+0100 (not `\r`, which
    /// may join a line feed) with an ASCII byte or nothing after it. Two such characters are equal when their code
    /// points are, and lower-case by the ASCII and Latin-1 rules. Nil where only characters tell.
    private static func first(of text: String, isOrLowersTo initial: UInt32) -> Bool? {
        // (Read through the bytes' storage where it is at hand: the UTF-8 view's iterator cost several times more.)
        if let decided = text.utf8.withContiguousStorageIfAvailable({ first(ofUTF8: $0, isOrLowersTo: initial) }) {
            return decided
        }
        return first(ofUTF8: text.utf8, isOrLowersTo: initial)
    }

    /// `first(of:isOrLowersTo:)` of the text's UTF-8.
    private static func first<Bytes: Sequence>(ofUTF8 utf8: Bytes, isOrLowersTo initial: UInt32) -> Bool?
    where Bytes.Element == UInt8 {
        var bytes = utf8.makeIterator()
        guard let lead = bytes.next() else { return false }
        let scalar: UInt32
        if lead < 0x80 {
            scalar = UInt32(lead)
        } else if lead == 0xC3, let next = bytes.next() {
            scalar = 0xC0 | UInt32(next & 0x3F)
        } else {
            return nil
        }
        if let after = bytes.next(), after >= 0x80 { return nil }
        guard scalar != 0x0D else { return nil }
        let lower = scalar &- 65 < 26 || scalar >= 0xC0 && scalar <= 0xDE && scalar != 0xD7 ? scalar + 0x20 : scalar
        return scalar == initial || lower == initial
    }

    /// Whether text is code points below U+0300 (bytes below 0xCC) but a carriage return: each code point is then a
    /// character of its own (none joins the one before it), NFC, and equal to another character only where the code
    /// points are equal.
    private static func isSimple<Bytes: Sequence>(_ utf8: Bytes) -> Bool where Bytes.Element == UInt8 {
        // (Through the bytes' storage where it is at hand: stepping through a substring's UTF-8 view cost some fifty
        // instructions a byte.)
        utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0xCC && $0 != 0x0D } }
            ?? utf8.allSatisfy { $0 < 0xCC && $0 != 0x0D }
    }

    /// `plainVowel(_:)` of a character that is one code point.
    private static func plainVowel(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "ä": return "a"
        case "ö": return "o"
        case "ü": return "u"
        default: return scalar
        }
    }

    /// The vowel without its umlaut (`ä` → `a`), or the character itself.
    private static func plainVowel(_ character: Character) -> Character {
        switch character {
        case "ä": return "a"
        case "ö": return "o"
        case "ü": return "u"
        default: return character
        }
    }
}

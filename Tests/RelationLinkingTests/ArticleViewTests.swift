import NewsGraphCore
@testable import RelationLinking
import Testing

/// The article view's token index: lower-cased text, capitals and vocabulary ids as `String` lower-casing and the
/// lexicon's dictionary give them, whether the token is ASCII (folded eight bytes at a time) or not, long or short,
/// and at the very end of the text; the per-sentence cue summaries; the quotation passages; the country cache.
struct ArticleViewTests {
    static let lexicon = Result { try LinkingLexicon(lexicons: Fixture.lexicons) }

    static func view(_ text: String, _ marks: [Fixture.Mark] = []) throws -> ArticleView {
        ArticleView(document: try Fixture.document(text, marks), lexicon: try lexicon.get())
    }

    /// Short and long ASCII words in every case, umlauts and `ß`, a word of more than sixteen letters, a Konjunktiv
    /// in capitals, digits and punctuation, and short tokens last, where no eight-byte load fits before the end.
    static let text = "Der BUNDESVERTEIDIGUNGSMINISTER sagte am Montag: „Ärzte ÜBERNEHMEN Verantwortung“, "
        + "so Müller-Lüdenscheidt. WÄRE das Straßenbahnunternehmen 2016 insolvent? Er SAGTE Nein. Ja"

    @Test func tokensAreLowerCasedAndLookedUpAsStringsWouldBe() throws {
        let view = try Self.view(Self.text)
        #expect(view.tokenCount > 20)
        try Self.expectLowerCasedAndLookedUpAsStrings(view)
        let sagte = try #require((0..<view.tokenCount).first { view.original($0) == "SAGTE" })
        #expect(view.isVerbForm(sagte) && view.isCapitalized(sagte))
        let ja = view.tokenCount - 1
        #expect(view.word(ja) == "ja" && view.isCapitalized(ja))
    }

    /// Latin-1 letters are lower-cased byte by byte from the UTF-8: its capitals (`À` to `Þ`) a step up, but not
    /// `×`, which lies among them and has no case (its lower-case neighbour would be `÷`), nor `µ`.
    @Test func latin1LettersAreLowerCasedAsStringsWouldBe() throws {
        let view = try Self.view("ÀÉÎÕ Þorn ×Zeichen µg 3×4 ÷Rest Größe FRÜHSTÜCK ÄÖÜß Ende")
        for token in 0..<view.tokenCount {
            let original = view.original(token)
            #expect(view.word(token) == original.lowercased(), "\(original)")
            #expect(view.isCapitalized(token) == original.unicodeScalars.first!.properties.isUppercase, "\(original)")
        }
        let times = try #require((0..<view.tokenCount).first { view.original($0).contains("×") })
        #expect(view.word(times).contains("×") && !view.word(times).contains("÷"))
    }

    /// Tokens with code points from U+0100 up are lower-cased one by one after the folded copy of the text (`İ`
    /// grows by a byte, `Ł` and Greek capitals keep their length, a combining mark leaves the token outside NFC);
    /// the tokens around and after them keep their place in the copy.
    @Test func tokensBeyondLatin1AreLowerCasedAsStringsWouldBe() throws {
        let view = try Self.view("İstanbul sagte ŁÓDŹ – „ΑΘΗΝΑ“ Cafe\u{301} SAGTE Ende Ärzte İ Ja")
        #expect(view.tokenCount >= 12)
        try Self.expectLowerCasedAndLookedUpAsStrings(view)
    }

    /// Every token's word, capital and vocabulary id are what `String.lowercased()` and a dictionary would give.
    private static func expectLowerCasedAndLookedUpAsStrings(_ view: ArticleView) throws {
        let lexicon = try Self.lexicon.get()
        for token in 0..<view.tokenCount {
            let original = view.original(token)
            let lower = original.lowercased()
            #expect(view.word(token) == lower, "\(original)")
            #expect(view.isCapitalized(token) == original.unicodeScalars.first!.properties.isUppercase, "\(original)")
            #expect(view.id(token) == lexicon.vocabulary[lower] ?? -1, "\(original)")
        }
    }

    /// The byte tests of a token's ending or start give what `word(_:).hasSuffix`/`hasPrefix` give, for text in NFC
    /// and for a token or an affix with a combining mark, which `String` compares by characters (`Cafés` ends in
    /// `e` and a combining acute and `s`).
    @Test func affixTestsAgreeWithStrings() throws {
        let view = try Self.view("Ministers Zitierte sagen Jährige Straßen Cafe\u{301}s Cafés ÄRZTEN s")
        let suffixes: [StaticString] = ["s", "en", "er", "n", "ßen", "e\u{301}s", "es"]
        let prefixes: [StaticString] = ["zitier", "jährig", "ä", "cafe", "s"]
        for token in -1...view.tokenCount {
            for suffix in suffixes {
                #expect(view.lower(token, hasSuffix: suffix) == view.word(token).hasSuffix(suffix.description),
                        "\(view.word(token)) \(suffix)")
            }
            for prefix in prefixes {
                #expect(view.lower(token, hasPrefix: prefix) == view.word(token).hasPrefix(prefix.description),
                        "\(view.word(token)) \(prefix)")
            }
        }
        let cafe = try #require((0..<view.tokenCount).first { view.original($0).hasPrefix("Caf") })
        #expect(!view.lower(cafe, hasPrefix: "cafe") && view.lower(cafe, hasSuffix: "s"))
    }

    /// The byte tests of a token's whole text and of a suffix given as a `String`, its character count and the
    /// person-noun test of its bytes give what `word(_:)` and `==`, `hasSuffix`, `count` or the `String` test give:
    /// for text in NFC, a token or text with a combining mark, a suffix with a line feed, and outside the text.
    @Test func wordTestsAgreeWithStrings() throws {
        let view = try Self.view("Die jährige Cafe\u{301} Staatsanwältin Anwältin ins Denn Sondern Botaniker "
            + "Wirtschaftspsychologin Urkunde")
        let lexicon = try Self.lexicon.get()
        var personNouns = 0
        let words: [StaticString] = ["die", "jährige", "ins", "denn", "sondern", "cafe\u{301}", "café", "in"]
        let texts = ["die", "jährige", "ja\u{308}hrige", "café", "cafe\u{301}", "", "anwältin", "\u{301}"]
        let suffixes = ["in", "anwältin", "tin", "\u{301}", "e\u{301}", "é", "\nin", "", "staatsanwältin"]
        for token in -1...view.tokenCount {
            let word = view.word(token)
            for literal in words {
                #expect(view.lower(token, is: literal) == (word == literal.description), "\(word) \(literal)")
            }
            for text in texts {
                #expect(view.lower(token, equals: text) == (word == text), "\(word) \(text)")
            }
            for suffix in suffixes {
                #expect(view.lower(token, endsWith: suffix) == word.hasSuffix(suffix), "\(word) \(suffix)")
            }
            #expect(view.lowerCount(token) == word.count, "\(word)")
            #expect(String(decoding: view.lowerUTF8(token), as: UTF8.self) == word)
            let personNoun = lexicon.isPersonNoun(word)
            #expect(lexicon.isPersonNoun(utf8: view.lowerUTF8(token)) == personNoun, "\(word)")
            if personNoun { personNouns += 1 }
        }
        #expect(personNouns >= 2)
    }

    /// A token is in a word class exactly when the class's list holds its lower-cased text: in capitals, with an
    /// umlaut composed or not (`FÜR`, `fu\u{308}r`), and not for a longer or shorter word.
    @Test func wordClassesAgreeWithTheirLists() throws {
        let view = try Self.view("Er SAGTE für FU\u{308}R fu\u{308}r über ist Ist wäre Jahren Jahr Jahrzehntes es sich vo")
        var found = 0
        for token in -1...view.tokenCount {
            for wordClass in WordClass.allCases {
                let listed = wordClass.words.contains(view.word(token))
                #expect(view.isIn(wordClass, token) == listed, "\(view.word(token)) \(wordClass)")
                if listed { found += 1 }
            }
        }
        #expect(found >= 12)
    }

    @Test func sentenceSummariesHoldTheCuesOfTheirTokens() throws {
        let view = try Self.view("Wie die Polizei mitteilte, gab es keine Verletzten. Es regnete. Das sagte Huber.")
        #expect(view.sentence(0, hasAny: [.wie]))
        #expect(!view.sentence(1, hasAny: [.wie, .so]))
        #expect(view.sentence(2, hasAny: [.das]))
        #expect(view.sentence(2, hasAny: LinkingLexicon.verbBit))
        #expect(!view.sentence(1, hasAny: LinkingLexicon.verbBit))
        #expect(view.sentenceOf[0] == 0 && view.sentenceOf[view.tokenCount - 1] == 2)
    }

    @Test func quotationsPairFromTheirFirstMark() throws {
        let view = try Self.view("Er kam. „Wir bleiben“, sagte sie. »Nie«, rief er. Ohne Zitat.")
        #expect(view.quotes.count == 2)
        let first = try #require(view.quotes.first)
        #expect(view.original(first.open) == "„" && view.original(first.close) == "“")
        #expect(view.quoteAt[first.open] == 0 && view.quoteAt[first.close] == 0)
        #expect(view.quoteAt[0] == nil && view.quoteAt[view.tokenCount - 1] == nil)
        #expect(try Self.view("Keine Anführungszeichen hier.").quotes.isEmpty)
    }

    /// Swiss guillemets open with `«` where the article's first guillemet is one: two quotes pair as written, not
    /// the text between them.
    @Test func swissGuillemetsPairAsWritten() throws {
        let view = try Self.view("«Viele tauchen auf», sagte sie. Er kam. «Hinter den Chats», sagt er.")
        #expect(view.quotes.count == 2)
        let first = try #require(view.quotes.first)
        #expect(view.original(first.open) == "«" && view.original(first.close) == "»")
        #expect(view.document.text(of: first.content) == "Viele tauchen auf")
    }

    /// The adjective's stem is cut by bytes for text in NFC and by characters otherwise, with the same place: an
    /// umlaut composed or not, a compass prefix, an ending, and no place for a word that is no `-sch` adjective.
    @Test func countryAdjectivesNameTheirPlaceWhateverTheirForm() throws {
        let view = try Self.view(
            "Das österreichische Heer, das o\u{308}sterreichische Volk, der nordindischen Armee und die schöne Stadt "
                + "Österreich oder Indien", [.country("Österreich", iso: "AT"), .country("Indien", iso: "IN")])
        func place(_ adjective: String) throws -> String? {
            // By code points: `==` would find the composed form for the decomposed one.
            let token = try #require((0..<view.tokenCount).first {
                view.original($0).unicodeScalars.elementsEqual(adjective.unicodeScalars)
            })
            return view.countryOfAdjective(token)?.key
        }
        let austria = Entity.key(type: .place, canonicalName: "Österreich")
        #expect(try place("österreichische") == austria)
        #expect(try place("o\u{308}sterreichische") == austria)
        #expect(try place("nordindischen") == Entity.key(type: .place, canonicalName: "Indien"))
        #expect(try place("schöne") == nil)
    }

    @Test func countriesAreTheMentionsOfEntitiesWithACountryCode() throws {
        let view = try Self.view("Österreich und Wien", [.country("Österreich", iso: "AT"), .loc("Wien")])
        #expect(view.hasCountries)
        let countries = view.mentions.filter { view.isCountry($0) }.map(\.key)
        #expect(countries == [Entity.key(type: .place, canonicalName: "Österreich")])
        #expect(try !Self.view("Nur Wien", [.loc("Wien")]).hasCountries)
    }
}

/// Facts stated twice are kept once, as the joined `subject|predicate|object` strings decide, whether the parts
/// are compared (`FactKey`) or, for text outside its safe range, the joined strings are.
struct FactKeyTests {
    static func relation(
        _ subject: Relation.Node, _ predicate: Relation.Predicate, _ object: Relation.Node, sentence: Int = 0
    ) -> Relation {
        Relation(subject: subject, predicate: predicate, object: object, sentenceIndex: sentence,
                 provenance: Provenance(match: .rule, source: "test"))
    }

    @Test func partsOfPlainTextAreAKey() {
        let one = FactKey(Self.relation(.entity(key: "PER:Anna"), .hasTitle, .literal("Ministerin")))
        let other = FactKey(Self.relation(.entity(key: "PER:Anna"), .hasTitle, .literal("MINISTERIN"), sentence: 3))
        #expect(one != nil && one == other)
        #expect(one != FactKey(Self.relation(.entity(key: "PER:Anna"), .memberOf, .entity(key: "Ministerin"))))
        // A subject with a bar, or a combining mark anywhere, could join differently: no key.
        #expect(FactKey(Self.relation(.literal("a|b"), .said, .quotation(span: TextSpan(0, 1)))) == nil)
        #expect(FactKey(Self.relation(.entity(key: "PER:Rene\u{301}"), .hasTitle, .literal("Chef"))) == nil)
        #expect(FactKey(Self.relation(.entity(key: "PER:René"), .hasTitle, .literal("Che\u{301}f"))) == nil)
    }

    @Test func aFactStatedTwiceIsKeptAtItsFirstSentence() {
        let relations = [
            Self.relation(.entity(key: "PER:Anna"), .memberOf, .entity(key: "ORG:SPÖ"), sentence: 4),
            Self.relation(.entity(key: "PER:Anna"), .memberOf, .entity(key: "ORG:SPÖ"), sentence: 1),
            Self.relation(.entity(key: "PER:Anna"), .hasTitle, .literal("Chefin"), sentence: 2),
        ]
        let kept = RelationLinker.deduplicated(relations)
        #expect(kept.map(\.sentenceIndex) == [1, 2])
    }

    @Test func factsAreKeptInSentenceOrderWhateverTheOrderTheyCameIn() {
        let relations = [
            Self.relation(.entity(key: "PER:Anna"), .hasTitle, .literal("Chefin"), sentence: 5),
            Self.relation(.entity(key: "PER:Bert"), .hasTitle, .literal("Chef"), sentence: 3),
            Self.relation(.entity(key: "PER:Anna"), .hasTitle, .literal("Chefin"), sentence: 0),
            Self.relation(.entity(key: "PER:Carl"), .hasTitle, .literal("Chef"), sentence: 4),
            Self.relation(.entity(key: "PER:Bert"), .hasTitle, .literal("Chef"), sentence: 1),
            Self.relation(.entity(key: "PER:Dora"), .hasTitle, .literal("Chefin"), sentence: 2),
        ]
        let kept = RelationLinker.deduplicated(relations)
        #expect(kept.map(\.sentenceIndex) == [0, 1, 2, 4])
        #expect(kept.map { "\($0.subject)" } == ["\(relations[2].subject)", "\(relations[4].subject)",
                                                  "\(relations[5].subject)", "\(relations[3].subject)"])
    }

    @Test func canonicallyEquivalentTextIsOneFact() {
        // `é` composed and decomposed: equal as strings, so one fact, by the joined strings.
        let relations = [
            Self.relation(.entity(key: "PER:René"), .hasTitle, .literal("Chef"), sentence: 0),
            Self.relation(.entity(key: "PER:Rene\u{301}"), .hasTitle, .literal("Chef"), sentence: 1),
            Self.relation(.entity(key: "PER:Anna"), .hasTitle, .literal("Chef"), sentence: 2),
        ]
        #expect(RelationLinker.deduplicated(relations).map(\.sentenceIndex) == [0, 2])
    }

    @Test func numbersAreKeysOfTheirOwnKindAndTextThatCouldSpellOneIsNot() {
        let quantity = FactKey(Self.relation(.quantity(index: 1), .accordingTo, .entity(key: "ORG:AMS")))
        #expect(quantity != nil)
        #expect(quantity != FactKey(Self.relation(.quantity(index: 2), .accordingTo, .entity(key: "ORG:AMS"))))
        // `q:1` and `3..<9` as text join as a quantity and a quotation do: no key, the joined strings decide.
        #expect(FactKey(Self.relation(.literal("q:1"), .accordingTo, .entity(key: "ORG:AMS"))) == nil)
        #expect(FactKey(Self.relation(.literal("3..<9"), .said, .quotation(span: TextSpan(0, 1)))) == nil)
        let relations = [
            Self.relation(.quantity(index: 1), .accordingTo, .entity(key: "ORG:AMS"), sentence: 0),
            Self.relation(.literal("q:1"), .accordingTo, .entity(key: "ORG:AMS"), sentence: 1),
            Self.relation(.quotation(span: TextSpan(3, 9)), .said, .quotation(span: TextSpan(0, 1)), sentence: 2),
            Self.relation(.literal("3..<9"), .said, .quotation(span: TextSpan(0, 1)), sentence: 2),
        ]
        #expect(RelationLinker.deduplicated(relations).map(\.sentenceIndex) == [0, 2])
    }

    @Test func equalKeysHaveEqualDigests() {
        let pairs: [(Relation.Node, Relation.Node)] = [
            (.literal("ÖVP-Obfrau"), .literal("övp-OBFRAU")),
            (.literal("Łódź-Chef"), .literal("łódź-chef")),
            (.entity(key: "ORG:ÖVP"), .entity(key: "ORG:ÖVP")),
            (.entity(key: "ORG:Österreichische Volkspartei"), .entity(key: "ORG:Österreichische Volkspartei")),
            (.quantity(index: 4), .quantity(index: 4)),
        ]
        for (one, other) in pairs {
            let first = Self.relation(.entity(key: "PER:Anna"), .hasTitle, one)
            let second = Self.relation(.entity(key: "PER:Anna"), .hasTitle, other, sentence: 5)
            #expect(FactKey(first) == FactKey(second))
            #expect(FactKey.digest(of: first) != nil && FactKey.digest(of: first) == FactKey.digest(of: second))
        }
        let anna = Self.relation(.entity(key: "PER:Anna"), .memberOf, .entity(key: "ORG:SPÖ"))
        #expect(FactKey.digest(of: anna) != FactKey.digest(of: Self.relation(.entity(key: "PER:Anna"), .memberOf,
                                                                               .entity(key: "ORG:ÖVP"))))
        // Where the key is nil, so is the digest: the article's facts are then compared by their joined strings.
        #expect(FactKey.digest(of: Self.relation(.literal("a|b"), .said, .quotation(span: TextSpan(0, 1)))) == nil)
        // (A `|` past the first eight bytes, where they are mixed a word at a time.)
        #expect(FactKey.digest(of: Self.relation(.literal("Landeshauptmann|Wien"), .said,
                                                 .quotation(span: TextSpan(0, 1)))) == nil)
        let longKey = Self.relation(.entity(key: "PER:Anna"), .memberOf, .entity(key: "ORG:Sozialdemokratische Partei"))
        #expect(FactKey.digest(of: longKey) != FactKey.digest(of: Self.relation(
            .entity(key: "PER:Anna"), .memberOf, .entity(key: "ORG:Sozialdemokratische Partie"))))
        #expect(FactKey.digest(of: Self.relation(.entity(key: "PER:Anna"), .hasTitle, .literal("Che\u{301}f"))) == nil)
    }

    @Test func theFamiliesAreJoinedInSentenceOrderWithoutTitlesHeldInABody() {
        let roles = [
            Self.relation(.entity(key: "PER:Raufer"), .hasTitle, .literal("Richterin"), sentence: 3),
            Self.relation(.entity(key: "PER:Raufer"), .hasTitle, .literal("Sprecherin"), sentence: 3),
            Relation(subject: .entity(key: "PER:Raufer"), predicate: .memberOf, object: .entity(key: "ORG:Gericht"),
                     role: "RICHTERIN", sentenceIndex: 1, provenance: Provenance(match: .rule, source: "test")),
        ]
        let places = [Self.relation(.entity(key: "LOC:Graz"), .locatedIn, .entity(key: "LOC:AT"), sentence: 2)]
        let said = [
            Self.relation(.entity(key: "PER:Raufer"), .said, .quotation(span: TextSpan(5, 9)), sentence: 0),
            Self.relation(.entity(key: "PER:Raufer"), .said, .quotation(span: TextSpan(5, 9)), sentence: 0),
        ]
        let sources = [Self.relation(.quantity(index: 0), .accordingTo, .entity(key: "PER:Raufer"), sentence: 2)]
        let kept = RelationLinker.assembled(roles: roles, places: places, said: said, sources: sources)
        #expect(kept.map(\.sentenceIndex) == [0, 1, 2, 2, 3])
        #expect(kept.map(\.predicate) == [.said, .memberOf, .locatedIn, .accordingTo, .hasTitle])
        #expect(kept.last?.object == .literal("Sprecherin"))
        #expect(RelationLinker.assembled(roles: roles, places: [], said: [], sources: []).count == 2)
    }
}

/// `quickLowercased()` answers as `lowercased()` does: by its byte fold for ASCII and Latin-1 text, through
/// `lowercased()` for the rest.
struct QuickLowercaseTests {
    @Test func agreesWithLowercased() {
        let samples = [
            "", "bundeskanzler", "Bundeskanzler", "ÖVP-OBMANN", "Präsidentin", "ÄÖÜ ß ÀÉÎÕ Þ × ÷ µ", "1:0 Nr. 5",
            "İstanbul", "ΣΟΦΙΑ", "Straße", "Ex-US-Präsident", "e\u{301}TUDE", "Ǆemal",
        ]
        for text in samples {
            #expect(text.quickLowercased() == text.lowercased(), "\(text)")
            #expect(Array(text.quickLowercased().unicodeScalars) == Array(text.lowercased().unicodeScalars), "\(text)")
        }
    }
}

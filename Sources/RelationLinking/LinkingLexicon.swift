import Foundation
import NewsGraphCore

/// The word lists the relation rules read: role words, speech verbs, Konjunktiv forms and cue words.
///
/// Shared lists (`nouns/roles.tsv`, `rules/speech-verbs.tsv`) are read when present and joined with the
/// fallback lists in `relations/`, so the stage works before and after they land. Keys are lower-cased.
struct LinkingLexicon: Sendable {
    /// How a speech verb reports: `speech` gives said, `belief` only a source for figures.
    enum VerbKind: Sendable { case speech, belief }

    /// A speech verb form: `particle` is the separated prefix that must close the clause (`teilte … mit`,
    /// `geht … davon aus`), `sequence` the words that must follow right after it (`rechnet damit`).
    ///
    /// A class: the speech rules pass a token's readings around and pick one, and a struct of five counted fields
    /// was retained and released field by field at every copy (several million instructions a pass over 10kGNAD).
    final class Verb: Sendable {
        let kind: VerbKind
        let particle: [String]?
        let sequence: [String]
        let source: String
        /// `particle` and `sequence` as vocabulary ids.
        let particleIDs: [Int32]?
        let sequenceIDs: [Int32]

        init(
            kind: VerbKind, particle: [String]?, sequence: [String], source: String, particleIDs: [Int32]? = nil,
            sequenceIDs: [Int32] = []
        ) {
            self.kind = kind
            self.particle = particle
            self.sequence = sequence
            self.source = source
            self.particleIDs = particleIDs
            self.sequenceIDs = sequenceIDs
        }
    }

    /// The kinds of cue word in `relations/cues.tsv`.
    enum Cue: String, CaseIterable, Sendable {
        case anaphor = "anaphor"
        case determiner = "determiner"
        case former = "former"
        case frame = "frame"
        case genitive = "genitive"
        case indefinite = "indefinite"
        case infinitiveVerb = "infinitive-verb"
        case namedSourceHead = "named-source-head"
        case notPlaceChain = "not-place-chain"
        case oblique = "oblique"
        case particle = "particle"
        case pronoun = "pronoun"
        case relative = "relative"
        case sourceNoun = "source-noun"
        case sourcePostposition = "source-postposition"
        case sourcePreposition = "source-preposition"
        case organisationRole = "organisation-role"
        case subordinator
        case personNoun = "person-noun"
        case negation
        case nominative
        case objectClause = "object-clause"
        case figureVerb = "figure-verb"
        case impersonalReport = "impersonal-report"
        case adverbialSubordinator = "adverbial-subordinator"
        case mediaNoun = "media-noun"
        /// An infinitive verb that asserts rather than asks (`betonte`, `versicherte`): a noun right before its
        /// zu-infinitive takes it (`betonte das Recht, … zu verteidigen`), where a directive verb's object is its
        /// addressee (`bat die Bürger, … zu bleiben`). A bit, where a set of the words hashed each verb's text.
        case assertiveInfinitiveVerb = "assertive-infinitive-verb"
        case sentenceAdverb = "sentence-adverb"
        case seatWord = "seat-word"
        case notVerbInE = "not-verb-in-e"
        case basedParticiple = "based-participle"
        case firstPerson = "first-person"

        /// One bit per kind, in declaration order; a switch, because hashing a `String`-backed case per test
        /// was a hot spot.
        var bit: UInt32 {
            switch self {
            case .anaphor: return 1 << 0
            case .determiner: return 1 << 1
            case .former: return 1 << 2
            case .frame: return 1 << 3
            case .genitive: return 1 << 4
            case .indefinite: return 1 << 5
            case .infinitiveVerb: return 1 << 6
            case .namedSourceHead: return 1 << 7
            case .notPlaceChain: return 1 << 8
            case .oblique: return 1 << 9
            case .particle: return 1 << 10
            case .pronoun: return 1 << 11
            case .relative: return 1 << 12
            case .sourceNoun: return 1 << 13
            case .sourcePostposition: return 1 << 14
            case .sourcePreposition: return 1 << 15
            case .organisationRole: return 1 << 16
            case .subordinator: return 1 << 17
            case .personNoun: return 1 << 18
            case .negation: return 1 << 19
            case .nominative: return 1 << 20
            case .objectClause: return 1 << 21
            case .figureVerb: return 1 << 22
            case .impersonalReport: return 1 << 23
            case .adverbialSubordinator: return 1 << 24
            case .assertiveInfinitiveVerb: return 1 << 25
            case .mediaNoun: return 1 << 26
            case .sentenceAdverb: return 1 << 27
            case .seatWord: return 1 << 28
            case .notVerbInE: return 1 << 29
            case .basedParticiple: return 1 << 30
            case .firstPerson: return 1 << 31
            }
        }
    }

    private(set) var verbs: [String: [Verb]] = [:]
    private(set) var konjunktiv: Set<String> = []
    /// Konjunktiv I forms in `-te` of verbs whose stem ends in `-t` (`halte`, `bedeute`), which look like a weak
    /// verb's past.
    private(set) var konjunktivInTe: Set<String> = []
    /// Cue kinds of each word, as bits of `Cue`: one hash lookup per test.
    private(set) var cueBits: [String: UInt32] = [:]
    private(set) var organisationRoles = EndingList()
    /// Place-type words (`Stadtteil`, `Bezirk`) from `rules/place-types.txt`, lower-cased.
    private(set) var placeTypes: Set<String> = []
    /// Organisation type words (`Reederei`, `Hilfsorganisation`) from `rules/org-type-words.txt`, lower-cased.
    private(set) var organisationTypes: Set<String> = []
    /// The type words of the file's `companies` section: what `der Konzern`, `das Unternehmen` can take up.
    private(set) var companyTypes: Set<String> = []
    /// Nouns for what someone said (`Argument`, `Begründung`): `Sein Argument: …` goes on with the last speaker.
    private(set) var statementNouns: Set<String> = []
    /// Title endings that a no-title ending would swallow (`Staatsanwalt` ends in `anwalt`).
    private(set) var keptTitles = EndingList()
    /// Stems of adjectives that are part of a title (`stellvertretend`, `regional`, `ständig`).
    private(set) var titleAdjectives: Set<String> = []
    /// Word endings of person nouns (`SPD-Politiker`, `Grünen-Abgeordnete` is a role already).
    private(set) var personNounEndings = EndingList()
    /// `endKey` of each lower-cased noun that names a person (`botaniker`, `französin`, from
    /// `nouns/person-nouns.txt`): the word and a compound's ends are tested by one hash walked from its last byte.
    private var personNounEndKeys = HashedKeySet()
    /// `endKey` of each first name of a woman (`persons/first-names-female.txt`, as written): a singular `sie`
    /// takes up a woman. Hashed from the file's bytes: 21,000 strings cost half the lexicon's load time.
    private(set) var femaleFirstNameKeys = HashedKeySet()
    /// Adjectives whose stem shares little with their country's name (`zyprisch` → `Zypern`), lower-cased: the
    /// names the article may use (`relations/country-adjectives.tsv`).
    private(set) var countryAdjectives: [String: [String]] = [:]
    /// Word endings of professions (`ökonom`, `ingenieur`): fused to an organisation, they name someone working for it.
    private(set) var professionEndings = EndingList()
    /// Word endings of professions and descriptions, which are no titles (`Anwalt`, `Finanzexperte`).
    private(set) var noTitles = EndingList()
    /// A part of the name of the body each role ending of `roleInstitutionEndings` is held in (`richter` →
    /// `gericht`), in the same order.
    private(set) var roleInstitutionParts: [String] = []
    /// Lower-cased UTF-8 endings that make a compound an organisation type word (`verband`, `institut`).
    private(set) var organisationTypeEndings = EndingBuckets()
    /// Lower-cased UTF-8 place-type words that make a compound a place type (`Ostküstenstadt`).
    private(set) var placeTypeEndings = EndingBuckets()
    /// Provenance sources (`file:line`, rule names) of mentions that name a newspaper, broadcaster or agency.
    private(set) var mediaSources: Set<String> = [Provenance.mediaTitle]
    /// Provenance sources (`file:line`) of mentions that name a news agency (`dpa`, `APA`, `Reuters`).
    private(set) var agencySources: Set<String> = []
    /// Provenance sources (`file:line`) of mentions that name a political party.
    private(set) var partySources: Set<String> = []
    /// Provenance sources (`file:line`) of mentions that name a sports club (`FC Köln`, `HSV`).
    private(set) var clubSources: Set<String> = []
    /// Word endings of offices held in a party itself (`chef`, `generalsekretär`), lower case.
    private(set) var partyOffices = EndingList()
    /// Lower-case verbs of employment (`arbeitet`) and participles after `ist`/`war` (`beschäftigt`).
    private(set) var employmentVerbs: Set<String> = []
    static let organisationList = "curated/organisations.tsv"

    /// Whether the lower-cased `word` is a person noun or a compound ending in one of six letters or more
    /// (`wirtschaftspsychologin`; not `urkunde` for `kunde`).
    func isPersonNoun(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { isPersonNoun(utf8: $0) }
    }

    /// `isPersonNoun(_:)` of the word whose UTF-8 is `bytes` (a token's, without a `String` made for it).
    func isPersonNoun(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // The code points (`unicodeScalars.count`): the bytes that are no continuation bytes.
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        // The key of every end of the word, one byte more each step from the last: no string per end. An end is
        // tested from six code points on with three before it, and the whole word at the last step.
        var hash = Self.endKeyBasis
        var endLength = 0
        var index = bytes.count
        while index > 0 {
            index -= 1
            hash = Self.endKeyStep(hash, bytes[index])
            // A code point starts at a byte that is no continuation byte.
            guard bytes[index] & 0xC0 != 0x80 else { continue }
            endLength += 1
            let compoundEnd = endLength >= 6 && count - endLength >= 3 && count > 8
            if compoundEnd || endLength == count, personNounEndKeys.contains(hash) { return true }
        }
        return false
    }

    /// FNV-1a over the bytes from the last to the first, so that the keys of all of a word's ends come out of
    /// one walk from its end.
    static func endKey<C: BidirectionalCollection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        bytes.reversed().reduce(endKeyBasis) { endKeyStep($0, $1) }
    }

    private static let endKeyBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    private static func endKeyStep(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    /// Role word endings from `relations/role-institutions.tsv`.
    private(set) var roleInstitutionEndings = EndingList()
    /// Lower-case word that takes a title up → the other titles it takes up (`premierminister` → `premier`;
    /// `regierungschef` → `premier`, `bundeskanzler` …), from `relations/title-variants.tsv`: keyed by the word
    /// taken up, which the rules know once per search, so most searches ask nothing more.
    private(set) var titlesTakenUp: [String: Set<String>] = [:]
    /// Organisation designations as token sequences (`e. V.` → `e`, `.`, `v`, `.`), lower-cased words only.
    private(set) var designations: [[String]] = []
    /// The designations of one word (`gmbh`), as endings: a name's last word is tested against them at once.
    private(set) var designationEndings = EndingList()

    init(lexicons: LexiconDirectory) throws {
        // Role form → (lemma as spelt in the list, `file:line`), and the role words that head no compound
        // (`Verteidiger` is a title, `Innenverteidiger` a football position): read here for `roleTable`, which keeps
        // them.
        var roles: [String: (lemma: String, source: String)] = [:]
        var wholeWordRoles: Set<String> = []
        for path in ["nouns/roles.tsv", "relations/roles.tsv"] where Self.exists(path, in: lexicons) {
            for row in try lexicons.rows(of: path) where row.fields.count >= 1 {
                let form = Self.trimmed(row.fields[0])
                guard !form.isEmpty else { continue }
                let lemma = row.fields.count > 1 && !row.fields[1].isEmpty
                    ? Self.trimmed(row.fields[1]) : form
                let key = form.lowercased()
                if roles[key] == nil { roles[key] = (lemma, "\(path):\(row.line)") }
            }
        }
        for path in ["rules/speech-verbs.tsv", "relations/speech-verbs.tsv"] where Self.exists(path, in: lexicons) {
            for row in try lexicons.rows(of: path) where row.fields.count >= 2 {
                let kind: VerbKind
                switch Self.trimmed(row.fields[1]) {
                case "speech": kind = .speech
                case "belief": kind = .belief
                default: continue
                }
                // `separable:teilte:mit` (particle closes the clause; `davon_aus` is two words) or a contiguous
                // word sequence (`rechnet damit`).
                let field = row.fields[0].lowercased()
                let source = "\(path):\(row.line)"
                if field.hasPrefix("separable:") {
                    let parts = field.split(separator: ":").map(String.init)
                    guard parts.count == 3 else { continue }
                    let particle = parts[2].split(separator: "_").map(String.init)
                    verbs[parts[1], default: []].append(
                        Verb(kind: kind, particle: particle, sequence: [], source: source))
                    continue
                }
                let words = field.split(separator: " ").map(String.init)
                guard let form = words.first, !Self.notVerbs.contains(form) else { continue }
                verbs[form, default: []].append(Verb(
                    kind: kind, particle: nil, sequence: Array(words.dropFirst()), source: source))
            }
        }
        konjunktiv = Set(try lexicons.words(of: "relations/konjunktiv.txt").map { $0.lowercased() })
        if Self.exists("relations/konjunktiv-in-te.txt", in: lexicons) {
            konjunktivInTe = Set(try lexicons.words(of: "relations/konjunktiv-in-te.txt").map { $0.lowercased() })
        }
        if Self.exists("relations/country-adjectives.tsv", in: lexicons) {
            for row in try lexicons.rows(of: "relations/country-adjectives.tsv") where row.fields.count >= 2 {
                countryAdjectives[String(row.fields[0]).lowercased()] = row.fields[1].split(separator: "|").map {
                    String($0).lowercased()
                }
            }
        }
        if Self.exists("nouns/person-nouns.txt", in: lexicons) {
            personNounEndKeys = HashedKeySet(try lexicons.words(of: "nouns/person-nouns.txt").map {
                Self.endKey($0.lowercased().utf8)
            })
        }
        // The entity stage's professions that no feminine in `-in` put into the dictionary's person nouns
        // (`Hacker`, `Segler`): `Der Hacker betont, dass …` takes up the person named before as `der Programmierer`.
        if Self.exists("rules/description-nouns.txt", in: lexicons) {
            for word in try lexicons.words(of: "rules/description-nouns.txt") {
                personNounEndKeys.insert(Self.endKey(word.lowercased().utf8))
            }
        }
        if Self.exists("persons/first-names-female.txt", in: lexicons) {
            let text = try lexicons.text(of: "persons/first-names-female.txt")
            femaleFirstNameKeys.reserveCapacity(24_000)
            for line in text.utf8.split(separator: UInt8(ascii: "\n")) where line.first != UInt8(ascii: "#") {
                femaleFirstNameKeys.insert(Self.endKey(line))
            }
        }
        if Self.exists("rules/place-types.txt", in: lexicons) {
            placeTypes = Set(try lexicons.words(of: "rules/place-types.txt").map { $0.lowercased() })
            // Compounds ending in one are place types too (`US-Ostküstenstadt`), as in the entity stage.
            for word in placeTypes.sorted() where word.count >= 4 && !word.contains("-") {
                placeTypeEndings.append(Array(word.utf8))
            }
        }
        if Self.exists("rules/org-type-words.txt", in: lexicons) {
            // One read for both sets: the company words are those under the `# ---- companies` header.
            var section = ""
            for line in try lexicons.text(of: "rules/org-type-words.txt").split(separator: "\n") {
                if line.hasPrefix("#") {
                    if line.hasPrefix("# ---- ") { section = String(line.dropFirst(7)) }
                    continue
                }
                var word = line.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
                guard !word.isEmpty else { continue }
                // `-institut`: an ending only; other words of five letters or more end compounds too
                // (`Gewerkschaftsverband`), as in the entity stage.
                if word.hasPrefix("-") {
                    word.removeFirst()
                    organisationTypeEndings.append(Array(word.utf8))
                    continue
                }
                if word.count >= 5, !word.contains("-") { organisationTypeEndings.append(Array(word.utf8)) }
                organisationTypes.insert(word)
                if section.hasPrefix("companies") { companyTypes.insert(word) }
            }
        }
        if Self.exists(Self.organisationList, in: lexicons) {
            // Read as bytes: a `String` per field of the 2,500 rows would cost more than the rest of this load.
            let file = try TSVFile(lexicons: lexicons, file: Self.organisationList)
            let media = Array("media".utf8)
            let agency = Array("news-agency".utf8)
            let party = Array("party".utf8)
            let club = Array("club".utf8)
            file.forEachRow { row in
                guard row.count >= 4 else { return }
                let kind = file.bytes[file.trimmed(row[3])]
                if kind.starts(with: media) || kind.starts(with: agency) {
                    mediaSources.insert("\(Self.organisationList):\(row.line)")
                    if kind.starts(with: agency) { agencySources.insert("\(Self.organisationList):\(row.line)") }
                } else if kind.starts(with: party) {
                    partySources.insert("\(Self.organisationList):\(row.line)")
                } else if kind.starts(with: club) {
                    clubSources.insert("\(Self.organisationList):\(row.line)")
                }
            }
        }
        for row in try lexicons.rows(of: "relations/role-institutions.tsv") where row.fields.count >= 2 {
            roleInstitutionEndings.append(row.fields[0].lowercased())
            roleInstitutionParts.append(row.fields[1].lowercased())
        }
        if Self.exists("relations/title-variants.tsv", in: lexicons) {
            for row in try lexicons.rows(of: "relations/title-variants.tsv") where row.fields.count >= 2 {
                titlesTakenUp[Self.trimmed(row.fields[1]).lowercased(), default: []]
                    .insert(Self.trimmed(row.fields[0]).lowercased())
            }
        }
        for row in try lexicons.rows(of: "relations/cues.tsv") where row.fields.count >= 2 {
            let kind = String(row.fields[0])
            let word = Self.trimmed(row.fields[1])
            if kind == "org-designation" {
                let words = Self.words(of: word)
                designations.append(words)
                if words.count == 1 { designationEndings.append(words[0]) }
            } else if kind == Cue.organisationRole.rawValue {
                organisationRoles.append(word.lowercased())
            } else if kind == "no-title" {
                noTitles.append(word.lowercased())
            } else if kind == "statement-noun" {
                statementNouns.insert(word.lowercased())
            } else if kind == "kept-title" {
                keptTitles.append(word.lowercased())
            } else if kind == "whole-word-role" {
                wholeWordRoles.insert(word.lowercased())
            } else if kind == "title-adjective" {
                titleAdjectives.insert(word.lowercased())
            } else if kind == "person-noun-ending" {
                personNounEndings.append(word.lowercased())
            } else if kind == "profession-ending" {
                professionEndings.append(word.lowercased())
            } else if kind == "party-office" {
                partyOffices.append(word.lowercased())
            } else if kind == "employment-verb" {
                employmentVerbs.insert(word.lowercased())
            } else if kind == "assertive-infinitive-verb" {
                // Also an infinitive verb: the kind adds that its zu-infinitive may be a noun's instead.
                cueBits[word.lowercased(), default: 0] |= Cue.infinitiveVerb.bit | Cue.assertiveInfinitiveVerb.bit
            } else if let cue = Cue(rawValue: kind) {
                cueBits[word.lowercased(), default: 0] |= cue.bit
            }
        }
        var bits: [String: UInt64] = [:]
        for (word, cue) in cueBits { bits[word, default: 0] |= UInt64(cue) }
        for word in verbs.keys { bits[word, default: 0] |= Self.verbBit }
        for word in konjunktiv { bits[word, default: 0] |= Self.konjunktivBit }
        for word in konjunktivInTe { bits[word, default: 0] |= Self.konjunktivInTeBit }
        for word in employmentVerbs { bits[word, default: 0] |= Self.employmentBit }
        wordBits = bits
        // Rule words take the ids of their raw values; list words follow.
        var vocabulary: [String: Int32] = [:]
        for word in RuleWord.allCases { vocabulary[word.text] = word.rawValue }
        func id(_ word: String) -> Int32 {
            if let id = vocabulary[word] { return id }
            let id = Int32(vocabulary.count)
            vocabulary[word] = id
            return id
        }
        for word in bits.keys { _ = id(word) }
        for word in placeTypes { _ = id(word) }
        for word in organisationTypes { _ = id(word) }
        for wordClass in WordClass.allCases { for word in wordClass.words { _ = id(word) } }
        for verbs in verbs.values {
            for verb in verbs { for word in (verb.particle ?? []) + verb.sequence { _ = id(word) } }
        }
        var bitsByID = [UInt64](repeating: 0, count: vocabulary.count)
        var verbsByID = [[Verb]](repeating: [], count: vocabulary.count)
        for (word, id) in vocabulary {
            bitsByID[Int(id)] = bits[word] ?? 0
            if placeTypes.contains(word) { bitsByID[Int(id)] |= Self.placeTypeBit }
            if organisationTypes.contains(word) { bitsByID[Int(id)] |= Self.organisationTypeBit }
            verbsByID[Int(id)] = (verbs[word] ?? []).map { verb in
                Verb(kind: verb.kind, particle: verb.particle, sequence: verb.sequence, source: verb.source,
                     particleIDs: verb.particle.map { $0.map { vocabulary[$0]! } },
                     sequenceIDs: verb.sequence.map { vocabulary[$0]! })
            }
        }
        for wordClass in WordClass.allCases {
            for word in wordClass.words { bitsByID[Int(vocabulary[word]!)] |= wordClass.bit }
        }
        self.vocabulary = vocabulary
        byteVocabulary = ByteVocabulary(vocabulary)
        keyedVocabulary = KeyedVocabulary(vocabulary, bitsByID: bitsByID)
        roleTable = RoleTable(roles: roles, wholeWordRoles: wholeWordRoles)
        self.bitsByID = bitsByID
        self.verbsByID = verbsByID
        var verbReadingsByID = [VerbReadings](repeating: .none, count: vocabulary.count)
        for (word, id) in vocabulary where !verbsByID[Int(id)].isEmpty {
            verbReadingsByID[Int(id)] = VerbReadings(word: word, verbs: verbsByID[Int(id)])
        }
        self.verbReadingsByID = verbReadingsByID
        viewTables = ArticleView.LexiconTables(self)
    }

    /// Id of every lower-cased word a rule or a list names (`RuleWord` ids first); a token is looked up once.
    private(set) var vocabulary: [String: Int32] = [:]
    /// The role words' look-ups, in an object of their own that the article view holds.
    private(set) var roleTable = RoleTable(roles: [:], wholeWordRoles: [])
    /// `vocabulary` by UTF-8 bytes, for tokens in NFC.
    private(set) var byteVocabulary = ByteVocabulary([:])
    /// `vocabulary` by the tokens' keys, for tokens of ASCII and Latin-1.
    private(set) var keyedVocabulary = KeyedVocabulary([:])
    /// `wordBits` of each vocabulary id, with `placeTypeBit`.
    private(set) var bitsByID: [UInt64] = []
    /// Speech verb readings of each vocabulary id (empty for no verb), particles and sequences as ids.
    private(set) var verbsByID: [[Verb]] = []
    /// `verbsByID` sorted for `SpeechRules.pick` (`VerbReadings.none` for no verb).
    private(set) var verbReadingsByID: [VerbReadings] = []
    /// The tables above that every article's view reads, in one object.
    private(set) var viewTables = ArticleView.LexiconTables()
    static let placeTypeBit: UInt64 = 1 << 34
    static let organisationTypeBit: UInt64 = 1 << 35
    /// Verbs and participles of employment (`arbeitet`, `beschäftigt`), cue kind `employment-verb`.
    static let employmentBit: UInt64 = 1 << 36
    /// Konjunktiv I forms in `-te` of verbs whose stem ends in `-t` (`relations/konjunktiv-in-te.txt`).
    static let konjunktivInTeBit: UInt64 = 1 << 37

    /// Per word: cue bits in the low 32 bits, `verbBit` and `konjunktivBit` above; one lookup per token.
    private(set) var wordBits: [String: UInt64] = [:]
    static let verbBit: UInt64 = 1 << 32
    static let konjunktivBit: UInt64 = 1 << 33

    /// A title adjective: a listed stem plus an adjective ending (`regionaler`, `Ständige`).
    func isTitleAdjective(_ lower: String) -> Bool {
        for ending in ["", "e", "er", "en", "es", "em"] where lower.hasSuffix(ending) {
            if titleAdjectives.contains(String(lower.dropLast(ending.count))) { return true }
        }
        return false
    }

    func isCue(_ cue: Cue, _ word: String) -> Bool { (cueBits[word] ?? 0) & cue.bit != 0 }

    /// Attribution words the shared list files as speech that the rules treat apart (`so X`, `wie X sagte`).
    /// `meine`/`meinen` are far more often the possessive than the verb.
    private static let notVerbs: Set<String> = ["so", "wie", "meine", "meinen"]

    /// `field.trimmingCharacters(in: .whitespaces)`, without Foundation for the common field that starts and ends
    /// in an ASCII code point other than space and tab: then nothing is trimmed. Foundation's call made the
    /// lexicon load slow.
    static func trimmed(_ field: Substring) -> String {
        let scalars = field.unicodeScalars
        guard let first = scalars.first?.value, let last = scalars.last?.value,
              first < 0x80 && first != 0x20 && first != 0x09 && last < 0x80 && last != 0x20 && last != 0x09
        else { return field.trimmingCharacters(in: .whitespaces) }
        return String(field)
    }

    private static func exists(_ path: String, in lexicons: LexiconDirectory) -> Bool {
        FileManager.default.fileExists(atPath: lexicons.url.appendingPathComponent(path).path)
    }

    /// Lower-cased letter runs of a phrase, the way the token scan sees them.
    static func words(of phrase: String) -> [String] {
        var out: [String] = []
        var current = ""
        for scalar in phrase.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                out.append(current)
                current = ""
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }
}

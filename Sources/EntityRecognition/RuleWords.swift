import NewsGraphCore

/// The word lists the name rules read (`NameRules.words`), apart from the rest of `WordLists`. A class made once with
/// the stage: the rules' object, made for every article, keeps one reference to it, where a copy of the lists
/// retained and later released each of their twenty arrays.
///
/// The rules' hot tests are methods here (`matchesEnd(_:of:minimum:prefix:)`, `isCommonNoun(_:)`): a list read
/// inside a method of this object is borrowed, where the rules reading it through their reference retained and
/// released its arrays for every word asked.
final class RuleWords: Sendable {
    let commonNouns: KeySet
    /// What tells the compound answers this object's noun set gives apart from another's (`CompoundAnswers`).
    private let compoundSalt = CompoundAnswers.salt()
    let personNouns: KeySet
    let orgDesignations: KeySet
    /// One bit per designation, by its key's top bits (`mayBeDesignation(_:)`).
    private let designationBits: [UInt64]
    let legalFormPrefixes: KeySet
    let placeTypeSuffixes: SuffixSet
    let orgTypeSuffixes: SuffixSet
    let roleSuffixes: SuffixSet
    let descriptionSuffixes: SuffixSet
    let facilityHeads: SuffixSet
    let institutionHeads: SuffixSet
    let nonOrganisationHeads: KeySet
    let nonOrganisationHeadEnds: SuffixSet
    private let legalFormsByInitial: [[[Unicode.Scalar]]]
    /// Literal lists the rules ask of thousands of tokens a pass (`contains(_:_:)`), held here: read from their
    /// globals (`NameRules.Literal`, `FunctionWords`), each question cost a lazy initialisation check, a call.
    private let subjectArticles = NameRules.Literal.subjectArticles
    private let definiteArticles = NameRules.Literal.definiteArticles
    private let indefiniteArticles = NameRules.Literal.indefiniteArticles
    /// A set, not the list: the first-name rule asks it after every name it finds, and a search compared the key
    /// with each of the list's forty-odd words.
    private let acronymLongFormHeads = KeySet(NameRules.Literal.acronymLongFormHeads)
    private let estateHeads = NameRules.Literal.estateHeads
    private let determiners = FunctionWords.determiners

    init(_ words: WordLists) {
        commonNouns = words.commonNouns
        personNouns = words.personNouns
        orgDesignations = words.orgDesignations
        var designationBits = [UInt64](filled: 0, count: Self.designationWords)
        words.orgDesignations.forEach { key in
            let bit = Self.designationBit(key)
            designationBits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.designationBits = designationBits
        legalFormPrefixes = words.legalFormPrefixes
        placeTypeSuffixes = words.placeTypeSuffixes
        orgTypeSuffixes = words.orgTypeSuffixes
        roleSuffixes = words.roleSuffixes
        descriptionSuffixes = words.descriptionSuffixes
        facilityHeads = words.facilityHeads
        institutionHeads = words.institutionHeads
        nonOrganisationHeads = words.nonOrganisationHeads
        nonOrganisationHeadEnds = words.nonOrganisationHeadEnds
        legalFormsByInitial = words.legalFormsByInitial
    }

    /// Whether `key` may be in `orgDesignations`: a clear bit rules it out without a probe of the set. The rules ask
    /// the stems of every long capitalised word in `-s` (a genitive's) and nearly none is a designation.
    @inline(__always)
    func mayBeDesignation(_ key: WordKey) -> Bool {
        let bit = Self.designationBit(key)
        return designationBits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    private static let designationWords = 64

    @inline(__always)
    private static func designationBit(_ key: WordKey) -> Int { Int(truncatingIfNeeded: key.raw >> 52) }

    /// Longest first, as `WordLists.legalForms` is sorted.
    func legalForms(startingWith scalar: Unicode.Scalar) -> [[Unicode.Scalar]] {
        scalar.value < 0x250 ? legalFormsByInitial[Int(scalar.value)] : []
    }

    /// The suffix lists, named for `matchesEnd(_:of:minimum:prefix:)`.
    enum Suffixes { case role, description, orgType, placeType, facility, institution, nonOrganisationHead }

    /// `SuffixSet.matchesEnd(of:minimum:prefix:)` of the list `which` names. Inlined, as the set's test was in the
    /// rules: `which` is a constant at every call, and the switch goes with it.
    @inline(__always)
    func matchesEnd(_ which: Suffixes, of word: Slice<UnsafeBufferPointer<Unicode.Scalar>>, minimum: Int, prefix: Int)
        -> Bool {
        switch which {
        case .role: roleSuffixes.matchesEnd(of: word, minimum: minimum, prefix: prefix)
        case .description: descriptionSuffixes.matchesEnd(of: word, minimum: minimum, prefix: prefix)
        case .orgType: orgTypeSuffixes.matchesEnd(of: word, minimum: minimum, prefix: prefix)
        case .placeType: placeTypeSuffixes.matchesEnd(of: word, minimum: minimum, prefix: prefix)
        case .facility: facilityHeads.matchesEnd(of: word, minimum: minimum, prefix: prefix)
        case .institution: institutionHeads.matchesEnd(of: word, minimum: minimum, prefix: prefix)
        case .nonOrganisationHead: nonOrganisationHeadEnds.matchesEnd(of: word, minimum: minimum, prefix: prefix)
        }
    }

    /// The literal lists, named for `contains(_:_:)`.
    enum Literals { case subjectArticles, definiteArticles, indefiniteArticles, acronymLongFormHeads, estateHeads }

    /// Whether the list `which` names holds `key` (an exact key). Inlined: `which` is a constant at every call.
    @inline(__always)
    func contains(_ which: Literals, _ key: WordKey) -> Bool {
        switch which {
        case .subjectArticles: subjectArticles.contains(key)
        case .definiteArticles: definiteArticles.contains(key)
        case .indefiniteArticles: indefiniteArticles.contains(key)
        case .acronymLongFormHeads: acronymLongFormHeads.contains(key)
        case .estateHeads: estateHeads.contains(key)
        }
    }

    /// Whether `key` (a folded key) is one of `FunctionWords.determiners`.
    @inline(__always)
    func isDeterminer(_ key: WordKey) -> Bool { determiners.contains(key) }

    /// Whether `key` is a listed common noun.
    @inline(__always)
    func isCommonNoun(_ key: WordKey) -> Bool { commonNouns.contains(key) }

    /// `NameRules.isCompoundNoun(_:_:_:)` with the noun set, of a capitalised word with no capital after its first
    /// letter whose folded key is `folded`: answered from the thread's earlier articles where one asked it
    /// (`CompoundAnswers`).
    @inline(__always)
    func isCompoundNoun(_ scalars: [Unicode.Scalar], _ span: TextSpan, folded: WordKey) -> Bool {
        CompoundAnswers.answer(folded.combined(with: compoundSalt)) {
            NameRules.isCompoundNoun(scalars, span, commonNouns)
        }
    }

    /// `WordLists.hasCommonNounEnd(_:skipping:minimum:)`.
    func hasCommonNounEnd(_ word: ArraySlice<Unicode.Scalar>, skipping: Int, minimum: Int) -> Bool {
        WordLists.hasEnd(word, in: commonNouns, skipping: skipping, minimum: minimum)
    }
}

/// The word lists the name rules read (`NameRules.words`), apart from the rest of `WordLists`: the rules' object,
/// made for every article, keeps a copy, and a copy of all the lists retained and later released some thirty
/// arrays, where these are twenty.
struct RuleWords: Sendable {
    let commonNouns: KeySet
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

    /// `WordLists.hasCommonNounEnd(_:skipping:minimum:)`.
    func hasCommonNounEnd(_ word: ArraySlice<Unicode.Scalar>, skipping: Int, minimum: Int) -> Bool {
        WordLists.hasEnd(word, in: commonNouns, skipping: skipping, minimum: minimum)
    }
}

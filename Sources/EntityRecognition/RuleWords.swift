/// The word lists the name rules read (`NameRules.words`), apart from the rest of `WordLists`: the rules' object,
/// made for every article, keeps a copy, and a copy of all the lists retained and later released some thirty
/// arrays, where these are nineteen.
struct RuleWords: Sendable {
    let commonNouns: KeySet
    let personNouns: KeySet
    let orgDesignations: KeySet
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

    /// Longest first, as `WordLists.legalForms` is sorted.
    func legalForms(startingWith scalar: Unicode.Scalar) -> [[Unicode.Scalar]] {
        scalar.value < 0x250 ? legalFormsByInitial[Int(scalar.value)] : []
    }

    /// `WordLists.hasCommonNounEnd(_:skipping:minimum:)`.
    func hasCommonNounEnd(_ word: ArraySlice<Unicode.Scalar>, skipping: Int, minimum: Int) -> Bool {
        WordLists.hasEnd(word, in: commonNouns, skipping: skipping, minimum: minimum)
    }
}

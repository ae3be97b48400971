/// What every article's `MentionResolver` reads and none changes, made once with the stage and kept behind one
/// reference: the resolver, made for every article, retained and released each of these arrays when it held copies.
final class ResolverLists: Sendable {
    let commonNouns: KeySet
    /// Speech verbs, role words and titles: next to them a noun-like surname is the person.
    let cueWords: KeySet
    /// Where list matches' sources, canonical names and ids are.
    let lexicon: LexiconEntries
    /// The entities and sources of lexicon entries that earlier articles made.
    let entryStrings: EntryStrings
    /// Designations with a standard abbreviation (`WordLists.designationAcronyms`, `designationAcronymKeys`).
    let designationAcronyms: KeyTable
    let designationAcronymKeys: [WordKey]
    /// Country codes (exact key) to their country's lexicon entry (`WordLists.countryCodes`).
    let countryCodes: KeyTable
    /// Swiss canton codes (exact key) to their canton's lexicon entry (`WordLists.cantonCodes`).
    let cantonCodes: KeyTable
    /// Each thread's store for the coreference scan, cleared for every article (`FirstSpans.Store.reset`).
    let coreferenceStores = PerThread { FirstSpans.Store(capacity: 64) }
    /// Each thread's arrays of candidates, the stage's and the resolver's, emptied for every article.
    let candidateArrays = PerThread { CandidateArrays() }
    /// `gegen` and `über` before a town that names its club (`MentionResolver.clubEnd`), folded: asked before
    /// thousands of towns a pass, where each read of a static cost a lazy initialisation check, a call.
    let gegen = WordKey("gegen", folded: true)
    let ueber = WordKey("über", folded: true)

    init(
        words: WordLists, cueWords: KeySet, lexicon: LexiconEntries, entryStrings: EntryStrings,
        countryCodes: KeyTable = KeyTable(), cantonCodes: KeyTable = KeyTable()
    ) {
        commonNouns = words.commonNouns
        self.cueWords = cueWords
        self.lexicon = lexicon
        self.entryStrings = entryStrings
        designationAcronyms = words.designationAcronyms
        designationAcronymKeys = words.designationAcronymKeys
        self.countryCodes = countryCodes
        self.cantonCodes = cantonCodes
    }
}

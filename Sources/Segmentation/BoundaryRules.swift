import NewsGraphCore

/// Language rules that take back ICU sentence boundaries (after abbreviations, ordinals, initials,
/// list numbers) and that join lines broken inside a paragraph.
struct BoundaryRules: Sendable {
    let language: String
    /// Abbreviations with their final period and without inner spaces (`z.B.`, `Dr.`, `e.V.`).
    private let abbreviations: Set<String>
    /// Abbreviations that often end a sentence too (`usw.`, `etc.`): they keep ICU's boundary.
    private let sentenceFinalAbbreviations: Set<String>
    private let months: Set<String>
    /// Words after which `N.` is an ordinal (`am 24.`, `zum 1.`).
    private let ordinalCues: Set<String>

    init(language: String, lexicons: LexiconDirectory) throws {
        self.language = language
        var abbreviations: Set<String> = []
        var finals: Set<String> = []
        for row in try lexicons.rows(of: "segmentation/abbreviations-\(language).txt") {
            let form = row.fields[0].filter { $0 != " " }
            abbreviations.insert(String(form))
            if row.fields.count > 1 && row.fields[1] == "final" { finals.insert(String(form)) }
        }
        self.abbreviations = abbreviations
        self.sentenceFinalAbbreviations = finals
        self.months = Set(try lexicons.words(of: "segmentation/months-\(language).txt"))
        self.ordinalCues = Set(try lexicons.words(of: "segmentation/ordinal-cues-\(language).txt"))
    }

    /// The ends of sentences (exclusive, possibly followed by white space), in order; the last is the text's end.
    func sentenceEnds(icuSegments: [BreakSegment], document: Document) -> [CodePointOffset] {
        var ends: [CodePointOffset] = []
        let count = document.scalars.count
        for segment in icuSegments {
            let end = segment.span.end
            if end < count && shouldJoin(at: end, in: document) { continue }
            if ends.last != end { ends.append(end) }
        }
        if ends.last != count && count > 0 { ends.append(count) }
        return ends
    }

    /// Whether the ICU boundary at `end` falls inside a sentence.
    func shouldJoin(at end: CodePointOffset, in document: Document) -> Bool {
        let scalars = document.scalars
        var last = end - 1
        while last >= 0 && scalars[last].properties.isWhitespace { last -= 1 }
        guard last >= 0 else { return false }
        var next = end
        while next < scalars.count && scalars[next].properties.isWhitespace { next += 1 }
        guard next < scalars.count else { return false }
        var newlines = 0
        for index in (last + 1)..<next where scalars[index] == "\n" || scalars[index] == "\u{2029}" { newlines += 1 }
        if newlines >= 2 { return false }
        let lastScalar = scalars[last]
        let nextScalar = scalars[next]
        if newlines == 1 {
            // A line without final punctuation is a headline, unless the next line carries on in lower case.
            return !Self.isTerminal(lastScalar) && nextScalar.properties.isLowercase
        }
        guard lastScalar == "." else { return false }
        let tokens = document.tokens
        let dotIndex = document.firstToken(endingAfter: last)
        guard dotIndex < tokens.count, tokens[dotIndex].span.end == last + 1, dotIndex > 0 else { return false }
        let before = tokens[dotIndex - 1]
        guard before.span.end == last || (tokens[dotIndex].span.begin == last && before.span.end == last) else {
            return false
        }
        let word = document.text(of: before.span)
        if isAbbreviation(endingAt: dotIndex, in: document) { return true }
        let nextTokenIndex = document.firstToken(endingAfter: next)
        let nextWord = nextTokenIndex < tokens.count ? document.text(of: tokens[nextTokenIndex].span) : ""
        if before.kind == .number {
            if word.count <= 3 && word.allSatisfy(\.isNumber) {
                if months.contains(nextWord) || tokens[nextTokenIndex].kind == .number { return true }
                if dotIndex >= 2 && ordinalCues.contains(document.text(of: tokens[dotIndex - 2].span).lowercased()) {
                    return true
                }
            }
            // `1. Dies ist …`: a list number at the start of a line.
            if Self.startsLine(before.span.begin, in: scalars) { return true }
            return false
        }
        // Initials: `Anna K. sagte`, `J. R. R. Tolkien`, roman numerals after names (`Paul II.`).
        if word.count == 1, word.first!.isUppercase, dotIndex >= 2 {
            let previous = document.text(of: tokens[dotIndex - 2].span)
            if previous.first?.isUppercase == true && tokens[dotIndex - 2].span.end < before.span.begin {
                return true
            }
        }
        return false
    }

    /// Whether the tokens up to the period at `dotIndex` spell a known abbreviation (`z. B.`, `Dr.`).
    private func isAbbreviation(endingAt dotIndex: Int, in document: Document) -> Bool {
        let tokens = document.tokens
        var form = "."
        var index = dotIndex - 1
        var found = false
        while index >= 0 && dotIndex - index <= 6 {
            let token = tokens[index]
            let gap = tokens[index + 1].span.begin - token.span.end
            if gap > 1 { break }
            form = document.text(of: token.span) + form
            if abbreviations.contains(form) {
                found = !sentenceFinalAbbreviations.contains(form)
                if index == 0 || tokens[index - 1].span.end < token.span.begin || document.text(of: tokens[index - 1].span) == "." {
                    break
                }
            }
            index -= 1
        }
        return found
    }

    private static func isTerminal(_ scalar: Unicode.Scalar) -> Bool {
        ".!?:;\"“”«»)…'’".unicodeScalars.contains(scalar)
    }

    private static func startsLine(_ offset: CodePointOffset, in scalars: [Unicode.Scalar]) -> Bool {
        var index = offset - 1
        while index >= 0 && (scalars[index] == " " || scalars[index] == "\t") { index -= 1 }
        return index < 0 || scalars[index] == "\n"
    }
}

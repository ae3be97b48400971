import NewsGraphCore

/// `Lexicons/lists.def`: which list holds what, and how much a match from it weighs.
///
/// Rows are `file<TAB>role<TAB>priority<TAB>options`. The role is an entity type (`PER`, `ORG`, `LOC`) for
/// name lists, or the name of a word list the rules read (`common-nouns`, `roles`, …). Options are
/// space-separated: `stopnouns` drops one-word matches that are also common nouns (a place among them counts only in
/// place context: `in Essen`), `min-population=N` drops places with a smaller population (sixth column).
struct ListIndex {
    /// One row of the index.
    struct Entry {
        let file: String
        let role: String
        let priority: Int
        let options: Set<String>
        let line: Int

        var entityType: EntityType? { EntityType(rawValue: role) }

        func option(_ name: String) -> String? {
            for option in options {
                if option == name { return "" }
                if option.hasPrefix(name + "=") { return String(option.dropFirst(name.count + 1)) }
            }
            return nil
        }
    }

    static let file = "lists.def"
    let entries: [Entry]

    init(lexicons: LexiconDirectory) throws {
        var entries: [Entry] = []
        for row in try lexicons.rows(of: Self.file) {
            let fields = row.fields.map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count >= 2, !fields[0].isEmpty else {
                throw NewsGraphError(
                    .badLexicon, path: "\(Self.file):\(row.line)", message: "expected file<TAB>role[<TAB>priority]")
            }
            let priority = fields.count > 2 ? Int(fields[2]) ?? 0 : 0
            let options = fields.count > 3 ? Set(fields[3].split(separator: " ").map(String.init)) : []
            entries.append(
                Entry(file: fields[0], role: fields[1], priority: priority, options: options, line: row.line))
        }
        self.entries = entries
    }

    func entries(role: String) -> [Entry] { entries.filter { $0.role == role } }
}

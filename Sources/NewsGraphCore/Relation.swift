/// A typed link between entities, quantities, quotations and literals, with its evidence sentence.
public struct Relation: Hashable, Sendable {
    /// The closed vocabulary of relations.
    public enum Predicate: String, Hashable, Sendable, CaseIterable {
        case memberOf, represents, hasTitle, locatedIn, said, accordingTo
    }

    /// One end of a relation.
    public enum Node: Hashable, Sendable {
        case entity(key: String)
        /// Index into `Document.quantities`.
        case quantity(index: Int)
        /// Reported content, anchored in the text.
        case quotation(span: TextSpan)
        case literal(String)
    }

    public let subject: Node
    public let predicate: Predicate
    public let object: Node
    /// The role word for memberOf/represents (`Vorstandsvorsitzender`).
    // A `let`, as every other part: with one `var` among them, the initializer (inlined wherever a rule makes a
    // relation) copied the whole relation and destroyed the copy unread, its strings retained and released.
    public let role: String?
    /// Index into `Document.sentences` of the evidence sentence.
    public let sentenceIndex: Int
    public let provenance: Provenance

    public init(
        subject: Node, predicate: Predicate, object: Node, role: String? = nil, sentenceIndex: Int,
        provenance: Provenance
    ) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.role = role
        self.sentenceIndex = sentenceIndex
        self.provenance = provenance
    }
}

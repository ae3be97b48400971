/// The namespaces and the inline `@context` of NewsGraph's JSON-LD (also published as `docs/context.jsonld`).
public enum Vocabulary {
    public static let nif = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
    public static let itsrdf = "http://www.w3.org/2005/11/its/rdf#"
    public static let schema = "http://schema.org/"
    public static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    public static let xsd = "http://www.w3.org/2001/XMLSchema#"
    public static let prov = "http://www.w3.org/ns/prov#"
    /// NewsGraph's own terms: modifier, event, normalized, the relation predicates, provenance details.
    public static let newsgraph = "urn:newsgraph:vocab#"

    /// Inline so that no reader ever fetches a context over the network.
    public static let context: JSONValue = .object([
        ("nif", .string(nif)),
        ("itsrdf", .string(itsrdf)),
        ("schema", .string(schema)),
        ("rdf", .string(rdf)),
        ("xsd", .string(xsd)),
        ("prov", .string(prov)),
        ("ng", .string(newsgraph)),
    ])
}

import Foundation
@testable import JSONLD
import NewsGraphCore
import Testing

@Suite struct JSONLDWriterTests {
    /// A small document with one of every layer, built by hand so the writer is tested on its own.
    static func sample() -> Document {
        var document = Document(name: "probe 1", text: "Laut Europol wurden in Wien 120 Konten gesperrt.\n\"Das war nötig\", sagte Eva Brandt.")
        document.language = "de"
        document.sentences = [Sentence(span: TextSpan(0, 48), tokenRange: 0..<0), Sentence(span: TextSpan(49, 83), tokenRange: 0..<0)]
        let europol = Entity(type: .organization, canonicalName: "Europol", externalIDs: ["wd:Q206033"])
        let brandt = Entity(type: .person, canonicalName: "Eva Brandt")
        document.entities = [europol.key: europol, brandt.key: brandt]
        document.mentions = [
            EntityMention(span: TextSpan(71, 81), type: .person, entityKey: brandt.key, provenance: Provenance(match: .rule, source: "test")),
            EntityMention(span: TextSpan(5, 12), type: .organization, entityKey: europol.key, provenance: Provenance(match: .exact, source: "test")),
        ]
        document.quantities = [Quantity(span: TextSpan(28, 38), value: 120, unit: "Konto", provenance: Provenance(match: .rule, source: "test"))]
        document.dates = [TemporalExpression(span: TextSpan(0, 4), normalized: nil, provenance: Provenance(match: .rule, source: "test"))]
        document.relations = [
            Relation(subject: .quantity(index: 0), predicate: .accordingTo, object: .entity(key: europol.key), sentenceIndex: 0, provenance: Provenance(match: .rule, source: "test")),
            Relation(subject: .entity(key: brandt.key), predicate: .said, object: .quotation(span: TextSpan(50, 63)), sentenceIndex: 1, provenance: Provenance(match: .rule, source: "test")),
        ]
        return document
    }

    static func graph(_ text: String) throws -> [[String: Any]] {
        let json = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        return try #require(json?["@graph"] as? [[String: Any]])
    }

    @Test func outputIsValidJSONWithInlineContext() throws {
        let text = JSONLDWriter(pipelineVersion: "test").document(Self.sample())
        let json = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        let context = try #require(json?["@context"] as? [String: String])
        #expect(context["nif"] == Vocabulary.nif)
        #expect(context["ng"] == Vocabulary.newsgraph)
    }

    @Test func everyAnchorMatchesTheTextAtItsOffsets() throws {
        let document = Self.sample()
        let nodes = try Self.graph(JSONLDWriter(pipelineVersion: "test").document(document))
        var anchored = 0
        for node in nodes {
            guard let begin = node["nif:beginIndex"] as? Int, let end = node["nif:endIndex"] as? Int,
                let anchor = node["nif:anchorOf"] as? String
            else { continue }
            #expect(document.text(of: TextSpan(begin, end)) == anchor)
            anchored += 1
        }
        // 2 sentences, 2 mentions, 1 quantity, 1 date, 1 quotation.
        #expect(anchored == 7)
    }

    @Test func dateValuesAreWrittenOnlyWhereKnown() throws {
        var document = Self.sample()
        let provenance = Provenance(match: .rule, source: "test")
        document.dates = [
            TemporalExpression(span: TextSpan(0, 4), normalized: "2016-01", provenance: provenance),
            TemporalExpression(span: TextSpan(5, 12), normalized: nil, timeOfDay: "14:00", provenance: provenance),
        ]
        let dates = try Self.graph(JSONLDWriter(pipelineVersion: "test").document(document)).filter {
            ($0["@type"] as? String) == "ng:TemporalExpression"
        }
        #expect(dates.count == 2)
        #expect(dates.compactMap { $0["ng:normalized"] as? String } == ["2016-01"])
        #expect(dates.compactMap { $0["ng:timeOfDay"] as? String } == ["14:00"])
    }

    @Test func everyNodeHasAnIRI() throws {
        let nodes = try Self.graph(JSONLDWriter(pipelineVersion: "test").document(Self.sample()))
        for node in nodes {
            let id = try #require(node["@id"] as? String)
            #expect(!id.hasPrefix("_:"))
            #expect(!id.contains(" "))
        }
    }

    @Test func sameDocumentGivesIdenticalBytes() {
        let writer = JSONLDWriter(pipelineVersion: "test")
        #expect(writer.document(Self.sample()) == writer.document(Self.sample()))
    }

    @Test func entityNodeCarriesNamesAndSameAs() throws {
        let nodes = try Self.graph(JSONLDWriter(pipelineVersion: "test").document(Self.sample()))
        let europol = try #require(nodes.first { ($0["schema:name"] as? String) == "Europol" })
        #expect(europol["@type"] as? String == "schema:Organization")
        let sameAs = try #require(europol["schema:sameAs"] as? [[String: String]])
        #expect(sameAs.first?["@id"] == "http://www.wikidata.org/entity/Q206033")
    }

    @Test func relationIsAStatementTiedToItsArticle() throws {
        let document = Self.sample()
        let nodes = try Self.graph(JSONLDWriter(pipelineVersion: "test").document(document))
        let statements = nodes.filter { ($0["@type"] as? String) == "rdf:Statement" }
        #expect(statements.count == 2)
        for statement in statements {
            let context = try #require(statement["nif:referenceContext"] as? [String: String])
            #expect(context["@id"] == IRIs.article(document))
        }
        let said = try #require(statements.first { ($0["rdf:predicate"] as? [String: String])?["@id"] == "ng:said" })
        let quote = try #require(said["rdf:object"] as? [String: String])
        let quotation = try #require(nodes.first { ($0["@id"] as? String) == quote["@id"] })
        #expect(quotation["schema:text"] as? String == "Das war nötig")
    }

    @Test func mergingEntityNodesUnitesNamesAndIDs() {
        var first = EntityNode(entity: Entity(type: .organization, canonicalName: "Vereinte Nationen", externalIDs: ["wd:Q1065"]), alternateNames: ["UN"])
        let second = EntityNode(entity: Entity(type: .organization, canonicalName: "Vereinte Nationen", externalIDs: ["wd:Q1065", "x:1"]), alternateNames: ["UNO", "Vereinte Nationen"])
        first.merge(second)
        #expect(first.alternateNames == ["UN", "UNO"])
        #expect(first.entity.externalIDs == ["wd:Q1065", "x:1"])
    }

    @Test func publishedContextFileMatchesTheInlineContext() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let published = try String(contentsOf: root.appendingPathComponent("docs/context.jsonld"), encoding: .utf8)
        #expect(published.trimmingCharacters(in: .whitespacesAndNewlines) == "{\"@context\":\(Vocabulary.context.serialized())}")
    }

    @Test(arguments: [
        ("a\"b", "\"a\\\"b\""), ("line\nbreak", "\"line\\nbreak\""), ("\u{1}", "\"\\u0001\""), ("Köln", "\"Köln\""),
    ])
    func stringsAreEscaped(input: String, expected: String) {
        #expect(JSONValue.string(input).serialized() == expected)
    }

    /// The escaper skips eight bytes at a time: every character that needs an escape, at every offset in a
    /// long string, must still be found, and the multi-byte text around it copied unchanged.
    @Test func escapesAreFoundAtEveryOffsetOfALongString() throws {
        let specials: [(String, String)] = [
            ("\"", "\\\""), ("\\", "\\\\"), ("\n", "\\n"), ("\t", "\\t"), ("\u{1F}", "\\u001f"),
            ("\u{2028}", "\\u2028"), ("\u{2029}", "\\u2029"),
        ]
        let filler = "Straße über Köln – „Zitat“ 123 abcdefgh"
        for (special, escaped) in specials {
            for offset in 0..<17 {
                let prefix = String(filler.prefix(offset))
                let input = prefix + special + filler
                #expect(JSONValue.string(input).serialized() == "\"" + prefix + escaped + filler + "\"")
            }
        }
        // U+2013 shares the lead byte 0xE2 with U+2028 and is left as it is.
        #expect(JSONValue.string("a – b – c – d – e").serialized() == "\"a – b – c – d – e\"")
    }

    /// Short strings are tested a word at a time with the last word overlapping the one before: a character
    /// that needs an escape must be found at every position of strings of every length from 1 to 24.
    @Test func escapesAreFoundAtEveryPositionOfAShortString() {
        let specials: [(String, String)] = [("\"", "\\\""), ("\\", "\\\\"), ("\n", "\\n"), ("\u{1F}", "\\u001f"), ("\u{2028}", "\\u2028")]
        let letters = Array("abcdefghijklmnopqrstuvwx")
        for length in 1...24 {
            let plain = String(letters[..<length])
            #expect(JSONValue.string(plain).serialized() == "\"" + plain + "\"")
            for position in 0..<length {
                for (special, escaped) in specials {
                    let before = String(letters[..<position])
                    let after = String(letters[(position + 1)..<length])
                    #expect(JSONValue.string(before + special + after).serialized() == "\"" + before + escaped + after + "\"")
                }
            }
        }
    }

    /// The file is written by the byte sink, N-Quads and streams read the tree sink: both must give the same
    /// nodes, byte for byte, for the article's nodes and for its entities.
    @Test func fileBytesMatchTheTrees() throws {
        var document = Self.sample()
        // A key that needs percent-encoding and a name that needs escaping.
        let odd = Entity(type: .place, canonicalName: "Köln \"Süd\"", externalIDs: ["gn:2886242", "wd:Q365"])
        document.entities[odd.key] = odd
        document.mentions.append(EntityMention(span: TextSpan(23, 27), type: .place, entityKey: odd.key, provenance: Provenance(match: .rule, source: "t\u{1}")))
        let writer = JSONLDWriter(pipelineVersion: "test")
        let parts = writer.serializedParts(document)
        let trees = writer.articleNodes(document).map { $0.serialized() }.joined(separator: ",\n")
        #expect(String(decoding: parts.articleNodes, as: UTF8.self) == trees)
        let entities = parts.entities.map { $0.json.serialized() }
        #expect(entities.contains { $0.hasPrefix("{\"@id\":\"" + IRIs.entity(key: odd.key) + "\"") })
        let expected = "{\"@context\":" + Vocabulary.context.serialized() + ",\n\"@graph\":[\n"
            + ([trees] + entities).joined(separator: ",\n") + "\n]}\n"
        #expect(String(decoding: parts.file, as: UTF8.self) == expected)
        #expect(writer.documentBytes(document) == parts.file)
    }

    /// Anchors are copied out of the article's escaped text rather than escaped again: spans that start or end
    /// at escaped characters, or hold several, must come out as escaping them on their own would.
    @Test func anchorsNextToEscapesMatchTheTrees() throws {
        let text = "Er sagte: \"Nein\\Ja\".\u{2028}Dann\tkam 😀 \u{1}Köln.\nEnde \"Zitat\""
        var document = Document(name: "escapes", text: text)
        let count = document.scalars.count
        document.sentences = [
            Sentence(span: TextSpan(0, 21), tokenRange: 0..<0), Sentence(span: TextSpan(22, 38), tokenRange: 0..<0),
            Sentence(span: TextSpan(39, count), tokenRange: 0..<0),
        ]
        let cologne = Entity(type: .place, canonicalName: "Köln")
        document.entities = [cologne.key: cologne]
        let provenance = Provenance(match: .rule, source: "t")
        document.mentions = [
            EntityMention(span: TextSpan(33, 37), type: .place, entityKey: cologne.key, provenance: provenance)
        ]
        document.dates = (0..<count).map { TemporalExpression(span: TextSpan($0, min($0 + 3, count)), normalized: nil, provenance: provenance) }
        document.relations = [
            Relation(subject: .entity(key: cologne.key), predicate: .said, object: .quotation(span: TextSpan(10, 20)), sentenceIndex: 0, provenance: provenance)
        ]
        let writer = JSONLDWriter(pipelineVersion: "test")
        let trees = writer.articleNodes(document).map { $0.serialized() }.joined(separator: ",\n")
        #expect(String(decoding: writer.serializedParts(document).articleNodes, as: UTF8.self) == trees)
        _ = try Self.graph(writer.document(document))
    }

    /// An entity's alternate names are its other names plus every surface it is mentioned by, once each,
    /// without its canonical name, with names equal up to Unicode normalisation counted as one; a mention
    /// whose key differs from the entity's only in normalisation still belongs to it.
    @Test func entityNamesAreTheDistinctSurfacesButTheCanonicalName() throws {
        var document = Document(name: "names", text: "Köln, Koeln, Köln und Ko\u{308}ln, Bonn.")
        let cologne = Entity(type: .place, canonicalName: "Köln", alternateNames: ["Cologne"])
        let bonn = Entity(type: .place, canonicalName: "Bonn")
        document.entities = [cologne.key: cologne, bonn.key: bonn]
        let decomposedKey = Entity.key(type: .place, canonicalName: "Ko\u{308}ln")
        #expect(Array(decomposedKey.utf8) != Array(cologne.key.utf8))
        func mention(_ begin: Int, _ end: Int, _ key: String) -> EntityMention {
            EntityMention(span: TextSpan(begin, end), type: .place, entityKey: key, provenance: Provenance(match: .exact, source: "t"))
        }
        document.mentions = [
            mention(0, 4, cologne.key), mention(6, 11, decomposedKey), mention(13, 17, cologne.key),
            mention(22, 27, cologne.key), mention(29, 33, bonn.key), mention(6, 11, "place/Paris"),
        ]
        let nodes = JSONLDWriter(pipelineVersion: "test").entityNodes(document)
        #expect(nodes.map(\.entity.key) == [bonn.key, cologne.key].sorted())
        let names = try #require(nodes.first { $0.entity.key == cologne.key }).alternateNames
        #expect(names == ["Cologne", "Koeln"])
        #expect(try #require(nodes.first { $0.entity.key == bonn.key }).alternateNames.isEmpty)
    }

    /// The buffer grows by doubling while a writer appends to it: every byte must survive each move.
    @Test func byteBufferKeepsEveryByteAcrossGrowth() {
        var buffer = ByteBuffer(capacity: 0)
        defer { buffer.deallocate() }
        var expected: [UInt8] = []
        for round in 0..<2000 {
            let run = Array("run \(round) – ä".utf8)
            run.withUnsafeBufferPointer { buffer.append(contentsOf: $0) }
            expected.append(contentsOf: run)
            buffer.append(UInt8(truncatingIfNeeded: round))
            expected.append(UInt8(truncatingIfNeeded: round))
            buffer.append("{\"@id\":")
            expected.append(contentsOf: "{\"@id\":".utf8)
        }
        #expect(buffer.count == expected.count)
        #expect(buffer.bytes(0..<buffer.count) == expected)
        #expect(buffer.bytes(5..<9) == Array(expected[5..<9]))
    }

    @Test(arguments: [0, 7, 10, 99, 1234567890, -1, -450, Int.max, Int.min])
    func integersAreWrittenInDecimal(value: Int) {
        var bytes: [UInt8] = []
        JSONBytes.appendInt(value, to: &bytes)
        var buffer = ByteBuffer(capacity: 0)
        defer { buffer.deallocate() }
        JSONBytes.appendInt(value, to: &buffer)
        #expect(String(decoding: bytes, as: UTF8.self) == String(value))
        #expect(buffer.bytes(0..<buffer.count) == bytes)
    }

    @Test(arguments: [0, 9, 10, 99, 100, 999, 1000, 9999, 10_000, 10_001, 12_034, 99_999, 1_000_000, 99_999_999])
    func digitWordsSpellNumbersInDecimal(value: Int) throws {
        let digits = try #require(JSONBytes.digitWord(value))
        let bytes = withUnsafeBytes(of: digits.word.littleEndian) { Array($0.prefix(digits.count)) }
        #expect(String(decoding: bytes, as: UTF8.self) == String(value))
    }

    @Test(arguments: [-1, 100_000_000, Int.max])
    func digitWordsLeaveOtherNumbersToAppendInt(value: Int) {
        #expect(JSONBytes.digitWord(value) == nil)
    }

    @Test(arguments: [(8000.0, "8000"), (5.3, "5.3"), (-2.0, "-2"), (0.25, "0.25")])
    func numbersAreWrittenShortest(value: Double, expected: String) {
        #expect(JSONValue.number(value).serialized() == expected)
    }

    /// The short decimals' spelling is Swift's own description, and others are left to it.
    @Test(arguments: [5.3, -0.5, 0.25, -0.05, 0.01, 12.07, 99.99, 2.675, 1.005, 0.001, 1e-7, 123_456_789.5, 1e13 + 0.5])
    func shortDecimalsAreSpeltAsSwiftDescribesThem(value: Double) {
        var bytes: [UInt8] = []
        if JSONBytes.appendShortDecimal(value, to: &bytes) {
            #expect(String(decoding: bytes, as: UTF8.self) == "\(value)")
        } else {
            #expect(![5.3, -0.5, 0.25, -0.05, 0.01, 12.07, 99.99, 123_456_789.5].contains(value))
        }
    }
}

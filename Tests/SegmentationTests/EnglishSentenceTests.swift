import Testing

@testable import Segmentation

/// English abbreviations that may or may not end a sentence, on examples of our own.
@Suite struct EnglishSentenceTests {
    static let examples: [SentenceCase] = [
        SentenceCase("He lives on Main St. He moved in 2019.", ["He lives on Main St.", "He moved in 2019."]),
        SentenceCase("I met Fr. Brown at St. Mary's church.", ["I met Fr. Brown at St. Mary's church."]),
        SentenceCase(
            "The show starts at 8 p.m. The doors open at 7.", ["The show starts at 8 p.m.", "The doors open at 7."]),
        SentenceCase("She said no. Then she left.", ["She said no.", "Then she left."]),
        SentenceCase("See Art. 5 of the treaty.", ["See Art. 5 of the treaty."]),
        SentenceCase("The U.S. Navy sent two ships.", ["The U.S. Navy sent two ships."]),
        // A day after a month's abbreviation is no list item: its period ends the sentence.
        SentenceCase(
            "The raid was on Jan. 3. He said it went well.", ["The raid was on Jan. 3.", "He said it went well."]),
        SentenceCase(
            "Police raided the compound on Jan. 5, officials said.",
            ["Police raided the compound on Jan. 5, officials said."]),
        // So is a figure's number after its abbreviation.
        SentenceCase(
            "The data are shown in Fig. 3. It shows a rise.", ["The data are shown in Fig. 3.", "It shows a rise."]),
    ]

    @Test(arguments: examples)
    func example(_ example: SentenceCase) throws {
        let document = try SegmentationFixture.segmented(example.text)
        #expect(document.language == "en")
        #expect(document.sentences.map { document.text(of: $0.span) } == example.sentences)
    }
}

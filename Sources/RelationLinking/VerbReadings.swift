extension LinkingLexicon {
    /// A verb form's readings sorted once at load for `SpeechRules.pick`, which asks them of every verb token an
    /// attribution may hang on: it walked the readings for their particles and sequences (optional arrays of a
    /// class, loaded and tested reading by reading) and asked the token's bytes whether it may write history, the
    /// same answers for every token of the form.
    final class VerbReadings: Sendable {
        /// A reading with a separable particle, given as vocabulary ids.
        struct ParticleReading: Sendable {
            let verb: Verb
            let particleIDs: [Int32]
        }

        /// The readings with a particle (`teilte … mit`), in the lexicon's order.
        let withParticle: [ParticleReading]
        /// The readings with no particle and words that must follow (`rechnet damit`), in order.
        let withSequence: [Verb]
        /// The first reading with neither.
        let bare: Verb?
        /// Whether the form opens with `schr` or is `geschrieben`, the verb's half of `SpeechRules.makesHistory`.
        let mayWriteHistory: Bool

        /// No readings: a word that is no listed verb form.
        static let none = VerbReadings(word: "", verbs: [])

        init(word: String, verbs: [Verb]) {
            withParticle = verbs.compactMap { verb in
                guard let particle = verb.particleIDs, !particle.isEmpty else { return nil }
                return ParticleReading(verb: verb, particleIDs: particle)
            }
            withSequence = verbs.filter { $0.particle == nil && !$0.sequence.isEmpty }
            bare = verbs.first { $0.particle == nil && $0.sequence.isEmpty }
            // (`String`'s own tests, as the token's were: a token has the id of the word its lower case equals.)
            mayWriteHistory = word.hasPrefix("schr") || word == "geschrieben"
        }
    }
}

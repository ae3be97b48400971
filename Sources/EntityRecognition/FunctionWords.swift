/// Closed-class German (and a few English) words that are capitalised only at a sentence start and are
/// never part of a name: grammar, not a lexicon, so they live in code.
enum FunctionWords {
    static let keys: KeySet = KeySet(words.map { WordKey($0, folded: true) })

    /// Particles inside people's names (`Ursula von der Leyen`, `Omar bin Laden`, `Leonardo da Vinci`).
    static let personLinks: KeySet = KeySet(
        ["von", "van", "de", "zu", "da", "di", "del", "dos", "bin", "ibn", "al", "ter", "ten", "la", "le", "vom"]
            .map { WordKey($0, folded: true) })

    /// The Arabic article as transliterated before a name (`al-Bab`, `el-Arisch`, `asch-Schabab`).
    static let arabicArticles: KeySet = KeySet(["al", "el", "ad", "ar", "as", "asch", "at", "az"].map {
        WordKey($0, folded: true)
    })

    /// Articles and pronouns that stand before a common noun, never before a bare surname.
    static let determiners: KeySet = KeySet(
        """
        der die das des dem den ein eine einer eines einem einen kein keine keinen keinem keiner keines
        mein meine dein deine sein seine ihre unser unsere euer eure dieser diese dieses diesem diesen
        meinem meinen meiner meines deinem deinen deiner deines seinem seinen seiner seines
        ihrem ihren ihrer ihres unserem unseren unserer unseres eurem euren eurer eures
        jener jene jenes jenem jenen welcher welche welches jeder jede jedes jedem jeden
        """.unicodeScalars.split(whereSeparator: isSpaceOrNewline).map { WordKey($0, folded: true) })

    /// The separator of the word lists written in code: they are split at the code points, not the characters
    /// (the lists are made on their first use, inside an article, and the grapheme breaking of a split by
    /// characters was most of that work; they hold no combining mark, so the words are the same).
    static func isSpaceOrNewline(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\n" }

    static let words = """
        der die das des dem den ein eine einer eines einem einen kein keine keinen keinem keiner keines
        ich du er sie es wir ihr mich mir dich dir sich uns euch ihm ihn ihnen man
        mein meine dein deine sein seine ihre unser unsere euer eure dessen deren
        meinem meinen meiner meines deinem deinen deiner deines seinem seinen seiner seines
        ihrem ihren ihrer ihres unserem unseren unserer unseres eurem euren eurer eures
        dieser diese dieses diesem diesen jener jene jenes jenem jenen welcher welche welches
        und oder aber doch sondern denn weil dass daß ob wenn als wie so auch noch nur schon bereits
        solange sobald obwohl nachdem bevor falls indem sofern sodass obgleich wenngleich zumal ehe
        in im ins an am auf aus bei beim mit nach seit von vom vor zu zum zur über unter um durch für gegen ohne
        zwischen neben hinter während wegen trotz laut bis ab per pro via samt nahe
        nicht nie hier dort da dann nun jetzt heute gestern morgen damals immer
        alle alles allem allen aller viele vielen mehr mehrere einige etwa rund fast knapp mindestens
        was wer wo wann warum weshalb wieso womit wodurch
        ist sind war waren wird werden wurde wurden hat haben hatte hatten sei seien kann können soll sollen
        ja nein bitte danke the a an of and or to for with from by at on is are was this that
        """.split(whereSeparator: \.isWhitespace).map(String.init)
}

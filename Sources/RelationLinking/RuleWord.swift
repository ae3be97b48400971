/// Words the rules test token by token. Their vocabulary ids are their raw values, so a test is an integer
/// comparison (`LinkingLexicon.vocabulary` gives every token its id once).
enum RuleWord: Int32, CaseIterable {
    case comma = 0
    case hyphen = 1
    case colon = 2
    case semicolon = 3
    case period = 4
    case openParen = 5
    case closeParen = 6
    case dash = 7
    case questionMark = 8
    case straightQuote = 9
    case lowQuote = 10
    case openGuillemet = 11
    case lowSingleQuote = 12
    case leftQuote = 13
    case rightQuote = 14
    case closeGuillemet = 15
    case leftSingleQuote = 16
    case `in` = 17
    case im = 18
    case von = 19
    case vom = 20
    case bei = 21
    case beim = 22
    case auf = 23
    case ob = 24
    case nach = 25
    case ich = 26
    case dass = 27
    case wie = 28
    case so = 29
    case gemessen = 30
    case fuer = 31
    case es = 32
    case der = 33
    case den = 34
    case dem = 35
    case auch = 36
    case alt = 37
    case zu = 38
    case wir = 39
    case weiter = 40
    case und = 41
    case um = 42
    case statt = 43
    case sowie = 44
    case seitens = 45
    case sie = 46
    case ohne = 47
    case oder = 48
    case mit = 49
    case gegen = 50
    case das = 51
    case dies = 52
    case anstelle = 53
    case anstatt = 54
    case am = 55
    case gegenueber = 56
    case zuletzt = 57
    case bereits = 58
    case dazu = 59
    case hat = 60
    case hatte = 61
    case habe = 62
    case haette = 63
    case haben = 64
    case hatten = 65
    case wird = 66
    case werde = 67
    case will = 68
    case wollte = 69
    case sollte = 70
    case sollten = 71
    case waere = 72
    case waeren = 73
    case haetten = 74
    case wuerde = 75
    case wuerden = 76
    case koennte = 77
    case koennten = 78
    case muesste = 79
    case muessten = 80
    case duerfte = 81
    case duerften = 82
    case gaebe = 83
    case gaeben = 84
    case laege = 85
    case laegen = 86
    case stuende = 87
    case stuenden = 88
    case ginge = 89
    case kaeme = 90
    case kaemen = 91
    case wuesste = 92
    case bliebe = 93
    case aus = 94
    case deren = 95
    case dessen = 96
    case als = 97
    case die = 98
    case einen = 99
    case eine = 100
    case zum = 101
    case via = 102
    case einst = 103
    case nun = 104
    case jetzt = 105
    case jedoch = 106
    case zudem = 107
    case allerdings = 108
    case ebenfalls = 109
    case hingegen = 110
    case damals = 111
    case abschliessend = 112
    case etwa = 113
    case aber = 114
    case doch = 115
    case man = 116
    case er = 117
    case zur = 118
    case diese = 119
    case dieser = 120
    case dieses = 121
    case davor = 122
    case darueber = 123
    case sich = 124
    case sprach = 125
    case spricht = 126
    case sprachen = 127

    var text: String {
        switch self {
        case .comma: return ","
        case .hyphen: return "-"
        case .colon: return ":"
        case .semicolon: return ";"
        case .period: return "."
        case .openParen: return "("
        case .closeParen: return ")"
        case .dash: return "–"
        case .questionMark: return "?"
        case .straightQuote: return "\""
        case .lowQuote: return "„"
        case .openGuillemet: return "»"
        case .lowSingleQuote: return "‚"
        case .leftQuote: return "“"
        case .rightQuote: return "”"
        case .closeGuillemet: return "«"
        case .leftSingleQuote: return "‘"
        case .`in`: return "in"
        case .im: return "im"
        case .von: return "von"
        case .vom: return "vom"
        case .bei: return "bei"
        case .beim: return "beim"
        case .auf: return "auf"
        case .ob: return "ob"
        case .nach: return "nach"
        case .ich: return "ich"
        case .dass: return "dass"
        case .wie: return "wie"
        case .so: return "so"
        case .gemessen: return "gemessen"
        case .fuer: return "für"
        case .es: return "es"
        case .der: return "der"
        case .den: return "den"
        case .dem: return "dem"
        case .auch: return "auch"
        case .alt: return "alt"
        case .zu: return "zu"
        case .wir: return "wir"
        case .weiter: return "weiter"
        case .und: return "und"
        case .um: return "um"
        case .statt: return "statt"
        case .sowie: return "sowie"
        case .seitens: return "seitens"
        case .sie: return "sie"
        case .ohne: return "ohne"
        case .oder: return "oder"
        case .mit: return "mit"
        case .gegen: return "gegen"
        case .das: return "das"
        case .dies: return "dies"
        case .anstelle: return "anstelle"
        case .anstatt: return "anstatt"
        case .am: return "am"
        case .gegenueber: return "gegenüber"
        case .zuletzt: return "zuletzt"
        case .bereits: return "bereits"
        case .dazu: return "dazu"
        case .hat: return "hat"
        case .hatte: return "hatte"
        case .habe: return "habe"
        case .haette: return "hätte"
        case .haben: return "haben"
        case .hatten: return "hatten"
        case .wird: return "wird"
        case .werde: return "werde"
        case .will: return "will"
        case .wollte: return "wollte"
        case .sollte: return "sollte"
        case .sollten: return "sollten"
        case .waere: return "wäre"
        case .waeren: return "wären"
        case .haetten: return "hätten"
        case .wuerde: return "würde"
        case .wuerden: return "würden"
        case .koennte: return "könnte"
        case .koennten: return "könnten"
        case .muesste: return "müsste"
        case .muessten: return "müssten"
        case .duerfte: return "dürfte"
        case .duerften: return "dürften"
        case .gaebe: return "gäbe"
        case .gaeben: return "gäben"
        case .laege: return "läge"
        case .laegen: return "lägen"
        case .stuende: return "stünde"
        case .stuenden: return "stünden"
        case .ginge: return "ginge"
        case .kaeme: return "käme"
        case .kaemen: return "kämen"
        case .wuesste: return "wüsste"
        case .bliebe: return "bliebe"
        case .aus: return "aus"
        case .deren: return "deren"
        case .dessen: return "dessen"
        case .als: return "als"
        case .die: return "die"
        case .einen: return "einen"
        case .eine: return "eine"
        case .zum: return "zum"
        case .via: return "via"
        case .einst: return "einst"
        case .nun: return "nun"
        case .jetzt: return "jetzt"
        case .jedoch: return "jedoch"
        case .zudem: return "zudem"
        case .allerdings: return "allerdings"
        case .ebenfalls: return "ebenfalls"
        case .hingegen: return "hingegen"
        case .damals: return "damals"
        case .abschliessend: return "abschließend"
        case .etwa: return "etwa"
        case .aber: return "aber"
        case .doch: return "doch"
        case .man: return "man"
        case .er: return "er"
        case .zur: return "zur"
        case .diese: return "diese"
        case .dieser: return "dieser"
        case .dieses: return "dieses"
        case .davor: return "davor"
        case .darueber: return "darüber"
        case .sich: return "sich"
        case .sprach: return "sprach"
        case .spricht: return "spricht"
        case .sprachen: return "sprachen"
        }
    }
}

/// A set of `RuleWord`s as a 128-bit mask: membership is a shift and an and.
struct RuleWordSet: ExpressibleByArrayLiteral {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    // Inlined, so that a literal at a call site (`matches(token, in: [.der, .den])`) folds to its two masks instead
    // of building an array at every test.
    @inline(__always)
    init(arrayLiteral words: RuleWord...) {
        for word in words {
            if word.rawValue < 64 { low |= 1 << UInt64(word.rawValue) } else { high |= 1 << UInt64(word.rawValue - 64) }
        }
    }

    /// Adds the word whose vocabulary id is `id`; ids of no rule word are left out.
    // Shifts by `&<<`, in range here: the checked shift cost a compare and a select for every token of the text.
    mutating func insert(id: Int32) {
        if UInt32(bitPattern: id) >= 128 { return }
        if id < 64 { low |= 1 &<< UInt64(id) } else { high |= 1 &<< UInt64(id - 64) }
    }

    /// The words of either set.
    func union(_ other: RuleWordSet) -> RuleWordSet {
        var both = self
        both.low |= other.low
        both.high |= other.high
        return both
    }

    /// Whether the two sets share a word.
    func intersects(_ other: RuleWordSet) -> Bool {
        low & other.low != 0 || high & other.high != 0
    }

    /// Whether the vocabulary id `id` is one of the words (`-1`, no rule word, is none).
    @inline(__always)
    func contains(id: Int32) -> Bool {
        if UInt32(bitPattern: id) >= 128 { return false }
        return id < 64 ? low & (1 &<< UInt64(id)) != 0 : high & (1 &<< UInt64(id - 64)) != 0
    }
}

/// The parts of a digit token between its periods, as numbers (`24.11.2025` → 24, 11, 2025): what
/// `text.split(separator: ".")` and `Int(part)` give, read from the scalars of a plain token without making strings.
struct PeriodParts {
    /// How many parts there are; only the first three are kept.
    var count = 0
    private var values: (Int?, Int?, Int?) = (nil, nil, nil)
    private var lengths: (Int, Int, Int) = (0, 0, 0)

    /// `Int` of part `index` (0 to 2).
    func value(_ index: Int) -> Int? {
        index == 0 ? values.0 : index == 1 ? values.1 : values.2
    }

    /// The number of characters of part `index` (0 to 2).
    func length(_ index: Int) -> Int {
        index == 0 ? lengths.0 : index == 1 ? lengths.1 : lengths.2
    }

    private mutating func append(value: Int?, length: Int) {
        switch count {
        case 0: values.0 = value; lengths.0 = length
        case 1: values.1 = value; lengths.1 = length
        case 2: values.2 = value; lengths.2 = length
        default: break
        }
        count += 1
    }

    /// The parts of `text`, the slow way: for tokens that are not plain ASCII.
    init(text: String, omittingEmpty: Bool) {
        for part in text.split(separator: ".", omittingEmptySubsequences: omittingEmpty) {
            append(value: Int(part), length: part.count)
        }
    }

    /// The parts of plain ASCII scalars: one scalar is one character there.
    init<Scalars: RandomAccessCollection>(plain scalars: Scalars, omittingEmpty: Bool)
    where Scalars.Element == Unicode.Scalar, Scalars.Index == Int {
        var start = scalars.startIndex
        var position = start
        while true {
            if position == scalars.endIndex || scalars[position] == "." {
                if position > start || !omittingEmpty {
                    append(value: Self.integer(scalars[start..<position]), length: position - start)
                }
                if position == scalars.endIndex { break }
                start = position + 1
            }
            position += 1
        }
    }

    /// `Int(text)` for plain ASCII: an optional sign, then decimal digits, within `Int`'s range.
    static func integer<Scalars: RandomAccessCollection>(_ scalars: Scalars) -> Int?
    where Scalars.Element == Unicode.Scalar, Scalars.Index == Int {
        var position = scalars.startIndex
        guard position < scalars.endIndex else { return nil }
        var negative = false
        if scalars[position] == "+" || scalars[position] == "-" {
            negative = scalars[position] == "-"
            position += 1
            guard position < scalars.endIndex else { return nil }
        }
        var value = 0
        while position < scalars.endIndex {
            let digit = scalars[position].value &- 48
            guard digit < 10 else { return nil }
            let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            let (next, overflow2) = negative ? shifted.subtractingReportingOverflow(Int(digit))
                : shifted.addingReportingOverflow(Int(digit))
            guard !overflow2 else { return nil }
            value = next
            position += 1
        }
        return value
    }
}

extension TokenText {
    /// The token's parts between periods (`split(separator: ".", omittingEmptySubsequences:)`), as numbers.
    /// (A plain token's scalars are read as a buffer lent in place, as in `integer`: a slice of the document's array
    /// was retained and released each time, for every digit token the date rules ask.)
    func periodParts(_ index: Int, omittingEmpty: Bool = true) -> PeriodParts {
        isPlain(index) ? withScalars(index) { PeriodParts(plain: $0, omittingEmpty: omittingEmpty) }
            : PeriodParts(text: text(index), omittingEmpty: omittingEmpty)
    }

    /// Whether the token holds a `.` scalar. Without one it is a single part (no character can be a period either),
    /// so the date rules that need two or three parts turn it away before its parts are read.
    func hasPeriod(_ index: Int) -> Bool {
        withScalars(index) { $0.contains(".") }
    }

    /// `Int(text(index))`, without the string for plain tokens.
    func integer(_ index: Int) -> Int? {
        isPlain(index) ? withScalars(index) { PeriodParts.integer($0) } : Int(text(index))
    }

    /// `text(index).count`, without the string for simple tokens (`isSimple`), whose every scalar is a character of
    /// its own (`März`, asked by the month rule: its string was made and its characters counted).
    func characterCount(_ index: Int) -> Int {
        isSimple(index) ? length(index) : text(index).count
    }
}

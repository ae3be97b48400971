import Foundation

/// A date the text gives only relative to the time of writing (`letzten Monat`, `Dienstag`, `24. November`).
enum RelativeDate: Hashable, Sendable {
    /// A weekday; direction -1 `letzten`, +1 `nächsten`, 0 unmarked (news: the most recent one).
    case weekday(name: String, direction: Int)
    case dayOfMonth(month: Int, day: Int)
    case monthOfYear(month: Int, yearOffset: Int)
    /// `vergangenen Oktober` (-1), `kommenden März` (+1): the month's last or next occurrence.
    case monthInDirection(month: Int, direction: Int)
    /// `diese Woche`, `letzten Monat`, `vergangenen Jahres`: a period word and its offset.
    case period(unit: String, offset: Int)
    /// `heute`, `gestern`, `heuer`, `Vorjahr`.
    case word(String)
}

/// Resolves relative dates against a publication date (`YYYY-MM-DD`) into ISO 8601 values.
struct DateResolver: Sendable {
    private let calendar: Calendar
    private let publication: Date
    private let year: Int
    private let month: Int

    init?(publicationDate: String?) {
        guard let text = publicationDate else { return nil }
        let parts = text.prefix(10).split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else {
            return nil
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        calendar.firstWeekday = 2
        calendar.minimumDaysInFirstWeek = 4
        guard let date = calendar.date(from: DateComponents(year: year, month: month, day: day)) else { return nil }
        self.calendar = calendar
        publication = date
        self.year = year
        self.month = month
    }

    private static let weekdays = ["Sonntag": 1, "Montag": 2, "Dienstag": 3, "Mittwoch": 4, "Donnerstag": 5,
                                   "Freitag": 6, "Samstag": 7, "Sonnabend": 7]

    func resolve(_ relative: RelativeDate) -> String? {
        switch relative {
        case .dayOfMonth(let month, let day):
            return DateRecognizer.day(year: year, month: month, day: day)
        case .monthOfYear(let month, let offset):
            return DateRecognizer.month(year: year + offset, month: month)
        case .monthInDirection(let month, let direction):
            // `vergangenen Oktober` is October of the year before in a January article, of the same year in a
            // November one; the publication's own month is the one a year away.
            var target = year
            if direction < 0, month >= self.month { target -= 1 }
            if direction > 0, month <= self.month { target += 1 }
            return DateRecognizer.month(year: target, month: month)
        case .weekday(let name, let direction):
            guard let target = Self.weekdays[name] else { return nil }
            let today = calendar.component(.weekday, from: publication)
            var delta = target - today
            if direction > 0 {
                if delta <= 0 { delta += 7 }
            } else if delta > 0 || (direction < 0 && delta == 0) {
                delta -= 7
            }
            return day(offset: delta)
        case .period(let unit, let offset):
            switch unit {
            case "Jahr", "Jahres": return String(year + offset)
            case "Monat", "Monats": return monthValue(offset: offset)
            case "Woche": return week(offset: offset)
            case "Quartal", "Quartals":
                let quarter = (month - 1) / 3 + offset
                let shifted = year + Int((Double(quarter) / 4).rounded(.down))
                return "\(shifted)-Q\(((quarter % 4) + 4) % 4 + 1)"
            default: return nil
            }
        case .word(let word):
            switch word {
            case "heute": return day(offset: 0)
            case "gestern": return day(offset: -1)
            case "vorgestern": return day(offset: -2)
            case "morgen": return day(offset: 1)
            case "übermorgen": return day(offset: 2)
            case "heuer": return String(year)
            case "Vorjahr", "Vorjahres": return String(year - 1)
            case "Vormonat": return monthValue(offset: -1)
            case "Vorwoche": return week(offset: -1)
            default: return nil
            }
        }
    }

    private func day(offset: Int) -> String? {
        guard let date = calendar.date(byAdding: .day, value: offset, to: publication) else { return nil }
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        guard let y = parts.year, let m = parts.month, let d = parts.day else { return nil }
        return DateRecognizer.day(year: y, month: m, day: d)
    }

    private func monthValue(offset: Int) -> String {
        let index = year * 12 + (month - 1) + offset
        return DateRecognizer.month(year: index / 12, month: index % 12 + 1)
    }

    private func week(offset: Int) -> String? {
        guard let date = calendar.date(byAdding: .day, value: 7 * offset, to: publication) else { return nil }
        let parts = calendar.dateComponents([.yearForWeekOfYear, .weekOfYear], from: date)
        guard let y = parts.yearForWeekOfYear, let w = parts.weekOfYear else { return nil }
        return "\(y)-W\(DateRecognizer.pad(w))"
    }
}

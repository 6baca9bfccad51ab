/// Dates as Dutch plan documents write them, read into planq periods.
enum DutchDates {
    static let months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                         "oktober", "november", "december"]

    /// `1/01/2024`, `01-01-2024`, `1.1.2024` → `2024-01-01`; nil when not a real day.
    static func day(_ text: String) -> String? {
        guard let m = text.firstMatch(of: Patterns.numericDay) else { return nil }
        return iso(year: Int(m.3)!, month: Int(m.2)!, day: Int(m.1)!)
    }

    /// Years a plan's dates fall in. A date outside them is a slip of the keyboard
    /// (`1/01/0224`): read as written it would stretch the plan over eighteen centuries, so it
    /// is left unread, with a warning, as any unreadable date is.
    static let plausibleYears = 1900...2199

    static func iso(year: Int, month: Int, day: Int) -> String? {
        guard plausibleYears.contains(year), (1...12).contains(month), day >= 1, day <= daysIn(month, year) else { return nil }
        return "\(year)-\(pad(month))-\(pad(day))"
    }

    static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// A deadline at the start of a goal text: "(Tegen) eind juni 2024" → 2024-06 (approximate),
    /// "(Tegen) eind 2024" → 2024-12 (approximate), "In 2024" / "Tegen 2024" → 2024.
    static func deadline(_ text: String) -> (period: String, written: String, approximate: Bool)? {
        if let m = text.firstMatch(of: Patterns.endOfMonth),
           let written = m[1].substring, let month = m[2].substring, let year = m[3].substring {
            let n = Self.months.firstIndex(of: month.lowercased())! + 1
            return ("\(year)-\(pad(n))", String(written), true)
        }
        if let m = text.firstMatch(of: #/^((?:[Tt]egen\s+)?[Ee]ind\s+([0-9]{4}))/#) {
            return ("\(m.2)-12", String(m.1), true)
        }
        if let m = text.firstMatch(of: #/^((?:[Ii]n|[Tt]egen)\s+([0-9]{4}))\b/#) {
            return (String(m.2), String(m.1), false)
        }
        return nil
    }

    /// Dated phrases in a text: a day ("op 25 mei 2023"), a month ("in april 2024", "sinds
    /// oktober 2022") or a rough time of a year ("Eind 2023", "midden 2024"). Bare years are
    /// not dated items ("in 2024" is the plan's own year in most sentences).
    static func datedPhrases(in text: String) -> [(written: String, period: String, approximate: Bool, range: Range<String.Index>)] {
        guard text.contains(where: \.isNumber) else { return [] }
        var found: [(String, String, Bool, Range<String.Index>)] = []
        for m in text.matches(of: Patterns.day) {
            guard let d = m[2].substring, let mo = m[3].substring, let y = m[4].substring,
                  let iso = iso(year: Int(y)!, month: Self.months.firstIndex(of: mo.lowercased())! + 1, day: Int(d)!)
            else { continue }
            found.append((String(m[1].substring!), iso, false, m.range))
        }
        for m in text.matches(of: Patterns.month) where !found.contains(where: { $0.3.overlaps(m.range) }) {
            guard let mo = m[3].substring, let y = m[4].substring else { continue }
            let rough = m[2].substring.map { ["eind", "begin", "midden"].contains($0.lowercased()) } ?? false
            let n = Self.months.firstIndex(of: mo.lowercased())! + 1
            found.append((String(m[1].substring!), "\(y)-\(pad(n))", rough, m.range))
        }
        for m in text.matches(of: Patterns.rough) where !found.contains(where: { $0.3.overlaps(m.range) }) {
            guard let word = m[2].substring, let y = m[3].substring else { continue }
            let period: String
            switch word.lowercased() {
            case "eind": period = "\(y)-12"
            case "begin": period = "\(y)-01"
            default: period = "\(y)-06..\(y)-07"
            }
            found.append((String(m[1].substring!), period, true, m.range))
        }
        return found.sorted { $0.3.lowerBound < $1.3.lowerBound }
    }

    /// Compiled once: building a regular expression from text is slow.
    enum Patterns {
        static let months = DutchDates.months.joined(separator: "|")
        nonisolated(unsafe) static let numericDay = #/^\s*([0-9]{1,2})[/.\-]([0-9]{1,2})[/.\-]([0-9]{4})\b/#
        nonisolated(unsafe) static let endOfMonth = try! Regex("^((?:tegen\\s+)?eind\\s+(\(months))\\s+([0-9]{4}))").ignoresCase()
        nonisolated(unsafe) static let day = try! Regex("\\b((?:op\\s+)?([0-9]{1,2})\\s+(\(months))\\s+([0-9]{4}))\\b").ignoresCase()
        nonisolated(unsafe) static let month = try! Regex("\\b((?:(in|sinds|vanaf|tegen|eind|begin|midden)\\s+)?(\(months))\\s+([0-9]{4}))\\b")
            .ignoresCase()
        nonisolated(unsafe) static let rough = try! Regex("\\b((eind|begin|midden)\\s+([0-9]{4}))\\b").ignoresCase()
    }
}

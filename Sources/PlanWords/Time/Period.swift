/// A closed span of days `[start, end]`, both ends inclusive, with the precision it was
/// written in (a year, a quarter, a month, …) and whether the source gives it only roughly.
public struct Period: Hashable, Sendable, CustomStringConvertible {
    public enum Precision: String, Sendable {
        case day, month, quarter, half, year, range
    }

    public var start: Day
    public var end: Day
    public var precision: Precision
    /// The source gives this span only roughly ("Eind januari", "Periode december – januari").
    public var approximate: Bool
    /// The source's own words for the span, when they are not an ISO date.
    public var written: String?

    public init(start: Day, end: Day, precision: Precision = .range, approximate: Bool = false, written: String? = nil) {
        self.start = start
        self.end = end
        self.precision = precision
        self.approximate = approximate
        self.written = written
    }

    /// Each starts on or before the other's end: the one overlap rule planq uses everywhere.
    public func overlaps(_ other: Period) -> Bool { start <= other.end && other.start <= end }

    public func contains(_ other: Period) -> Bool { start <= other.start && other.end <= end }

    public func contains(_ day: Day) -> Bool { start <= day && day <= end }

    public static func year(_ y: Int) -> Period? {
        guard let a = Day(year: y, month: 1, day: 1), let b = Day(year: y, month: 12, day: 31) else { return nil }
        return Period(start: a, end: b, precision: .year)
    }

    public static func month(_ y: Int, _ m: Int) -> Period? {
        guard (1...12).contains(m), let a = Day(year: y, month: m, day: 1),
              let b = Day(year: y, month: m, day: Day.daysIn(month: m, year: y)) else { return nil }
        return Period(start: a, end: b, precision: .month)
    }

    /// Quarters `first...last` of a year (`2023 Q1-Q2` is quarters 1...2).
    public static func quarters(_ y: Int, _ first: Int, _ last: Int) -> Period? {
        guard (1...4).contains(first), (first...4).contains(last),
              let a = month(y, first * 3 - 2), let b = month(y, last * 3) else { return nil }
        return Period(start: a.start, end: b.end, precision: first == last ? .quarter : .range)
    }

    /// Halves `first...last` of a year (H1 = Jan–Jun, H2 = Jul–Dec).
    public static func halves(_ y: Int, _ first: Int, _ last: Int) -> Period? {
        guard (1...2).contains(first), (first...2).contains(last),
              let a = month(y, first * 6 - 5), let b = month(y, last * 6) else { return nil }
        return Period(start: a.start, end: b.end, precision: first == last ? .half : .year)
    }

    public static func day(_ d: Day) -> Period { Period(start: d, end: d, precision: .day) }

    /// From the first day of `a` to the last day of `b`; nil when `b` ends before `a` starts.
    public static func through(_ a: Period, _ b: Period) -> Period? {
        guard a.start <= b.end else { return nil }
        return Period(start: a.start, end: b.end, precision: .range)
    }

    /// The canonical written form: `2024`, `2024 Q1`, `2024 H2`, `2024-03`, `2024-01-15`,
    /// or `2024-01-01..2024-06-30`.
    public var description: String {
        let (startYear, sm, sd) = start.civil
        let (ey, em, ed) = end.civil
        let sy = Day.yearText(startYear)
        let startsMonth = sd == 1, endsMonth = ed == Day.daysIn(month: em, year: ey)
        if start == end { return start.description }
        if startYear == ey, startsMonth, endsMonth {
            if sm == 1, em == 12 { return "\(sy)" }
            if sm == em { return String(start.description.prefix(7)) }
            if (sm - 1) % 3 == 0, em % 3 == 0 {
                let q1 = (sm - 1) / 3 + 1, q2 = em / 3
                if sm == 1, em == 6 { return "\(sy) H1" }
                if sm == 7, em == 12 { return "\(sy) H2" }
                return q1 == q2 ? "\(sy) Q\(q1)" : "\(sy) Q\(q1)-Q\(q2)"
            }
        }
        return "\(start)..\(end)"
    }
}

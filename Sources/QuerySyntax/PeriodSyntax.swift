import Diagnostics

/// A period as written in a query: one part (`2024`, `2024 Q1`, `2023 Q1-Q2`, `2024 H2`,
/// `2024-03`, `2024-01-15`) or a range `A..B` of two parts. Both ends are inclusive:
/// the period runs from the first day of `from` to the last day of `through` (or of `from`).
public struct PeriodSyntax: Sendable, Equatable, CustomStringConvertible {
    /// One side of a period: a year, quarters or halves of a year, a month, or a day.
    public struct Part: Sendable, Equatable, CustomStringConvertible {
        /// What the part names; numbers are as written (validated, not yet days).
        public enum Unit: Sendable, Equatable {
            case year(Int)
            /// `2024 Q2` is quarters(2024, 2, 2); `2023 Q1-Q2` is quarters(2023, 1, 2).
            case quarters(year: Int, first: Int, last: Int)
            case halves(year: Int, first: Int, last: Int)
            case month(year: Int, month: Int)
            case day(year: Int, month: Int, day: Int)
        }

        public var unit: Unit
        public var range: SourceRange

        public var firstDay: CalendarDay {
            switch unit {
            case .year(let y): return CalendarDay(y, 1, 1)
            case .quarters(let y, let q, _): return CalendarDay(y, 3 * q - 2, 1)
            case .halves(let y, let h, _): return CalendarDay(y, 6 * h - 5, 1)
            case .month(let y, let m): return CalendarDay(y, m, 1)
            case .day(let y, let m, let d): return CalendarDay(y, m, d)
            }
        }

        public var lastDay: CalendarDay {
            switch unit {
            case .year(let y): return CalendarDay(y, 12, 31)
            case .quarters(let y, _, let q): return CalendarDay.lastOfMonth(y, 3 * q)
            case .halves(let y, _, let h): return CalendarDay.lastOfMonth(y, 6 * h)
            case .month(let y, let m): return CalendarDay.lastOfMonth(y, m)
            case .day(let y, let m, let d): return CalendarDay(y, m, d)
            }
        }

        /// The canonical spelling: `2024 Q1-Q2`, `2024-03`.
        public var description: String {
            func span(_ letter: String, _ a: Int, _ b: Int) -> String {
                a == b ? "\(letter)\(a)" : "\(letter)\(a)-\(letter)\(b)"
            }
            switch unit {
            case .year(let y): return CalendarDay.fourDigits(y)
            case .quarters(let y, let a, let b): return CalendarDay.fourDigits(y) + " " + span("Q", a, b)
            case .halves(let y, let a, let b): return CalendarDay.fourDigits(y) + " " + span("H", a, b)
            case .month(let y, let m): return CalendarDay.fourDigits(y) + "-" + CalendarDay.twoDigits(m)
            case .day(let y, let m, let d): return CalendarDay(y, m, d).description
            }
        }
    }

    public var from: Part
    /// The second part of `A..B`.
    public var through: Part?
    public var range: SourceRange

    public var firstDay: CalendarDay { from.firstDay }
    public var lastDay: CalendarDay { (through ?? from).lastDay }

    public var description: String {
        through.map { "\(from)..\($0)" } ?? from.description
    }
}

/// A day of the Gregorian calendar, as periods need it: compared, printed, bounded.
public struct CalendarDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(_ year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public static func < (a: CalendarDay, b: CalendarDay) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func lastOfMonth(_ year: Int, _ month: Int) -> CalendarDay {
        CalendarDay(year, month, daysIn(month: month, year: year))
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]

    static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    static func fourDigits(_ n: Int) -> String {
        let digits = String(n)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// `2024-01-15`.
    public var description: String { "\(Self.fourDigits(year))-\(Self.twoDigits(month))-\(Self.twoDigits(day))" }
}

import Diagnostics
import PlanWords

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

        /// The days the part names, by the calendar the plans use (`Period`): nil for a date the
        /// calendar does not have (the parser reports those before making a part).
        public var period: Period? {
            switch unit {
            case .year(let y): return Period.year(y)
            case .quarters(let y, let a, let b): return Period.quarters(y, a, b)
            case .halves(let y, let a, let b): return Period.halves(y, a, b)
            case .month(let y, let m): return Period.month(y, m)
            case .day(let y, let m, let d): return Day(year: y, month: m, day: d).map(Period.day)
            }
        }

        /// The canonical spelling: `2024 Q1-Q2`, `2024-03`.
        public var description: String {
            func span(_ letter: String, _ a: Int, _ b: Int) -> String {
                a == b ? "\(letter)\(a)" : "\(letter)\(a)-\(letter)\(b)"
            }
            switch unit {
            case .year(let y): return digits(4, y)
            case .quarters(let y, let a, let b): return digits(4, y) + " " + span("Q", a, b)
            case .halves(let y, let a, let b): return digits(4, y) + " " + span("H", a, b)
            case .month(let y, let m): return digits(4, y) + "-" + digits(2, m)
            case .day(let y, let m, let d): return digits(4, y) + "-" + digits(2, m) + "-" + digits(2, d)
            }
        }
    }

    public var from: Part
    /// The second part of `A..B`.
    public var through: Part?
    public var range: SourceRange

    /// From the first day of `from` to the last of `through`; nil when a part is not a date the
    /// calendar has, or the range ends before it starts.
    public var period: Period? {
        guard let first = from.period else { return nil }
        guard let through else { return first }
        return through.period.flatMap { Period.through(first, $0) }
    }

    public var description: String {
        through.map { "\(from)..\($0)" } ?? from.description
    }
}

/// `n` written with at least `count` digits (`0001`, `03`), as periods are written.
private func digits(_ count: Int, _ n: Int) -> String {
    let text = String(n)
    return String(repeating: "0", count: max(0, count - text.count)) + text
}

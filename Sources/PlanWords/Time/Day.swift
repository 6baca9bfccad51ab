/// A calendar day (proleptic Gregorian), stored as days since 1970-01-01 so that
/// comparisons and overlap tests are integer compares.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let ordinal: Int32

    public init(ordinal: Int32) { self.ordinal = ordinal }

    /// nil when the date does not exist (2024-02-30, month 13).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year),
              (1...9999).contains(year) else { return nil }
        ordinal = Int32(Day.daysFromCivil(year, month, day))
    }

    public static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }

    public var civil: (year: Int, month: Int, day: Int) { Day.civilFromDays(Int(ordinal)) }
    public var year: Int { civil.year }
    public var month: Int { civil.month }
    public var quarter: Int { (month - 1) / 3 + 1 }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + Int32(days)) }

    /// ISO 8601: `2024-03-31`.
    public var description: String {
        let (y, m, d) = civil
        return "\(Day.yearText(y))-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    }

    /// A year as ISO 8601 writes it, in four digits (`0001`), as plan files write it.
    public static func yearText(_ year: Int) -> String {
        let digits = String(year)
        return digits.count < 4 ? String(repeating: "0", count: 4 - digits.count) + digits : digits
    }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // Howard Hinnant's days_from_civil / civil_from_days: exact, branch-light, no Foundation.
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func civilFromDays(_ z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp + (mp < 10 ? 3 : -9)
        return (m <= 2 ? y + 1 : y, m, d)
    }
}

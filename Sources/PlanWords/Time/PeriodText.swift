/// Reads the written forms of a period used in plan files: `2024`, `2024 Q1`, `2023 Q1-Q2`,
/// `2024 H2`, `2024-03`, `2024-01-15`, and `A..B` of any two of those.
public enum PeriodText {
    public enum Failure: Error, Equatable, Sendable {
        /// Not a period form at all.
        case malformed(String)
        /// A well-formed date that does not exist (2024-02-30, 2024-13, Q5).
        case impossible(String)
        /// `A..B` where B ends before A starts.
        case endsBeforeStart(String)
    }

    public static func parse(_ text: String) throws(Failure) -> Period {
        let trimmed = text.trimmingWhitespace()
        let chars = Array(trimmed)
        if let dot = chars.indices.dropLast().first(where: { chars[$0] == "." && chars[$0 + 1] == "." }) {
            let a = try parseSingle(String(chars[..<dot]).trimmingWhitespace())
            let b = try parseSingle(String(chars[(dot + 2)...]).trimmingWhitespace())
            guard let both = Period.through(a, b) else { throw .endsBeforeStart(trimmed) }
            return both
        }
        return try parseSingle(trimmed)
    }

    static func parseSingle(_ text: String) throws(Failure) -> Period {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        if parts.count == 2, let year = Int(parts[0]), parts[0].count == 4 {
            return try parseYearPart(year, String(parts[1]).uppercased(), whole: text)
        }
        guard parts.count == 1 else { throw .malformed(text) }
        let fields = text.split(separator: "-", omittingEmptySubsequences: false)
        guard fields.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              fields[0].count == 4, let year = Int(fields[0]) else { throw .malformed(text) }
        switch fields.count {
        case 1:
            guard let p = Period.year(year) else { throw .impossible(text) }
            return p
        case 2:
            guard fields[1].count == 2, let m = Int(fields[1]) else { throw .malformed(text) }
            guard let p = Period.month(year, m) else { throw .impossible(text) }
            return p
        case 3:
            guard fields[1].count == 2, fields[2].count == 2, let m = Int(fields[1]), let d = Int(fields[2]) else {
                throw .malformed(text)
            }
            guard let day = Day(year: year, month: m, day: d) else { throw .impossible(text) }
            return .day(day)
        default:
            throw .malformed(text)
        }
    }

    /// `Q1`, `Q1-Q2`, `H2`, `H1-H2` after a year.
    static func parseYearPart(_ year: Int, _ part: String, whole: String) throws(Failure) -> Period {
        let pieces = part.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(pieces.count), let letter = pieces[0].first, letter == "Q" || letter == "H",
              pieces.allSatisfy({ $0.count >= 2 && $0.first == letter }) else { throw .malformed(whole) }
        let numbers = pieces.map { Int($0.dropFirst()) }
        guard let first = numbers[0], let last = numbers.last ?? nil else { throw .malformed(whole) }
        let period = letter == "Q" ? Period.quarters(year, first, last) : Period.halves(year, first, last)
        guard let period else { throw .impossible(whole) }
        return period
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}

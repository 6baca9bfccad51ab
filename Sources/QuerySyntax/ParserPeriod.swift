import Diagnostics
import PlanWords

// Periods: `2024`, `2024 Q1`, `2023 Q1-Q2`, `2024 H2`, `2024-03`, `2024-01-15`, and `A..B`.
// Impossible quarters, halves, months and days are errors at the exact characters.
extension Parser {
    static let periodNote = "a period is written 2024, 2024 Q1, 2024 H2, 2023 Q1-Q2, 2024-03, 2024-01-15, or A..B"

    /* period = periodpart [ '..' periodpart ] ; */
    mutating func period(after: Token) throws(ParseStop) -> PeriodSyntax {
        let from = try periodPart(after: after)
        guard peek.kind == .dotDot else { return PeriodSyntax(from: from, through: nil, range: from.range) }
        let dots = advance()
        let through = try periodPart(after: dots)
        let period = PeriodSyntax(from: from, through: through, range: from.range.union(through.range))
        if let a = from.period, let b = through.period, b.end < a.start {
            throw fail("period '\(period)' ends before it starts", at: period.range)
        }
        return period
    }

    /* periodpart = YEAR [ QUARTERS | HALVES ] | MONTH | DAY ; */
    mutating func periodPart(after: Token) throws(ParseStop) -> PeriodSyntax.Part {
        wants(.period)
        let token = peek
        guard startsPeriod(token) else { throw expected("a period", after: after, notes: [Self.periodNote]) }
        advance()
        if case .number(let year) = token.kind {
            guard token.text.utf8.count == 4 else {
                throw fail("invalid year \(token.shown) (a year has four digits, as in 2024)", at: token)
            }
            let next = peek
            if !next.startsLine { wants(.quarterOrHalf) }
            guard !next.startsLine, isQuarterOrHalf(next) else {
                return PeriodSyntax.Part(unit: .year(year), range: token.range)
            }
            advance()
            return PeriodSyntax.Part(unit: try span(next, year: year), range: token.range.union(next.range))
        }
        return PeriodSyntax.Part(unit: try date(token), range: token.range)
    }

    func startsPeriod(_ token: Token) -> Bool {
        switch token.kind {
        case .number: return true
        case .word: return looksLikeDate(token.text)
        default: return false
        }
    }

    /// A word starting with a digit and holding a dash: meant as a month or a day.
    func looksLikeDate(_ text: String) -> Bool {
        guard let first = text.utf8.first, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") else { return false }
        return text.utf8.contains(UInt8(ascii: "-"))
    }

    /// `Q…` or `H…` followed by a digit: meant as a quarter or half after a year.
    func isQuarterOrHalf(_ token: Token) -> Bool {
        guard case .word = token.kind else { return false }
        let bytes = Array(token.text.utf8.prefix(2))
        guard bytes.count == 2 else { return false }
        return "QqHh".utf8.contains(bytes[0]) && bytes[1] >= UInt8(ascii: "0") && bytes[1] <= UInt8(ascii: "9")
    }

    /// `Q1`, `q3`, `Q1-Q2`, `H2`, `H1-H2`.
    func span(_ token: Token, year: Int) throws(ParseStop) -> PeriodSyntax.Part.Unit {
        let pieces = token.text.split(separator: "-", omittingEmptySubsequences: false)
        guard pieces.count <= 2 else {
            throw fail("malformed span \(token.shown) (write Q1, H2, or a span such as Q1-Q2)", at: token)
        }
        var offset = token.range.offset
        var values: [(letter: Character, number: Int)] = []
        for piece in pieces {
            let range = SourceRange(offset: offset, length: piece.utf8.count)
            offset += piece.utf8.count + 1
            let letter = piece.first.map { Character($0.uppercased()) }
            guard let letter, letter == "Q" || letter == "H", piece.count >= 2,
                  let number = Int(piece.dropFirst()), piece.dropFirst().allSatisfy(\.isASCII) else {
                throw fail("malformed span \(token.shown) (write Q1, H2, or a span such as Q1-Q2)", at: range)
            }
            if letter == "Q", !(1...4).contains(number) {
                throw fail("invalid quarter '\(piece)' (quarters are Q1 to Q4)", at: range)
            }
            if letter == "H", !(1...2).contains(number) {
                throw fail("invalid half '\(piece)' (halves are H1 and H2)", at: range)
            }
            if let first = values.first, first.letter != letter {
                throw fail("span \(token.shown) mixes quarters and halves", at: token)
            }
            values.append((letter, number))
        }
        let first = values[0].number, last = values.last!.number
        guard first <= last else { throw fail("span \(token.shown) runs backwards", at: token) }
        return values[0].letter == "Q"
            ? .quarters(year: year, first: first, last: last) : .halves(year: year, first: first, last: last)
    }

    /// `2024-03` or `2024-01-15`, checked against the calendar.
    func date(_ token: Token) throws(ParseStop) -> PeriodSyntax.Part.Unit {
        let pieces = token.text.split(separator: "-", omittingEmptySubsequences: false)
        let wellFormed = (2...3).contains(pieces.count) && pieces[0].count == 4
            && pieces.allSatisfy { !$0.isEmpty && $0.count <= 4 && $0.allSatisfy { $0.isASCII && $0.isNumber } }
            && pieces.dropFirst().allSatisfy { $0.count <= 2 }
        guard wellFormed else {
            throw fail("malformed date \(token.shown) (write a month as 2024-03, a day as 2024-01-15)", at: token)
        }
        let numbers = pieces.map { Int($0)! }
        func range(of piece: Int) -> SourceRange {
            let offset = pieces[..<piece].reduce(token.range.offset) { $0 + $1.utf8.count + 1 }
            return SourceRange(offset: offset, length: pieces[piece].utf8.count)
        }
        let (year, month) = (numbers[0], numbers[1])
        guard (1...12).contains(month) else {
            throw fail("invalid month '\(pieces[1])' in \(token.shown) (months are 01 to 12)", at: range(of: 1))
        }
        guard numbers.count == 3 else { return .month(year: year, month: month) }
        let day = numbers[2], days = Day.daysIn(month: month, year: year)
        guard (1...days).contains(day) else {
            let monthName = Self.monthNames[month - 1]
            throw fail("invalid day '\(pieces[2])' in \(token.shown) (\(monthName) \(year) has \(days) days)",
                       at: range(of: 2))
        }
        return .day(year: year, month: month, day: day)
    }

    /// For messages only ("February 2024 has 29 days").
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]
}

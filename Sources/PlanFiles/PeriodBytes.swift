import PlanModel

extension PlanDocument {
    /// The period forms generated files use — `2024`, `2024-03`, `2024-03-31`, `2024 Q1`,
    /// `2024 H2`, and `A..B` of those — read from the bytes as `PeriodText.parse` reads them;
    /// nil for any other text (which `PeriodText` then reads), or a date that does not exist.
    func digitPeriod(_ n: Int32) -> Period? {
        let node = self[n]
        guard node.kind == .scalar, node.start >= 0 else { return nil }
        let b = utf8(node)
        let s = 0, e = b.count
        var dots = s
        while dots + 1 < e && !(b[dots] == 46 && b[dots + 1] == 46) { dots += 1 }
        guard dots + 1 < e else { return Self.singlePeriod(b, s, e) }
        guard let a = Self.singlePeriod(b, s, dots), let z = Self.singlePeriod(b, dots + 2, e) else { return nil }
        return Period.through(a, z)
    }

    static func singlePeriod(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Period? {
        func number(_ from: Int, _ length: Int) -> Int? {
            var v = 0
            for i in from..<from + length {
                let d = b[s + i]
                guard d >= 48 && d <= 57 else { return nil }
                v = v * 10 + Int(d - 48)
            }
            return v
        }
        let count = e - s
        guard [4, 7, 10].contains(count), let year = number(0, 4) else { return nil }
        if count == 4 { return Period.year(year) }
        if count == 7, b[s + 4] == UInt8(ascii: " "), let part = number(6, 1) {
            switch b[s + 5] {
            case UInt8(ascii: "Q"): return Period.quarters(year, part, part)
            case UInt8(ascii: "H"): return Period.halves(year, part, part)
            default: return nil
            }
        }
        guard b[s + 4] == UInt8(ascii: "-"), let month = number(5, 2) else { return nil }
        if count == 7 { return Period.month(year, month) }
        guard b[s + 7] == UInt8(ascii: "-"), let day = number(8, 2) else { return nil }
        return Day(year: year, month: month, day: day).map(Period.day)
    }
}

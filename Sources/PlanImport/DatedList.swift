import PlanModel

/// A numbered list of dated items ("1. 5/12/2022: sneuvelnota …", "13. 23/01/2023 – 6/02/2023:
/// …", "9. Eind januari: …"), such as a transition plan's consultation steps, read as events.
/// A month without a year takes the year of the item before it, and says so.
enum DatedList {
    static func events(in document: DocumentText, findings: Findings) -> [ImportedPlan.Event] {
        var events: [ImportedPlan.Event] = []
        var lastYear: Int?
        for n in 1...max(1, document.lines.count) {
            let text = document.plain(n)
            guard let first = text.first, first.isNumber,
                  let m = text.firstMatch(of: #/^([0-9]{1,3})\.\s+([^:]{1,60}?)\s*:\s+(.+)$/#) else { continue }
            let label = String(m.2), title = String(m.3)
            var event = ImportedPlan.Event(id: "E" + DutchDates.pad(Int(m.1)!), kind: "event", title: title, date: "",
                                           written: label, origin: .init(line: n))
            if let r = label.firstMatch(of: #/^([0-9]{1,2}/[0-9]{1,2}/[0-9]{4})\s*[–—-]\s*([0-9]{1,2}/[0-9]{1,2}/[0-9]{4})$/#),
               let a = DutchDates.day(String(r.1)), let b = DutchDates.day(String(r.2)) {
                event.date = "\(a)..\(b)"
            } else if let day = DutchDates.day(label), label.count <= 10 {
                event.date = day
            } else if let months = monthsNamed(in: label) {
                guard let year = lastYear else {
                    findings.guess("dated item \(m.1) ('\(label)') names no year and follows no dated item; not read as an event", line: n)
                    continue
                }
                let key = Folding.key(label)
                event.approximate = ["eind", "begin", "midden", "periode"].contains { key.contains($0) }
                if months.count == 2 && months[1] < months[0] {
                    event.date = "\(year - 1)-\(DutchDates.pad(months[0]))..\(year)-\(DutchDates.pad(months[1]))"
                } else if months.count == 2 {
                    event.date = "\(year)-\(DutchDates.pad(months[0]))..\(year)-\(DutchDates.pad(months[1]))"
                } else {
                    event.date = "\(year)-\(DutchDates.pad(months[0]))"
                }
                event.notes.append(findings.guess("dated item \(m.1) ('\(label)') names no year: \(year) taken from the item before it", line: n))
            } else {
                continue
            }
            if let lastEnd = event.date.split(separator: ".").last, let y = Int(lastEnd.prefix(4)) { lastYear = y }
            while events.contains(where: { $0.id == event.id }) { event.id += "b" }
            event.notes.insert("Item \(m.1) of a numbered list of dated items.", at: 0)
            events.append(event)
        }
        flagOutOfOrder(&events, findings: findings)
        return events
    }

    /// A single day that breaks the list's date order against both neighbouring days (a
    /// probable typo, such as 6/12/2023 between 5/12/2022 and 21/12/2022) is kept as written
    /// and warned about.
    static func flagOutOfOrder(_ events: inout [ImportedPlan.Event], findings: Findings) {
        let days = events.indices.filter { events[$0].date.count == 10 }
        for (k, i) in days.enumerated() {
            let day = events[i].date
            let previous = k > 0 ? events[days[k - 1]].date : nil
            let next = k + 1 < days.count ? events[days[k + 1]].date : nil
            let spike = next.map { day > $0 && (previous == nil || $0 >= previous!) } ?? false
            let dip = previous.map { day < $0 && (next == nil || next! >= $0) } ?? false
            if spike || dip {
                events[i].notes.append(findings.guess(
                    "dated item '\(events[i].written)' breaks the date order of its list (between \(previous ?? "the start") and \(next ?? "the end")); kept as written",
                    line: events[i].origin.line))
            }
        }
    }

    /// The month numbers a label names, in order ("Periode december – januari" → [12, 1]).
    static func monthsNamed(in label: String) -> [Int]? {
        let words = Folding.key(label).split(whereSeparator: { !$0.isLetter })
        let months = words.compactMap { DutchDates.months.firstIndex(of: String($0)).map { $0 + 1 } }
        return months.isEmpty || months.count > 2 ? nil : months
    }
}

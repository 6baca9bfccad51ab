import PlanModel

/// Reads a document written on the ELZ action-plan template (Actieplan <zone>, strategic goals,
/// operational goals, actions with the same form) into an `ImportedPlan`.
struct ELZReader {
    let document: DocumentText
    let path: String
    let actors: ActorDirectory
    let findings: Findings

    /// The first non-empty line: the document's title, repeated as the page header.
    let titleLine: Int

    init(document: DocumentText, path: String, actors: ActorDirectory, findings: Findings) {
        self.document = document
        self.path = path
        self.actors = actors
        self.findings = findings
        titleLine = document.plainLines.firstIndex { !$0.isEmpty }.map { $0 + 1 } ?? 1
    }

    func isPageHeader(_ n: Int, title: String) -> Bool {
        n != titleLine && CellText.labelKey(document.plain(n)) == title
    }

    func read() -> ImportedPlan? {
        let titleText = document.plain(titleLine)
        let titleKey = CellText.labelKey(titleText)
        let skip: (Int) -> Bool = { isPageHeader($0, title: titleKey) }
        let headings = ELZHeadings.find(in: document, skip: skip)
        guard let firstHeading = headings.first else {
            findings.error("no 'Strategische doelstelling n – …' heading: expected the goals and actions of an ELZ action plan", line: titleLine)
            return nil
        }
        let year = planYear()
        var zone = titleText
        if let m = titleText.firstMatch(of: #/^Actieplan\s+(.+?)(\s+[0-9]{4})?$/#.ignoresCase()) { zone = String(m.1) }
        let id = CellText.slug(zone) + (year.map { "-\($0.value)" } ?? "")
        var plan = ImportedPlan(template: .elzActionPlan, id: id, title: titleText, document: titleText, file: path)
        if !titleText.lowercased().hasPrefix("actieplan") {
            plan.notes.append(findings.guess("title line '\(titleText)' does not start with 'Actieplan'; the zone is taken to be '\(zone)'", line: titleLine))
        }
        let owner = actors.resolve(zone, origin: .init(line: titleLine, section: "title"))
        plan.owner = owner.id
        if owner.isNew {
            plan.notes.append(findings.guess("zone '\(zone)' is not in the actors file: added as actor '\(owner.id)'", line: titleLine))
        }
        if let year {
            plan.period = year.value
            plan.notes.append("Period \(year.value) from '\(year.written)' (line \(year.line)).")
        } else {
            plan.notes.append(findings.guess("no year found ('Acties YYYY' heading or 'Tijdpad YYYY'): the plan has no period", line: titleLine))
        }
        readHeader(into: &plan, before: firstHeading.line)
        readGoalsAndActions(headings, into: &plan, skip: skip, zoneActor: owner.id)
        if let last = headings.last, last.kind != .action {
            let what = last.kind == .strategic ? "strategic goal \(last.number)" : "operational goal \(last.number)"
            findings.error("the document ends after \(what) (line \(last.line)) without its action: expected 'Actie: …' and the action form",
                           line: last.lastLine)
        }
        ActionLinks.link(&plan.activities, findings: findings)
        plan.events = DatedItems.events(in: prose(before: firstHeading.line, skip: skip), of: plan, findings: findings)
        widenPeriod(&plan)
        return plan
    }

    // Patterns applied line by line, parsed once (see `CellText.Tags`).
    nonisolated(unsafe) static let actionsYear = #/^Acties\s+([0-9]{4})$/#.ignoresCase()
    nonisolated(unsafe) static let timelineYear = #/Tijdpad\s+([0-9]{4})/#
    nonisolated(unsafe) static let versionNumber = #/^[0-9]+(\.[0-9]+)*$/#

    /// "Acties 2024" names the plan's year; failing that, the first "Tijdpad 2024".
    func planYear() -> (value: String, written: String, line: Int)? {
        for (i, text) in document.plainLines.enumerated() {
            if let m = text.firstMatch(of: Self.actionsYear) { return (String(m.1), text, i + 1) }
        }
        for (i, line) in document.lines.enumerated() {
            if let m = line.firstMatch(of: Self.timelineYear) { return (String(m.1), String(m.0), i + 1) }
        }
        return nil
    }

    /// The title table (STATUS) and the version table (Versie, Datum, Beschrijving, Auteur(s)).
    func readHeader(into plan: inout ImportedPlan, before end: Int) {
        var inVersions = false
        for n in 1..<max(1, end) {
            let cells = CellText.cells(of: document.line(n), number: n).map { $0.trimmingCharacters(in: .whitespaces) }
            if let i = cells.firstIndex(where: { $0.uppercased() == "STATUS" }), i + 1 < cells.count, !cells[i + 1].isEmpty {
                plan.status = cells[i + 1]
            }
            if cells.first.map({ Folding.key($0) == "versie" }) == true { inVersions = true; continue }
            guard inVersions else { continue }
            if cells.count >= 4, cells[0].contains(Self.versionNumber) {
                let date = DutchDates.day(cells[1])
                plan.versions.append(.init(version: cells[0], date: date, description: cells[2], authors: cells[3]))
                if date == nil { plan.notes.append(findings.guess("version \(cells[0]): unreadable date '\(cells[1])'", line: n)) }
            } else if !cells.joined().isEmpty {
                inVersions = false
            }
        }
        if let last = plan.versions.last {
            plan.version = last.version
            plan.date = last.date
        }
    }

    /// Prose before the goals (introduction, general work): lines with their numbers, for dated items.
    func prose(before end: Int, skip: (Int) -> Bool) -> [Piece] {
        (1..<max(1, end)).filter { !skip($0) && !ELZHeadings.isTableOfContents(document.line($0)) && !document.line($0).contains("\t") }
            .flatMap { CellText.pieces(of: document.line($0), number: $0) }
    }

    func readGoalsAndActions(_ headings: [ELZHeading], into plan: inout ImportedPlan, skip: @escaping (Int) -> Bool,
                             zoneActor: String) {
        var strategic: String?
        var operational: String?
        var actionsPerGoal: [String: Int] = [:]
        for (index, heading) in headings.enumerated() {
            let bodyEnd = index + 1 < headings.count ? headings[index + 1].line - 1 : document.lines.count
            switch heading.kind {
            case .strategic:
                let id = "SD\(heading.number)"
                strategic = id
                operational = nil
                if let existing = plan.goals.firstIndex(where: { $0.id == id }) {
                    if CellText.labelKey(plan.goals[existing].text) == CellText.labelKey(heading.text) {
                        plan.goals[existing].notes.append("The heading is repeated at line \(heading.line); one goal.")
                    } else {
                        plan.goals[existing].notes.append(findings.guess(
                            "strategic goal \(heading.number) is repeated at line \(heading.line) with other words; the text of line \(plan.goals[existing].origin.line) is kept",
                            line: heading.line))
                    }
                    continue
                }
                plan.goals.append(goal(id: id, level: "strategic", parent: nil, heading))
            case .operational:
                let id = "OD\(heading.number)"
                operational = id
                var parent = "SD" + String(heading.number.split(separator: ".")[0])
                var notes: [String] = []
                if !plan.goals.contains(where: { $0.id == parent }) {
                    if let strategic {
                        notes.append(findings.guess("operational goal \(heading.number) has no strategic goal \(parent); placed under \(strategic), the goal above it", line: heading.line))
                        parent = strategic
                    } else {
                        notes.append(findings.guess("operational goal \(heading.number) comes before any strategic goal", line: heading.line))
                    }
                }
                if plan.goals.contains(where: { $0.id == id }) {
                    findings.guess("operational goal \(heading.number) appears twice (line \(heading.line)); the second is skipped", line: heading.line)
                    continue
                }
                var g = goal(id: id, level: "operational", parent: plan.goals.contains { $0.id == parent } ? parent : nil, heading)
                g.notes.insert(contentsOf: notes, at: 0)
                plan.goals.append(g)
            case .action:
                let goalID = operational ?? strategic
                let base = goalID.map { String($0.dropFirst(2)) } ?? "0"
                let count = actionsPerGoal[base, default: 0] + 1
                actionsPerGoal[base] = count
                let id = "A\(base)" + (count > 1 ? ".\(count)" : "")
                var reader = ActionReader(document: document, findings: findings, actors: actors, zoneActor: zoneActor,
                                          isLast: index == headings.count - 1, skip: skip)
                var activity = reader.read(id: id, title: heading.text, headingLine: heading.line,
                                           bodyLines: heading.lastLine + 1...max(heading.lastLine + 1, bodyEnd))
                activity.goal = goalID
                if goalID == nil {
                    // Every activity of a plan file hangs under a goal: the action cannot be
                    // written as it stands, and dropping it would lose it.
                    findings.error("action '\(heading.text)' comes before any goal heading: expected 'Strategische doelstelling n – …' "
                                   + "(or 'Operationele doelstelling n.m – …') above it", line: heading.line)
                }
                plan.activities.append(activity)
            }
        }
        plan.actors.append(contentsOf: actors.takePending())
    }

    func goal(id: String, level: String, parent: String?, _ heading: ELZHeading) -> ImportedPlan.Goal {
        let sentences = CellText.sentences(heading.text)
        let section = (level == "strategic" ? "Strategische doelstelling " : "Operationele doelstelling ") + heading.number
        var g = ImportedPlan.Goal(id: id, level: level, parent: parent, title: sentences.first ?? heading.text,
                                  text: heading.text, origin: .init(line: heading.line, lastLine: heading.lastLine, section: section))
        if sentences.count > 1 { g.notes.append("Title is the first sentence of the text.") }
        if heading.lastLine != heading.line {
            g.notes.append(findings.guess("heading split over lines \(heading.line) and \(heading.lastLine); joined", line: heading.line))
        }
        if level == "operational", let d = DutchDates.deadline(heading.text) {
            g.deadline = d.period
            g.written = d.written
            g.approximate = d.approximate
            g.notes.append("Deadline '\(d.written)' read as \(d.period)\(d.approximate ? " (approximate)" : "").")
        }
        return g
    }

    /// A plan's period must hold its actions' dates: when an action runs outside the year,
    /// the period is widened and says so.
    func widenPeriod(_ plan: inout ImportedPlan) {
        guard let year = plan.period else { return }
        let days = plan.activities.flatMap { [$0.start, $0.end].compactMap { $0 } }
        let first = days.min(), last = days.max()
        var from = "\(year)-01-01", to = "\(year)-12-31"
        if let first, first < from { from = first }
        if let last, last > to { to = last }
        if from != "\(year)-01-01" || to != "\(year)-12-31" {
            plan.period = "\(from)..\(to)"
            plan.notes.append(findings.guess("actions run outside \(year) (\(first ?? from) .. \(last ?? to)); the plan period is widened to \(from)..\(to)", line: titleLine))
        }
    }
}

import PlanModel

/// Reads a transition plan written on the template "Template transitieplan – Samenwerkingsverband
/// geïntegreerde zorg": the partnership, the transition period, the "Vraag a" work packages and
/// the "Vraag c" activity table (strategic goals, activities, contribution marks, actor categories).
struct TransitionReader {
    let document: DocumentText
    let path: String
    let actors: ActorDirectory
    let findings: Findings

    var count: Int { document.lines.count }
    func plain(_ n: Int) -> String { document.plain(n) }
    func firstLine(where test: (Int) -> Bool, from: Int = 1) -> Int? { from <= count ? (from...count).first(where: test) : nil }

    /// Looked for line by line, so parsed once (see `CellText.Tags`).
    nonisolated(unsafe) static let nameLabel = #/^Naam van het samenwerkingsverband\s*:/#.ignoresCase()

    func read() -> ImportedPlan? {
        let titleLine = firstLine { !plain($0).isEmpty } ?? 1
        let documentTitle = plain(titleLine)
        var name = "samenwerkingsverband"
        var nameLine = titleLine
        if let label = firstLine(where: { plain($0).contains(Self.nameLabel) }) {
            let rest = plain(label).split(separator: ":", maxSplits: 1).dropFirst().first.map { CellText.collapsed(String($0)) } ?? ""
            if !rest.isEmpty { name = rest; nameLine = label }
            else if let next = firstLine(where: { !plain($0).isEmpty }, from: label + 1) { name = plain(next); nameLine = next }
        }
        var plan = ImportedPlan(template: .transitionPlan, id: CellText.slug(name), title: "Transitieplan \(name)",
                                document: documentTitle, file: path)
        if nameLine == titleLine {
            plan.notes.append(findings.guess("no 'Naam van het samenwerkingsverband:' found; the partnership is unnamed", line: titleLine))
        }
        let owner = actors.resolve(name, origin: .init(line: nameLine, section: "Naam van het samenwerkingsverband"))
        plan.owner = owner.id
        if owner.isNew {
            plan.notes.append(findings.guess("partnership '\(name)' is not in the actors file: added as actor '\(owner.id)'", line: nameLine))
        }
        if Folding.key(owner.id) == Folding.key(plan.id) {
            // A plan and an actor of one id would make `of <id>` ambiguous in queries.
            plan.id += "-transitieplan"
            plan.notes.append("Plan id '\(plan.id)': the partnership's own id '\(owner.id)' names its actor.")
        }
        readPeriod(into: &plan, fallback: titleLine)
        readWorkPackages(into: &plan)
        guard readActivityTable(into: &plan) else { return nil }
        plan.events = DatedList.events(in: document, findings: findings)
        plan.actors.append(contentsOf: actors.takePending())
        return plan
    }

    func readPeriod(into plan: inout ImportedPlan, fallback: Int) {
        let pattern = #/([0-9]{1,2}/[0-9]{1,2}/[0-9]{4})\s*[-–]\s*([0-9]{1,2}/[0-9]{1,2}/[0-9]{4})/#
        let lines = (1...max(1, count)).filter { Folding.key(document.line($0)).contains("transitieperiode") }
            + (1...max(1, count))
        for n in lines {
            if let m = document.line(n).firstMatch(of: pattern), let a = DutchDates.day(String(m.1)), let b = DutchDates.day(String(m.2)) {
                // ISO days compare as text. A period that ends before it starts is no period.
                guard a <= b else {
                    plan.notes.append(findings.guess("the transition period '\(m.0)' ends before it starts; the plan has no period", line: n))
                    return
                }
                plan.period = "\(a)..\(b)"
                plan.notes.append("Period: the transition period '\(m.0)' (line \(n)).")
                return
            }
        }
        plan.notes.append(findings.guess("no transition period (dd/mm/yyyy - dd/mm/yyyy) found; the plan has no period", line: fallback))
    }

    // MARK: Vraag c

    func readActivityTable(into plan: inout ImportedPlan) -> Bool {
        guard let vraagC = firstLine(where: { plain($0).contains(PlanImporter.TemplateMarks.vraagC) }) else {
            findings.error("no 'Vraag c' section: expected the transition plan's activity table", line: 1)
            return false
        }
        guard let header = firstLine(where: { n in
            CellText.cells(of: document.line(n), number: n).filter { !$0.isEmpty }.count >= 6 }, from: vraagC + 1) else {
            findings.error("the 'Vraag c' table has no header row with the contribution columns", line: vraagC)
            return false
        }
        let headerCells = CellText.cells(of: document.line(header), number: header)
        var themeCount = 0
        while themeCount + 1 < headerCells.count && !headerCells[themeCount + 1].isEmpty { themeCount += 1 }
        for column in 1...max(1, themeCount) where column <= themeCount {
            plan.themes.append(.init(id: "T" + DutchDates.pad(column), name: headerCells[column],
                                     family: column <= 5 ? "quintuple-aim" : "integration-task", column: column,
                                     origin: .init(line: header, section: "Vraag c")))
        }
        plan.notes.append("Themes: the \(themeCount) contribution columns of the 'Vraag c' header (line \(header)); the template's first five are the quintuple aim, the others integration tasks.")
        for (i, cell) in headerCells.enumerated() where i > themeCount + 1 && !cell.isEmpty {
            let key = Folding.key(cell)
            if key.contains("connecties") || key.contains("kleurcode") { continue }
            plan.notes.append(findings.guess("header cell \(i) '\(cell.prefix(70))' has no data column (data rows hold the actor categories in cell \(themeCount + 1)); not encoded as a theme", line: header))
        }
        var goal: String?
        var perGoal: [String: Int] = [:]
        var rows: [(activity: Int, categories: [Int], line: Int)] = []
        var pendingTitle: Piece?
        var n = header + 1
        var footnote: Int?
        while n <= count {
            let raw = document.line(n)
            let text = plain(n)
            if text.isEmpty || Folding.key(text) == Folding.key(plan.document) { n += 1; continue }
            if !raw.contains("\t") {
                if pendingTitle == nil && continuesOnNextRow(after: n, themeCount: themeCount) {
                    // A title cut from its row by a page break: the row goes on after the break.
                    pendingTitle = Piece(text: text, line: n)
                    n += 1
                    continue
                }
                if text.hasPrefix("*") || Folding.key(text).contains("indeling van de actoren") { footnote = n }
                break
            }
            var cells = CellText.cells(of: raw, number: n)
            var titleLine = n
            if let pending = pendingTitle {
                cells[0] = pending.text + " " + cells[0]
                titleLine = pending.line
                pendingTitle = nil
            }
            if let (number, goalText) = TransitionTable.goalLabel(cells[0]) {
                let id = "SD\(number)"
                goal = id
                let sentences = CellText.sentences(goalText)
                var title = sentences.first ?? goalText
                if title.hasSuffix(".") { title.removeLast() }
                var g = ImportedPlan.Goal(id: id, level: "strategic", title: title, text: goalText,
                                          origin: .init(line: n, section: "Vraag c"))
                g.notes.append("The label before the text gives the id; the title is the first sentence of the text.")
                if plan.goals.contains(where: { $0.id == id }) {
                    findings.guess("strategic goal \(number) appears twice in the table (line \(n)); the second is skipped", line: n)
                } else {
                    plan.goals.append(g)
                }
                n += 1
                continue
            }
            guard cells.count >= themeCount + 2 else {
                findings.guess("row with \(cells.count) cells in the 'Vraag c' table (expected \(themeCount + 2) or more); skipped", line: n)
                n += 1
                continue
            }
            guard let goalID = goal else {
                findings.guess("activity row before any strategic goal row; skipped", line: n)
                n += 1
                continue
            }
            let k = perGoal[goalID, default: 0] + 1
            perGoal[goalID] = k
            var a = ImportedPlan.Activity(id: "A\(goalID.dropFirst(2)).\(k)", title: cells[0],
                                          origin: .init(line: n, section: "Vraag c"))
            a.goal = goalID
            a.phase = "unknown"
            if titleLine != n {
                a.origin = .init(line: titleLine, lastLine: n, section: "Vraag c")
                a.notes.append(findings.guess("the title of this row continues across a page break (lines \(titleLine) and \(n)); joined", line: n))
            }
            for column in 1...max(1, themeCount) where column <= themeCount {
                let mark = cells[column].trimmingCharacters(in: .whitespaces)
                if mark.lowercased() == "x" { a.contributes.append("T" + DutchDates.pad(column)) }
                else if !mark.isEmpty {
                    a.notes.append(findings.guess("mark '\(mark)' in column \(column) is not 'x'; no contribution read", line: n))
                }
            }
            let written = cells[themeCount + 1]
            let (numbers, unreadable) = TransitionTable.categories(written)
            if let unreadable {
                a.notes.append(findings.guess("actor categories '\(written)': '\(unreadable)' is not a category number", line: n))
            }
            if written.isEmpty { a.notes.append(findings.guess("no actor categories given", line: n)) }
            else if numbers.map(String.init).joined(separator: ",") != written.replacingOccurrences(of: " ", with: "") {
                a.notes.append("Actor categories written \"\(written)\"; read as \(numbers.map(String.init).joined(separator: ",")).")
            }
            a.notes.append("The timeline cells were coloured by phase; the colours were lost in extraction, so phase and quarters are unknown.")
            rows.append((plan.activities.count, numbers, n))
            plan.activities.append(a)
            n += 1
        }
        if n > count {
            findings.error("the document ends inside the 'Vraag c' table: expected more rows and the footnote with the actor categories", line: count)
            return false
        }
        var groups: [Int: String] = [:]
        if let footnote {
            for (number, name, text) in TransitionTable.footnoteCategories(plain(footnote)) {
                var group = ImportedPlan.Actor(id: "\(plan.id)-cat-\(number)", name: name, kind: "group", category: number,
                                               description: text, origin: .init(line: footnote, section: "Vraag c"))
                group.notes.append("Actor category (\(number)) of the 'Vraag c' table; its members as the footnote lists them are in the description, not resolved to actors.")
                groups[number] = actors.declare(group)
            }
        } else {
            plan.notes.append(findings.guess("no footnote naming the actor categories after the 'Vraag c' table; categories are declared by number only", line: n))
        }
        for row in rows {
            for number in row.categories {
                if groups[number] == nil {
                    var group = ImportedPlan.Actor(id: "\(plan.id)-cat-\(number)", name: "Categorie \(number)", kind: "group",
                                                   category: number, origin: .init(line: row.line, section: "Vraag c"))
                    group.notes.append(findings.guess("actor category \(number) is not named in the footnote", line: row.line))
                    groups[number] = actors.declare(group)
                }
                plan.activities[row.activity].add("involved", groups[number]!)
            }
        }
        return true
    }

    /// Whether the next row (past blank lines and page headers) is an activity row whose title
    /// this untabbed line begins.
    func continuesOnNextRow(after n: Int, themeCount: Int) -> Bool {
        var m = n + 1
        while m <= count, plain(m).isEmpty || isTitleRepeat(plain(m)) { m += 1 }
        guard m <= count, document.line(m).contains("\t") else { return false }
        let cells = CellText.cells(of: document.line(m), number: m)
        return cells.count >= themeCount + 2 && TransitionTable.goalLabel(cells[0]) == nil
    }

    func isTitleRepeat(_ text: String) -> Bool {
        let title = firstLine { !plain($0).isEmpty }.map(plain) ?? ""
        return Folding.key(text) == Folding.key(title)
    }
}

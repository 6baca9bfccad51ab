import PlanModel

/// The "Vraag a" table of the transition plan: one column per work package ("WERKPAKKET n: …"),
/// one row per question (what, region and target group, with whom, timing, contribution, budget).
extension TransitionReader {
    enum Row { case description, region, partners, timing, contribution, budget }

    static func row(_ label: String) -> Row? {
        let key = Folding.key(label)
        if key.contains("wat is het") { return .description }
        if key.contains("regio") || key.contains("doelgroep") { return .region }
        if key.contains("met wie") { return .partners }
        if key.contains("timing") { return .timing }
        if key.contains("bijdrage") { return .contribution }
        if key.contains("financiering") || key.contains("budget") { return .budget }
        return nil
    }

    /// Looked for in every cell of every line, so parsed once (see `CellText.Tags`).
    nonisolated(unsafe) static let workPackageLabel = #/^WERKPAKKET\s*[0-9]+\s*:/#.ignoresCase()

    func readWorkPackages(into plan: inout ImportedPlan) {
        guard let header = firstLine(where: { n in
            CellText.cells(of: document.line(n), number: n).contains { $0.contains(Self.workPackageLabel) } })
        else {
            plan.notes.append("No 'Vraag a' work-package table (WERKPAKKET n: …) was found.")
            return
        }
        var columns: [Int: Int] = [:]   // cell index → index in plan.workPackages
        for (i, cell) in CellText.cells(of: document.line(header), number: header).enumerated() {
            guard let m = cell.firstMatch(of: #/^WERKPAKKET\s*([0-9]+)\s*:\s*(.*)$/#.ignoresCase()) else { continue }
            columns[i] = plan.workPackages.count
            var wp = ImportedPlan.WorkPackage(id: "WP\(m.1)", title: String(m.2), origin: .init(line: header, section: "Vraag a"))
            wp.notes.append("Title is the header cell without its label 'WERKPAKKET \(m.1):'.")
            plan.workPackages.append(wp)
        }
        var current: Row?
        var last = header
        var n = header + 1
        while n <= count {
            let raw = document.line(n)
            if !raw.contains("\t") {
                if plain(n).isEmpty { n += 1; continue }
                break
            }
            let cells = CellText.cells(of: raw, number: n)
            let label = cells.first ?? ""
            if cells.allSatisfy(TransitionTable.isGrid) || TransitionTable.isGrid(label) && !label.isEmpty {
                n += 1
                continue
            }
            let row = label.isEmpty ? nil : Self.row(label)
            if !label.isEmpty && row == nil {
                findings.guess("row '\(label.prefix(50))' of the work-package table is not a known question; skipped", line: n)
                current = nil
            }
            let continues = label.isEmpty
            if let row { current = row }
            if let field = current {
                for (i, index) in columns where i < cells.count && !TransitionTable.isGrid(cells[i]) {
                    set(field, cells[i], continues: continues, line: n, in: &plan.workPackages[index])
                }
                last = n
            }
            n += 1
        }
        for i in plan.workPackages.indices {
            plan.workPackages[i].origin.lastLine = last
            if let budget = plan.workPackages[i].budgetText, let m = budget.firstMatch(of: #/([0-9]+(?:[.,][0-9]+)?)\s*VTE/#) {
                plan.workPackages[i].budgetFTE = m.1.replacingOccurrences(of: ",", with: ".")
            }
        }
    }

    func set(_ row: Row, _ text: String, continues: Bool, line: Int, in wp: inout ImportedPlan.WorkPackage) {
        let path: WritableKeyPath<ImportedPlan.WorkPackage, String?>
        switch row {
        case .description: path = \.description
        case .region: path = \.regionAndTargetGroup
        case .partners: path = \.partnersText
        case .timing: path = \.timingText
        case .contribution: path = \.contribution
        case .budget: path = \.budgetText
        }
        var value = text
        if row == .timing, let m = value.firstMatch(of: #/^Timing:.*?=\s*donkergroen\s*/#.ignoresCase()) { value.removeSubrange(m.range) }
        guard !value.isEmpty else { return }
        if continues, let previous = wp[keyPath: path] {
            wp[keyPath: path] = previous + " " + value
            wp.notes.append(findings.guess("a cell of this column continues on line \(line) (the table row was broken in extraction); joined", line: line))
        } else if let previous = wp[keyPath: path] {
            wp[keyPath: path] = previous + " " + value
        } else {
            wp[keyPath: path] = value
        }
    }
}

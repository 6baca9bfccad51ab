import Diagnostics
import PlanModel
import Rendering

/// `timeline QUERY`: the selected nodes as a Gantt chart over months (quarters when the
/// span is longer than two years). `█` marks a node's own period, `▒` an inherited one,
/// `░` an approximate one. At most `maxColumns` columns are drawn; a longer span says
/// where it was cut. Titles are escaped as in a table.
struct TimelineDrawing {
    let graph: PlanGraph
    let width: Int?
    static let maxColumns = 400

    func draw(_ refs: [NodeRef]) -> String {
        let dated = refs.filter { graph[$0].period != nil }
        guard let first = dated.map({ graph[$0].period!.start }).min(),
              let last = dated.map({ graph[$0].period!.end }).max() else { return "(nothing with a period)\n" }
        let months = (last.year - first.year) * 12 + last.month - first.month + 1
        let step = months > 24 ? 3 : 1
        var columns: [Period] = []
        var (y, m) = (first.year, step == 3 ? (first.month - 1) / 3 * 3 + 1 : first.month)
        while let p = Period.month(y, m), p.start <= last, columns.count < Self.maxColumns {
            columns.append(Period(start: p.start, end: Period.month(y, m + step - 1)?.end ?? p.end))
            m += step
            if m > 12 { m -= 12; y += 1 }
        }
        let labels = dated.map { "\(graph.qualifiedID($0)) \(escapeForTerminal(graph[$0].title))" }
        let labelWidth = min(40, labels.map(displayWidth).max() ?? 0)
        var lines: [String] = []
        let header = columns.map { c -> String in
            step == 3 ? "Q\(c.start.quarter)" : String(Array("JFMAMJJASOND")[c.start.month - 1])
        }
        let years = columns.map { c in c.start.month == 1 || c == columns.first ? String(c.start.year % 100) : "" }
        let cell = step == 3 ? 2 : 1
        lines.append(pad("", labelWidth) + " " + years.map { pad($0, cell) }.joined())
        lines.append(pad("", labelWidth) + " " + header.map { pad($0, cell) }.joined())
        for (ref, label) in zip(dated, labels) {
            let node = graph[ref]
            let p = node.period!
            let mark = p.approximate ? "░" : node.periodIsInherited ? "▒" : "█"
            let bar = columns.map { c in String(repeating: c.overlaps(p) ? mark : "·", count: cell) }.joined()
            lines.append(pad(truncate(label, toWidth: labelWidth), labelWidth) + " " + bar)
        }
        lines.append("█ own period  ▒ inherited  ░ approximate")
        if let end = columns.last?.end, end < last {
            lines.append("(cut: the chart ends at \(end); the periods run to \(last). Select fewer or nearer nodes.)")
        }
        return lines.map { line in width.map { truncate(line, toWidth: $0) } ?? line }.joined(separator: "\n") + "\n"
    }

    func pad(_ s: String, _ w: Int) -> String { s + String(repeating: " ", count: max(0, w - displayWidth(s))) }
}

import PlanModel
import QueryBinding
import Rendering

/// Turns answers into result tables: node lists always carry id (plan-qualified), kind,
/// plan and title, then the fields asked with `show`; counts by group are group/count rows.
public struct AnswerTable {
    public let graph: PlanGraph

    public init(graph: PlanGraph) { self.graph = graph }

    public func table(_ answer: Answer, for query: BoundQuery) -> ResultTable {
        let fields = FieldValues(graph: graph)
        switch answer {
        case .count(let n):
            return ResultTable(columns: ["count"], rows: [[.integer(n)]])
        case .aggregate(let function, let rows):
            let value = { (row: AggregateRow) -> ResultTable.Cell in row.value.map { AnswerTable.cell($0, fields) } ?? .null }
            if query.groupBy == nil {
                return ResultTable(columns: [function.rawValue], rows: rows.map { [value($0)] })
            }
            return ResultTable(columns: ["group", function.rawValue], rows: rows.map { [.text($0.group ?? ""), value($0)] })
        case .groups(let groups):
            return ResultTable(columns: ["group", "count"], rows: groups.map { [.text($0.label), .integer($0.count)] })
        case .nodes(let refs):
            var shown = query.show
            if let g = query.groupBy, !shown.contains(g) { shown.insert(g, at: 0) }
            // One column per name: `show kind, title` adds nothing the fixed columns lack.
            var names: Set<String> = ["id", "kind", "plan", "title"]
            shown = shown.filter { names.insert($0.description).inserted }
            let columns = ["id", "kind", "plan", "title"] + shown.map(\.description)
            let rows = refs.map { ref -> [ResultTable.Cell] in
                let node = graph[ref]
                var row: [ResultTable.Cell] = [
                    .text(graph.qualifiedID(ref)), .text(node.kind.rawValue),
                    node.plan.map { .text(graph[$0].id) } ?? .null, .text(node.title),
                ]
                for key in shown {
                    let values = fields.values(key, of: ref)
                    switch values.count {
                    case 0: row.append(.null)
                    case 1: row.append(AnswerTable.cell(values[0], fields))
                    default: row.append(.list(values.map(fields.display)))
                    }
                }
                return row
            }
            return ResultTable(columns: columns, rows: rows)
        }
    }

    /// One value as a cell: numbers stay numbers (whole ones as integers), so JSON and CSV
    /// give `4`, not `"4"` or `4.0`.
    static func cell(_ value: Scalar, _ fields: FieldValues) -> ResultTable.Cell {
        if case .number(let n) = value {
            return n == n.rounded() && abs(n) < 1e15 ? .integer(Int(n)) : .number(n)
        }
        return .text(fields.display(value))
    }

    /// What the table and expanded outputs add below an answer: for an aggregate, how many
    /// nodes had no value (left out, not read as zero).
    public func notes(_ answer: Answer, for query: BoundQuery) -> [String] {
        guard case .aggregate(let function, let rows) = answer, let field = query.aggregate?.field else { return [] }
        let missing = rows.reduce(0) { $0 + $1.missing }
        guard missing > 0 else { return [] }
        let total = rows.reduce(0) { $0 + $1.counted + $1.missing }
        let what = field.builtInType == .date || function == .min || function == .max ? "value" : "number"
        return ["\(missing) of \(total) \(query.kind.plural) have no \(what) for \(field): left out of the \(function.rawValue), not read as zero"]
    }
}

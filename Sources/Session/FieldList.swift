import Diagnostics
import PlanModel
import QueryEvaluation
import QuerySyntax
import Rendering

/// `.fields KIND` and `.help fields`: the fields a query can name, per kind, from the loaded plans.
struct FieldList {
    let session: Session

    /// `.fields activities`: one row per field, with its type and an example value.
    func run(_ written: String, at range: SourceRange, in file: SourceFile) -> Result<MetaCommands.Effect, Diagnostic> {
        guard let kind = FieldList.kind(written) else {
            let words = NodeKind.allCases.map(\.plural)
            let close = Suggestions.closest(to: written, among: words)
            let hint = written.isEmpty ? " (kinds: \(words.joined(separator: ", ")))"
                : Suggestions.phrase(close).map { " — \($0)" } ?? " (kinds: \(words.joined(separator: ", ")))"
            let what = written.isEmpty ? "usage: .fields KIND" : "unknown kind '\(written)'"
            return .failure(.error(what + hint, at: range, in: file))
        }
        let entries = FieldCatalog(graph: session.graph).entries(for: kind)
        let table = ResultTable(columns: ["field", "type", "example", "dutch"],
                                rows: entries.map { [.text($0.name), .text($0.type), .text($0.example), .text($0.dutch.joined(separator: ", "))] })
        let footer = "Also: number of FIELD, how many values a field holds (a number), e.g. where number of actors > 3.\n"
        return .success(.text(session.render(table) + (session.format == .table ? footer : "")))
    }

    /// For `.help fields`: each kind with the names of its fields.
    func summary() -> String {
        let catalog = FieldCatalog(graph: session.graph)
        return NodeKind.allCases.compactMap { kind -> String? in
            let names = catalog.entries(for: kind).map(\.name)
            return names.isEmpty ? nil : "  \(kind.plural): " + names.joined(separator: ", ")
        }.joined(separator: "\n") + "\n"
    }

    /// The kind a word names as a query source would: `activities`, `work packages`, `acties`.
    static func kind(_ written: String) -> NodeKind? {
        guard case .complete(let statements) = Parser.parse(written), statements.count == 1,
              case .query(let query) = statements[0].form, query.filter == nil, query.shaping.isEmpty,
              !query.isCount, query.aggregate == nil, case .kind(let kind, _) = query.source.form else { return nil }
        return kind
    }
}

import Diagnostics
import PlanModel
import QuerySyntax

// The operations beside filtering: aggregates over a field, and named queries combined with
// `and`, `or` and `not`.
extension BindScope {
    /// `sum FIELD of …`: the field must be one the kind has; `sum` and `average` need numbers,
    /// `min` and `max` take numbers or dates (checked on the values when evaluated).
    func aggregate(_ query: Query, counts: Bool) throws(DiagnosticList) -> (function: Aggregate.Function, field: FieldKey)? {
        guard let aggregate = query.aggregate else { return nil }
        if counts { throw fail("'count' and '\(aggregate.function.rawValue)' cannot be combined", at: aggregate.range) }
        if !query.shaping.show.isEmpty, let first = query.shaping.show.first {
            throw fail("'show' lists nodes; \(aggregate.function.rawValue) gives one value (per group with 'by')", at: first.range)
        }
        let key = try field(aggregate.field)
        let type = self.type(of: key)
        let takesDates = aggregate.function == .min || aggregate.function == .max
        guard type == .number || (takesDates && type == .date) else {
            let wants = takesDates ? "a number or a date" : "a number"
            throw fail("\(aggregate.function.rawValue) needs \(wants); '\(aggregate.field)' of \(kind.plural) is \(type.phrase)"
                       + " (e.g. \(aggregate.function.rawValue) \(takesDates ? "start" : "number of actors") of \(kind.plural))",
                       at: aggregate.field.range)
        }
        return (aggregate.function, key)
    }

    /// A named query inside a filter: its nodes. It must list the same kind, and only filter
    /// (a count, aggregate, limit or order would change what "its nodes" means).
    func bindNamed(_ name: Name) throws(DiagnosticList) -> Predicate {
        guard let named = namedQueries[Folding.key(name.text)] else {
            let close = Suggestions.closest(to: name.text, among: Array(namedQueries.keys))
            throw fail("unknown query name '\(name.text)'" + (Suggestions.phrase(close).map { " — \($0)" } ?? ""),
                       at: name.range)
        }
        guard named.kind == kind else {
            throw fail("'\(name.text)' lists \(named.kind.plural), not \(kind.plural): only queries of one kind combine",
                       at: name.range)
        }
        if named.counts || named.aggregate != nil || named.limit != nil {
            throw fail("'\(name.text)' counts, aggregates or limits its answer; only filtering queries combine with and, or, not",
                       at: name.range)
        }
        try checkSize(named.predicate, of: name)
        return .named(name.text, named.predicate)
    }
}

extension Predicate {
    /// A named query may use itself twice (`let a = a or a`), doubling its predicate each time:
    /// beyond this many tests it is refused rather than evaluated for ever.
    static let maxTests = 20_000

    /// How many tests the predicate holds, counted up to `limit` (so that counting a huge
    /// predicate stops early too).
    func size(upTo limit: Int) -> Int {
        var count = 0
        func visit(_ p: Predicate) {
            guard count <= limit else { return }
            count += 1
            switch p {
            case .and(let ps), .or(let ps): for q in ps where count <= limit { visit(q) }
            case .not(let q), .named(_, let q): visit(q)
            default: break
            }
        }
        visit(self)
        return count
    }
}

extension BindScope {
    func checkSize(_ predicate: Predicate, of name: Name) throws(DiagnosticList) {
        guard predicate.size(upTo: Predicate.maxTests) <= Predicate.maxTests else {
            throw fail("'\(name.text)' has grown past \(Predicate.maxTests) tests (a query named after itself, used twice); "
                       + "write it out instead", at: name.range)
        }
    }
}

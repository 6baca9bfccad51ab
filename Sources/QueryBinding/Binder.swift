import Diagnostics
import PlanModel
import QuerySyntax

/// Resolves a parsed query against the loaded plans: kinds, plan scopes, goal ids, actor
/// names, roles, fields and periods. Unknown names fail with ranked suggestions; ambiguous
/// ones are kept and reported as resolutions.
public struct Binder {
    public let graph: PlanGraph
    /// Queries named with `let`, by folded name.
    public var namedQueries: [String: BoundQuery]

    public init(graph: PlanGraph, namedQueries: [String: BoundQuery] = [:]) {
        self.graph = graph
        self.namedQueries = namedQueries
    }

    public func bind(_ query: Query, in file: SourceFile) throws(DiagnosticList) -> BoundQuery {
        var scope = BindScope(graph: graph, file: file)
        var base: BoundQuery?
        let kind: NodeKind
        switch query.source.form {
        case .kind(let k, _):
            kind = k
        case .named(let name):
            guard let named = namedQueries[Folding.key(name.text)] else {
                let close = Suggestions.closest(to: name.text, among: Array(namedQueries.keys))
                let kinds = NodeKind.allCases.map { $0.spelled(plural: true) }
                let hint = Suggestions.phrase(close + Suggestions.closest(to: name.text, among: kinds))
                throw DiagnosticList([.error("unknown kind or query name '\(name.text)'" + (hint.map { " — \($0)" } ?? ""),
                                             at: name.range, in: file)])
            }
            // A count or aggregate ignores `limit`: over a named query that limits its nodes it
            // would count every node the query finds, not the ones its answer lists.
            if let limit = named.limit, !named.counts, named.aggregate == nil, query.isCount || query.aggregate != nil {
                throw DiagnosticList([.error("'\(name.text)' keeps its first \(limit) nodes (limit \(limit)), which \(query.isCount ? "a count" : "an aggregate") would not: name the query without 'limit' to \(query.isCount ? "count" : "aggregate") it",
                                             at: name.range, in: file)])
            }
            base = named
            kind = named.kind
        }
        scope.kind = kind
        scope.namedQueries = namedQueries
        scope.planScope = try scope.plansInScope(query.filter)
        var clauses: [BoundClause] = []
        if let base, case .named(let name) = query.source.form {
            clauses.append(BoundClause(label: name.text, range: name.range, predicate: base.predicate))
        }
        if let filter = query.filter {
            let parts: [Filter]
            if case .and(let ps) = filter.form { parts = ps } else { parts = [filter] }
            for part in parts {
                clauses.append(BoundClause(label: SyntaxPrinter.canonical(part), range: part.range,
                                           predicate: try scope.bind(part)))
            }
        }
        let tests = clauses.map(\.predicate).filter { if case .all = $0 { false } else { true } }
        var predicate: Predicate = tests.isEmpty ? .all : tests.count == 1 ? tests[0] : .and(tests)
        if let base, query.orAfterSource != nil, case .named(let name) = query.source.form {
            try scope.checkSize(base.predicate, of: name)
            // `a or …`: the named query's nodes, or those passing the filter.
            let rest = clauses.dropFirst().map(\.predicate)
            let either = Predicate.or([base.predicate, rest.count == 1 ? rest[0] : .and(Array(rest))])
            clauses = [BoundClause(label: SyntaxPrinter.canonical(query), range: query.range, predicate: either)]
            predicate = either
        }
        let shaping = query.shaping
        var bound = BoundQuery(
            kind: kind, counts: query.isCount || (base?.counts ?? false), predicate: predicate,
            groupBy: try shaping.groupBy.map { n throws(DiagnosticList) in try scope.field(n) } ?? base?.groupBy,
            orderBy: [], groupOrder: base?.groupOrder ?? [], limit: shaping.limit?.count ?? base?.limit, show: [],
            resolutions: (base?.resolutions ?? []) + [], syntax: query, clauses: clauses)
        if bound.counts, bound.groupBy != nil, !shaping.orderBy.isEmpty { bound.groupOrder = [] }
        // `count activities limit 2` said 6: a limit keeps the first rows of a list, and a count
        // or an aggregate without `by` is one value, so a limit there could only be misread.
        if let limit = shaping.limit, bound.counts || query.aggregate != nil, bound.groupBy == nil {
            let value = query.aggregate?.function.rawValue ?? "count"
            throw DiagnosticList([.error("a \(value) without 'by' is one value: 'limit' keeps the first rows of a list and has nothing to keep here — drop it, or give 'by FIELD' to limit the groups",
                                         at: limit.range, in: file)])
        }
        for key in shaping.orderBy {
            // A grouped answer's columns in Dutch too: `sorteer op aantal aflopend`, `op groep`.
            let written = key.field.text.lowercased()
            let name = FieldWords.english(written) ?? Keyword(spelling: written)?.rawValue ?? written
            let valueColumn = query.aggregate?.function.rawValue ?? "count"
            if query.aggregate != nil, bound.groupBy == nil {
                throw DiagnosticList([.error("a \(valueColumn) without 'by' is one value: there is nothing to order",
                                             at: key.range, in: file)])
            }
            if bound.counts || query.aggregate != nil, bound.groupBy != nil {
                // The answer's rows are groups: only their two columns can order them.
                guard name == valueColumn || name == "group" else {
                    throw DiagnosticList([.error("a \(valueColumn) by \(bound.groupBy!) is ordered by '\(valueColumn)' or 'group', not '\(key.field.text)'",
                                                 at: key.field.range, in: file, suggestion: valueColumn)])
                }
                bound.groupOrder.append((name == valueColumn, key.descending))
                continue
            }
            bound.orderBy.append((try scope.field(key.field), key.descending))
        }
        if shaping.orderBy.isEmpty, let base { bound.orderBy = base.orderBy }
        for name in shaping.show { bound.show.append(try scope.field(name)) }
        bound.aggregate = try scope.aggregate(query, counts: bound.counts) ?? base?.aggregate
        if shaping.show.isEmpty, let base { bound.show = base.show }
        bound.resolutions += scope.resolutions
        return bound
    }

    /// One node named by a reference (for `describe`, `tree`, `path`); an ambiguous
    /// reference is an error that lists the candidates.
    public func node(_ reference: Reference, in file: SourceFile) throws(DiagnosticList) -> NodeRef {
        try resolveNode(reference, in: file).node
    }

    /// One node named in an `expect` list: a node of the answer's kind when the name means one
    /// (`expect actors of elz = [zzl, …]` names the actor, not the plan), else as `node` finds it.
    public func node(_ reference: Reference, in file: SourceFile, preferring kind: PlanModel.NodeKind) throws(DiagnosticList) -> NodeRef {
        let scope = BindScope(graph: graph, file: file)
        let ofKind = scope.lookUp(reference, kinds: [kind])
        if ofKind.count == 1 { return ofKind[0] }
        return try node(reference, in: file)
    }

    /// One node named by a reference, with a note when the name could also mean nodes of
    /// other kinds (a plan id is also an actor's): what was taken, and how to pick the others.
    public func resolveNode(_ reference: Reference, in file: SourceFile) throws(DiagnosticList)
        -> (node: NodeRef, notes: [Resolution]) {
        var scope = BindScope(graph: graph, file: file)
        let found = scope.lookUp(reference, kinds: nil)
        if found.count == 1 {
            scope.noteOtherMeanings(reference, took: found)
            return (found[0], scope.resolutions)
        }
        if found.isEmpty {
            let what = reference.kind.map(\.rawValue) ?? "node"
            let among = reference.kind.map { scope.candidates(kinds: [$0]) } ?? graph.allIDs
            throw DiagnosticList([scope.unknown(what, reference, among: among)])
        }
        let names = found.map { graph.qualifiedID($0) }.joined(separator: ", ")
        throw DiagnosticList([.error("'\(reference.text)' is ambiguous: it names \(names); qualify it, e.g. \(graph.qualifiedID(found[0]))",
                                     at: reference.range, in: file)])
    }
}

extension Predicate {
    /// `self and other`, flattening `all`.
    func and(_ other: Predicate) -> Predicate {
        switch (self, other) {
        case (.all, _): return other
        case (_, .all): return self
        default: return .and([self, other])
        }
    }
}

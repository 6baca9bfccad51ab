import Diagnostics

extension SyntaxPrinter {
    /// An indented drawing of how a statement was read, one node a line, for `explain`:
    ///
    ///     query
    ///       source activities
    ///       and
    ///         for SD3
    ///         in 2024 Q1 (2024-01-01..2024-03-31)
    ///         with role lead, actor ELZ
    ///       order by start
    ///
    /// With `ranges`, each line ends with the node's `@offset+length` in the query text.
    public static func tree(_ statement: Statement, ranges: Bool = false) -> String {
        var dump = TreeDump(ranges: ranges)
        dump.statement(statement)
        return dump.lines.joined(separator: "\n")
    }
}

extension Statement {
    /// The indented tree dump; see `SyntaxPrinter.tree`.
    public var treeDescription: String { SyntaxPrinter.tree(self) }
}

/// Builds the lines of a tree dump, indenting two spaces a level.
struct TreeDump {
    let ranges: Bool
    var lines: [String] = []
    var level = 0

    init(ranges: Bool) { self.ranges = ranges }

    mutating func line(_ text: String, _ range: SourceRange) {
        let indent = String(repeating: "  ", count: level)
        lines.append(indent + text + (ranges ? " @\(range)" : ""))
    }

    mutating func indented(_ body: (inout TreeDump) -> Void) {
        level += 1
        body(&self)
        level -= 1
    }

    mutating func statement(_ s: Statement) {
        switch s.form {
        case .query(let q):
            query(q)
        case .let(let name, let q):
            line("let \(name.text)", s.range)
            indented { $0.query(q) }
        case .describe(let r):
            line("describe \(reference(r))", s.range)
        case .explain(let q):
            line("explain", s.range)
            indented { $0.query(q) }
        case .tree(let r):
            line("tree \(reference(r))", s.range)
        case .timeline(let q):
            line("timeline", s.range)
            indented { $0.query(q) }
        case .path(let a, let b):
            line("path from \(reference(a)) to \(reference(b))", s.range)
        case .expect(let q, let e):
            line("expect \(SyntaxPrinter.canonical(e))", s.range)
            indented { $0.query(q) }
        case .graph(let q):
            line("graph", s.range)
            indented { $0.query(q) }
        case .overview(let r):
            line("overview \(reference(r))", s.range)
        }
    }

    mutating func query(_ q: Query) {
        let head = q.aggregate.map { "\($0.function.rawValue) of \($0.field) query" } ?? (q.isCount ? "count query" : "query")
        line(head, q.range)
        indented { d in
            switch q.source.form {
            case .kind(let kind, _): d.line("source \(kind.spelled(plural: true))", q.source.range)
            case .named(let name): d.line("source query named \(name.text)", q.source.range)
            }
            if let or = q.orAfterSource { d.line("or (the source's nodes, or those of the filter)", or) }
            if let filter = q.filter { d.filter(filter) }
            let shaping = q.shaping
            if let group = shaping.groupBy { d.line("group by \(group)", group.range) }
            for key in shaping.orderBy {
                d.line("order by \(key.field) \(key.descending ? "descending" : "ascending")", key.range)
            }
            if let limit = shaping.limit { d.line("limit \(limit.count)", limit.range) }
            if !shaping.show.isEmpty {
                let range = shaping.show.dropFirst().reduce(shaping.show[0].range) { $0.union($1.range) }
                d.line("show " + shaping.show.map(\.description).joined(separator: ", "), range)
            }
        }
    }

    mutating func filter(_ f: Filter) {
        switch f.form {
        case .clause(let c): clause(c)
        case .and(let items):
            line("and", f.range)
            indented { d in for item in items { d.filter(item) } }
        case .or(let items):
            line("or", f.range)
            indented { d in for item in items { d.filter(item) } }
        case .not(let operand):
            line("not", f.range)
            indented { $0.filter(operand) }
        }
    }

    mutating func clause(_ c: FilterClause) {
        switch c.form {
        case .of(let r): line("of \(reference(r))", c.range)
        case .for(let r): line("for \(reference(r)) and everything under it", c.range)
        case .period(let test, let p): line("\(test.rawValue) \(period(p))", c.range)
        case .with(let role, let actor):
            line("with " + (role.map { "role \($0.text), " } ?? "any role, ") + "actor \(reference(actor))", c.range)
        case .where(let condition):
            line("where", c.range)
            indented { $0.condition(condition) }
        case .contributing(let r): line("contributing to theme \(reference(r))", c.range)
        case .linked(let r): line("linked to \(reference(r))", c.range)
        case .named(let name): line("in the answer of query \(name.text)", c.range)
        }
    }

    mutating func condition(_ c: Condition) {
        switch c.form {
        case .compare(let field, let op, _, let value):
            line("\(field) \(op.rawValue) \(self.value(value))", c.range)
        case .member(let field, let negated, let values):
            let list = values.map { self.value($0) }.joined(separator: ", ")
            line("\(field) \(negated ? "not in" : "in") (\(list))", c.range)
        case .within(let field, let negated, let p):
            line("\(field) \(negated ? "not in" : "in") \(period(p))", c.range)
        case .isUnknown(let field, let negated):
            line("\(field) is \(negated ? "not unknown" : "unknown")", c.range)
        case .and(let items):
            line("and", c.range)
            indented { d in for item in items { d.condition(item) } }
        case .or(let items):
            line("or", c.range)
            indented { d in for item in items { d.condition(item) } }
        case .not(let operand):
            line("not", c.range)
            indented { $0.condition(operand) }
        }
    }

    func value(_ v: Value) -> String {
        switch v.form {
        case .string(let s): return "text " + SyntaxPrinter.quoted(s)
        case .number(let n): return "number \(n)"
        case .period(let p): return "period " + period(p)
        case .reference(let r): return reference(r)
        }
    }

    func reference(_ r: Reference) -> String {
        SyntaxPrinter.canonical(r)
    }

    /// `2024 Q1 (2024-01-01..2024-03-31)`: as written, then the days it covers.
    func period(_ p: PeriodSyntax) -> String {
        "\(p) (" + (p.period.map { "\($0.start)..\($0.end)" } ?? "not in the calendar") + ")"
    }
}

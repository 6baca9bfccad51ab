import Diagnostics

/// Prints syntax trees two ways: the canonical one-line form of a statement (keywords
/// lowercase, `and` as juxtaposition, parentheses only where precedence needs them), which
/// parses back to the same tree; and an indented dump of the tree, which `explain` shows.
public enum SyntaxPrinter {
    // MARK: - Canonical form

    public static func canonical(_ statement: Statement) -> String {
        switch statement.form {
        case .query(let q): return canonical(q)
        case .let(let name, let q): return "let \(name.text) = \(canonical(q))"
        case .describe(let r): return "describe \(canonical(r))"
        case .explain(let q): return "explain \(canonical(q))"
        case .tree(let r): return "tree \(canonical(r))"
        case .timeline(let q): return "timeline \(canonical(q))"
        case .path(let a, let b): return "path from \(canonical(a)) to \(canonical(b))"
        case .expect(let q, let e): return "expect \(canonical(q)) = \(canonical(e))"
        case .graph(let q): return "graph \(canonical(q))"
        case .overview(let r): return "overview \(canonical(r))"
        }
    }

    public static func canonical(_ query: Query) -> String {
        var words: [String] = []
        if query.isCount { words.append("count") }
        if let a = query.aggregate { words.append("\(a.function.rawValue) \(a.field) of") }
        words.append(canonical(query.source))
        if let filter = query.filter {
            if query.orAfterSource != nil { words.append("or") } else if case .named? = filter.firstClause {
                words.append("and")
            }
            words.append(canonical(filter, inside: query.orAfterSource != nil ? .and : .or))
        }
        let shaping = query.shaping
        if let group = shaping.groupBy { words.append("by \(group)") }
        if !shaping.orderBy.isEmpty {
            words.append("order by " + shaping.orderBy.map { "\($0.field)" + ($0.descending ? " desc" : "") }
                .joined(separator: ", "))
        }
        if let limit = shaping.limit { words.append("limit \(limit.count)") }
        if !shaping.show.isEmpty { words.append("show " + shaping.show.map(\.description).joined(separator: ", ")) }
        return words.joined(separator: " ")
    }

    public static func canonical(_ source: Source) -> String {
        switch source.form {
        case .kind(let kind, let plural): return kind.spelled(plural: plural)
        case .named(let name): return name.text
        }
    }

    /// How tightly the surrounding context binds; an operand binding looser is parenthesized.
    enum Level: Int { case or = 0, and, not }

    public static func canonical(_ filter: Filter) -> String { canonical(filter, inside: .or) }

    static func canonical(_ filter: Filter, inside level: Level) -> String {
        switch filter.form {
        case .clause(let clause):
            return canonical(clause)
        case .and(let items):
            // A named query after another filter needs its `and`: a bare word there would be a name.
            let text = items.enumerated().map { i, item in
                let printed = canonical(item, inside: .and)
                if i > 0, case .named? = item.firstClause { return "and " + printed }
                return printed
            }.joined(separator: " ")
            return level.rawValue > Level.and.rawValue ? "(\(text))" : text
        case .or(let items):
            let text = items.map { canonical($0, inside: .or) }.joined(separator: " or ")
            return level.rawValue > Level.or.rawValue ? "(\(text))" : text
        case .not(let operand):
            return "not " + canonical(operand, inside: .not)
        }
    }

    public static func canonical(_ clause: FilterClause) -> String {
        switch clause.form {
        case .of(let r): return "of \(canonical(r))"
        case .for(let r): return "for \(canonical(r))"
        case .period(let test, let p): return "\(test.rawValue) \(p)"
        case .with(let role, let actor): return "with " + (role.map { "\($0.text) " } ?? "") + canonical(actor)
        case .where(let c): return "where \(canonical(c, inside: .or))"
        case .contributing(let r): return "contributing to \(canonical(r))"
        case .linked(let r): return "linked to \(canonical(r))"
        case .named(let name): return name.text
        }
    }

    public static func canonical(_ condition: Condition) -> String { canonical(condition, inside: .or) }

    static func canonical(_ condition: Condition, inside level: Level) -> String {
        switch condition.form {
        case .compare(let field, let op, _, let value):
            return "\(field) \(op.rawValue) \(canonical(value))"
        case .member(let field, let negated, let values):
            return "\(field) \(negated ? "not in" : "in") (" + values.map(canonical).joined(separator: ", ") + ")"
        case .within(let field, let negated, let period):
            return "\(field) \(negated ? "not in" : "in") \(period)"
        case .isUnknown(let field, let negated):
            return "\(field) is \(negated ? "not unknown" : "unknown")"
        case .and(let items):
            let text = items.map { canonical($0, inside: .and) }.joined(separator: " and ")
            return level.rawValue > Level.and.rawValue ? "(\(text))" : text
        case .or(let items):
            let text = items.map { canonical($0, inside: .or) }.joined(separator: " or ")
            return level.rawValue > Level.or.rawValue ? "(\(text))" : text
        case .not(let operand):
            return "not " + canonical(operand, inside: .not)
        }
    }

    public static func canonical(_ value: Value) -> String {
        switch value.form {
        case .string(let s): return quoted(s)
        case .number(let n): return "\(n)"
        case .period(let p): return p.description
        case .reference(let r): return canonical(r)
        }
    }

    public static func canonical(_ reference: Reference) -> String {
        (reference.kind.map { $0.rawValue + " " } ?? "") + (reference.isQuoted ? quoted(reference.text) : reference.text)
    }

    public static func canonical(_ expectation: Expectation) -> String {
        switch expectation.form {
        case .count(let n): return "\(n)"
        case .references(let refs): return "[" + refs.map(canonical).joined(separator: ", ") + "]"
        }
    }

    /// `"…"` with `"` and `\` escaped.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for ch in text {
            if ch == "\"" || ch == "\\" { out.append("\\") }
            out.append(ch)
        }
        return out + "\""
    }
}

extension Statement: CustomStringConvertible {
    /// The canonical form: `activities for SD3 in 2024 Q1 with lead ELZ`.
    public var description: String { SyntaxPrinter.canonical(self) }
}

extension Query: CustomStringConvertible {
    public var description: String { SyntaxPrinter.canonical(self) }
}

extension Filter {
    /// The first clause, reading left to right past `not`, `and` and `or`.
    var firstClause: FilterClause.Form? {
        switch form {
        case .clause(let c): return c.form
        case .and(let items), .or(let items): return items.first?.firstClause
        case .not(let inner): return inner.firstClause
        }
    }
}

extension Filter: CustomStringConvertible {
    public var description: String { SyntaxPrinter.canonical(self) }
}

extension Condition: CustomStringConvertible {
    public var description: String { SyntaxPrinter.canonical(self) }
}

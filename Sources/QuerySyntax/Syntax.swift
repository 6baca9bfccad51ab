import Diagnostics
@_exported import PlanWords

// The syntax tree. Every node keeps the range of query text it was read from, so the binder
// can point an error at exactly the words it is about. Nothing here is checked against a plan:
// names, roles, fields and references are as written.

/// One statement of a query text.
public struct Statement: Sendable, Equatable {
    /// The kinds of statement, each with its parts.
    public enum Form: Sendable, Equatable {
        /// A query to run and show.
        case query(Query)
        /// `let NAME = query`: names a query; later statements may use NAME as a source.
        case `let`(name: Name, query: Query)
        /// `describe REF`: everything about one node.
        case describe(Reference)
        /// `explain query`: how the query was understood, without running it.
        case explain(Query)
        /// `tree REF`: the hierarchy under a node, drawn.
        case tree(Reference)
        /// `timeline query`: the query's results on a time line.
        case timeline(Query)
        /// `path from REF to REF`: how two nodes are connected.
        case path(from: Reference, to: Reference)
        /// `expect query = VALUE`: a check for scripts; fails when the result differs.
        case expect(Query, Expectation)
        /// `graph query`: the result's nodes with their actors, roles and goals, drawn.
        case graph(Query)
        /// `overview PLAN`: one HTML page about a whole plan.
        case overview(Reference)
    }

    public var form: Form
    public var range: SourceRange

    public init(_ form: Form, range: SourceRange) {
        self.form = form
        self.range = range
    }
}

/// What an `expect` statement compares the result with.
public struct Expectation: Sendable, Equatable {
    public enum Form: Sendable, Equatable {
        /// A number, for `count` queries.
        case count(Int)
        /// The exact set of nodes; `[]` and `empty` give an empty list.
        case references([Reference])
    }

    public var form: Form
    public var range: SourceRange
}

/// `[count] source {filter} [by field] [order by …] [limit N] [show …]`.
public struct Query: Sendable, Equatable {
    /// The range of the `count` keyword, when the query counts.
    public var count: SourceRange?
    /// `sum FIELD of`, `average …`, `min …`, `max …`: the query reduces its nodes to one value
    /// (one per group with `by`).
    public var aggregate: Aggregate?
    public var source: Source
    /// The `or` right after a named source (`a or b`): the answer is the source's nodes or
    /// the nodes passing the filter, not those passing both.
    public var orAfterSource: SourceRange?
    /// All filters, combined; nil when the query has none.
    public var filter: Filter?
    public var shaping: Shaping
    public var range: SourceRange

    public var isCount: Bool { count != nil }

    public init(count: SourceRange?, aggregate: Aggregate? = nil, source: Source, orAfterSource: SourceRange? = nil,
                filter: Filter?, shaping: Shaping, range: SourceRange) {
        self.count = count
        self.aggregate = aggregate
        self.source = source
        self.orAfterSource = orAfterSource
        self.filter = filter
        self.shaping = shaping
        self.range = range
    }
}

/// `sum FIELD of`, `average FIELD of`, `min FIELD of`, `max FIELD of` before a query.
public struct Aggregate: Sendable, Equatable {
    public enum Function: String, Sendable, CaseIterable {
        case sum, average, min, max
    }

    public var function: Function
    public var field: Name
    /// From the function's keyword to `of`.
    public var range: SourceRange
}

/// What a query starts from: every node of a kind, or a query named with `let`.
public struct Source: Sendable, Equatable {
    public enum Form: Sendable, Equatable {
        case kind(NodeKind, plural: Bool)
        /// A bare word that is no kind: a `let` name, which the binder looks up.
        case named(Name)
    }

    public var form: Form
    public var range: SourceRange
}

/// A word as written (a field, a role, a `let` name), with where it is.
public struct Name: Sendable, Equatable, CustomStringConvertible {
    public var text: String
    public var range: SourceRange
    /// For a field written `number of FIELD`: the range of `number of`. The value is how many
    /// values FIELD holds (`number of themes`).
    public var numberOf: SourceRange?

    public init(_ text: String, range: SourceRange, numberOf: SourceRange? = nil) {
        self.text = text
        self.range = range
        self.numberOf = numberOf
    }

    /// As written for a field: `themes`, `number of themes`.
    public var description: String { numberOf == nil ? text : "number of " + text }
}

/// A reference to a node: a bare id (`SD3`, `zzl.SD3`, `elz.A2.2`, `stad-leuven`) or a quoted
/// name (`"UZ Leuven"`). The binder resolves it; a dotted id may or may not start with a plan id.
public struct Reference: Sendable, Equatable {
    /// The text without quotes, escapes resolved.
    public var text: String
    public var isQuoted: Bool
    /// The whole reference, quotes included (not the kind word before it).
    public var range: SourceRange
    /// The kind written before the name (`plan zzl`, `actor zzl`), which picks among nodes
    /// of several kinds with that name; nil when none was written.
    public var kind: NodeKind?

    public init(_ text: String, isQuoted: Bool, range: SourceRange, kind: NodeKind? = nil) {
        self.text = text
        self.isQuoted = isQuoted
        self.range = range
        self.kind = kind
    }

    /// A bare dotted id split at its first dot: `zzl.SD3` → (`zzl`, `SD3`), `elz.A2.2` →
    /// (`elz`, `A2.2`). `A2.2` splits too, as (`A2`, `2`): the binder takes the split only when
    /// the first part names a plan, and otherwise looks up the whole text.
    public var qualified: (plan: Name, id: Name)? {
        guard !isQuoted, let dot = text.firstIndex(of: ".") else { return nil }
        let plan = String(text[..<dot]), id = String(text[text.index(after: dot)...])
        guard !plan.isEmpty, !id.isEmpty else { return nil }
        let planLength = plan.utf8.count
        return (Name(plan, range: SourceRange(offset: range.offset, length: planLength)),
                Name(id, range: SourceRange(offset: range.offset + planLength + 1, length: id.utf8.count)))
    }
}

/// Filters combined with `and` (or juxtaposition), `or`, `not` and parentheses.
/// `and` and `or` hold all operands of a chain, so a long chain stays shallow.
public struct Filter: Sendable, Equatable {
    public indirect enum Form: Sendable, Equatable {
        case clause(FilterClause)
        case and([Filter])
        case or([Filter])
        case not(Filter)
    }

    public var form: Form
    /// For a parenthesized filter, the range includes the parentheses.
    public var range: SourceRange
}

/// One filter clause: `of zzl`, `in 2024 Q1`, `with lead ELZ`, `where title ~ "x"`, …
public struct FilterClause: Sendable, Equatable {
    public enum Form: Sendable, Equatable {
        /// `of REF`: belongs to a plan, or is related to a goal, activity or actor (binder decides).
        case of(Reference)
        /// `for REF`: serves a goal or work package, including everything under it.
        case `for`(Reference)
        /// `in P`, `starting before P`, `ending after P`, …
        case period(PeriodTest, PeriodSyntax)
        /// `with [ROLE] ACTOR`; no role means any role.
        case with(role: Name?, actor: Reference)
        /// `where CONDITION`.
        case `where`(Condition)
        /// `contributing to THEME`.
        case contributing(Reference)
        /// `linked to ACTIVITY-or-TOPIC`.
        case linked(Reference)
        /// A query named with `let`: the node is in its answer (`a and not b`).
        case named(Name)
    }

    public var form: Form
    public var range: SourceRange
}

/// How a period filter relates a node's span to the period.
public enum PeriodTest: String, CaseIterable, Sendable {
    /// `in P`: the node's span overlaps P.
    case during = "in"
    /// `starting in P`: the node's first day lies in P.
    case startingIn = "starting in"
    /// `starting before P`: the node's first day is before P's first day.
    case startingBefore = "starting before"
    /// `starting after P`: the node's first day is after P's last day.
    case startingAfter = "starting after"
    case endingIn = "ending in"
    case endingBefore = "ending before"
    case endingAfter = "ending after"
}

/// The condition of a `where` clause.
public struct Condition: Sendable, Equatable {
    public indirect enum Form: Sendable, Equatable {
        /// `FIELD OP VALUE`.
        case compare(field: Name, op: Operator, opRange: SourceRange, value: Value)
        /// `FIELD [not] in (V, …)`.
        case member(field: Name, negated: Bool, values: [Value])
        /// `FIELD [not] in PERIOD`: a date field lies in (or outside) the period.
        case within(field: Name, negated: Bool, period: PeriodSyntax)
        /// `FIELD is [not] unknown`.
        case isUnknown(field: Name, negated: Bool)
        case and([Condition])
        case or([Condition])
        case not(Condition)
    }

    public var form: Form
    public var range: SourceRange
}

/// A value on the right of a comparison.
public struct Value: Sendable, Equatable {
    public enum Form: Sendable, Equatable {
        case string(String)
        /// An integer. A bare year (`2024`) is read as a number; the binder treats it as a
        /// period when the field is a date.
        case number(Int)
        /// `2024 Q1`, `2024-03`, `2024-01-15..2024-03-31`, …
        case period(PeriodSyntax)
        /// A bare word or id: `SD3`, `development`, `elz.A2.1`.
        case reference(Reference)
    }

    public var form: Form
    public var range: SourceRange
}

/// The clauses after the filters, which shape the result rather than select it.
public struct Shaping: Sendable, Equatable {
    /// `by FIELD`: group (with `count`, count per group).
    public var groupBy: Name?
    /// `order by F [asc|desc] {, …}`; empty when not given.
    public var orderBy: [OrderKey] = []
    public var limit: Limit?
    /// `show F {, F}`: the fields to show; empty when not given.
    public var show: [Name] = []

    public init() {}

    public var isEmpty: Bool { groupBy == nil && orderBy.isEmpty && limit == nil && show.isEmpty }
}

/// One sort key of `order by`: a field, ascending unless `desc`.
public struct OrderKey: Sendable, Equatable {
    public var field: Name
    public var descending: Bool
    /// The field and its `asc`/`desc`, if written.
    public var range: SourceRange
}

/// `limit N`: keep the first N results.
public struct Limit: Sendable, Equatable {
    public var count: Int
    /// `limit N` as a whole.
    public var range: SourceRange
}

import Diagnostics
import PlanModel
import QuerySyntax

/// A query whose every name is resolved against the loaded plans: ready to evaluate, and
/// able to say how it was understood (`explain`).
public struct BoundQuery: Sendable {
    public var kind: NodeKind
    public var counts: Bool
    public var predicate: Predicate
    public var groupBy: FieldKey?
    public var orderBy: [(field: FieldKey, descending: Bool)]
    /// For `count … by F order by count|group [desc], …`: the keys the groups are ordered by,
    /// in order; empty keeps the groups in their natural order.
    public var groupOrder: [(byCount: Bool, descending: Bool)]
    public var limit: Int?
    public var show: [FieldKey]
    /// `sum FIELD of …` and the other aggregates: the field and what to make of its values.
    public var aggregate: (function: Aggregate.Function, field: FieldKey)?
    /// What each name resolved to, in query order: shown by `explain`, and as notes when a
    /// name was ambiguous.
    public var resolutions: [Resolution]
    public var syntax: Query
    /// The filters of the query's top-level conjunction as written, each bound: `predicate` is
    /// their `and`. They let `explain` and the notes on an answer say what each filter kept.
    public var clauses: [BoundClause] = []
}

/// One filter of a query's top-level conjunction: `of zzl`, `in 2024 Q1`, `with lead ELZ`.
public struct BoundClause: Sendable {
    /// The filter as written, in canonical form; a named query's own filters are its name.
    public var label: String
    /// Where it is written; nil for the filters a named query brings.
    public var range: SourceRange?
    public var predicate: Predicate
}

/// How one name of the query was understood.
public struct Resolution: Sendable, Equatable {
    public var range: SourceRange
    public var written: String
    public var meaning: String
    /// True when the name could have meant several things and all of them were taken.
    public var ambiguous: Bool
}

/// The bound form of the filters: each case is a test on one node.
public indirect enum Predicate: Sendable {
    case all
    case and([Predicate])
    case or([Predicate])
    case not(Predicate)
    /// Belongs to one of these plans.
    case inPlans(Set<NodeRef>)
    /// Lies strictly below one of these nodes in the hierarchy.
    case below(Set<NodeRef>)
    /// Lies strictly below one of the goals a bare id names in many plans: tested on the
    /// columns, node by node, rather than listed (`SD3` names a goal in every plan).
    case belowGoals(GoalsWithID)
    /// Is one of these nodes (computed at bind time, e.g. the actors of a goal).
    case among(Set<NodeRef>)
    /// It, or a node below it, has an edge in one of `roles` (nil: any role) to one of `actors`.
    case actorRole(roles: Set<Role>?, actors: Set<NodeRef>)
    /// Its effective period passes the test.
    case period(PeriodTest, Period)
    /// Contributes to one of these themes.
    case contributes(Set<NodeRef>)
    /// Is linked (either direction) to one of these nodes.
    case linked(Set<NodeRef>)
    /// Its title or link/partner/description texts mention the topic.
    case mentions(String)
    /// Passes the predicate of a named query (`a and not b`).
    case named(String, Predicate)
    case condition(BoundCondition)
}

/// A bound `where` condition.
public indirect enum BoundCondition: Sendable {
    case compare(FieldKey, Operator, BoundValue)
    case member(FieldKey, negated: Bool, [BoundValue])
    case within(FieldKey, negated: Bool, Period)
    case isUnknown(FieldKey, negated: Bool)
    /// `title ~ "text"`, with the text already folded: the common search, kept fast; `written`
    /// is the text as the query gives it (an acronym searched for, `ELZ`, is noted on).
    case titleContains(key: String, written: String)
    /// It, or a node below it, has one of `actors` in one of `roles` (nil: any role): what
    /// `with` tests, for `where lead = X`.
    case plays(roles: Set<Role>?, actors: Set<NodeRef>)
    case and([BoundCondition])
    case or([BoundCondition])
    case not(BoundCondition)
}

/// A value to compare with, already read as what the field holds.
public enum BoundValue: Sendable, Equatable {
    case text(String)
    case number(Double)
    case period(Period)
    case nodes(Set<NodeRef>, written: String)
}

/// The nodes of some kinds whose id is one folded id, in some plans (any plan when none are
/// given): what a bare id such as `SD3` means across many plans, kept as a rule rather than a
/// list, so that binding costs the same for ten plans and for fifty thousand.
public struct GoalsWithID: Sendable {
    /// Above this many goals of one bare id, `for` keeps a rule instead of a list of them.
    public static let listedAtMost = 64

    /// The id, folded, as UTF-8.
    public let key: [UInt8]
    public let kinds: Set<NodeKind>
    /// `kinds` as one bit a kind (`NodeKind.code`).
    let kindBits: UInt32
    public let plans: Set<NodeRef>
    /// How many nodes the rule takes in, counted when it was bound.
    public let count: Int

    public init(id: String, kinds: Set<NodeKind>, plans: Set<NodeRef>, count: Int) {
        key = Array(FoldedKey.of(id).utf8)
        self.kinds = kinds
        kindBits = kinds.reduce(0) { $0 | 1 << UInt32($1.code) }
        self.plans = plans
        self.count = count
    }

    /// Whether the rule takes in `ref`.
    public func contains(_ ref: NodeRef, in graph: PlanGraph) -> Bool {
        graph.hasFoldedID(ref, key) && isOfKindAndPlan(ref, in: graph)
    }

    /// Whether a node with the rule's id is of its kinds and plans.
    func isOfKindAndPlan(_ ref: NodeRef, in graph: PlanGraph) -> Bool {
        kindBits & 1 << UInt32(graph.kindCode(of: ref)) != 0 && (plans.isEmpty || graph.plan(of: ref).map(plans.contains) ?? true)
    }

    /// Every node the rule takes in, in load order, read from the graph's id index.
    public func members(in graph: PlanGraph) -> LazyFilterSequence<NodeList> {
        graph.nodes(withID: String(decoding: key, as: UTF8.self)).lazy.filter { isOfKindAndPlan($0, in: graph) }
    }
}

import Answers
import PlanModel
import QueryBinding
import QuerySyntax

/// What a query evaluates to.
public enum Answer: Sendable {
    /// The matching nodes, ordered and limited.
    case nodes([NodeRef])
    /// `count … by F`: groups in order with their counts.
    case groups([(label: String, count: Int)])
    /// `count …` without `by`.
    case count(Int)
    /// `sum FIELD of …` and the other aggregates: one row, or one per group with `by`.
    case aggregate(Aggregate.Function, [AggregateRow])
}

/// Runs bound queries over a plan graph. Where an index applies (a plan, a goal subtree,
/// an actor's edges, a period, a title search) it starts from the smallest indexed candidate
/// set instead of scanning every node of the kind, then applies the full predicate. Each
/// index says how many candidates it would give before it gives them, so only the smallest
/// list is ever made. Answers without `order by` list nodes in load order.
public struct Evaluator {
    public let graph: PlanGraph
    /// Asked every few thousand nodes; true stops the evaluation (Ctrl-C in the shell).
    public var shouldStop: () -> Bool = { false }

    public init(graph: PlanGraph) {
        self.graph = graph
    }

    /// How many nodes each step kept, for `explain`.
    public struct Trace: Sendable {
        public var candidates: Int = 0
        public var candidateSource: String = ""
        public var matched: Int = 0
        /// With a time filter: the kept nodes whose period is inherited, counted by the node
        /// (goal, plan) it is inherited from.
        public var inheritedFrom: [NodeRef: Int] = [:]
        /// Whether to count `inheritedFrom` (a read of every kept node, asked only where the
        /// note is shown).
        public var countsInherited = false
        /// Grouped by a role field or by role, some node counted under an actor or role not
        /// written on it, as `with` finds it (through a group, a member, a node below), or
        /// only under the roles of the actors `with` names; the answer says so.
        public var groupsReached = false
        /// Per top-level filter that tests a field negatively (`phase != pilot`, `not in`): the
        /// kept nodes without a value for it, which such a test keeps (`AnswerNotes.keptUnknown`).
        public var keptUnknown: [(clause: Int, field: FieldKey, count: Int)] = []
        /// Per top-level `~` filter searching for an acronym (`title ~ "ELZ"`): the kept nodes
        /// that hold it only inside longer words (`welzijn`), and those words (`AcronymSearch`).
        public var insideWords: [(clause: Int, search: AcronymSearch.Found)] = []

        public init() {}
    }

    public func run(_ query: BoundQuery) -> Answer {
        var trace = Trace()
        return run(query, trace: &trace)
    }

    public func run(_ query: BoundQuery, trace: inout Trace) -> Answer {
        let test = PredicateTest(graph: graph, predicate: query.predicate)
        let (candidates, source) = self.candidates(query, test)
        trace.candidates = candidates.count
        trace.candidateSource = source
        var matches: [NodeRef] = []
        for (i, ref) in candidates.enumerated() {
            if i & 4095 == 4095, shouldStop() { break }
            if test.passes(ref, query.predicate) { matches.append(ref) }
        }
        trace.matched = matches.count
        if trace.countsInherited, AnswerNotes.periodsDecide(query) {
            for ref in matches { if let from = graph[ref].periodFrom { trace.inheritedFrom[from, default: 0] += 1 } }
        }
        trace.keptUnknown = keptUnknown(matches, query)
        trace.insideWords = AcronymSearch(fields: FieldValues(graph: graph)).insideWords(matches, query)
        let withActors = query.groupBy == .roleName ? query.actorsNamedByWith : nil
        if let key = query.groupBy, key.groupsAsWith, query.counts || query.aggregate != nil {
            let fields = FieldValues(graph: graph)
            trace.groupsReached = matches.contains {
                Set(fields.groupKeys(key, of: $0, withActors: withActors)) != Set(fields.values(key, of: $0))
            }
        }
        if let aggregate = query.aggregate {
            var rows = Aggregation(graph: graph).rows(matches, aggregate.function, of: aggregate.field, by: query.groupBy,
                                                      withActors: withActors,
                                                      order: query.groupOrder.map { ($0.byCount, $0.descending) })
            if let limit = query.limit { rows = Array(rows.prefix(limit)) }
            return .aggregate(aggregate.function, rows)
        }
        if query.counts {
            if let key = query.groupBy {
                var result = Grouping(graph: graph).groups(matches, by: key, withActors: withActors)
                if !query.groupOrder.isEmpty {
                    // Each key in turn; the natural order of the groups breaks the last ties.
                    let indexed = result.enumerated().sorted { a, b in
                        for order in query.groupOrder {
                            let (x, y) = order.descending ? (b, a) : (a, b)
                            if order.byCount, x.element.count != y.element.count { return x.element.count < y.element.count }
                            if !order.byCount, x.offset != y.offset { return x.offset < y.offset }
                        }
                        return a.offset < b.offset
                    }
                    result = indexed.map(\.element)
                }
                if let limit = query.limit { result = Array(result.prefix(limit)) }
                return .groups(result)
            }
            return .count(matches.count)
        }
        let ordering = Ordering(graph: graph)
        if !query.orderBy.isEmpty {
            matches = ordering.order(matches, by: query.orderBy, limit: query.limit)
        } else if let key = query.groupBy {
            // `by F` without count lists the nodes grouped: ordered by the group key.
            matches = ordering.order(matches, by: [(key, false)], limit: query.limit)
        }
        if let limit = query.limit { matches = Array(matches.prefix(limit)) }
        return .nodes(matches)
    }

    /// For each top-level filter that tests a field negatively, how many of the kept nodes
    /// have no value for that field.
    func keptUnknown(_ matches: [NodeRef], _ query: BoundQuery) -> [(clause: Int, field: FieldKey, count: Int)] {
        guard !matches.isEmpty else { return [] }
        let fields = FieldValues(graph: graph)
        var out: [(clause: Int, field: FieldKey, count: Int)] = []
        for (i, clause) in query.clauses.enumerated() {
            guard case .condition(let condition) = clause.predicate else { continue }
            for key in condition.negatedFields {
                let n = matches.reduce(0) { $0 + (fields.values(key, of: $1).isEmpty ? 1 : 0) }
                if n > 0 { out.append((i, key, n)) }
            }
        }
        return out
    }

    /// One index's offer: how many candidates it gives (counted without making the list),
    /// and how to make the list, in load order.
    struct Offer {
        let count: Int
        let label: String
        let make: () -> [NodeRef]
    }

    /// The smallest candidate list an index gives for the predicate's top-level conjuncts.
    func candidates(_ query: BoundQuery, _ test: PredicateTest) -> ([NodeRef], String) {
        let kind = query.kind
        let all = graph.nodes(of: kind)
        var best = Offer(count: all.count, label: "", make: { Array(all) })
        let conjuncts: [Predicate]
        if case .and(let ps) = query.predicate { conjuncts = ps.flatMap { p -> [Predicate] in
            if case .and(let inner) = p { return inner } else { return [p] } } } else { conjuncts = [query.predicate] }
        // The smallest offer wins; of equal ones, the first. Offers under many goals (one id in
        // every plan) are sized last, and only as far as they could still win.
        var bestPosition = -1
        var manyGoals: [(position: Int, roots: AnySequence<NodeRef>)] = []
        for (position, conjunct) in conjuncts.enumerated() {
            if case .below(let roots) = conjunct, roots.count > 1024 {
                manyGoals.append((position, AnySequence(roots)))
            } else if case .belowGoals(let goals) = conjunct {
                manyGoals.append((position, AnySequence(goals.members(in: graph))))
            } else if let offer = offer(for: conjunct, kind: kind, test), offer.count < best.count {
                (best, bestPosition) = (offer, position)
            }
        }
        for (position, roots) in manyGoals {
            var size = 0
            for root in roots {
                size += graph.descendantCount(of: root)
                if size > best.count { break }     // it cannot win: stop counting
            }
            if size < best.count || (size == best.count && position < bestPosition) {
                (best, bestPosition) = (Offer(count: size, label: "goal subtree index") {
                    nodes(of: kind, in: Evaluator.merged(roots.map { graph.below($0) }))
                }, position)
            }
        }
        // A title search reads every title, in one pass that costs about what testing a
        // sixteenth of them one by one does: worth it only where no index narrowed much.
        if best.count * 16 > all.count {
            for case .condition(.titleContains(let key, _)) in conjuncts {
                let found = TitleSearch(graph: graph).nodes(containing: test.needles[key] ?? Array(key.utf8), kind: kind)
                if found.count < best.count { best = Offer(count: found.count, label: "title search", make: { found }) }
            }
        }
        let list = best.make()
        return (list, best.label.isEmpty ? "all \(list.count) \(kind.plural)" : "\(list.count) from the \(best.label)")
    }

    func offer(for conjunct: Predicate, kind: NodeKind, _ test: PredicateTest) -> Offer? {
        switch conjunct {
        case .inPlans(let plans) where kind != .plan && kind != .actor:
            let intervals = plans.map { graph.below($0) }
            return Offer(count: intervals.reduce(0) { $0 + graph.count(kind, preorder: $1.lo, $1.hi) }, label: "plan index") {
                nodes(of: kind, in: intervals)
            }
        case .below(let roots):
            // Subtrees may nest (a goal and its sub-goal): merged, each node counts once.
            let intervals = Evaluator.merged(roots.map { graph.below($0) })
            return Offer(count: intervals.reduce(0) { $0 + graph.count(kind, preorder: $1.lo, $1.hi) },
                         label: "goal subtree index") { nodes(of: kind, in: intervals) }
        case .actorRole(_, let actors) where kind == .activity || kind == .event || kind == .workPackage:
            var subjects = Set<NodeRef>()
            for actor in actors {
                for e in graph.roleIndices(naming: actor) where graph.kind(of: graph.roleSubject(e)) == kind {
                    subjects.insert(graph.roleSubject(e))
                }
            }
            return Offer(count: subjects.count, label: "actor index") { subjects.sorted() }
        case .period(.during, let p):
            return Offer(count: graph.countOverlapping(kind, p.start.ordinal, p.end.ordinal), label: "period index") {
                graph.nodes(of: kind, overlapping: p).sorted()
            }
        case .contributes(let themes) where kind == .activity || kind == .workPackage:
            var subjects = Set<NodeRef>()
            for theme in themes { for s in graph.contributors(to: theme) where graph.kind(of: s) == kind { subjects.insert(s) } }
            return Offer(count: subjects.count, label: "theme index") { subjects.sorted() }
        case .among(let set):
            let inKind = set.filter { graph.kind(of: $0) == kind }
            return Offer(count: inKind.count, label: "related nodes") { inKind.sorted() }
        default:
            return nil
        }
    }

    /// The nodes of `kind` numbered inside the preorder intervals, in load order.
    func nodes(of kind: NodeKind, in intervals: [(lo: Int32, hi: Int32)]) -> [NodeRef] {
        var out: [NodeRef] = []
        for interval in intervals {
            for ref in graph.nodes(preorder: interval.lo, interval.hi) where graph.kind(of: ref) == kind { out.append(ref) }
        }
        return out.sorted()
    }

    /// Intervals sorted and merged where they overlap.
    static func merged(_ intervals: [(lo: Int32, hi: Int32)]) -> [(lo: Int32, hi: Int32)] {
        var out: [(lo: Int32, hi: Int32)] = []
        for interval in intervals.sorted(by: { $0.lo < $1.lo }) where interval.lo < interval.hi {
            if let last = out.last, interval.lo <= last.hi {
                out[out.count - 1].hi = max(last.hi, interval.hi)
            } else {
                out.append(interval)
            }
        }
        return out
    }
}

/// A comparable form of a value: numbers, then days, then nodes in load order, then folded text.
struct SortKey: Comparable {
    let rank: Int
    let number: Double
    let text: String

    init(rank: Int, number: Double, text: String) {
        (self.rank, self.number, self.text) = (rank, number, text)
    }

    init(_ s: Scalar, _ fields: FieldValues) {
        switch s {
        case .number(let n): (rank, number, text) = (0, n, "")
        case .period(let p): (rank, number, text) = (1, Double(p.start.ordinal) * 100_000 + Double(p.end.ordinal - p.start.ordinal), "")
        case .node(let r): (rank, number, text) = (2, Double(r.index), "")
        case .text(let t): (rank, number, text) = (3, 0, FoldedKey.of(t))
        }
    }

    static func < (a: SortKey, b: SortKey) -> Bool { (a.rank, a.number, a.text) < (b.rank, b.number, b.text) }
}

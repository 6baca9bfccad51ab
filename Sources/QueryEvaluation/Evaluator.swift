import PlanModel
import QueryBinding
import QuerySyntax
import Rendering

/// What a query evaluates to.
public enum Answer: Sendable {
    /// The matching nodes, ordered and limited.
    case nodes([NodeRef])
    /// `count … by F`: groups in order with their counts.
    case groups([(label: String, count: Int)])
    /// `count …` without `by`.
    case count(Int)
}

/// Runs bound queries over a plan graph. Where an index applies (a plan, a goal subtree,
/// an actor's edges, a period) it starts from the smallest indexed candidate set instead
/// of scanning every node of the kind, then applies the full predicate.
public struct Evaluator {
    public let graph: PlanGraph
    let test: PredicateTest
    /// Asked every few thousand nodes; true stops the evaluation (Ctrl-C in the shell).
    public var shouldStop: () -> Bool = { false }

    public init(graph: PlanGraph) {
        self.graph = graph
        self.test = PredicateTest(graph: graph)
    }

    /// How many nodes each step kept, for `explain`.
    public struct Trace: Sendable {
        public var candidates: Int = 0
        public var candidateSource: String = ""
        public var matched: Int = 0

        public init() {}
    }

    public func run(_ query: BoundQuery) -> Answer {
        var trace = Trace()
        return run(query, trace: &trace)
    }

    public func run(_ query: BoundQuery, trace: inout Trace) -> Answer {
        let (candidates, source) = self.candidates(query)
        trace.candidates = candidates.count
        trace.candidateSource = source
        var matches: [NodeRef] = []
        for (i, ref) in candidates.enumerated() {
            if i & 4095 == 4095, shouldStop() { break }
            if test.passes(ref, query.predicate) { matches.append(ref) }
        }
        trace.matched = matches.count
        if !query.orderBy.isEmpty { matches = order(matches, by: query.orderBy) }
        if query.counts {
            if let key = query.groupBy {
                var result = groups(matches, by: key)
                if let order = query.groupOrder {
                    let indexed = result.enumerated().sorted { a, b in
                        let (x, y) = order.descending ? (b, a) : (a, b)
                        if order.byCount, x.element.count != y.element.count { return x.element.count < y.element.count }
                        if !order.byCount, x.offset != y.offset { return x.offset < y.offset }
                        return a.offset < b.offset
                    }
                    result = indexed.map(\.element)
                }
                if let limit = query.limit { result = Array(result.prefix(limit)) }
                return .groups(result)
            }
            return .count(matches.count)
        }
        if let key = query.groupBy, !query.counts, query.orderBy.isEmpty {
            // `by F` without count lists the nodes grouped: ordered by the group key.
            matches = order(matches, by: [(key, false)])
        }
        if let limit = query.limit { matches = Array(matches.prefix(limit)) }
        return .nodes(matches)
    }

    /// The smallest candidate list an index gives for the predicate's top-level conjuncts.
    func candidates(_ query: BoundQuery) -> ([NodeRef], String) {
        let kind = query.kind
        var best = graph.nodes(of: kind)
        var source = "all \(best.count) \(kind.plural)"
        let conjuncts: [Predicate]
        if case .and(let ps) = query.predicate { conjuncts = ps.flatMap { p -> [Predicate] in
            if case .and(let inner) = p { return inner } else { return [p] } } } else { conjuncts = [query.predicate] }
        for conjunct in conjuncts {
            var option: [NodeRef]?
            var label = ""
            switch conjunct {
            case .inPlans(let plans) where kind != .plan && kind != .actor:
                option = plans.sorted().flatMap { p in graph.descendants(of: p).filter { graph[$0].kind == kind } }
                label = "plan index"
            case .below(let roots):
                option = Set(roots.flatMap { graph.descendants(of: $0) }).filter { graph[$0].kind == kind }.sorted()
                label = "goal subtree index"
            case .actorRole(_, let actors) where kind == .activity || kind == .event || kind == .workPackage:
                option = Set(actors.flatMap { graph.roles(naming: $0).map(\.subject) }).filter { graph[$0].kind == kind }.sorted()
                label = "actor index"
            case .period(.during, let p):
                option = graph.nodes(of: kind, overlapping: p).sorted()
                label = "period index"
            case .among(let set):
                option = set.filter { graph[$0].kind == kind }.sorted()
                label = "related nodes"
            default: break
            }
            if let option, option.count < best.count {
                best = option
                source = "\(option.count) from the \(label)"
            }
        }
        return (best, source)
    }

    func order(_ nodes: [NodeRef], by keys: [(field: FieldKey, descending: Bool)]) -> [NodeRef] {
        let fields = FieldValues(graph: graph)
        let sortKeys = nodes.map { ref in keys.map { k in fields.values(k.field, of: ref).first.map { SortKey($0, fields) } } }
        let order = nodes.indices.sorted { a, b in
            for (i, key) in keys.enumerated() {
                switch (sortKeys[a][i], sortKeys[b][i]) {
                case (nil, nil): continue
                case (nil, _): return false            // unknowns last, whatever the direction
                case (_, nil): return true
                case let (x?, y?):
                    if x == y { continue }
                    return key.descending ? y < x : x < y
                }
            }
            return a < b
        }
        return order.map { nodes[$0] }
    }

    func groups(_ nodes: [NodeRef], by key: FieldKey) -> [(label: String, count: Int)] {
        let fields = FieldValues(graph: graph)
        var counts: [Scalar: Int] = [:]
        var none = 0
        for ref in nodes {
            let values = Set(fields.values(key, of: ref))
            if values.isEmpty { none += 1 }
            for v in values { counts[v, default: 0] += 1 }
        }
        var out = counts.keys.sorted { a, b in
            let (x, y) = (SortKey(a, fields), SortKey(b, fields))
            return x != y ? x < y : fields.display(a) < fields.display(b)
        }.map { (label: fields.display($0), count: counts[$0]!) }
        if none > 0 { out.append((label: "(none)", count: none)) }
        return out
    }
}

/// A comparable form of a value: numbers, then days, then nodes in load order, then folded text.
struct SortKey: Comparable {
    let rank: Int
    let number: Double
    let text: String

    init(_ s: Scalar, _ fields: FieldValues) {
        switch s {
        case .number(let n): (rank, number, text) = (0, n, "")
        case .period(let p): (rank, number, text) = (1, Double(p.start.ordinal) * 100_000 + Double(p.end.ordinal - p.start.ordinal), "")
        case .node(let r): (rank, number, text) = (2, Double(r.index), "")
        case .text(let t): (rank, number, text) = (3, 0, Folding.key(t))
        }
    }

    static func < (a: SortKey, b: SortKey) -> Bool { (a.rank, a.number, a.text) < (b.rank, b.number, b.text) }
}

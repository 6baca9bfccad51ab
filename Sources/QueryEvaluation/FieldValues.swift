import PlanModel
import QueryBinding

/// One value a field holds for a node; a field may hold several (a list, several actors).
public enum Scalar: Sendable, Hashable {
    case text(String)
    case number(Double)
    case period(Period)
    case node(NodeRef)
}

/// Reads fields of nodes for tests, ordering, grouping and display.
struct FieldValues {
    let graph: PlanGraph

    /// The values of `key` for `ref`; empty when the node has none (which `is unknown` tests).
    func values(_ key: FieldKey, of ref: NodeRef) -> [Scalar] {
        let node = graph[ref]
        switch key {
        case .id: return [.text(graph.qualifiedID(ref))]
        case .kind: return [.text(node.kind.rawValue)]
        case .plan: return node.plan.map { [.node($0)] } ?? []
        case .title: return [.text(node.title)]
        case .period: return node.period.map { [.period($0)] } ?? []
        case .start:
            if case .period(let p)? = node.field("start") { return [.period(Period.day(p.start))] }
            return node.period.map { [.period(Period.day($0.start))] } ?? []
        case .end:
            if case .period(let p)? = node.field("end") { return [.period(Period.day(p.end))] }
            return node.period.map { [.period(Period.day($0.end))] } ?? []
        case .inherited:
            guard node.period != nil else { return [] }
            return [.text(node.periodIsInherited ? "yes" : "no")]
        case .approximate:
            guard let p = node.period else { return [] }
            return [.text(p.approximate ? "yes" : "no")]
        case .source: return node.source.map { [.text($0.description)] } ?? []
        case .notes: return node.notes.map { .text($0) }
        case .goal: return node.parent.map { [.node($0)] } ?? []
        case .role(let role):
            let code = role?.code
            var actors = FirstSeen<NodeRef>()
            for e in graph.roleIndices(of: ref) where code == nil || graph.roleCode(e) == code { actors.add(graph.roleActor(e)) }
            return actors.elements.map(Scalar.node)
        case .roleName:
            var codes = FirstSeen<UInt8>()
            for e in graph.roleIndices(of: ref) { codes.add(graph.roleCode(e)) }
            return codes.elements.map { .text(Role(code: Int($0))!.rawValue) }
        case .theme: return graph.themes(of: ref).map { .node($0) }
        case .indicators: return graph.children(of: ref).filter { graph[$0].kind == .indicator }.map { .node($0) }
        case .links:
            // A link the plan writes both ways (A2.1 → A2.2 and back) is one linked activity.
            return (graph.links(from: ref) + graph.links(to: ref)).firstSeen().map(Scalar.node)
        case .quarter, .half, .month, .year:
            guard let p = node.period else { return [] }
            return buckets(key, p).map { .period($0) }
        case .text: return allText(of: ref)
        case .numberOf(let counted): return [.number(Double(values(counted, of: ref).count))]
        case .stored(let name):
            switch node.field(name) {
            case .text(let t)?: return [.text(t)]
            case .list(let l)?: return l.map { .text($0) }
            case .number(let n)?: return [.number(n)]
            case .period(let p)?: return [.period(p)]
            case .node(let n)?: return [.node(n)]
            case .nodes(let ns)?: return ns.map { .node($0) }
            case .unknown?, nil: return []
            }
        }
    }

    /// The values a node is counted under by `key` (`count … by`, an aggregate `by`), each once:
    /// its values, except for a role field (`by actor`, `by lead`), where they are the actors
    /// `with ROLE ACTOR` finds it by (`RoleTest`): each actor with such a role in it or in a
    /// node below it, the groups that actor is in, and a group's members. A row of `count
    /// activities by actor` then counts what `count activities with` its actor counts.
    ///
    /// By `role` likewise, a node counts under each role `with ROLE …` finds it by: the roles
    /// of the edges in it or below it — of the actors in `withActors` only, when the query
    /// names actors with `with` (`count activities with ELZ by role`: ELZ's roles, each row
    /// what `count activities with ROLE ELZ` counts).
    ///
    /// In no particular order (callers count or collect under each). Actors and roles are
    /// gathered in arrays and made unique by sorting, not in a set made for every node: that
    /// was most of a grouping's cost on the query fuzz corpus (callgrind).
    func groupKeys(_ key: FieldKey, of ref: NodeRef, withActors: Set<NodeRef>? = nil) -> [Scalar] {
        if case .role = key { return actorsReached(key, of: ref).map(Scalar.node) }
        if key == .roleName, graph.kind(of: ref) != .actor {
            var codes: UInt64 = 0
            func addRoles(of node: NodeRef) {
                for e in graph.roleIndices(of: node) where withActors?.contains(graph.roleActor(e)) ?? true {
                    codes |= 1 << UInt64(graph.roleCode(e))
                }
            }
            addRoles(of: ref)
            for node in graph.descendantSlice(of: ref) { addRoles(of: node) }
            return (0..<64).filter { codes & 1 << UInt64($0) != 0 }.map { .text(Role(code: $0)!.rawValue) }
        }
        return values(key, of: ref).firstSeen()
    }

    /// `groupKeys` for a role field (`key` is `.role`): the actors a node counts under, in
    /// node order.
    func actorsReached(_ key: FieldKey, of ref: NodeRef) -> [NodeRef] {
        guard case .role(let role) = key else { return [] }
        if graph.kind(of: ref) == .actor {
            // An actor passes `with X` (whatever the role) when it is X, a group it is in or one
            // of its members: by actor it counts under each of them.
            var reached = [ref]
            reached += graph.memberIndices(of: ref)
            reached += graph.groupIndices(containing: ref)
            return reached.sortedUnique()
        }
        let code = role?.code
        var written: [NodeRef] = []
        func addActors(of node: NodeRef) {
            for e in graph.roleIndices(of: node) where code == nil || graph.roleCode(e) == code {
                written.append(graph.roleActor(e))
            }
        }
        addActors(of: ref)
        for node in graph.descendantSlice(of: ref) { addActors(of: node) }
        var reached: [NodeRef] = []
        for actor in written.sortedUnique() {
            reached.append(actor)
            reached += graph.memberIndices(of: actor)
            reached += graph.groupIndices(containing: actor)
        }
        return reached.sortedUnique()
    }

    /// The calendar quarters (halves, months, years) a period overlaps, in order.
    func buckets(_ key: FieldKey, _ p: Period) -> [Period] {
        var out: [Period] = []
        var (y, m, _) = p.start.civil
        let step: Int
        switch key {
        case .quarter: step = 3; m = (m - 1) / 3 * 3 + 1
        case .half: step = 6; m = (m - 1) / 6 * 6 + 1
        case .year: step = 12; m = 1
        default: step = 1
        }
        while out.count < 2000 {
            guard let first = Period.month(y, m), first.start <= p.end else { break }
            let lastMonth = m + step - 1
            let bucket = Period.through(first, Period.month(y, lastMonth)!)!
            out.append(Period(start: bucket.start, end: bucket.end))
            m += step
            if m > 12 { m -= 12; y += 1 }
        }
        return out
    }

    /// How a value prints: ids for nodes (titles for actors and themes), canonical periods.
    func display(_ s: Scalar) -> String {
        switch s {
        case .text(let t): return t
        case .number(let n): return n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
        case .period(let p): return p.description
        case .node(let r):
            let n = graph[r]
            return n.kind == .actor || n.kind == .theme || n.kind == .plan ? (n.kind == .plan ? n.id : n.title)
                : graph.qualifiedID(r)
        }
    }
}

extension FieldKey {
    /// A role field or `role`: grouped by, a node counts as `with` finds it (`FieldValues.groupKeys`).
    var groupsAsWith: Bool {
        if case .role = self { return true }
        return self == .roleName
    }
}

extension BoundQuery {
    /// The actors the query's filters name as playing a role — `with ACTOR`, `of ACTOR`,
    /// `where lead = ACTOR` — all of them, in its top-level conjunction and the named queries
    /// it uses; nil when it names none.
    var actorsNamedByWith: Set<NodeRef>? {
        func union(_ sets: [Set<NodeRef>]) -> Set<NodeRef>? { sets.isEmpty ? nil : sets.reduce(into: Set()) { $0.formUnion($1) } }
        func named(_ c: BoundCondition) -> Set<NodeRef>? {
            switch c {
            case .plays(_, let actors): return actors
            case .and(let parts): return union(parts.compactMap(named))
            default: return nil
            }
        }
        func named(_ p: Predicate) -> Set<NodeRef>? {
            switch p {
            case .actorRole(_, let actors): return actors
            case .named(_, let inner): return named(inner)
            case .condition(let c): return named(c)
            case .and(let parts): return union(parts.compactMap(named))
            default: return nil
            }
        }
        return named(predicate)
    }
}

extension BoundCondition {
    /// The fields the condition's top-level conjunction tests negatively (`!=`, `not in`,
    /// `not (F = …)`): a node with no value for such a field passes the test.
    var negatedFields: [FieldKey] {
        switch self {
        case .compare(let key, .notEqual, _), .member(let key, true, _), .within(let key, true, _): return [key]
        case .not(.compare(let key, _, _)), .not(.member(let key, false, _)), .not(.within(let key, false, _)): return [key]
        case .and(let parts): return parts.flatMap(\.negatedFields)
        default: return []
        }
    }
}

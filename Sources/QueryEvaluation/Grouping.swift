import PlanModel
import QueryBinding

/// `count … by F`: how many nodes have each value of F (a node with several values counts
/// once under each), in the order of the values, then `(none)` for nodes without one.
struct Grouping {
    let graph: PlanGraph
    let fields: FieldValues

    init(graph: PlanGraph) {
        self.graph = graph
        self.fields = FieldValues(graph: graph)
    }

    /// `withActors`: the actors the query names with `with`, whose roles `by role` counts.
    func groups(_ nodes: [NodeRef], by key: FieldKey, withActors: Set<NodeRef>? = nil) -> [(label: String, count: Int)] {
        switch key {
        case .quarter, .half, .month, .year: return calendarGroups(nodes, by: key)
        case .goal, .plan: return nodeGroups(nodes, by: key)
        default: return valueGroups(nodes, by: key, withActors: withActors)
        }
    }

    /// Any field: how many nodes each of its group keys holds (`FieldValues.forEachGroup`).
    func valueGroups(_ nodes: [NodeRef], by key: FieldKey, withActors: Set<NodeRef>?) -> [(label: String, count: Int)] {
        var counts: [Int] = []
        let groups = fields.forEachGroup(nodes, by: key, withActors: withActors) { _, group in
            if group == counts.count { counts.append(0) }
            counts[group] += 1
        }
        var out = zip(fields.groupLabels(groups.keys.map(\.key)), groups.keys).map { (label: $0, count: counts[$1.number]) }
        if !groups.none.isEmpty { out.append((label: "(none)", count: groups.none.count)) }
        return out
    }

    /// `by goal`, `by plan`: one node each, counted by its index, in load order.
    func nodeGroups(_ nodes: [NodeRef], by key: FieldKey) -> [(label: String, count: Int)] {
        var counts: [NodeRef: Int] = [:]
        var none = 0
        for ref in nodes {
            if let value = key == .goal ? graph[ref].parent : graph[ref].plan {
                counts[value, default: 0] += 1
            } else {
                none += 1
            }
        }
        var out = counts.keys.sorted().map { (label: fields.display(.node($0)), count: counts[$0]!) }
        if none > 0 { out.append((label: "(none)", count: none)) }
        return out
    }

    /// `by quarter` (half, month, year): each node counts in every bucket its period touches;
    /// buckets are numbered in months since year 0, and named as `FieldValues` names them.
    func calendarGroups(_ nodes: [NodeRef], by key: FieldKey) -> [(label: String, count: Int)] {
        let step: Int
        switch key {
        case .quarter: step = 3
        case .half: step = 6
        case .year: step = 12
        default: step = 1
        }
        var counts: [Int: Int] = [:]
        var none = 0
        for ref in nodes {
            guard let days = graph.periodDays(ref) else { none += 1; continue }
            let (sy, sm, _) = Day(ordinal: days.start).civil
            let (ey, em, _) = Day(ordinal: days.end).civil
            var bucket = sy * 12 + (sm - 1) / step * step
            let last = ey * 12 + em - 1
            var made = 0
            while bucket <= last && made < 2000 {     // FieldValues.buckets stops at 2000 too
                counts[bucket, default: 0] += 1
                bucket += step
                made += 1
            }
        }
        var out = counts.keys.sorted().map { bucket -> (label: String, count: Int) in
            let first = Period.month(bucket / 12, bucket % 12 + 1)!, last = Period.month(bucket / 12, bucket % 12 + step)!
            return (label: Period(start: first.start, end: last.end).description, count: counts[bucket]!)
        }
        if none > 0 { out.append((label: "(none)", count: none)) }
        return out
    }
}

extension FieldValues {
    /// The groups `key` puts `nodes` in (`count … by`, an aggregate `by`; `groupKeys`): calls
    /// `each(position, group)` for each node (its position in `nodes`) and each group it counts
    /// under, the groups numbered 0, 1, … as first met; returns the groups' keys in row order
    /// with their numbers, and the positions of the nodes under none. By a role field the
    /// actors are numbered in an array (`NodeNumbers`) rather than hashed in a dictionary: a
    /// node counts under a score of them.
    func forEachGroup(_ nodes: [NodeRef], by key: FieldKey, withActors: Set<NodeRef>?,
                      _ each: (_ position: Int, _ group: Int) -> Void) -> (keys: [(key: Scalar, number: Int)], none: [Int]) {
        var none: [Int] = []
        if case .role = key {
            var actors = NodeNumbers(count: graph.count)
            for (position, ref) in nodes.enumerated() {
                let reached = actorsReached(key, of: ref)
                if reached.isEmpty { none.append(position) }
                for actor in reached { each(position, actors.number(of: actor)) }
            }
            return (inRowOrder(actors.nodes.map(Scalar.node)).map { ($0, actors[$0]) }, none)
        }
        var numbers: [Scalar: Int] = [:]
        for (position, ref) in nodes.enumerated() {
            let groups = groupKeys(key, of: ref, withActors: withActors)
            if groups.isEmpty { none.append(position) }
            for g in groups {
                let number = numbers[g, default: numbers.count]
                if number == numbers.count { numbers[g] = number }
                each(position, number)
            }
        }
        return (inRowOrder(Array(numbers.keys)).map { ($0, numbers[$0]!) }, none)
    }

    /// Group keys in the order their rows are shown: by sort key (numbers, periods, nodes,
    /// then texts as folded), ties by how they print. Each key's sort key is made once, not in
    /// every comparison (where a text was folded again each time).
    func inRowOrder(_ keys: [Scalar]) -> [Scalar] {
        let sortKeys = keys.map { SortKey($0, self) }
        return keys.indices.sorted { a, b in
            sortKeys[a] != sortKeys[b] ? sortKeys[a] < sortKeys[b] : display(keys[a]) < display(keys[b])
        }.map { keys[$0] }
    }

    /// The labels of groups, as shown; two nodes of the same name (ELZ's and ZZL's actor
    /// "Ziekenhuizen") get their ids beside it, so that no two rows read alike.
    func groupLabels(_ keys: [Scalar]) -> [String] {
        let labels = keys.map(display)
        var seen = [String: Int](minimumCapacity: labels.count)
        for label in labels { seen[label, default: 0] += 1 }
        return zip(keys, labels).map { key, label in
            guard seen[label]! > 1, case .node(let ref) = key else { return label }
            return "\(label) (\(graph.qualifiedID(ref)))"
        }
    }
}

/// Nodes numbered 0, 1, 2, … in the order first met, through an array as long as the graph:
/// grouping by actor puts each node under a score of actors, and counting them in a
/// dictionary hashed a key each time (most of such a grouping's cost after the actors
/// themselves, callgrind on the query fuzz corpus).
struct NodeNumbers {
    private var numbers: [Int32]
    /// The nodes numbered, in their numbers' order.
    private(set) var nodes: [NodeRef] = []

    init(count: Int) { numbers = [Int32](repeating: -1, count: count) }

    /// `ref`'s number, given it now when it has none.
    mutating func number(of ref: NodeRef) -> Int {
        let i = Int(ref.index)
        if numbers[i] < 0 {
            numbers[i] = Int32(nodes.count)
            nodes.append(ref)
        }
        return Int(numbers[i])
    }

    /// The number of a key that is a node numbered already.
    subscript(key: Scalar) -> Int {
        guard case .node(let ref) = key, numbers[Int(ref.index)] >= 0 else { preconditionFailure("\(key) was not numbered") }
        return Int(numbers[Int(ref.index)])
    }
}

import PlanModel
import QueryBinding
import QuerySyntax

/// One row of an aggregate's answer: the group (nil without `by`), the value, and how many
/// nodes gave a value and how many gave none (those are left out, never read as zero).
public struct AggregateRow: Sendable {
    public var group: String?
    /// A number, or a day for `min`/`max` of a date field; nil when no node gave a value.
    public var value: Scalar?
    public var counted: Int
    public var missing: Int
}

/// `sum FIELD of …`, `average`, `min`, `max`, each also `by FIELD`. Sums and averages take the
/// numbers a field holds (every value of a node with several); min and max take numbers, or
/// dates (a period's first day for min, its last for max). A node whose field holds no number
/// (or date) is counted as missing.
struct Aggregation {
    let graph: PlanGraph
    let fields: FieldValues

    init(graph: PlanGraph) {
        self.graph = graph
        self.fields = FieldValues(graph: graph)
    }

    func rows(_ nodes: [NodeRef], _ function: Aggregate.Function, of field: FieldKey, by key: FieldKey?,
              withActors: Set<NodeRef>? = nil, order: [(byValue: Bool, descending: Bool)]) -> [AggregateRow] {
        let given = Given(nodes, function, field, fields)
        guard let key else { return [row(nodes.indices, given, function, group: nil)] }
        var members: [[Int]] = []
        let groups = fields.forEachGroup(nodes, by: key, withActors: withActors) { position, group in
            if group == members.count { members.append([]) }
            members[group].append(position)
        }
        var rows = zip(groups.keys, fields.groupLabels(groups.keys.map(\.key))).map { row(members[$0.number], given, function, group: $1) }
        if !groups.none.isEmpty { rows.append(row(groups.none, given, function, group: "(none)")) }
        guard !order.isEmpty else { return rows }
        let indexed = rows.enumerated().sorted { a, b in
            for o in order {
                let (x, y) = o.descending ? (b, a) : (a, b)
                if o.byValue {
                    // Groups without a value go last, whatever the direction.
                    switch (a.element.value, b.element.value) {
                    case (nil, nil): continue
                    case (nil, _): return false
                    case (_, nil): return true
                    case let (p?, q?):
                        let (kp, kq) = (SortKey(p, fields), SortKey(q, fields))
                        if kp != kq { return o.descending ? kq < kp : kp < kq }
                    }
                } else if x.offset != y.offset {
                    return x.offset < y.offset
                }
            }
            return a.offset < b.offset
        }
        return indexed.map(\.element)
    }

    /// The row of the nodes at `positions` (in `given`), their values taken in that order:
    /// folded one by one as `reduce(0, +)`, `min()` and `max()` fold an array of them (the
    /// same sums, the same first of equals), without making the array for every group.
    func row<Positions: Sequence<Int>>(_ positions: Positions, _ given: Given, _ function: Aggregate.Function,
                                       group: String?) -> AggregateRow {
        var sum = 0.0, numbers = 0
        var least: Double?, most: Double?
        var firstDay: Day?, lastDay: Day?
        var counted = 0, missing = 0
        for position in positions {
            let (n, d) = given.ranges[position]
            for x in given.numbers[n] {
                sum += x
                numbers += 1
                if least.map({ x < $0 }) ?? true { least = x }
                if most.map({ $0 < x }) ?? true { most = x }
            }
            for (first, last) in given.days[d] {
                if firstDay.map({ first < $0 }) ?? true { firstDay = first }
                if lastDay.map({ $0 < last }) ?? true { lastDay = last }
            }
            if n.isEmpty && d.isEmpty { missing += 1 } else { counted += 1 }
        }
        var value: Scalar?
        switch function {
        case .sum: value = numbers == 0 ? nil : .number(sum)
        case .average: value = numbers == 0 ? nil : .number(sum / Double(numbers))
        case .min:
            if let d = firstDay { value = .period(Period.day(d)) } else { value = least.map(Scalar.number) }
        case .max:
            if let d = lastDay { value = .period(Period.day(d)) } else { value = most.map(Scalar.number) }
        }
        return AggregateRow(group: group, value: value, counted: counted, missing: missing)
    }

    /// What each node gives the aggregate, read once however many groups it counts in (`by
    /// actor` puts a node under every actor its own actors reach; reading its field again
    /// for each was most of an aggregate's cost on the query fuzz corpus): the numbers its
    /// field holds, and for `min` and `max` its periods' first and last days, in field order.
    struct Given {
        var numbers: [Double] = []
        var days: [(first: Day, last: Day)] = []
        /// Node `i`'s numbers and days, as ranges of the two.
        var ranges: [(numbers: Range<Int>, days: Range<Int>)] = []

        init(_ nodes: [NodeRef], _ function: Aggregate.Function, _ field: FieldKey, _ fields: FieldValues) {
            ranges.reserveCapacity(nodes.count)
            for ref in nodes {
                let (n, d) = (numbers.count, days.count)
                for value in fields.values(field, of: ref) {
                    switch value {
                    case .number(let x): numbers.append(x)
                    case .period(let p) where function == .min || function == .max: days.append((p.start, p.end))
                    default: break
                    }
                }
                ranges.append((n..<numbers.count, d..<days.count))
            }
        }
    }
}

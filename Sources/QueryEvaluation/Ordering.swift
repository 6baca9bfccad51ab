import PlanModel
import QueryBinding

/// `order by`: nodes sorted by their first value of each key (unknowns last, whatever the
/// direction), then by their place in the list. With `limit k` only the first k are
/// selected (a heap), and a key is read for a node only when the keys before it tie.
struct Ordering {
    let graph: PlanGraph
    let fields: FieldValues

    init(graph: PlanGraph) {
        self.graph = graph
        self.fields = FieldValues(graph: graph)
    }

    func order(_ nodes: [NodeRef], by keys: [(field: FieldKey, descending: Bool)], limit: Int?) -> [NodeRef] {
        var columns = Columns(nodes: nodes, keys: keys, ordering: self)
        if let limit, limit < nodes.count / 4 {
            return columns.smallest(limit).map { nodes[$0] }
        }
        return nodes.indices.sorted { columns.before($0, $1) }.map { nodes[$0] }
    }

    /// The sort key of one node for one field: the field's first value.
    func sortKey(_ field: FieldKey, _ ref: NodeRef) -> SortKey? {
        switch field {
        case .start, .end:
            // The day a `start`/`end` field names, else the period's first/last day.
            let day = field == .start ? graph.firstDay(ref) : graph.lastDay(ref)
            return day == .min ? nil : SortKey(rank: 1, number: Double(day) * 100_000, text: "")
        case .id: return SortKey(rank: 3, number: 0, text: FoldedKey.of(graph.qualifiedID(ref)))
        case .title: return SortKey(rank: 3, number: 0, text: graph.titleKey(ref))
        default: return fields.values(field, of: ref).first.map { SortKey($0, fields) }
        }
    }

    /// Each node's sort keys, read as the comparisons need them.
    struct Columns {
        let nodes: [NodeRef]
        let keys: [(field: FieldKey, descending: Bool)]
        let ordering: Ordering
        /// Per key, per node: nil until read.
        var read: [[SortKey??]]

        init(nodes: [NodeRef], keys: [(field: FieldKey, descending: Bool)], ordering: Ordering) {
            self.nodes = nodes
            self.keys = keys
            self.ordering = ordering
            read = keys.map { _ in [] }
        }

        mutating func key(_ level: Int, _ i: Int) -> SortKey? {
            if read[level].isEmpty { read[level] = Array(repeating: .none, count: nodes.count) }
            if let known = read[level][i] { return known }
            let k = ordering.sortKey(keys[level].field, nodes[i])
            read[level][i] = .some(k)
            return k
        }

        /// Whether node `a` comes before node `b` (positions in `nodes`).
        mutating func before(_ a: Int, _ b: Int) -> Bool {
            for level in keys.indices {
                switch (key(level, a), key(level, b)) {
                case (nil, nil): continue
                case (nil, _): return false            // unknowns last, whatever the direction
                case (_, nil): return true
                case let (x?, y?):
                    if x == y { continue }
                    return keys[level].descending ? y < x : x < y
                }
            }
            return a < b
        }

        /// The positions of the first `k` nodes in order: a heap whose top is the last kept.
        mutating func smallest(_ k: Int) -> [Int] {
            guard k > 0 else { return [] }
            var heap: [Int] = []
            heap.reserveCapacity(k)
            for i in nodes.indices {
                if heap.count < k {
                    heap.append(i)
                    var c = heap.count - 1
                    while c > 0 {
                        let p = (c - 1) / 2
                        guard before(heap[p], heap[c]) else { break }
                        heap.swapAt(p, c)
                        c = p
                    }
                } else if before(i, heap[0]) {
                    heap[0] = i
                    var p = 0
                    while true {
                        let l = 2 * p + 1, r = l + 1
                        var largest = p
                        if l < k && before(heap[largest], heap[l]) { largest = l }
                        if r < k && before(heap[largest], heap[r]) { largest = r }
                        if largest == p { break }
                        heap.swapAt(p, largest)
                        p = largest
                    }
                }
            }
            return heap.sorted { before($0, $1) }
        }
    }
}

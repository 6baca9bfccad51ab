/// The in-memory plan graph: every loaded plan's nodes and edges, with the indexes queries
/// need (by id, by actor, by goal subtree, by period). Immutable once built; a
/// `PlanGraphBuilder` makes one.
public final class PlanGraph: Sendable {
    public let nodes: [PlanNode]
    public let roles: [RoleEdge]
    /// (activity or work package, theme) pairs: the activity contributes to the theme.
    public let contributions: [(subject: NodeRef, theme: NodeRef)]
    /// (activity, activity) links the source states.
    public let links: [(from: NodeRef, to: NodeRef)]

    let index: GraphIndex

    init(nodes: [PlanNode], roles: [RoleEdge], contributions: [(subject: NodeRef, theme: NodeRef)],
         links: [(from: NodeRef, to: NodeRef)], members: [NodeRef: [NodeRef]]) {
        self.nodes = nodes
        self.roles = roles
        self.contributions = contributions
        self.links = links
        self.index = GraphIndex(nodes: nodes, roles: roles, contributions: contributions, links: links, members: members)
    }

    /// The node, read in place: `graph[ref].plan` copies no node (the nodes never change).
    public subscript(ref: NodeRef) -> PlanNode {
        unsafeAddress {
            precondition(ref.index >= 0 && Int(ref.index) < nodes.count, "node index out of range")
            return nodes.withUnsafeBufferPointer { $0.baseAddress! + Int(ref.index) }
        }
    }

    public var count: Int { nodes.count }

    /// The node's kind, read from one byte a node (a scan need not touch the nodes).
    public func kind(of ref: NodeRef) -> NodeKind { index.kinds[Int(ref.index)] }

    // MARK: By kind and id

    /// Every node of a kind, in load order.
    public func nodes(of kind: NodeKind) -> [NodeRef] { index.byKind[kind] ?? [] }

    public var plans: [NodeRef] { nodes(of: .plan) }

    /// A plan by its id (case-insensitive).
    public func plan(named id: String) -> NodeRef? {
        lookUp(FoldedKey.of(id)).flatMap { self[$0].kind == .plan ? $0 : nil }
    }

    /// A node by plan-qualified id (`zzl.SD3`) or actor id (`elz-leuven`), case-insensitive.
    public func node(qualifiedID: String) -> NodeRef? { lookUp(FoldedKey.of(qualifiedID)) }

    /// The node whose folded qualified id is `key`: a plan or actor by id, or `plan.id` — split
    /// at each dot in turn, as ids may contain dots. Where several match (a plan `a.b` and the
    /// node `b` of plan `a`), the one loaded last, as one dictionary of every qualified id gave.
    func lookUp(_ key: String) -> NodeRef? {
        var found = index.globalIDs[key]
        var from = key.utf8.startIndex
        while let dot = key.utf8[from...].firstIndex(of: UInt8(ascii: ".")) {
            let planKey = String(key[..<dot]), bare = String(key[key.utf8.index(after: dot)...])
            for plan in index.plansByID[planKey] ?? [] {
                if let node = node(bare: bare, in: plan), found.map({ node > $0 }) ?? true { found = node }
            }
            from = key.utf8.index(after: dot)
        }
        return found
    }

    /// The node of `plan` with folded id `bare`. A loader adds a plan's nodes together, so the
    /// nodes of one id are listed by plan and a binary search finds it.
    func node(bare: String, in plan: NodeRef) -> NodeRef? {
        guard let list = index.byBareID[bare] else { return nil }
        if index.bareIDsOutOfPlanOrder.contains(bare) { return list.last { self[$0].plan == plan } }
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if (self[list[mid]].plan?.index ?? -1) < plan.index { lo = mid + 1 } else { hi = mid }
        }
        return lo < list.count && self[list[lo]].plan == plan ? list[lo] : nil
    }

    /// Every node, in any plan, whose own id is `id` (case-insensitive): `SD3` finds zzl's and elz's.
    public func nodes(withID id: String) -> [NodeRef] { index.byBareID[FoldedKey.of(id)] ?? [] }

    /// `zzl.SD3` for plan nodes, the id for actors and plans.
    public func qualifiedID(_ ref: NodeRef) -> String {
        // Fields are read in place; `let node = self[ref]` would copy the node and retain its texts.
        guard let plan = self[ref].plan else { return self[ref].id }
        let (a, b) = (self[plan].id.utf8, self[ref].id.utf8)
        return String(unsafeUninitializedCapacity: a.count + 1 + b.count) { out in
            var i = 0
            for byte in a { out[i] = byte; i += 1 }
            out[i] = UInt8(ascii: ".")
            i += 1
            for byte in b { out[i] = byte; i += 1 }
            return i
        }
    }

    /// Every id and qualified id, for "did you mean" suggestions.
    public var allIDs: [String] { nodes.indices.map { qualifiedID(NodeRef($0)) } }

    /// The node's title folded (lowercase, no accents), for `~` searches.
    public func titleKey(_ ref: NodeRef) -> String { index.titles.string(Int(ref.index)) }

    /// Whether the node's folded title contains `needle`, itself folded (UTF-8 bytes).
    public func titleContains(_ ref: NodeRef, _ needle: [UInt8]) -> Bool { index.titles.contains(Int(ref.index), needle) }

    /// The names of the fields that nodes of `kind` store (for `where`, `show`, suggestions).
    public func fieldNames(of kind: NodeKind) -> Set<String> { index.fieldNames[kind] ?? [] }

    // MARK: Hierarchy

    public func children(of ref: NodeRef) -> [NodeRef] { index.children.refs(ref.index) }

    /// Whether `ref` is `ancestor` or lies below it (goal → sub-goal → activity → indicator).
    public func isInSubtree(_ ref: NodeRef, of ancestor: NodeRef) -> Bool {
        let a = Int(ancestor.index), r = Int(ref.index)
        return index.preorder[a] <= index.preorder[r] && index.preorder[r] < index.subtreeEnd[a]
    }

    /// All nodes below `ref` (not `ref` itself), in preorder.
    public func descendants(of ref: NodeRef) -> [NodeRef] { Array(descendantSlice(of: ref)) }

    /// All nodes below `ref` (not `ref` itself), in preorder, without copying them.
    public func descendantSlice(of ref: NodeRef) -> ArraySlice<NodeRef> {
        let a = Int(ref.index)
        let lo = Int(index.preorder[a]) + 1, hi = Int(index.subtreeEnd[a])
        return lo < hi ? index.preorderNodes[lo..<hi] : []
    }

    /// How many nodes lie below `ref`.
    public func descendantCount(of ref: NodeRef) -> Int {
        let a = Int(ref.index)
        return max(0, Int(index.subtreeEnd[a]) - Int(index.preorder[a]) - 1)
    }

    /// The node above `ref` in the hierarchy whose subtrees `isInSubtree` tests: its parent,
    /// else its plan (nil for plans and actors).
    public func hierarchyParent(of ref: NodeRef) -> NodeRef? {
        self[ref].parent ?? (self[ref].kind == .plan ? nil : self[ref].plan)
    }

    /// The chain of parents from `ref` upward (nearest first), ending at the plan.
    public func ancestors(of ref: NodeRef) -> [NodeRef] {
        var out: [NodeRef] = []
        var current = self[ref].parent ?? self[ref].plan
        while let c = current, out.count < nodes.count {
            out.append(c)
            current = self[c].parent ?? (self[c].kind == .plan ? nil : self[c].plan)
        }
        return out
    }

    // MARK: Actors and roles

    /// Role edges whose subject is `ref`.
    public func roles(of ref: NodeRef) -> [RoleEdge] { index.rolesBySubject[ref.index].map { roles[Int($0)] } }

    /// Role edges naming `actor` directly.
    public func roles(naming actor: NodeRef) -> [RoleEdge] { index.rolesByActor[actor.index].map { roles[Int($0)] } }

    /// Indices into `roles` of the edges whose subject is `ref`, without copying them.
    public func roleIndices(of ref: NodeRef) -> ArraySlice<Int32> { index.rolesBySubject[ref.index] }

    /// Indices into `roles` of the edges naming `actor`, without copying them.
    public func roleIndices(naming actor: NodeRef) -> ArraySlice<Int32> { index.rolesByActor[actor.index] }

    public func members(of group: NodeRef) -> [NodeRef] { index.members[group] ?? [] }

    public func groups(containing actor: NodeRef) -> [NodeRef] { index.groupsOf[actor] ?? [] }

    /// Actors whose id, name or alias folds to `name`'s key.
    public func actors(named name: String) -> [NodeRef] { index.actorNames[FoldedKey.of(name)] ?? [] }

    /// Every actor name and alias (not ids), for completion and suggestions.
    public var actorNames: [String] { index.actorNameList }

    // MARK: Themes, links, periods

    public func themes(of ref: NodeRef) -> [NodeRef] { index.themesBySubject.refs(ref.index) }

    /// Indices of the themes `ref` contributes to, without copying them.
    public func themeIndices(of ref: NodeRef) -> ArraySlice<Int32> { index.themesBySubject[ref.index] }

    public func contributors(to theme: NodeRef) -> [NodeRef] { index.subjectsByTheme.refs(theme.index) }

    public func links(from ref: NodeRef) -> [NodeRef] { index.linksFrom[ref] ?? [] }

    public func links(to ref: NodeRef) -> [NodeRef] { index.linksTo[ref] ?? [] }

    /// The node's effective period as day ordinals, nil where it has none; read from a flat
    /// array, for tests over many nodes.
    public func periodDays(_ ref: NodeRef) -> (start: Int32, end: Int32)? {
        let s = index.periodStart[Int(ref.index)]
        return s == .min ? nil : (s, index.periodEnd[Int(ref.index)])
    }

    /// The node's first and last day as queries read them: the day its own `start` field
    /// names, else its period's first day (likewise `end`); `Int32.min` where there is none.
    public func firstDay(_ ref: NodeRef) -> Int32 { index.firstDay[Int(ref.index)] }
    public func lastDay(_ ref: NodeRef) -> Int32 { index.lastDay[Int(ref.index)] }

    /// How many nodes of `kind` have a period overlapping `first...last` (day ordinals): those
    /// starting by `last` less those ending before `first` (which start before it too).
    public func countOverlapping(_ kind: NodeKind, _ first: Int32, _ last: Int32) -> Int {
        guard let sorted = index.byStart[kind], let ends = index.endsSorted[kind] else { return 0 }
        let starts = PartitionSearch.count(sorted.count) { index.periodStart[Int(sorted[$0].index)] <= last }
        let endedBefore = PartitionSearch.count(ends.count) { ends[$0] < first }
        return starts - endedBefore
    }

    /// How many nodes of `kind` have preorder numbers in `lo..<hi` (a subtree, without its root
    /// when `lo` is one past it).
    public func count(_ kind: NodeKind, preorder lo: Int32, _ hi: Int32) -> Int {
        guard let positions = index.preorderByKind[kind] else { return 0 }
        return PartitionSearch.count(positions.count) { positions[$0] < hi }
            - PartitionSearch.count(positions.count) { positions[$0] < lo }
    }

    /// The preorder interval of the nodes strictly below `ref`.
    public func below(_ ref: NodeRef) -> (lo: Int32, hi: Int32) {
        (index.preorder[Int(ref.index)] + 1, index.subtreeEnd[Int(ref.index)])
    }

    /// The nodes with preorder numbers `lo..<hi`.
    public func nodes(preorder lo: Int32, _ hi: Int32) -> ArraySlice<NodeRef> { index.preorderNodes[Int(lo)..<Int(hi)] }

    /// Every folded title, one after another, with the offset where each node's begins:
    /// for searches that scan all titles at once.
    public var foldedTitles: (bytes: [UInt8], offsets: [Int32]) { (index.titles.bytes, index.titles.offsets) }

    /// Nodes of `kind` whose effective period overlaps `period`, using the start-sorted index.
    public func nodes(of kind: NodeKind, overlapping period: Period) -> [NodeRef] {
        datedPrefix(of: kind, startingBy: period.end).filter { index.periodEnd[Int($0.index)] >= period.start.ordinal }
    }

    /// The dated nodes of `kind` that start on or before `day`, in order of start: everything
    /// after them starts too late to overlap a period ending on `day`.
    func datedPrefix(of kind: NodeKind, startingBy day: Day) -> ArraySlice<NodeRef> {
        guard let sorted = index.byStart[kind] else { return [] }
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if index.periodStart[Int(sorted[mid].index)] <= day.ordinal { lo = mid + 1 } else { hi = mid }
        }
        return sorted[..<lo]
    }
}

/// Binary search over a range `0..<count` partitioned by a predicate (true, then false).
public enum PartitionSearch {
    /// How many leading positions satisfy `isBefore`.
    public static func count(_ count: Int, _ isBefore: (Int) -> Bool) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if isBefore(mid) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}

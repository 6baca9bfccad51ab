/// The in-memory plan graph: every loaded plan's nodes and edges, with the indexes queries
/// need (by id, by actor, by goal subtree, by period). Immutable once built; a
/// `PlanGraphBuilder` makes one, or a snapshot maps one.
///
/// Everything is kept in flat columns in one `Blob` (see `Section`): a node is an index into
/// them, texts are ranges of one text block, per-node lists are offsets into flat arrays.
/// No node is an object of its own, so a graph is the same bytes in memory and in a
/// snapshot file, and mapping a snapshot decodes nothing up front.
public final class PlanGraph: @unchecked Sendable {
    /// Where the columns are: a mapped snapshot, or the arrays a load built.
    enum Storage {
        case mapped(Blob)
        case built(ColumnStore)
    }

    let storage: Storage
    let columns: GraphColumns
    /// Field names by their text, for `field(_:)`: a few dozen, made when the graph is.
    let fieldNameIndex: [String: UInt32]
    /// Every title folded: a snapshot's, or made when a search first needs them.
    let foldedTitles: FoldedTitles
    /// The role edges naming each actor and the contributors to each theme: a snapshot's, or
    /// made when a query first reads them.
    let rolesByActor, contributors: InverseLists
    /// What later stages derive from this graph and keep (`GraphMemo`).
    public let memo = GraphMemo()

    /// A graph reading `blob`, which must have passed `Blob.problem`.
    init(blob: Blob) {
        storage = .mapped(blob)
        columns = GraphColumns(blob)
        fieldNameIndex = PlanGraph.fieldNameIndex(columns)
        foldedTitles = FoldedTitles(columns)
        (rolesByActor, contributors) = (InverseLists.rolesByActor(columns), InverseLists.contributors(columns))
    }

    /// A graph reading the columns a load built.
    init(store: ColumnStore) {
        storage = .built(store)
        columns = GraphColumns(store)
        fieldNameIndex = PlanGraph.fieldNameIndex(columns)
        foldedTitles = FoldedTitles(columns)
        (rolesByActor, contributors) = (InverseLists.rolesByActor(columns), InverseLists.contributors(columns))
    }

    static func fieldNameIndex(_ columns: GraphColumns) -> [String: UInt32] {
        var names: [String: UInt32] = [:]
        for (i, ref) in columns.fieldNames.enumerated() { names[columns.string(ref)] = UInt32(i) }
        return names
    }

    /// Why `blob` cannot be read as a graph, or nil.
    public static func problem(in blob: Blob) -> String? {
        blob.problem(expectingSections: Section.allCases.count, strides: Section.allCases.map(\.stride))
    }

    /// A graph reading a checked blob (a mapped snapshot).
    public static func reading(_ blob: Blob) -> PlanGraph? {
        problem(in: blob) == nil ? PlanGraph(blob: blob) : nil
    }

    /// What keeps the columns alive, for lists read in place.
    var owner: AnyObject {
        switch storage {
        case .mapped(let blob): return blob
        case .built(let store): return store
        }
    }

    /// The graph's bytes as a snapshot stores them, handed to `write` piece by piece; the
    /// header's checksum is 0 in what is written, and returned, to be stored at
    /// `PlanGraph.checksumOffset`. nil when `write` failed.
    public func write(_ write: (UnsafeRawBufferPointer) -> Bool) -> UInt64? {
        switch storage {
        case .mapped(let blob):
            var header = Array(blob.bytes[..<Blob.fixedHeader])
            header.withUnsafeMutableBytes { $0.storeBytes(of: 0, toByteOffset: PlanGraph.checksumOffset, as: UInt64.self) }
            guard header.withUnsafeBytes({ write($0) }), write(UnsafeRawBufferPointer(rebasing: blob.bytes[Blob.fixedHeader...])) else { return nil }
            return blob.bytes.loadUnaligned(fromByteOffset: PlanGraph.checksumOffset, as: UInt64.self)
        case .built(let store):
            // A snapshot keeps the folded titles, so that a search in a graph mapped from it
            // never folds; they are folded here unless a search made them already. So too the
            // lists a graph makes when first read.
            let (bytes, offsets) = foldedTitles.made ?? FoldedTitles.fold(columns)
            var replacing: [Int: (count: Int, bytes: UnsafeRawBufferPointer)] = [:]
            for (lists, sections) in [(rolesByActor, (Section.rolesByActorPresence, Section.rolesByActorOffsets, Section.rolesByActor)),
                                      (contributors, (Section.contributorPresence, Section.contributorOffsets, Section.contributors))] {
                let made = lists.sections()
                replacing[sections.0.rawValue] = (made.presence.count, UnsafeRawBufferPointer(made.presence))
                replacing[sections.1.rawValue] = (made.offsets.count, UnsafeRawBufferPointer(made.offsets))
                replacing[sections.2.rawValue] = (made.entries.count, UnsafeRawBufferPointer(made.entries))
            }
            return bytes.withUnsafeBytes { b in
                offsets.withUnsafeBytes { o in
                    replacing[Section.foldedTitles.rawValue] = (bytes.count, b)
                    replacing[Section.foldedTitleOffsets.rawValue] = (offsets.count, o)
                    return store.write(replacing: replacing, write)
                }
            }
        }
    }

    /// Where in the graph's bytes the checksum is stored.
    public static let checksumOffset = BlobLayout.checksumOffset

    /// The graph's bytes, whole: what a snapshot of it holds (for comparing two graphs).
    public var bytes: [UInt8] {
        var out: [UInt8] = []
        guard let sum = write({ out += $0; return true }) else { return [] }
        out.withUnsafeMutableBytes { $0.storeBytes(of: sum, toByteOffset: PlanGraph.checksumOffset, as: UInt64.self) }
        return out
    }

    /// The node, read in place from the columns.
    public subscript(ref: NodeRef) -> NodeView {
        precondition(ref.index >= 0 && Int(ref.index) < count, "node index out of range")
        return NodeView(graph: self, index: Int(ref.index))
    }

    public var count: Int { columns.kind.count }

    /// The node's kind, read from one byte a node.
    public func kind(of ref: NodeRef) -> NodeKind { NodeKind.byCode[Int(columns.kind[Int(ref.index)])] }

    /// The node's plan (nil for plans and actors), read from its column.
    public func plan(of ref: NodeRef) -> NodeRef? {
        let p = columns.plan[Int(ref.index)]
        return p < 0 ? nil : NodeRef(Int(p))
    }

    func list(_ offsets: UnsafeBufferPointer<Int32>, _ entries: UnsafeBufferPointer<Int32>, _ of: Int) -> IndexList {
        IndexList(owner: owner, entries: entries, range: Int(offsets[of])..<Int(offsets[of + 1]))
    }

    func nodeList(_ offsets: UnsafeBufferPointer<Int32>, _ entries: UnsafeBufferPointer<Int32>, _ of: Int) -> NodeList {
        NodeList(list(offsets, entries, of))
    }

    /// Owner `of`'s entries in a sparse per-node list.
    func list(_ lists: SparseListColumns, _ entries: UnsafeBufferPointer<Int32>, _ of: Int) -> IndexList {
        IndexList(owner: owner, entries: entries, range: lists.range(of))
    }

    func nodeList(_ lists: SparseListColumns, _ entries: UnsafeBufferPointer<Int32>, _ of: Int) -> NodeList {
        NodeList(list(lists, entries, of))
    }

    // MARK: By kind

    /// Every node of a kind, in load order.
    public func nodes(of kind: NodeKind) -> NodeList { nodeList(columns.byKindOffsets, columns.byKind, Int(kind.code)) }

    public var plans: NodeList { nodes(of: .plan) }

    /// The names of the fields that nodes of `kind` store (for `where`, `show`, suggestions).
    public func fieldNames(of kind: NodeKind) -> Set<String> {
        Set(list(columns.fieldNamesByKindOffsets, columns.fieldNamesByKind, Int(kind.code)).map { columns.string(columns.fieldNames[Int($0)]) })
    }

    // MARK: Hierarchy

    public func children(of ref: NodeRef) -> [NodeRef] { Array(nodeList(columns.childLists, columns.children, Int(ref.index))) }

    /// Whether every node lies below a node with nothing above it (a plan, an actor, a node of
    /// no plan): then the goal hierarchy has no cycle, for a node on a cycle of parents is
    /// reached from no such node.
    public var hierarchyReachesEveryNode: Bool { columns.preorderNodes.count == count }

    /// Whether `ref` is `ancestor` or lies below it (goal → sub-goal → activity → indicator).
    public func isInSubtree(_ ref: NodeRef, of ancestor: NodeRef) -> Bool {
        let a = Int(ancestor.index), r = Int(ref.index)
        return columns.preorder[a] <= columns.preorder[r] && columns.preorder[r] < columns.subtreeEnd[a]
    }

    /// All nodes below `ref` (not `ref` itself), in preorder.
    public func descendants(of ref: NodeRef) -> [NodeRef] { Array(descendantSlice(of: ref)) }

    /// All nodes below `ref` (not `ref` itself), in preorder, without copying them.
    public func descendantSlice(of ref: NodeRef) -> NodeList {
        let (lo, hi) = below(ref)
        return nodes(preorder: lo, max(lo, hi))
    }

    /// How many nodes lie below `ref`.
    public func descendantCount(of ref: NodeRef) -> Int {
        let a = Int(ref.index)
        return max(0, Int(columns.subtreeEnd[a]) - Int(columns.preorder[a]) - 1)
    }

    /// The node above `ref` in the hierarchy whose subtrees `isInSubtree` tests: its parent,
    /// else its plan (nil for plans and actors).
    public func hierarchyParent(of ref: NodeRef) -> NodeRef? {
        let i = Int(ref.index)
        let up = Hierarchy.up(parent: columns.parent[i], kindCode: columns.kind[i], plan: columns.plan[i])
        return up >= 0 ? NodeRef(Int(up)) : nil
    }

    /// The chain of parents from `ref` upward (nearest first), ending at the plan.
    public func ancestors(of ref: NodeRef) -> [NodeRef] {
        var out: [NodeRef] = []
        var current = hierarchyParent(of: ref)
        while let c = current, out.count < count {
            out.append(c)
            current = hierarchyParent(of: c)
        }
        return out
    }

    /// The preorder interval of the nodes strictly below `ref`.
    public func below(_ ref: NodeRef) -> (lo: Int32, hi: Int32) {
        (columns.preorder[Int(ref.index)] + 1, columns.subtreeEnd[Int(ref.index)])
    }

    /// The nodes with preorder numbers `lo..<hi`.
    public func nodes(preorder lo: Int32, _ hi: Int32) -> NodeList {
        NodeList(IndexList(owner: owner, entries: columns.preorderNodes, range: Int(lo)..<Int(hi)))
    }

    /// How many nodes of `kind` have preorder numbers in `lo..<hi` (a subtree, without its root
    /// when `lo` is one past it).
    public func count(_ kind: NodeKind, preorder lo: Int32, _ hi: Int32) -> Int {
        let positions = list(columns.preorderByKindOffsets, columns.preorderByKind, Int(kind.code))
        return PartitionSearch.count(positions.count) { positions[positions.startIndex + $0] < hi }
            - PartitionSearch.count(positions.count) { positions[positions.startIndex + $0] < lo }
    }

    // MARK: Actors and roles

    /// Every role edge, in load order.
    public var roles: RoleEdges { RoleEdges(graph: self) }

    /// The subject, role and actor of role edge `e` (an index into `roles`), read without
    /// making the edge: for tests over many edges.
    public func roleSubject(_ e: Int32) -> NodeRef { NodeRef(Int(columns.roleSubject[Int(e)])) }
    public func roleKind(_ e: Int32) -> Role { Role.byCode[Int(columns.roleKind[Int(e)])] }
    public func roleCode(_ e: Int32) -> UInt8 { columns.roleKind[Int(e)] }
    public func kindCode(of ref: NodeRef) -> UInt8 { columns.kind[Int(ref.index)] }
    public func roleActor(_ e: Int32) -> NodeRef { NodeRef(Int(columns.roleActor[Int(e)])) }

    /// Role edges whose subject is `ref`.
    public func roles(of ref: NodeRef) -> [RoleEdge] { roleIndices(of: ref).map { roles[Int($0)] } }

    /// Role edges naming `actor` directly.
    public func roles(naming actor: NodeRef) -> [RoleEdge] { roleIndices(naming: actor).map { roles[Int($0)] } }

    /// Indices into `roles` of the edges whose subject is `ref`, without copying them.
    public func roleIndices(of ref: NodeRef) -> IndexList {
        var edges = list(columns.rolesBySubjectLists, columns.rolesBySubject, Int(ref.index))
        // Empty entries for edges kept in subject order: the list is the edges' own numbers.
        edges.isIdentity = columns.rolesBySubject.isEmpty
        return edges
    }

    /// Indices into `roles` of the edges naming `actor`, without copying them.
    public func roleIndices(naming actor: NodeRef) -> IndexList {
        let (lists, entries) = rolesByActor.get()
        // The graph keeps the lists alive, made or mapped.
        return IndexList(owner: self, entries: entries, range: lists.range(Int(actor.index)))
    }

    public func members(of group: NodeRef) -> [NodeRef] { Array(memberIndices(of: group)) }

    public func groups(containing actor: NodeRef) -> [NodeRef] { Array(groupIndices(containing: actor)) }

    /// `members(of:)` and `groups(containing:)` without copying them (a grouping by actor
    /// reads them for every actor of every node).
    public func memberIndices(of group: NodeRef) -> NodeList { nodeList(columns.memberLists, columns.members, Int(group.index)) }
    public func groupIndices(containing actor: NodeRef) -> NodeList { nodeList(columns.groupLists, columns.groups, Int(actor.index)) }

    /// Every actor name and alias (not ids), for completion and suggestions.
    public var actorNames: [String] { columns.actorNameList.map(columns.string) }

    // MARK: Themes, links

    public func themes(of ref: NodeRef) -> [NodeRef] { Array(nodeList(columns.themeLists, columns.themes, Int(ref.index))) }

    /// Indices of the themes `ref` contributes to, without copying them.
    public func themeIndices(of ref: NodeRef) -> IndexList { list(columns.themeLists, columns.themes, Int(ref.index)) }

    public func contributors(to theme: NodeRef) -> [NodeRef] {
        let (lists, entries) = contributors.get()
        return withExtendedLifetime(self) { Array(NodeList(IndexList(owner: self, entries: entries, range: lists.range(Int(theme.index))))) }
    }

    public func links(from ref: NodeRef) -> [NodeRef] { Array(nodeList(columns.linksFromLists, columns.linksFrom, Int(ref.index))) }

    public func links(to ref: NodeRef) -> [NodeRef] { Array(nodeList(columns.linksToLists, columns.linksTo, Int(ref.index))) }
}

/// Every role edge of a graph, read from its columns.
public struct RoleEdges: RandomAccessCollection {
    let graph: PlanGraph
    public var startIndex: Int { 0 }
    public var endIndex: Int { graph.columns.roleSubject.count }
    public subscript(i: Int) -> RoleEdge {
        let c = graph.columns
        return RoleEdge(subject: NodeRef(Int(c.roleSubject[i])), role: Role.byCode[Int(c.roleKind[i])],
                        actor: NodeRef(Int(c.roleActor[i])), note: c.roleNote(i))
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

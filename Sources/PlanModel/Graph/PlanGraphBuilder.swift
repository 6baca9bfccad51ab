/// Builds an immutable `PlanGraph` as nodes are completed: nodes are added and filled in a
/// batch (one plan file's), then committed — written into the graph's columns and let go —
/// so that a load holds its columns and one file's nodes, never every node at once. Edges
/// are collected as lists; `build()` resolves inherited periods and computes every index.
public struct PlanGraphBuilder {
    /// The nodes added since the last `commit`; node `committed + i` is `batch[i]`.
    private var batch: [PlanNode] = []
    private var columns = ColumnarBuilder()
    var contributions: [(subject: NodeRef, theme: NodeRef)] = []
    var links: [(from: NodeRef, to: NodeRef)] = []
    var members: [NodeRef: [NodeRef]] = [:]
    /// Nodes whose source gives only a start or only an end, given an own period when
    /// committed (`completeHalfPeriods`), in node order.
    public private(set) var halfPeriodNodes: [NodeRef] = []
    /// Batch nodes whose half periods are complete (`completeHalfPeriods`).
    private var completed = 0

    public init() {}

    /// Nodes added so far, committed or not.
    public var count: Int { committed + batch.count }
    /// Nodes written into the columns; those after them are still in the batch.
    var committed: Int { columns.count }

    /// Room for this many nodes and role edges (and as many contributions as nodes), and for
    /// `textBytes` of text.
    public mutating func reserveCapacity(nodes: Int, roles: Int, textBytes: Int = 0) {
        columns.reserveCapacity(nodes: nodes, textBytes: textBytes)
        columns.reserveCapacity(roles: roles)
        contributions.reserveCapacity(nodes)
    }

    /// Room for `n` nodes in the batch (a builder that fills one file's and commits nothing).
    public mutating func reserveBatch(_ n: Int) {
        batch.reserveCapacity(n)
        contributions.reserveCapacity(n)
    }

    @discardableResult
    public mutating func add(_ node: consuming PlanNode) -> NodeRef {
        batch.append(node)
        return NodeRef(count - 1)
    }

    /// Takes the nodes and edges of a builder filled apart (one plan file's, on a reader
    /// thread), numbered there from 0: they are renumbered to follow the nodes added so far,
    /// and become this builder's batch. The other builder's nodes name no node outside it
    /// (its actor references are resolved here, afterwards), has no roles or members, and has
    /// committed nothing; this builder's batch is empty (committed after each file).
    public mutating func adopt(_ other: inout PlanGraphBuilder) {
        precondition(batch.isEmpty && other.committed == 0 && other.columns.roleCount == 0 && other.members.isEmpty,
                     "adopt takes an uncommitted file batch into an empty batch")
        let base = Int32(count)
        swap(&batch, &other.batch)
        completed = other.completed
        func moved(_ ref: NodeRef) -> NodeRef { NodeRef(Int(ref.index + base)) }
        if base != 0 {
            for i in batch.indices {
                if let plan = batch[i].plan { batch[i].plan = moved(plan) }
                if let parent = batch[i].parent { batch[i].parent = moved(parent) }
            }
            for i in other.nodesNamingNodes {
                for f in batch[Int(i.index)].fields.indices {
                    switch batch[Int(i.index)].fields[f].value {
                    case .node(let ref): batch[Int(i.index)].fields[f].value = .node(moved(ref))
                    case .nodes(let refs): batch[Int(i.index)].fields[f].value = .nodes(refs.map(moved))
                    default: continue
                    }
                }
            }
        }
        contributions += other.contributions.lazy.map { (moved($0.subject), moved($0.theme)) }
        links += other.links.lazy.map { (moved($0.from), moved($0.to)) }
        halfPeriodNodes += other.halfPeriodNodes.lazy.map(moved)
        other = PlanGraphBuilder()
    }

    /// Nodes with a field naming other nodes of the batch (a `goals` list), for `adopt` to
    /// renumber; a field naming an actor is set only after adopting.
    public var nodesNamingNodes: [NodeRef] = []

    /// A node not yet committed, read and changed in place: a node is large (copying one
    /// retains each of its texts), and the loader reads and sets its fields one by one.
    public subscript(ref: NodeRef) -> PlanNode {
        unsafeAddress {
            let i = Int(ref.index) - committed
            precondition(i >= 0 && i < batch.count, "node index out of range or committed")
            return batch.withUnsafeBufferPointer { $0.baseAddress! + i }
        }
        _modify { yield &batch[Int(ref.index) - committed] }
    }

    /// Writes the batch's nodes into the columns, in node order, and lets them go. Their
    /// half periods are completed first, reading ancestors in the batch or already committed:
    /// every node a batch node names as parent or plan must be added by then (the loader
    /// commits a plan file's nodes together, and a plan's nodes are all in its file).
    public mutating func commit() {
        var spent: [PlanNode] = []
        commit(handingOver: &spent)
    }

    /// `commit`, handing the committed nodes over in `spent` instead of freeing them here (the
    /// loader has them freed on a reader thread).
    public mutating func commit(handingOver spent: inout [PlanNode]) {
        completeHalfPeriods()
        spent = []
        swap(&spent, &batch)
        spent.withUnsafeMutableBufferPointer { nodes in
            guard let first = nodes.baseAddress else { return }
            for i in nodes.indices {
                // Moved out and back: a node read in place while the columns change is copied,
                // retaining each of its texts (made on a reader thread: a slow, shared write).
                let node = (first + i).move()
                columns.append(node)
                (first + i).initialize(to: node)
            }
        }
        completed = 0
    }

    // MARK: Any node, committed or not

    /// The node's index in the batch, nil when it is committed.
    private func inBatch(_ ref: NodeRef) -> Int? {
        let i = Int(ref.index) - committed
        return i >= 0 ? i : nil
    }

    public func kind(of ref: NodeRef) -> NodeKind { inBatch(ref).map { batch[$0].kind } ?? columns.kind(Int(ref.index)) }
    public func id(of ref: NodeRef) -> String { inBatch(ref).map { batch[$0].id } ?? columns.id(Int(ref.index)) }
    public func plan(of ref: NodeRef) -> NodeRef? { inBatch(ref).map { batch[$0].plan } ?? columns.plan(Int(ref.index)) }

    /// The file and line the node is written at (its provenance's `planFile`, `planLine`).
    public func site(of ref: NodeRef) -> (file: String, line: Int)? {
        if let b = inBatch(ref) { return batch[b].source.map { ($0.planFile, $0.planLine) } }
        return columns.site(Int(ref.index))
    }

    /// The items of the node's list field `name` (an actor's `aliases`), nil when it has none.
    public func list(_ name: String, of ref: NodeRef) -> [String]? {
        if let b = inBatch(ref) {
            if case .list(let items)? = batch[b].field(name) { return items }
            return nil
        }
        return columns.list(name, of: Int(ref.index))
    }

    /// Sets the node's field `name`. A committed node's field can only be pointed at a node or
    /// node list, in place of a placeholder of that type set when the node was filled (an
    /// actor reference resolved after its node was committed).
    public mutating func set(_ name: String, _ value: FieldValue, of ref: NodeRef) {
        if let b = inBatch(ref) { batch[b].set(name, value) } else { columns.set(name, value, of: Int(ref.index)) }
    }

    private func up(_ ref: NodeRef) -> NodeRef? {
        if let b = inBatch(ref) { return Hierarchy.up(parent: batch[b].parent, kind: batch[b].kind, plan: batch[b].plan) }
        let i = Int(ref.index)
        return Hierarchy.up(parent: columns.parent(i), kind: columns.kind(i), plan: columns.plan(i))
    }

    private func ownDays(_ ref: NodeRef) -> (start: Day, end: Day)? {
        if let b = inBatch(ref) { return batch[b].ownPeriod.map { ($0.start, $0.end) } }
        return columns.ownDays(Int(ref.index))
    }

    // MARK: Edges

    public mutating func addRole(_ role: Role, actor: NodeRef, for subject: NodeRef, note: String? = nil) {
        columns.addRole(role, actor: actor, for: subject, note: note)
    }

    public mutating func addContribution(from subject: NodeRef, to theme: NodeRef) {
        contributions.append((subject, theme))
    }

    public mutating func addLink(from a: NodeRef, to b: NodeRef) { links.append((a, b)) }

    public mutating func addMember(_ member: NodeRef, to group: NodeRef) { members[group, default: []].append(member) }

    /// Commits what is left, resolves each node's effective period (its own, else the nearest
    /// ancestor's, else its plan's) and builds the indexes. Consumes the builder, so that its
    /// columns are handed over without a copy.
    public consuming func build() -> PlanGraph {
        commit()
        // Taken out, so that `finish` holds the only reference to the columns and text and
        // changes them in place (a consuming call on a stored property copies it).
        var columns = ColumnarBuilder()
        swap(&columns, &self.columns)
        // The edge lists too, so that they are let go once their columns are written.
        let edges = GraphEdges(contributions: contributions, links: links, members: members)
        (contributions, links, members) = ([], [], [:])
        let store = (consume columns).finish(edges: consume edges)
        return PlanGraph(store: store)
    }

    /// A node that gives only its start (zzl.WP3: `start: 2023 Q2`) or only its end has that
    /// day as its own, and the other end from the nearest ancestor with a period: its period is
    /// its own from then on, so `show period`, `inherited`, `timeline` and `in` agree, and the
    /// nodes below it inherit it. A note says which end came from where. Nodes are completed
    /// in node order, so an ancestor declared earlier is complete when a child reads it.
    /// Done when committed, or before, for the batch so far (a file's, on its reader thread:
    /// a node's ancestors are in its file).
    public mutating func completeHalfPeriods() {
        defer { completed = batch.count }
        for i in completed..<batch.count {
            // Read in place: a copy of a node would retain each of its texts.
            let (start, end) = batch.withUnsafeBufferPointer { nodes -> (Period?, Period?) in
                guard nodes[i].ownPeriod == nil else { return (nil, nil) }
                var start: Period?, end: Period?
                for field in nodes[i].fields {
                    if field.name == "start", case .period(let p) = field.value { start = p }
                    if field.name == "end", case .period(let p) = field.value { end = p }
                }
                return (start, end)
            }
            guard start != nil || end != nil else { continue }
            var up = Hierarchy.up(parent: batch[i].parent, kind: batch[i].kind, plan: batch[i].plan)
            var seen = 0
            while let u = up, seen < count, ownDays(u) == nil {
                seen += 1
                up = self.up(u)
            }
            guard let u = up, let outer = ownDays(u) else { continue }
            let first = start?.start ?? outer.start, last = end?.end ?? outer.end
            guard first <= last else { continue }
            batch[i].ownPeriod = Period(start: first, end: last)
            halfPeriodNodes.append(NodeRef(committed + i))
            let from = id(of: u)
            batch[i].notes.append(start != nil
                ? "The source gives only the start (\(start!)); the end \(last) is that of \(from)."
                : "The source gives only the end (\(end!)); the start \(first) is that of \(from).")
        }
    }
}

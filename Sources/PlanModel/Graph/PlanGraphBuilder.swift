/// Builds an immutable `PlanGraph` as nodes are completed: nodes are added and filled in a
/// batch (one plan file's), then committed — written into the graph's columns and let go —
/// so that a load holds its columns and one file's nodes, never every node at once. Edges
/// are collected as lists; `build()` resolves inherited periods and computes every index.
public struct PlanGraphBuilder {
    /// The nodes added since the last `commit`; node `committed + i` is the batch's `i`.
    private var batch = NodeBatch()
    /// The columns nodes are committed into, made when first changed: a builder that fills
    /// one file's nodes apart (`adopt`) never commits, and making and freeing a hundred empty
    /// columns for each file was ≈ 3 % of a load's instructions (callgrind).
    private var madeColumns: ColumnarBuilder?
    /// The columns; read only for committed nodes (so once they are made).
    private var columns: ColumnarBuilder {
        _read { yield madeColumns! }
        _modify {
            if madeColumns == nil { madeColumns = ColumnarBuilder() }
            yield &madeColumns!
        }
    }
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
    /// (Kept apart from the columns: reading their count through the optional copied them,
    /// and `kind(of:)` asks it for every reference.)
    private(set) var committed = 0

    /// Room for this many nodes and role edges (and as many contributions as nodes), and for
    /// `textBytes` of text.
    public mutating func reserveCapacity(nodes: Int, roles: Int, textBytes: Int = 0) {
        columns.reserveCapacity(nodes: nodes, textBytes: textBytes)
        columns.reserveCapacity(roles: roles)
        contributions.reserveCapacity(nodes)
    }

    /// Room for `n` nodes in the batch (a builder that fills one file's and commits nothing).
    public mutating func reserveBatch(_ n: Int) {
        batch.reserve(nodes: n)
        contributions.reserveCapacity(n)
    }

    /// Adds a node made whole (its texts are copied into the batch).
    @discardableResult
    public mutating func add(_ node: consuming PlanNode) -> NodeRef {
        let ref = addNode(kind: node.kind, id: node.id, plan: node.plan, title: text(node.title), parent: node.parent,
                          file: node.source.map { file(named: $0.planFile) } ?? -1, line: node.source?.planLine ?? 0)
        let i = batch.count - 1
        if let s = node.source, s.document != nil || s.lines != nil || s.section != nil {
            batch.setDetail(i, document: s.document, lines: s.lines.map { text($0) } ?? .absent,
                            section: s.section.map { text($0) } ?? .absent)
        }
        batch.setOwnPeriod(i, node.ownPeriod)
        for note in node.notes { batch.addNote(i, text(note)) }
        batch.open(i)
        for field in node.fields { batch.set(field.name, batch.value(field.value)) }
        batch.close()
        return ref
    }

    /// The plan file `name`, for `addNode` (named once for all the nodes of a file).
    public mutating func file(named name: String) -> Int32 { batch.file(named: name) }

    /// Adds a node to the batch, without fields (`openFields`); `file` (from `file(named:)`,
    /// -1 for none) and `line` say where it is written.
    @discardableResult
    public mutating func addNode(kind: NodeKind, id: String, plan: NodeRef?, title: NodeBatch.Text, parent: NodeRef?,
                                 file: Int32, line: Int) -> NodeRef {
        let idText = text(id)
        batch.add(kind: kind, id: idText, plan: plan, title: title, parent: parent, file: file, line: line)
        return NodeRef(count - 1)
    }

    // MARK: Filling a node of the batch

    /// Copies a text into the batch.
    public mutating func text(_ utf8: UnsafeBufferPointer<UInt8>) -> NodeBatch.Text { batch.text(utf8) }
    public mutating func text(_ s: String) -> NodeBatch.Text { batch.text(s) }

    private func local(_ ref: NodeRef) -> Int {
        let i = Int(ref.index) - committed
        precondition(i >= 0 && i < batch.count, "node index out of range or committed")
        return i
    }

    /// Starts setting the batch node's fields (`setField`), until `closeFields`.
    public mutating func openFields(of ref: NodeRef) { batch.open(local(ref)) }
    public mutating func closeFields() { batch.close() }

    /// Sets a field of the node being filled (in its place, when it has it).
    public mutating func setField(_ name: String, _ value: NodeBatch.Value) { batch.set(name, value) }
    public mutating func setField(_ name: String, _ value: FieldValue) { batch.set(name, batch.value(value)) }

    /// A list of texts for `setField`: `listStart`, then each item (`addListItem`).
    public var listStart: Int32 { batch.listStart }
    public mutating func addListItem(_ t: NodeBatch.Text) { batch.addListItem(t) }

    /// A field of a batch node, as the batch holds it.
    public func batchField(_ name: String, of ref: NodeRef) -> NodeBatch.Value? { batch.field(name, of: local(ref)) }

    public mutating func setTitle(of ref: NodeRef, _ t: NodeBatch.Text) { batch.setTitle(local(ref), t) }
    public mutating func setParent(of ref: NodeRef, _ p: NodeRef) { batch.parent[local(ref)] = p.index }
    public mutating func setOwnPeriod(of ref: NodeRef, _ p: Period?) { batch.setOwnPeriod(local(ref), p) }
    public mutating func addNote(to ref: NodeRef, _ t: NodeBatch.Text) { batch.addNote(local(ref), t) }
    /// The node's source document, and its lines and section there.
    public mutating func setSource(of ref: NodeRef, document: String?, lines: NodeBatch.Text, section: NodeBatch.Text) {
        batch.setDetail(local(ref), document: document, lines: lines, section: section)
    }

    /// The node above a batch node (its parent), if set.
    public func parent(of ref: NodeRef) -> NodeRef? {
        guard let b = inBatch(ref) else { return columns.parent(Int(ref.index)) }
        return batch.parent[b] < 0 ? nil : NodeRef(Int(batch.parent[b]))
    }

    /// Takes the nodes and edges of a builder filled apart (one plan file's, on a reader
    /// thread), numbered there from 0: they are renumbered to follow the nodes added so far,
    /// and become this builder's batch. The other builder's nodes name no node outside it
    /// (its actor references are resolved here, afterwards), has no roles or members, and has
    /// committed nothing; this builder's batch is empty (committed after each file).
    public mutating func adopt(_ other: inout PlanGraphBuilder) {
        precondition(batch.count == 0 && other.committed == 0 && (other.madeColumns?.roleCount ?? 0) == 0 && other.members.isEmpty,
                     "adopt takes an uncommitted file batch into an empty batch")
        let base = Int32(count)
        swap(&batch, &other.batch)
        completed = other.completed
        func moved(_ ref: NodeRef) -> NodeRef { NodeRef(Int(ref.index + base)) }
        batch.renumber(by: base, namingNodes: other.nodesNamingNodes)
        contributions += other.contributions.lazy.map { (moved($0.subject), moved($0.theme)) }
        links += other.links.lazy.map { (moved($0.from), moved($0.to)) }
        halfPeriodNodes += other.halfPeriodNodes.lazy.map(moved)
        other = PlanGraphBuilder()
    }

    /// Nodes with a field naming other nodes of the batch (a `goals` list), for `adopt` to
    /// renumber; a field naming an actor is set only after adopting.
    public var nodesNamingNodes: [NodeRef] = []

    /// Writes the batch's nodes into the columns, in node order, and lets them go. Their
    /// half periods are completed first, reading ancestors in the batch or already committed:
    /// every node a batch node names as parent or plan must be added by then (the loader
    /// commits a plan file's nodes together, and a plan's nodes are all in its file).
    public mutating func commit() {
        var spent = NodeBatch()
        commit(handingOver: &spent)
    }

    /// `commit`, handing the committed batch over in `spent` instead of freeing it here (the
    /// loader has it freed on a reader thread).
    public mutating func commit(handingOver spent: inout NodeBatch) {
        completeHalfPeriods()
        spent = NodeBatch()
        swap(&spent, &batch)
        let notes = spent.notesByNode()
        var names = ColumnarBuilder.BatchNames(spent)
        for i in 0..<spent.count { columns.append(spent, i, notes: notes.isEmpty ? [] : notes[i], names: &names) }
        committed += spent.count
        completed = 0
    }

    // MARK: Any node, committed or not

    /// The node's index in the batch, nil when it is committed.
    private func inBatch(_ ref: NodeRef) -> Int? {
        let i = Int(ref.index) - committed
        return i >= 0 ? i : nil
    }

    // Not `inBatch(ref).map { batch… }`: a closure that reads the batch copied the whole
    // batch struct on every call (a reference's kind is asked 75,833 times in a 10^4 load).
    public func kind(of ref: NodeRef) -> NodeKind {
        guard let b = inBatch(ref) else { return columns.kind(Int(ref.index)) }
        return batch.kind[b]
    }
    /// `kind(of:)` for a caller that holds the builder in a mutable place (a loader's context):
    /// called there, the non-mutating method got a copy of the whole builder (a kilobyte) on
    /// every call; a mutating one is handed its address — and reads the two columns itself,
    /// since calling `kind(of:)` from it still copied the builder (a 1,080-byte memcpy per
    /// reference, 1 % of a load's instructions; seen in the disassembly).
    public mutating func kindInPlace(of ref: NodeRef) -> NodeKind {
        let b = Int(ref.index) - committed
        return b >= 0 ? batch.kind[b] : columns.kind(Int(ref.index))
    }
    public func id(of ref: NodeRef) -> String {
        guard let b = inBatch(ref) else { return columns.id(Int(ref.index)) }
        return batch.string(batch.id[b])
    }
    public func plan(of ref: NodeRef) -> NodeRef? {
        guard let b = inBatch(ref) else { return columns.plan(Int(ref.index)) }
        return batch.plan[b] < 0 ? nil : NodeRef(Int(batch.plan[b]))
    }

    /// The file and line the node is written at (its provenance's `planFile`, `planLine`).
    public func site(of ref: NodeRef) -> (file: String, line: Int)? {
        if let b = inBatch(ref) { return batch.file[b] < 0 ? nil : (batch.files[Int(batch.file[b])], Int(batch.line[b])) }
        return columns.site(Int(ref.index))
    }

    /// The items of the node's list field `name` (an actor's `aliases`), nil when it has none.
    public func list(_ name: String, of ref: NodeRef) -> [String]? {
        if let b = inBatch(ref) {
            guard let value = batch.field(name, of: b), case .list(let items) = batch.fieldValue(value) else { return nil }
            return items
        }
        return columns.list(name, of: Int(ref.index))
    }

    /// Points the node's field `name` — a node or node list set as a placeholder when the node
    /// was filled — at `value` (an actor reference, resolved once the actors are known).
    public mutating func set(_ name: String, _ value: FieldValue, of ref: NodeRef) {
        if let b = inBatch(ref) { batch.point(name, of: b, at: value) } else { columns.set(name, value, of: Int(ref.index)) }
    }

    private func up(_ ref: NodeRef) -> NodeRef? {
        if let b = inBatch(ref) { return batchUp(b) }
        let i = Int(ref.index)
        return Hierarchy.up(parent: columns.parent(i), kind: columns.kind(i), plan: columns.plan(i))
    }

    private func ownDays(_ ref: NodeRef) -> (start: Day, end: Day)? {
        if let b = inBatch(ref) { return batch.ownPeriodOf(b).map { ($0.start, $0.end) } }
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
        let columns = madeColumns.take() ?? ColumnarBuilder()
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
        for i in completed..<batch.count where batch.ownPeriodOf(i) == nil {
            var start: Period?, end: Period?
            if case .period(let p)? = batch.field("start", of: i) { start = batch.periods[Int(p)] }
            if case .period(let p)? = batch.field("end", of: i) { end = batch.periods[Int(p)] }
            guard start != nil || end != nil else { continue }
            var up = batchUp(i)
            var seen = 0
            while let u = up, seen < count, ownDays(u) == nil {
                seen += 1
                up = self.up(u)
            }
            guard let u = up, let outer = ownDays(u) else { continue }
            let first = start?.start ?? outer.start, last = end?.end ?? outer.end
            guard first <= last else { continue }
            batch.setOwnPeriod(i, Period(start: first, end: last))
            halfPeriodNodes.append(NodeRef(committed + i))
            let from = id(of: u)
            let note = start != nil
                ? "The source gives only the start (\(start!)); the end \(last) is that of \(from)."
                : "The source gives only the end (\(end!)); the start \(first) is that of \(from)."
            batch.addNote(i, batch.text(note))
        }
    }

    /// The node above batch node `i`.
    private func batchUp(_ i: Int) -> NodeRef? {
        let up = Hierarchy.up(parent: batch.parent[i], kindCode: batch.kind[i].code, plan: batch.plan[i])
        return up >= 0 ? NodeRef(Int(up)) : nil
    }
}

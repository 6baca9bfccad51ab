/// The look-up structures of a `PlanGraph`, computed once when it is built. Per-node lists
/// (children, roles, themes) are kept as one array of entries with an offset per node, and
/// folded titles as one byte buffer: a million activities need a few flat arrays rather than
/// millions of small ones.
struct GraphIndex: Sendable {
    var byKind: [NodeKind: [NodeRef]] = [:]
    /// Each node's kind, one byte a node: tests over many nodes read this, not the nodes.
    var kinds: [NodeKind]
    /// Plans and actors by folded id, in load order (a later one of the same id shadows an
    /// earlier one, as in one dictionary of every qualified id).
    var globalIDs: [String: NodeRef] = [:]
    var plansByID: [String: [NodeRef]] = [:]
    /// Folded bare id → plan nodes and actors with that id, in load order; for plan nodes
    /// that is by plan (a loader adds a plan's nodes together), except for the ids listed.
    var byBareID: [String: [NodeRef]] = [:]
    var bareIDsOutOfPlanOrder: Set<String> = []
    var children: Adjacency
    /// Preorder number of each node in the hierarchy forest (plans at the roots), and the
    /// number one past its last descendant: subtree membership is two integer compares.
    var preorder: [Int32]
    var subtreeEnd: [Int32]
    var preorderNodes: [NodeRef]
    /// Role edges (indices into `roles`) by subject and by actor.
    var rolesBySubject: Adjacency
    var rolesByActor: Adjacency
    var members: [NodeRef: [NodeRef]]
    var groupsOf: [NodeRef: [NodeRef]] = [:]
    var actorNames: [String: [NodeRef]] = [:]
    var actorNameList: [String] = []
    var themesBySubject: Adjacency
    var subjectsByTheme: Adjacency
    var linksFrom: [NodeRef: [NodeRef]] = [:]
    var linksTo: [NodeRef: [NodeRef]] = [:]
    /// Per kind, the nodes that have a period, sorted by start.
    var byStart: [NodeKind: [NodeRef]] = [:]
    /// Each node's effective period as day ordinals (`Int32.min` where it has none), and the
    /// first and last day of its own `start`/`end` fields where it has them: what period
    /// tests read, without touching the nodes.
    var periodStart: [Int32]
    var periodEnd: [Int32]
    var firstDay: [Int32]
    var lastDay: [Int32]
    /// Per kind, the period ends of its dated nodes in order (for counting overlaps).
    var endsSorted: [NodeKind: [Int32]] = [:]
    /// Per kind, the preorder numbers of its nodes in order (for counting a subtree's).
    var preorderByKind: [NodeKind: [Int32]] = [:]
    /// Each node's title folded for case- and accent-insensitive search, one after another.
    var titles: FoldedTexts
    /// Per kind, the names of the fields its nodes store.
    var fieldNames: [NodeKind: Set<String>] = [:]

    init(nodes: [PlanNode], roles: [RoleEdge], contributions: [(subject: NodeRef, theme: NodeRef)],
         links: [(from: NodeRef, to: NodeRef)], members: [NodeRef: [NodeRef]]) {
        let n = nodes.count
        self.members = members
        var roots: [NodeRef] = []
        var parents = [Int32](repeating: -1, count: n)
        var fieldLists: [NodeKind: [String]] = [:]
        var outOfPlanOrder: Set<String> = []
        titles = FoldedTexts(capacity: n)
        kinds = nodes.map(\.kind)
        var folder = FoldedKey.Folder()
        periodStart = [Int32](repeating: .min, count: n)
        periodEnd = [Int32](repeating: .min, count: n)
        firstDay = [Int32](repeating: .min, count: n)
        lastDay = [Int32](repeating: .min, count: n)
        // Fields are read in place (`nodes[i].kind`): a copy of a node would retain each of its texts.
        for i in 0..<n {
            let ref = NodeRef(i)
            let kind = nodes[i].kind, plan = nodes[i].plan
            byKind[kind, default: []].append(ref)
            titles.append(nodes[i].title, with: &folder)
            if let p = nodes[i].period {
                periodStart[i] = p.start.ordinal
                periodEnd[i] = p.end.ordinal
                firstDay[i] = p.start.ordinal
                lastDay[i] = p.end.ordinal
            }
            if case .period(let p)? = nodes[i].field("start") { firstDay[i] = p.start.ordinal }
            if case .period(let p)? = nodes[i].field("end") { lastDay[i] = p.end.ordinal }
            GraphIndex.note(fields: nodes[i].fields, kind: kind, in: &fieldLists)
            let bare = FoldedKey.of(nodes[i].id)
            if plan != nil || kind == .actor {
                byBareID[bare, default: []].modify { list in
                    if let last = list.last, (nodes[Int(last.index)].plan?.index ?? -1) > (plan?.index ?? -1) {
                        outOfPlanOrder.insert(bare)
                    }
                    list.append(ref)
                }
            }
            if plan == nil { globalIDs[bare] = ref }
            if kind == .plan { plansByID[bare, default: []].append(ref) }
            if let up = nodes[i].parent ?? (kind == .plan ? nil : plan) {
                parents[i] = up.index
            } else {
                roots.append(ref)
            }
        }
        fieldNames = fieldLists.mapValues(Set.init)
        bareIDsOutOfPlanOrder = outOfPlanOrder
        children = Adjacency(count: n, pairs: (0..<n).lazy.compactMap { parents[$0] >= 0 ? (parents[$0], Int32($0)) : nil })
        (preorder, subtreeEnd, preorderNodes) = GraphIndex.number(roots: roots, children: children, count: n)
        rolesBySubject = Adjacency(count: n, pairs: roles.indices.lazy.map { (roles[$0].subject.index, Int32($0)) })
        rolesByActor = Adjacency(count: n, pairs: roles.indices.lazy.map { (roles[$0].actor.index, Int32($0)) })
        // Dictionary order differs from run to run; sort so that answers and messages do not.
        for group in members.keys.sorted() { for m in members[group]! { groupsOf[m, default: []].append(group) } }
        for ref in byKind[.actor] ?? [] {
            var names = [nodes[Int(ref.index)].id, nodes[Int(ref.index)].title]
            if case .list(let aliases)? = nodes[Int(ref.index)].field("aliases") { names += aliases }
            for (i, name) in names.enumerated() {
                let key = FoldedKey.of(name)
                if actorNames[key]?.contains(ref) != true { actorNames[key, default: []].append(ref) }
                if i > 0 { actorNameList.append(name) }    // names and aliases; ids are for files
            }
        }
        themesBySubject = Adjacency(count: n, pairs: contributions.lazy.map { ($0.subject.index, $0.theme.index) })
        subjectsByTheme = Adjacency(count: n, pairs: contributions.lazy.map { ($0.theme.index, $0.subject.index) })
        for (a, b) in links {
            linksFrom[a, default: []].append(b)
            linksTo[b, default: []].append(a)
        }
        for (kind, refs) in byKind {
            preorderByKind[kind] = refs.map { preorder[Int($0.index)] }.sorted()
            endsSorted[kind] = refs.compactMap { periodEnd[Int($0.index)] == .min ? nil : periodEnd[Int($0.index)] }.sorted()
            let starts = periodStart
            let dated = refs.filter { starts[Int($0.index)] != .min }
            // Stable, as the sort by start always was: equal starts keep load order.
            byStart[kind] = dated.enumerated().sorted {
                (starts[Int($0.element.index)], $0.offset) < (starts[Int($1.element.index)], $1.offset)
            }.map(\.element)
        }
    }

    /// Adds the names of `fields` to their kind's list. Nodes of a kind mostly store the same
    /// fields in the same order, so the list is checked at the field's own position first.
    static func note(fields: [(name: String, value: FieldValue)], kind: NodeKind, in lists: inout [NodeKind: [String]]) {
        guard !fields.isEmpty else { return }
        var list = lists[kind] ?? []
        var changed = false
        for (i, field) in fields.enumerated() {
            if i < list.count && list[i] == field.name { continue }
            if !list.contains(field.name) {
                list.append(field.name)
                changed = true
            }
        }
        if changed { lists[kind] = list }
    }

    /// Iterative preorder numbering (no recursion: a deep hierarchy cannot overflow the stack).
    static func number(roots: [NodeRef], children: Adjacency, count: Int) -> ([Int32], [Int32], [NodeRef]) {
        var pre = [Int32](repeating: -1, count: count)
        var end = [Int32](repeating: -1, count: count)
        var order: [NodeRef] = []
        order.reserveCapacity(count)
        var stack: [(node: Int32, next: Int32)] = []
        for root in roots {
            stack.append((root.index, children.start(root.index)))
            pre[Int(root.index)] = Int32(order.count)
            order.append(root)
            while let (node, next) = stack.last {
                if next < children.end(node) {
                    stack[stack.count - 1].next += 1
                    let child = children.entries[Int(next)]
                    guard pre[Int(child)] < 0 else { continue }   // cycles are rejected by the loader
                    pre[Int(child)] = Int32(order.count)
                    order.append(NodeRef(Int(child)))
                    stack.append((child, children.start(child)))
                } else {
                    end[Int(node)] = Int32(order.count)
                    stack.removeLast()
                }
            }
        }
        return (pre, end, order)
    }
}

/// Lists of entries per node, all in one array: node `i`'s entries are
/// `entries[offsets[i]..<offsets[i + 1]]`, in the order they were given.
struct Adjacency: Sendable {
    var offsets: [Int32]
    var entries: [Int32]

    /// `pairs` are (node, entry); a counting sort keeps each node's entries in their order.
    init<S: Sequence>(count: Int, pairs: S) where S.Element == (Int32, Int32) {
        var offsets = [Int32](repeating: 0, count: count + 1)
        for (node, _) in pairs { offsets[Int(node) + 1] += 1 }
        for i in 0..<count { offsets[i + 1] += offsets[i] }
        var next = offsets
        var entries = [Int32](repeating: 0, count: Int(offsets[count]))
        for (node, entry) in pairs {
            entries[Int(next[Int(node)])] = entry
            next[Int(node)] += 1
        }
        self.offsets = offsets
        self.entries = entries
    }

    func start(_ node: Int32) -> Int32 { offsets[Int(node)] }
    func end(_ node: Int32) -> Int32 { offsets[Int(node) + 1] }

    subscript(node: Int32) -> ArraySlice<Int32> { entries[Int(offsets[Int(node)])..<Int(offsets[Int(node) + 1])] }

    func refs(_ node: Int32) -> [NodeRef] { self[node].map { NodeRef(Int($0)) } }
}

/// Texts folded with `FoldedKey`, stored one after another as UTF-8.
struct FoldedTexts: Sendable {
    var bytes: [UInt8] = []
    var offsets: [Int32] = [0]

    init(capacity: Int) {
        offsets.reserveCapacity(capacity + 1)
        bytes.reserveCapacity(capacity * 48)
    }

    mutating func append(_ text: String, with folder: inout FoldedKey.Folder) {
        folder.append(text, to: &bytes)
        offsets.append(Int32(bytes.count))
    }

    func string(_ i: Int) -> String {
        String(decoding: bytes[Int(offsets[i])..<Int(offsets[i + 1])], as: UTF8.self)
    }

    /// Whether text `i` contains `needle` (already folded), as bytes.
    func contains(_ i: Int, _ needle: [UInt8]) -> Bool {
        let lo = Int(offsets[i]), hi = Int(offsets[i + 1])
        guard let first = needle.first else { return true }
        guard hi - lo >= needle.count else { return false }
        return bytes.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                var j = lo
                let last = hi - pin.count
                while j <= last {
                    if hay[j] == first && memcmp(hay.baseAddress! + j + 1, pin.baseAddress! + 1, pin.count - 1) == 0 {
                        return true
                    }
                    j += 1
                }
                return false
            }
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Array {
    /// Changes the array in place (through a dictionary's `default:` subscript, say).
    mutating func modify(_ body: (inout Array) -> Void) { body(&self) }
}

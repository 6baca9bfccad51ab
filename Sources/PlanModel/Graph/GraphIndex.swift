/// The look-up structures of a `PlanGraph`, computed once when it is built.
struct GraphIndex: Sendable {
    var byKind: [NodeKind: [NodeRef]] = [:]
    var byQualifiedID: [String: NodeRef] = [:]
    var byBareID: [String: [NodeRef]] = [:]
    var children: [[NodeRef]]
    /// Preorder number of each node in the hierarchy forest (plans at the roots), and the
    /// number one past its last descendant: subtree membership is two integer compares.
    var preorder: [Int32]
    var subtreeEnd: [Int32]
    var preorderNodes: [NodeRef]
    var rolesBySubject: [[Int32]]
    var rolesByActor: [[Int32]]
    var members: [NodeRef: [NodeRef]]
    var groupsOf: [NodeRef: [NodeRef]] = [:]
    var actorNames: [String: [NodeRef]] = [:]
    var actorNameList: [String] = []
    var themesBySubject: [NodeRef: [NodeRef]] = [:]
    var subjectsByTheme: [NodeRef: [NodeRef]] = [:]
    var linksFrom: [NodeRef: [NodeRef]] = [:]
    var linksTo: [NodeRef: [NodeRef]] = [:]
    /// Per kind, the nodes that have a period, sorted by start.
    var byStart: [NodeKind: [NodeRef]] = [:]
    /// Each node's title folded for case- and accent-insensitive search, computed once.
    var titleKeys: [String] = []
    /// Per kind, the names of the fields its nodes store.
    var fieldNames: [NodeKind: Set<String>] = [:]

    init(nodes: [PlanNode], roles: [RoleEdge], contributions: [(NodeRef, NodeRef)], links: [(NodeRef, NodeRef)],
         members: [NodeRef: [NodeRef]]) {
        let n = nodes.count
        children = Array(repeating: [], count: n)
        rolesBySubject = Array(repeating: [], count: n)
        rolesByActor = Array(repeating: [], count: n)
        self.members = members
        var roots: [NodeRef] = []
        titleKeys = nodes.map { Folding.key($0.title) }
        for (i, node) in nodes.enumerated() {
            let ref = NodeRef(i)
            byKind[node.kind, default: []].append(ref)
            for field in node.fields where fieldNames[node.kind]?.contains(field.name) != true {
                fieldNames[node.kind, default: []].insert(field.name)
            }
            let bare = Folding.key(node.id)
            if let plan = node.plan {
                byQualifiedID[Folding.key(nodes[Int(plan.index)].id) + "." + bare] = ref
                byBareID[bare, default: []].append(ref)
            } else {
                byQualifiedID[bare] = ref
                if node.kind == .actor { byBareID[bare, default: []].append(ref) }
            }
            if let up = node.parent ?? (node.kind == .plan ? nil : node.plan) {
                children[Int(up.index)].append(ref)
            } else {
                roots.append(ref)
            }
        }
        (preorder, subtreeEnd, preorderNodes) = GraphIndex.number(roots: roots, children: children, count: n)
        for (i, edge) in roles.enumerated() {
            rolesBySubject[Int(edge.subject.index)].append(Int32(i))
            rolesByActor[Int(edge.actor.index)].append(Int32(i))
        }
        // Dictionary order differs from run to run; sort so that answers and messages do not.
        for group in members.keys.sorted() { for m in members[group]! { groupsOf[m, default: []].append(group) } }
        for ref in byKind[.actor] ?? [] {
            let node = nodes[Int(ref.index)]
            var names = [node.id, node.title]
            if case .list(let aliases)? = node.field("aliases") { names += aliases }
            for (i, name) in names.enumerated() {
                let key = Folding.key(name)
                if actorNames[key]?.contains(ref) != true { actorNames[key, default: []].append(ref) }
                if i > 0 { actorNameList.append(name) }    // names and aliases; ids are for files
            }
        }
        for (s, t) in contributions {
            themesBySubject[s, default: []].append(t)
            subjectsByTheme[t, default: []].append(s)
        }
        for (a, b) in links {
            linksFrom[a, default: []].append(b)
            linksTo[b, default: []].append(a)
        }
        for (kind, refs) in byKind {
            let dated = refs.filter { nodes[Int($0.index)].period != nil }
            byStart[kind] = dated.sorted { nodes[Int($0.index)].period!.start < nodes[Int($1.index)].period!.start }
        }
    }

    /// Iterative preorder numbering (no recursion: a deep hierarchy cannot overflow the stack).
    static func number(roots: [NodeRef], children: [[NodeRef]], count: Int) -> ([Int32], [Int32], [NodeRef]) {
        var pre = [Int32](repeating: -1, count: count)
        var end = [Int32](repeating: -1, count: count)
        var order: [NodeRef] = []
        order.reserveCapacity(count)
        var stack: [(NodeRef, Int)] = []
        for root in roots {
            stack.append((root, 0))
            pre[Int(root.index)] = Int32(order.count)
            order.append(root)
            while let (node, next) = stack.last {
                let kids = children[Int(node.index)]
                if next < kids.count {
                    stack[stack.count - 1].1 += 1
                    let child = kids[next]
                    guard pre[Int(child.index)] < 0 else { continue }   // cycles are rejected by the loader
                    pre[Int(child.index)] = Int32(order.count)
                    order.append(child)
                    stack.append((child, 0))
                } else {
                    end[Int(node.index)] = Int32(order.count)
                    stack.removeLast()
                }
            }
        }
        return (pre, end, order)
    }
}

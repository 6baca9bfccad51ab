import PlanModel
import Rendering

/// `describe REF`: one node with all its fields, edges and provenance, as field/value rows.
struct NodeDescription {
    let graph: PlanGraph

    func table(_ ref: NodeRef) -> ResultTable {
        let node = graph[ref]
        var rows: [[ResultTable.Cell]] = []
        var names = Set<String>()
        // A field name is given once (JSON keys must be unique): a stored field named like a
        // row above it gets a number.
        func add(_ field: String, _ value: ResultTable.Cell) {
            var name = field
            var n = 2
            while !names.insert(name).inserted { name = "\(field) (\(n))"; n += 1 }
            rows.append([.text(name), value])
        }
        add("id", .text(graph.qualifiedID(ref)))
        add("kind", .text(node.kind.rawValue))
        if let plan = node.plan { add("plan", .text(graph[plan].id)) }
        add("title", .text(node.title))
        if let parent = node.parent { add("parent", .text("\(graph.qualifiedID(parent)) (\(graph[parent].kind.rawValue))")) }
        if let p = node.period {
            var text = p.description
            if p.approximate { text += " (approximate)" }
            if let w = p.written { text += " — written \"\(w)\"" }
            if let from = node.periodFrom { text += " — inherited from \(graph.qualifiedID(from))" }
            add("period", .text(text))
        }
        // The period line above already says date, written and approximate.
        let shownAbove: Set<String> = node.ownPeriod == nil ? ["title"] : ["title", "date", "period", "written", "approximate"]
        for (name, value) in node.fields where !shownAbove.contains(name) {
            add(name, cell(value))
        }
        for role in Role.allCases {
            let actors = graph.roles(of: ref).filter { $0.role == role }
            if !actors.isEmpty {
                add(role.rawValue, .list(actors.map { e in graph[e.actor].title + (e.note.map { " (\($0))" } ?? "") }))
            }
        }
        if node.kind == .actor {
            let played = graph.roles(naming: ref)
            if !played.isEmpty {
                add("roles", .list(played.map { "\($0.role.rawValue) of \(graph.qualifiedID($0.subject))" }))
            }
            let groups = graph.groups(containing: ref)
            if !groups.isEmpty { add("member of", .list(groups.map { graph[$0].title })) }
        }
        let themes = graph.themes(of: ref)
        if !themes.isEmpty { add("contributes to", .list(themes.map { graph[$0].title })) }
        var seenLinks = Set<NodeRef>()
        let links = (graph.links(from: ref) + graph.links(to: ref)).filter { seenLinks.insert($0).inserted }
        if !links.isEmpty { add("linked with", .list(links.map { graph.qualifiedID($0) })) }
        let children = graph.children(of: ref)
        if !children.isEmpty {
            add("below", .list(children.map { "\(graph.qualifiedID($0)) \(graph[$0].title)" }))
        }
        if let source = node.source { add("source", .text(source.description)) }
        if !node.notes.isEmpty { add("notes", .list(node.notes)) }
        return ResultTable(columns: ["field", "value"], rows: rows)
    }

    func cell(_ value: FieldValue) -> ResultTable.Cell {
        switch value {
        case .text(let t): return .text(t)
        case .list(let l): return .list(l)
        // Whole numbers print as integers: category 4, not 4.0.
        case .number(let n): return n == n.rounded() && abs(n) < 1e15 ? .integer(Int(n)) : .number(n)
        case .period(let p): return .text(p.description + (p.approximate ? " (approximate)" : "")
                                          + (p.written.map { " — written \"\($0)\"" } ?? ""))
        case .node(let r): return .text(graph[r].kind == .actor ? graph[r].title : graph.qualifiedID(r))
        case .nodes(let rs): return .list(rs.map { graph[$0].kind == .actor ? graph[$0].title : graph.qualifiedID($0) })
        case .unknown: return .text("unknown")
        }
    }
}

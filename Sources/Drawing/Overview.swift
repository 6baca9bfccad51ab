import PlanModel

/// What the overview page shows of one plan; the template (Templates/overview.html.mustache)
/// reads these fields by name.
public struct OverviewModel {
    struct Field { let name: String; let value: String }

    struct Node {
        let id: String, shortID: String, kind: String, kindClass: String, title: String
        // Names no enclosing context uses: Mustache looks a missing (nil) name up in the
        // enclosing contexts, so a node without a period would show its plan's.
        let nodeLead: String?, ownPeriod: String?
        let fields: [Field]
        let children: [Node]
        let hasChildren: Bool
        /// Goals start open, so the page shows every activity at once; an activity opens to its fields.
        let open: Bool
    }

    struct RoleLine { let role: String; let subjects: String }
    struct Actor { let id: String; let title: String; let kind: String; let roles: [RoleLine]; let fields: [Field] }
    struct Theme { let id: String; let shortID: String; let title: String; let fields: [Field] }
    struct Cell { let on: Bool; let theme: String }
    struct Row { let id: String; let shortID: String; let title: String; let cells: [Cell] }

    let planID: String, title: String, planPeriod: String?, summary: String
    let planFields: [Field]
    let nodes: [Node]
    let timelineSVG: String
    let actors: [Actor]
    let hasMatrix: Bool
    let themes: [Theme]
    let matrix: [Row]
    let matrixCount: Int, themeCount: Int
    let sourceFiles: String
}

/// Builds the overview of a plan from the graph. Fields come from `describe` (passed in, so
/// the page shows exactly what `describe` shows), with the plan file and line added.
public struct OverviewBuilder {
    let graph: PlanGraph
    let describe: (NodeRef) -> [(String, String)]

    public init(graph: PlanGraph, describe: @escaping (NodeRef) -> [(String, String)]) {
        self.graph = graph
        self.describe = describe
    }

    public func model(_ plan: NodeRef) -> OverviewModel {
        let p = graph[plan]
        let below = graph.descendants(of: plan)
        let activities = below.filter { graph[$0].kind == .activity }
        let counts = [NodeKind.goal, .activity, .workPackage, .theme, .indicator, .event].compactMap { kind -> String? in
            let n = below.filter { graph[$0].kind == kind }.count
            return n == 0 ? nil : "\(n) \(n == 1 ? kind.rawValue : kind.plural)"
        }
        let themes = graph.nodes(of: .theme).filter { graph[$0].plan == plan }
        let builder = PictureBuilder(graph: graph)
        return OverviewModel(
            planID: p.id, title: p.title, planPeriod: p.period?.description, summary: counts.joined(separator: ", "),
            planFields: fields(plan),
            nodes: graph.children(of: plan).filter(isShown).map { node($0, depth: 0) },
            timelineSVG: HTMLPage.inlineSVG(SVGTimeline.svg(builder.timeline(activities, title: "activities of \(p.id)"))),
            actors: actors(in: [plan] + below),
            hasMatrix: !themes.isEmpty,
            themes: themes.map { OverviewModel.Theme(id: graph.qualifiedID($0), shortID: graph[$0].id, title: graph[$0].title,
                                                     fields: fields($0)) },
            matrix: themes.isEmpty ? [] : activities.map { a in
                let contributes = Set(graph.themes(of: a))
                return OverviewModel.Row(id: graph.qualifiedID(a), shortID: graph[a].id, title: graph[a].title,
                                         cells: themes.map { .init(on: contributes.contains($0), theme: graph[$0].title) })
            },
            matrixCount: activities.count, themeCount: themes.count,
            sourceFiles: Set(([plan] + below).compactMap { graph[$0].source.map { fileName($0.planFile) } }).sorted()
                .joined(separator: ", "))
    }

    /// A plan file's name without its folder: the page must not depend on where the plans lie.
    func fileName(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }

    func isShown(_ ref: NodeRef) -> Bool { [.goal, .activity, .workPackage].contains(graph[ref].kind) }

    func node(_ ref: NodeRef, depth: Int) -> OverviewModel.Node {
        let n = graph[ref]
        let children = graph.children(of: ref).filter(isShown).map { node($0, depth: depth + 1) }
        let leads = graph.roles(of: ref).filter { $0.role == .lead }.map { graph[$0.actor].title }
        return OverviewModel.Node(
            id: graph.qualifiedID(ref), shortID: n.id, kind: n.kind.rawValue,
            kindClass: n.kind.rawValue.replacingOccurrences(of: " ", with: "-"), title: n.title,
            nodeLead: leads.isEmpty ? nil : leads.joined(separator: ", "),
            ownPeriod: n.periodIsInherited ? nil : n.period?.description,
            fields: fields(ref), children: children, hasChildren: !children.isEmpty, open: n.kind != .activity)
    }

    /// `describe`'s rows, then where the node is written in the plan file. A plan file's folder
    /// is left out wherever it appears (describe names an actor's source by its path).
    func fields(_ ref: NodeRef) -> [OverviewModel.Field] {
        let path = graph[ref].source?.planFile
        var out = describe(ref).map { row in
            OverviewModel.Field(name: row.0, value: path.map { row.1.replacingOccurrences(of: $0, with: fileName($0)) } ?? row.1)
        }
        if let source = graph[ref].source {
            out.append(.init(name: "plan file", value: "\(fileName(source.planFile)) line \(source.planLine)"))
        }
        return out
    }

    /// Actors playing a role for any of `nodes`, in graph order, with their roles here.
    func actors(in nodes: [NodeRef]) -> [OverviewModel.Actor] {
        var played: [NodeRef: [RoleEdge]] = [:]
        for ref in nodes { for e in graph.roles(of: ref) { played[e.actor, default: []].append(e) } }
        return played.keys.sorted().map { actor in
            let edges = played[actor]!
            let roles = Role.allCases.compactMap { role -> OverviewModel.RoleLine? in
                let subjects = edges.filter { $0.role == role }.map { graph.qualifiedID($0.subject) }
                return subjects.isEmpty ? nil : .init(role: role.rawValue, subjects: subjects.joined(separator: ", "))
            }
            return OverviewModel.Actor(id: graph.qualifiedID(actor), title: graph[actor].title,
                                       kind: graph[actor].field("type").flatMap { if case .text(let t) = $0 { t } else { nil } } ?? "actor",
                                       roles: roles, fields: fields(actor))
        }
    }
}

/// `overview PLAN` as one self-contained HTML page.
public enum OverviewPage {
    public static func html(_ model: OverviewModel) -> String { HTMLPage.render(model, "overview") }
}

import PlanModel

extension PlanSet {
    /// The parts of loaded plans the SQL tables hold (plans, actors and their groups, themes,
    /// goals, activities with their roles, contributions, links and indicators): how the
    /// example plans get into SQLite for the cold-start comparison.
    public init(graph: PlanGraph) {
        self.init()
        var actorIndex: [NodeRef: Int] = [:]
        for ref in graph.nodes(of: .actor) {
            actorIndex[ref] = actors.count
            var aliases: [String] = []
            if case .list(let list)? = graph[ref].field("aliases") { aliases = list }
            var kind = "organisation"
            if case .text(let k)? = graph[ref].field("type") { kind = k }
            actors.append(Actor(id: graph[ref].id, name: graph[ref].title, kind: kind, aliases: aliases))
        }
        for ref in graph.nodes(of: .actor) {
            actors[actorIndex[ref]!].members = graph.members(of: ref).compactMap { actorIndex[$0] }
        }
        actorFiles = [(name: "actors", actors: 0..<actors.count)]
        for planRef in graph.plans {
            let node = graph[planRef]
            guard let period = node.period else { continue }
            var plan = Plan(id: node.id, title: node.title, owner: nil, periodText: period.description, period: period)
            if case .node(let owner)? = node.field("owner") { plan.owner = actorIndex[owner] }
            let inPlan = { (kind: NodeKind) in graph.nodes(of: kind).filter { graph[$0].plan == planRef } }
            let themes = inPlan(.theme), goals = inPlan(.goal), activities = inPlan(.activity)
            let themeIndex = Dictionary(uniqueKeysWithValues: themes.enumerated().map { ($1, $0) })
            let goalIndex = Dictionary(uniqueKeysWithValues: goals.enumerated().map { ($1, $0) })
            let activityIndex = Dictionary(uniqueKeysWithValues: activities.enumerated().map { ($1, $0) })
            plan.themes = themes.map { t in
                var family = ""
                if case .text(let f)? = graph[t].field("family") { family = f }
                return Theme(id: graph[t].id, name: graph[t].title, family: family)
            }
            plan.goals = goals.map { g in
                var level = "", deadline: String?
                if case .text(let l)? = graph[g].field("level") { level = l }
                if case .period(let d)? = graph[g].field("deadline") { deadline = d.description }
                return Goal(id: graph[g].id, level: level, title: graph[g].title,
                            parent: graph[g].parent.flatMap { goalIndex[$0] }, deadline: deadline)
            }
            plan.activities = activities.compactMap { a in
                guard let goal = graph[a].parent.flatMap({ goalIndex[$0] }) else { return nil }
                var activity = Activity(id: graph[a].id, goal: goal, title: graph[a].title, period: graph[a].period ?? period)
                if case .text(let d)? = graph[a].field("description") { activity.description = d }
                if case .text(let p)? = graph[a].field("phase") { activity.phase = p }
                activity.roles = graph.roles(of: a).compactMap { e in
                    actorIndex[e.actor].map { RoleLink(role: e.role, actor: $0, note: e.note) }
                }
                activity.contributes = graph.themes(of: a).compactMap { themeIndex[$0] }
                activity.links = graph.links(from: a).compactMap { activityIndex[$0] }
                activity.indicators = graph.children(of: a).filter { graph[$0].kind == .indicator }.map { i in
                    var kind = "", text = graph[i].title
                    if case .text(let k)? = graph[i].field("type") { kind = k }
                    if case .text(let t)? = graph[i].field("text") { text = t }
                    return Indicator(id: graph[i].id, kind: kind, text: text)
                }
                return activity
            }
            plans.append(plan)
        }
    }
}

import Diagnostics
import PlanModel
import QuerySyntax

extension BindScope {
    mutating func bind(_ filter: Filter) throws(DiagnosticList) -> Predicate {
        switch filter.form {
        case .clause(let c): return try bind(c)
        case .and(let parts): return .and(try parts.map { p throws(DiagnosticList) in try bind(p) })
        case .or(let parts): return .or(try parts.map { p throws(DiagnosticList) in try bind(p) })
        case .not(let inner): return .not(try bind(inner))
        }
    }

    mutating func bind(_ clause: FilterClause) throws(DiagnosticList) -> Predicate {
        switch clause.form {
        case .of(let ref): return try bindOf(ref)
        case .for(let ref):
            try checkKindWord(ref, takes: [.goal, .workPackage], "'for'")
            if let many = goalsInManyPlans(ref) {
                let first = Array(many.members(in: graph).prefix(5))
                resolved(ref, to: listed(first) + " and \(many.count - first.count) more and everything below", ambiguous: true)
                return .belowGoals(many)
            }
            let goals = lookUp(ref, kinds: [.goal, .workPackage])
            guard !goals.isEmpty else {
                if let other = lookUp(ref, kinds: nil).first {
                    throw fail("'for' takes a goal or work package; '\(ref.text)' is \(article(graph[other].kind))", at: ref.range)
                }
                throw DiagnosticList([unknown("goal", ref, among: candidates(kinds: [.goal, .workPackage]))])
            }
            resolved(ref, to: listed(goals) + " and everything below",
                     ambiguous: goals.count > 1)
            return .below(Set(goals))
        case .period(let test, let syntax):
            return .period(test, try period(syntax))
        case .with(let roleName, let actorRef):
            var roles: Set<Role>?
            if let roleName {
                guard let role = Role(word: roleName.text) else {
                    let close = Suggestions.closest(to: roleName.text, among: Role.allWords)
                    let hint = Suggestions.phrase(close).map { " — \($0)" } ?? " (roles: \(Role.allCases.map(\.rawValue).joined(separator: ", ")))"
                    throw fail("unknown role '\(roleName.text)'" + hint, at: roleName.range)
                }
                roles = [role]
            }
            if roleName == nil, !actorRef.isQuoted, Role(word: actorRef.text) != nil,
               graph.actors(named: actorRef.text).isEmpty {
                throw fail("'\(actorRef.text)' is a role: name an actor after it, e.g. with \(actorRef.text.lowercased()) ELZ",
                           at: actorRef.range)
            }
            try checkKindWord(actorRef, takes: [.actor], "'with'")
            return .actorRole(roles: roles, actors: try actors(actorRef))
        case .where(let condition):
            return .condition(try bind(condition))
        case .contributing(let ref):
            try checkKindWord(ref, takes: [.theme], "'contributing to'")
            let themes = lookUp(ref, kinds: [.theme]) + (ref.qualified == nil ? themesContaining(ref.text) : [])
            guard !themes.isEmpty else {
                throw DiagnosticList([unknown("theme", ref, among: candidates(kinds: [.theme]), quoted: true)])
            }
            let unique = Array(Set(themes)).sorted()
            resolved(ref, to: unique.map { "\(graph.qualifiedID($0)) \(graph[$0].title)" }.joined(separator: ", "),
                     ambiguous: unique.count > 1)
            return .contributes(Set(unique))
        case .named(let name):
            return try bindNamed(name)
        case .linked(let ref):
            try checkKindWord(ref, takes: [.activity, .workPackage, .goal], "'linked to'")
            let nodes = ref.isQuoted ? [] : lookUp(ref, kinds: [.activity, .workPackage, .goal])
            if nodes.isEmpty {
                resolved(ref, to: "topic \"\(ref.text)\" (titles, descriptions, link and partner texts)")
                return .mentions(Folding.key(ref.text))
            }
            resolved(ref, to: listed(nodes), ambiguous: nodes.count > 1)
            return .linked(Set(nodes))
        }
    }

    /// `of X`: X a plan restricts to it; a goal, activity or work package means what belongs
    /// to it (its actors, themes, or the nodes below it); an actor means what it plays a role in.
    mutating func bindOf(_ ref: Reference) throws(DiagnosticList) -> Predicate {
        try checkKindWord(ref, takes: [.plan, .goal, .activity, .workPackage, .actor], "'of'")
        if !ref.isQuoted, ref.kind == nil || ref.kind == .plan, let plan = graph.plan(named: ref.text) {
            // `of PLAN` is the documented reading, so the other meanings go to `explain` only.
            resolved(ref, to: "plan \(graph[plan].id) (\(graph[plan].title))"
                              + (otherMeanings(ref, took: [plan]).map { "; " + $0 } ?? ""))
            // Actors belong to no plan: the actors of a plan are those playing a role in it.
            return kind == .actor ? .among(actorsPlaying(in: [plan])) : .inPlans([plan])
        }
        let found = lookUp(ref, kinds: [.goal, .activity, .workPackage, .actor])
        guard !found.isEmpty else {
            throw DiagnosticList([unknown("plan, goal, activity or actor", ref, among: candidates(kinds: [.plan, .goal, .activity, .workPackage]))])
        }
        if found.allSatisfy({ graph[$0].kind == .actor }) {
            return .actorRole(roles: nil, actors: try actors(ref))
        }
        let roots = found.filter { graph[$0].kind != .actor }
        resolved(ref, to: roots.map { "\(graph.qualifiedID($0)) (\(graph[$0].kind.rawValue))" }.joined(separator: ", "),
                 ambiguous: roots.count > 1)
        switch kind {
        case .actor:
            return .among(actorsPlaying(in: roots, withMembers: false))
        case .theme:
            var themes = Set<NodeRef>()
            for root in roots { for n in [root] + graph.descendants(of: root) { themes.formUnion(graph.themes(of: n)) } }
            return .among(themes)
        default:
            return .below(Set(roots))
        }
    }

    /// The actors with a role in these nodes or below them; for a plan also the members of such
    /// groups (`with MEMBER` finds what the member's groups do: a ZZL category's members are
    /// the plan's actors). The groups a member is in are not added: a steering group plays no
    /// role because one of its members does. `actors of GOAL` keeps to the roles written.
    func actorsPlaying(in roots: [NodeRef], withMembers: Bool = true) -> Set<NodeRef> {
        var direct = Set<NodeRef>()
        for root in roots {
            for e in graph.roles(of: root) { direct.insert(e.actor) }
            for n in graph.descendantSlice(of: root) { for e in graph.roles(of: n) { direct.insert(e.actor) } }
        }
        var actors = direct
        if withMembers { for a in direct { actors.formUnion(graph.members(of: a)) } }
        return actors
    }

    func themesContaining(_ text: String) -> [NodeRef] {
        // Folded once, and matched against the graph's folded titles: folding every theme's
        // title for each query took 90 ms at 10^5 activities.
        let needle = Array(Folding.key(text).utf8)
        return graph.nodes(of: .theme).filter { graph.titleContains($0, needle) }
    }

    func period(_ syntax: PeriodSyntax) throws(DiagnosticList) -> Period {
        guard let period = syntax.period else {
            throw fail("period '\(syntax)' is not in the calendar (years 0001 to 9999), or ends before it starts",
                       at: syntax.range)
        }
        return Period(start: period.start, end: period.end)
    }

    func article(_ kind: NodeKind) -> String {
        let word = kind.rawValue
        return ("aeiou".contains(word.first!) ? "an " : "a ") + word
    }
}

extension BindScope {
    /// The goals and work packages a bare id names, as a rule, when there are many of them
    /// (one in every plan of a large set); nil otherwise, and for qualified or quoted names,
    /// which `lookUp` resolves.
    func goalsInManyPlans(_ ref: Reference) -> GoalsWithID? {
        guard ref.qualified == nil, !ref.isQuoted else { return nil }
        let kinds: Set<NodeKind> = ref.kind.map { [$0] } ?? [.goal, .workPackage]
        let all = graph.nodes(withID: ref.text)
        guard all.count > GoalsWithID.listedAtMost else { return nil }
        let rule = GoalsWithID(id: ref.text, kinds: kinds, plans: planScope, count: 0)
        let count = all.reduce(0) { $0 + (rule.isOfKindAndPlan($1, in: graph) ? 1 : 0) }
        guard count > GoalsWithID.listedAtMost else { return nil }
        return GoalsWithID(id: ref.text, kinds: kinds, plans: planScope, count: count)
    }
}

import Diagnostics
import PlanModel
import QuerySyntax

/// The state of binding one query: the result kind, the plans in scope, and the
/// resolutions gathered so far.
struct BindScope {
    let graph: PlanGraph
    let file: SourceFile
    var kind: NodeKind = .activity
    /// Plans named by top-level `of PLAN` clauses; bare ids resolve only in these.
    var planScope: Set<NodeRef> = []
    var resolutions: [Resolution] = []
    /// Queries named with `let`, by folded name, for named clauses (`a and not b`).
    var namedQueries: [String: BoundQuery] = [:]

    init(graph: PlanGraph, file: SourceFile) {
        self.graph = graph
        self.file = file
    }

    func fail(_ message: String, at range: SourceRange) -> DiagnosticList {
        DiagnosticList([.error(message, at: range, in: file)])
    }

    /// "unknown goal 'SD9' — did you mean SD8 or SD3?"
    func unknown(_ what: String, _ reference: Reference, among candidates: [String], quoted: Bool = false) -> Diagnostic {
        let close = Suggestions.closest(to: reference.text, among: candidates)
        var message = "unknown \(what) '\(reference.text)'"
        if let phrase = Suggestions.phrase(close, quoted: quoted) { message += " — \(phrase)" }
        return .error(message, at: reference.range, in: file, suggestion: close.first)
    }

    /// Names of nodes for a resolution note: all of a few, the first five of many (a bare
    /// `SD3` over hundreds of plans must not build hundreds of strings).
    func listed(_ refs: [NodeRef]) -> String {
        let shown = refs.prefix(5).map { graph.qualifiedID($0) }.joined(separator: ", ")
        return refs.count > 5 ? shown + " and \(refs.count - 5) more" : shown
    }

    mutating func resolved(_ reference: Reference, to meaning: String, ambiguous: Bool = false) {
        resolutions.append(Resolution(range: reference.range, written: reference.text, meaning: meaning, ambiguous: ambiguous))
    }

    /// Plans named by `of` in the query's top-level conjunction.
    func plansInScope(_ filter: Filter?) throws(DiagnosticList) -> Set<NodeRef> {
        guard let filter else { return [] }
        var plans: Set<NodeRef> = []
        func visit(_ f: Filter) {
            switch f.form {
            case .and(let parts): parts.forEach(visit)
            case .clause(let c):
                if case .of(let ref) = c.form, !ref.isQuoted, ref.kind == nil || ref.kind == .plan,
                   let p = graph.plan(named: ref.text) { plans.insert(p) }
            default: break
            }
        }
        visit(filter)
        return plans
    }

    /// Nodes a reference names: `zzl.SD3`, a bare id in the plans in scope, an actor by
    /// id/name/alias, or a node by its exact title. `kinds` nil accepts any kind.
    func lookUp(_ reference: Reference, kinds wanted: Set<NodeKind>?) -> [NodeRef] {
        var kinds = wanted
        // A kind word before the name (`actor zzl`) narrows the kinds to that one.
        if let written = reference.kind {
            kinds = (wanted?.contains(written) ?? true) ? [written] : []
        }
        func ok(_ r: NodeRef) -> Bool { kinds?.contains(graph[r].kind) ?? true }
        // A plan's id means the plan wherever a plan may stand (`tree zzl`, not the actor zzl).
        if reference.qualified == nil, !reference.isQuoted, kinds?.contains(.plan) ?? true,
           let plan = graph.plan(named: reference.text) {
            return [plan]
        }
        if let q = reference.qualified, let plan = graph.plan(named: q.plan.text),
           let node = graph.node(qualifiedID: graph[plan].id + "." + q.id.text), ok(node) {
            return [node]
        }
        var found = graph.nodes(withID: reference.text).filter { r in
            ok(r) && (planScope.isEmpty || graph[r].plan.map(planScope.contains) ?? true)
        }
        if found.isEmpty, kinds?.contains(.actor) ?? true { found = graph.actors(named: reference.text) }
        if found.isEmpty {
            // A theme or goal named by its title ("Equity").
            // Folded once, compared with the graph's folded titles in place.
            let key = Array(Folding.key(reference.text).utf8)
            for k in kinds ?? [.theme] where k == .theme || k == .goal {
                found += graph.nodes(of: k).filter { r in
                    graph.hasFoldedTitle(r, key) && (planScope.isEmpty || graph.plan(of: r).map(planScope.contains) ?? true)
                }
            }
        }
        return found
    }

    /// Ids to suggest for a failed look-up of the given kinds, in the plans in scope.
    func candidates(kinds: Set<NodeKind>) -> [String] {
        var out: [String] = []
        for k in NodeKind.allCases where kinds.contains(k) {
            for r in graph.nodes(of: k) where planScope.isEmpty || graph[r].plan.map(planScope.contains) ?? false {
                out.append(graph[r].id)
                if k == .actor || k == .theme { out.append(graph[r].title) }
            }
        }
        if kinds.contains(.actor) { out += graph.actorNames }
        if kinds.contains(.plan) { out += graph.plans.map { graph[$0].id } }
        return out
    }

    /// Actors a name stands for: exact id/name/alias first, else every actor whose name contains it.
    mutating func actors(_ reference: Reference) throws(DiagnosticList) -> Set<NodeRef> {
        var found = graph.actors(named: reference.text)
        var how = "actor"
        if found.isEmpty {
            // Folded once, not once per actor (a long name over 200,000 actors took minutes).
            let needle = Array(Folding.key(reference.text).utf8)
            found = graph.nodes(of: .actor).filter { graph.titleContains($0, needle) }
            how = "actors whose name contains it"
        }
        guard !found.isEmpty else {
            throw DiagnosticList([unknownActor(reference)])
        }
        // Naming a group reaches its members; naming a member reaches the groups it is in.
        var expanded = Set(found)
        var through: [String] = []
        for a in found {
            let reach = graph.reach(of: a)
            for m in reach.members where expanded.insert(m).inserted { through.append(graph[m].title) }
            for g in reach.groups where expanded.insert(g).inserted { through.append("group '\(graph[g].title)'") }
        }
        var meaning = found.map { "\(graph[$0].title) (\(graph[$0].id))" }.joined(separator: ", ")
        if found.count > 1 { meaning = "\(found.count) \(how == "actor" ? "actors" : how): " + meaning }
        if !through.isEmpty { meaning += "; also through " + through.joined(separator: ", ") }
        resolved(reference, to: meaning, ambiguous: found.count > 1)
        return expanded
    }

    /// When a name could also mean nodes of other kinds than those taken (`zzl`: the plan and
    /// the actor Zorgzaam Leuven), a note says what was taken and how to pick the others.
    mutating func noteOtherMeanings(_ reference: Reference, took: [NodeRef]) {
        guard let first = took.first, let others = otherMeanings(reference, took: took) else { return }
        resolutions.append(Resolution(range: reference.range, written: reference.text,
                                      meaning: "the \(graph[first].kind.rawValue) \(describe(first)); " + others,
                                      ambiguous: true))
    }

    /// "write `actor zzl` for the actor Zorgzaam Leuven (zzl)", or nil when the name means
    /// nothing of another kind (or a kind word already picked).
    func otherMeanings(_ reference: Reference, took: [NodeRef]) -> String? {
        guard reference.kind == nil, reference.qualified == nil, !reference.isQuoted else { return nil }
        let takenKinds = Set(took.map { graph[$0].kind })
        var others: [NodeRef] = []
        if let plan = graph.plan(named: reference.text) { others.append(plan) }
        others += graph.nodes(withID: reference.text).filter { r in
            planScope.isEmpty || graph[r].plan.map(planScope.contains) ?? true
        }
        others += graph.actors(named: reference.text)
        var seen = Set<NodeRef>()
        others = others.filter { !takenKinds.contains(graph[$0].kind) && seen.insert($0).inserted }
        guard !others.isEmpty else { return nil }
        let picks = others.prefix(3).map { "`\(graph[$0].kind.rawValue) \(reference.text)` for the \(graph[$0].kind.rawValue) \(describe($0))" }
        return "write " + picks.joined(separator: ", ")
    }

    /// `zzl (Transitieplan Zorgzaam Leuven)`, `Zorgzaam Leuven (zzl)`, `elz.SD3`.
    func describe(_ ref: NodeRef) -> String {
        let node = graph[ref]
        switch node.kind {
        case .plan: return "\(node.id) (\(node.title))"
        case .actor, .theme: return "\(node.title) (\(graph.qualifiedID(ref)))"
        default: return graph.qualifiedID(ref)
        }
    }

    /// "unknown actor …": suggestions come first from the actors playing a role in the plans in
    /// scope — by spelling, then by a word of the name (`"GGZ netwerken"` in zzl → `GGZ`) — so
    /// that a suggestion followed never answers 0 for an actor of another plan.
    func unknownActor(_ reference: Reference) -> Diagnostic {
        guard !planScope.isEmpty else { return unknown("actor", reference, among: graph.actorNames, quoted: true) }
        var names: [String] = []
        for a in actorsPlaying(in: planScope.sorted()).sorted() {
            names.append(graph[a].title)
            if case .list(let aliases)? = graph[a].field("aliases") { names += aliases }
        }
        var close = Suggestions.closest(to: reference.text, among: names)
        if close.isEmpty {
            let words = Set(reference.text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { Folding.key(String($0)) })
            close = Array(names.filter { words.contains(FoldedKey.of($0)) }.prefix(2))
        }
        guard !close.isEmpty else { return unknown("actor", reference, among: graph.actorNames, quoted: true) }
        let plans = planScope.sorted().map { graph[$0].id }.joined(separator: ", ")
        return .error("unknown actor '\(reference.text)' — did you mean " + close.map { "'\($0)'" }.joined(separator: " or ")
                      + " (of \(plans))?", at: reference.range, in: file, suggestion: close.first)
    }

    /// A kind word before a name that the place cannot take is an error, not a silent other
    /// node: `with plan zzl`, `contributing to goal Equity`.
    func checkKindWord(_ reference: Reference, takes kinds: Set<PlanModel.NodeKind>, _ place: String) throws(DiagnosticList) {
        guard let written = reference.kind, !kinds.contains(written) else { return }
        let takes = PlanModel.NodeKind.allCases.filter(kinds.contains).map(\.rawValue).joined(separator: " or ")
        throw fail("\(place) takes \(takes.first.map { "aeiou".contains($0) } == true ? "an" : "a") \(takes); "
                   + "'\(written.rawValue) \(reference.text)' names \(FieldType.article(written))", at: reference.range)
    }
}

extension PlanGraph {
    /// Whom naming an actor reaches besides itself (`with X`, and grouping by actor, which
    /// counts what `with` finds): a group's members, and the groups the actor is in. One level.
    public func reach(of actor: NodeRef) -> (members: [NodeRef], groups: [NodeRef]) {
        (members(of: actor), groups(containing: actor))
    }
}

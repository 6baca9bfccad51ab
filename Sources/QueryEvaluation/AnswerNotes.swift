import Diagnostics
import PlanModel
import QueryBinding
import QuerySyntax

/// What an answer needs said beside it so that it is not misread: why it is empty (the filter
/// that removed the last rows, and the nodes that missed by one filter), and how many rows a
/// time filter kept only on a period inherited from a goal or plan.
public struct AnswerNotes {
    public let graph: PlanGraph

    public init(graph: PlanGraph) { self.graph = graph }

    /// A note about an answer, at the filter it is about.
    public struct Note: Sendable, Equatable {
        public var message: String
        public var range: SourceRange?
    }

    /// Beyond this many nodes of the kind, an empty answer is not analysed (it would cost a
    /// pass per filter over them); `explain` says so.
    public static let analysisLimit = 200_000

    /// For each top-level filter in order, how many nodes of the kind pass it and every filter
    /// before it; nil when the kind has more nodes than `analysisLimit`.
    public func keptByEachClause(_ query: BoundQuery) -> [Int]? {
        let nodes = graph.nodes(of: query.kind)
        guard nodes.count <= Self.analysisLimit else { return nil }
        return ClauseOutcome(query, Array(nodes), PredicateTest(graph: graph, predicate: query.predicate), misses: false).kept
    }

    /// Why a query kept nothing: the filter after which nothing was left, and up to three
    /// nodes that fail only one filter, each with what it has instead.
    public func whyEmpty(_ query: BoundQuery) -> Note? {
        let nodes = graph.nodes(of: query.kind)
        let what = query.kind.plural
        guard !nodes.isEmpty else { return Note(message: "the loaded plans hold no \(what)", range: nil) }
        guard !query.clauses.isEmpty, nodes.count <= Self.analysisLimit else { return nil }
        let test = PredicateTest(graph: graph, predicate: query.predicate)
        let outcome = ClauseOutcome(query, Array(nodes), test, misses: query.clauses.count > 1)
        guard let emptied = outcome.kept.firstIndex(of: 0) else { return nil }
        let clause = query.clauses[emptied]
        let before = emptied == 0 ? nodes.count : outcome.kept[emptied - 1]
        var message = "no \(what) left after `\(clause.label)` (\(before) passed the filters before it)"
        let reaching = zip(nodes, outcome.firstFailure).filter { $0.1 >= emptied }.map(\.0)
        let values = valuesBefore(query, emptied, reaching: reaching).map { ". " + $0 } ?? ""
        guard query.clauses.count > 1 else { return Note(message: message + values, range: clause.range) }
        // Nodes that fail exactly one filter, by that filter: the nearest misses.
        let misses = outcome.misses
        // Of the misses of the filter that emptied the answer, those where a wanted actor plays
        // another role (the design card's ELZ as facilitator) come first.
        // Only the misses of that filter: they are what the filter took away.
        let order = misses.keys.filter { $0 == emptied }
        var parts: [String] = []
        var shown = 0
        for index in order where shown < 3 {
            let c = query.clauses[index]
            let refs = misses[index]!.sorted { (closeness($0, c.predicate), $0) < (closeness($1, c.predicate), $1) }
            // A miss is worth naming only when we can say what it has instead.
            guard instead(refs[0], c.predicate) != nil else { continue }
            let listed = refs.prefix(3 - shown).map { ref in
                graph.qualifiedID(ref) + (instead(ref, c.predicate).map { " (\($0))" } ?? "")
            }
            shown += listed.count
            let more = refs.count > listed.count ? " and \(refs.count - listed.count) more" : ""
            parts.append("failing only `\(c.label)`: " + listed.joined(separator: ", ") + more)
        }
        if !parts.isEmpty { message += ". Nearest misses, " + parts.joined(separator: "; ") }
        return Note(message: message + values, range: clause.range)
    }

    /// For a `where FIELD = VALUE` that kept nothing (a misspelt `type = outcom`): the values
    /// the field has among the rows that reached it (`reaching`), the most common first.
    func valuesBefore(_ query: BoundQuery, _ index: Int, reaching nodes: [NodeRef]) -> String? {
        let key: FieldKey
        switch query.clauses[index].predicate {
        case .condition(.compare(let k, .equal, .text)), .condition(.member(let k, false, _)): key = k
        default: return nil
        }
        guard key != .id, key != .title else { return nil }
        let fields = FieldValues(graph: graph)
        var counts: [String: Int] = [:]
        for ref in nodes {
            for v in Set(fields.values(key, of: ref).map(fields.display)) { counts[v, default: 0] += 1 }
        }
        guard !counts.isEmpty else { return "None of them has a \(key)" }
        let common = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        let shown = common.prefix(6).map { "\($0.key) (\($0.value))" }.joined(separator: ", ")
        return "Their \(key) values: " + shown + (common.count > 6 ? ", …" : "")
    }

    /// 0 when a wanted actor plays another role for the node (so the miss is informative), else 1.
    func closeness(_ ref: NodeRef, _ predicate: Predicate) -> Int {
        guard case .actorRole(let roles?, let actors) = predicate else { return 1 }
        return graph.roles(of: ref).contains { actors.contains($0.actor) && !roles.contains($0.role) } ? 0 : 1
    }

    /// What a node has where a filter wanted something else, in words.
    func instead(_ ref: NodeRef, _ predicate: Predicate) -> String? {
        switch predicate {
        case .actorRole(let roles, let actors):
            let edges = graph.roles(of: ref)
            var parts: [String] = []
            if let roles {
                for role in Role.allCases where roles.contains(role) {
                    let names = edges.filter { $0.role == role }.map { graph[$0.actor].title }
                    parts.append(names.isEmpty ? "it has no \(role.rawValue)" : "its \(role.rawValue) is " + names.joined(separator: ", "))
                }
            }
            let elsewhere = edges.filter { actors.contains($0.actor) && !(roles?.contains($0.role) ?? false) }
            var seen = Set<String>()
            let played = elsewhere.compactMap { e -> String? in
                let text = "\(graph[e.actor].title) is \(e.role == .involved ? "involved" : "its \(e.role.rawValue)")"
                return seen.insert(text).inserted ? text : nil
            }
            if !played.isEmpty { parts.append(played.joined(separator: ", ")) }
            return parts.isEmpty ? nil : parts.joined(separator: "; ")
        case .period:
            guard let p = graph[ref].period else { return "it has no period" }
            return "its period is \(p.start)..\(p.end)" + (graph[ref].periodFrom.map { " (inherited from \(graph.qualifiedID($0)))" } ?? "")
        case .below, .belowGoals:
            return graph[ref].parent.map { "it is under \(graph.qualifiedID($0))" }
        case .inPlans:
            return graph[ref].plan.map { "it is in plan \(graph[$0].id)" }
        default:
            return nil
        }
    }

    /// When a time filter kept rows only on periods inherited from a goal or plan: how many,
    /// and from where. `inheritedFrom` counts the kept nodes by the node their period is from.
    /// Also when the answer is made of periods (`by quarter`, `min start of …`): then the note
    /// says how many of the nodes it used have only an inherited period.
    public func inheritedPeriods(_ query: BoundQuery, kept: Int, inheritedFrom: [NodeRef: Int]) -> Note? {
        guard kept > 0, !inheritedFrom.isEmpty else { return nil }
        let clause = query.clauses.first(where: { AnswerNotes.hasPeriodTest($0.predicate) })
        guard clause != nil || Self.usesPeriods(query) else { return nil }
        let total = inheritedFrom.values.reduce(0, +)
        let sources = inheritedFrom.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        let named = sources.prefix(3).map { (ref, n) -> String in
            let name = graph[ref].kind == .plan ? "plan \(graph[ref].id)" : graph.qualifiedID(ref)
            return sources.count > 1 ? "\(name) (\(n))" : name
        }
        let from = named.joined(separator: ", ") + (sources.count > 3 ? " and \(sources.count - 3) more" : "")
        guard let clause else {
            return Note(message: "\(total) of the \(kept) \(query.kind.plural) this answer is made of have only the period inherited from \(from); "
                            + "`where inherited = no` keeps own periods only", range: nil)
        }
        return Note(message: "\(total) of \(kept) kept on the period inherited from \(from); "
                        + "`where inherited = no` keeps own periods only", range: clause.range)
    }

    /// Said beside a count or aggregate by a role field or by role where some node counts
    /// under an actor or role not written on it, or under the named actors' roles only
    /// (`Evaluator.Trace.groupsReached`).
    public func groupsReached(_ query: BoundQuery) -> Note? {
        guard let key = query.groupBy, key.groupsAsWith else { return nil }
        let kind = query.kind.rawValue
        guard case .role(let role) = key else {
            let whose = query.actorsNamedByWith == nil ? "of every actor" : "of the actors the query names"
            return Note(message: "by role, each \(kind) counts under the roles \(whose) in it or in a node below it, "
                            + "as `with ROLE ACTOR` finds it", range: nil)
        }
        let with = "with " + (role.map { $0.rawValue + " " } ?? "") + "ACTOR"
        if query.kind == .actor {
            return Note(message: "by \(role?.rawValue ?? "actor"), each actor counts under itself, the groups it is in and its "
                            + "members, as `actors \(with)` finds it", range: nil)
        }
        return Note(message: "by \(role?.rawValue ?? "actor"), each \(kind) counts under every actor `\(with)` finds it by: "
                        + "an actor with \(role == nil ? "a" : "that") role in it or below it, the groups that actor is in, and a group's members "
                        + "(`show \(role?.rawValue ?? "actors")` lists only the actors written on it)",
                    range: nil)
    }

    /// A negative test keeps the nodes that have no value at all (`phase != pilot` keeps those
    /// without a phase, as `not (phase = pilot)` does): how many of the kept rows it kept so,
    /// at the filter, and how to leave them out.
    public func keptUnknown(_ query: BoundQuery, kept: Int, _ counts: [(clause: Int, field: FieldKey, count: Int)]) -> [Note] {
        counts.map { clause, field, n in
            Note(message: "\(n) of the \(kept) \(query.kind.plural) kept have no \(field): a negative test keeps them; "
                            + "`and \(field) is not unknown` leaves them out",
                 range: query.clauses[clause].range)
        }
    }

    /// An acronym searched for with `~` that some kept rows hold only inside longer words
    /// (`title ~ "ELZ"` in "Welzijn"): how many, which words, and how to leave them out.
    public func insideWords(_ query: BoundQuery, kept: Int, _ found: [(clause: Int, search: AcronymSearch.Found)]) -> [Note] {
        found.map { clause, search in
            let words = search.words.prefix(3).joined(separator: ", ") + (search.words.count > 3 ? ", …" : "")
            var message = "\(search.count) of the \(kept) \(query.kind.plural) kept have '\(search.written)' only inside a longer word (\(words)): "
                + "`~` finds text anywhere"
            if search.words.count <= 3 {
                message += "; `" + search.words.map { "and not \(search.field) ~ \"\($0)\"" }.joined(separator: " ") + "` leaves out the rows with those words"
            }
            return Note(message: message, range: query.clauses[clause].range)
        }
    }

    /// Whether periods decide the answer: a time filter, or grouping or aggregating by dates.
    public static func periodsDecide(_ query: BoundQuery) -> Bool {
        query.clauses.contains(where: { hasPeriodTest($0.predicate) }) || usesPeriods(query)
    }

    static func usesPeriods(_ query: BoundQuery) -> Bool {
        let dates: [FieldKey] = [.period, .start, .end, .quarter, .half, .month, .year]
        return query.groupBy.map(dates.contains) ?? false || query.aggregate.map { dates.contains($0.field) } ?? false
    }

    static func hasPeriodTest(_ p: Predicate) -> Bool {
        switch p {
        case .period: return true
        case .and(let ps): return ps.contains(where: hasPeriodTest)
        default: return false       // under `not` or `or`, a period does not keep a row on its own
        }
    }
}

/// What the filters of an empty answer do to each node of its kind, found in one pass (the
/// note asked the same filters of the same nodes three times): each node is tested against
/// the filters in order until its second failure.
struct ClauseOutcome {
    /// For each filter, how many nodes pass it and every filter before it (`keptByEachClause`).
    var kept: [Int]
    /// For each node, the first filter it fails (the filters' count when it passes all).
    var firstFailure: [Int] = []
    /// The nodes that fail exactly one filter, by that filter (when asked for).
    var misses: [Int: [NodeRef]] = [:]

    init(_ query: BoundQuery, _ nodes: [NodeRef], _ test: PredicateTest, misses findMisses: Bool) {
        let clauses = query.clauses
        kept = Array(repeating: 0, count: clauses.count)
        firstFailure.reserveCapacity(nodes.count)
        for ref in nodes {
            var first = clauses.count, fails = 0
            for i in clauses.indices where !test.passes(ref, clauses[i].predicate) {
                fails += 1
                if fails == 1 { first = i }
                if fails > 1 || !findMisses { break }
            }
            if fails == 1, findMisses { misses[first, default: []].append(ref) }
            for k in 0..<first { kept[k] += 1 }
            firstFailure.append(first)
        }
    }
}

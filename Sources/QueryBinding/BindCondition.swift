import Diagnostics
import PlanModel
import QuerySyntax

extension BindScope {
    mutating func bind(_ condition: Condition) throws(DiagnosticList) -> BoundCondition {
        switch condition.form {
        case .compare(let name, let op, _, let value):
            let key = try field(name)
            if key == .title, op == .contains, case .string(let text) = value.form {
                return .titleContains(key: Folding.key(text))
            }
            return .compare(key, op, try self.value(value, for: key))
        case .member(let name, let negated, let values):
            let key = try field(name)
            return .member(key, negated: negated, try values.map { v throws(DiagnosticList) in try self.value(v, for: key) })
        case .within(let name, let negated, let p):
            return .within(try field(name), negated: negated, try period(p))
        case .isUnknown(let name, let negated):
            return .isUnknown(try field(name), negated: negated)
        case .and(let parts): return .and(try parts.map { c throws(DiagnosticList) in try bind(c) })
        case .or(let parts): return .or(try parts.map { c throws(DiagnosticList) in try bind(c) })
        case .not(let inner): return .not(try bind(inner))
        }
    }

    /// A field name for this query's kind: built-in, computed, or stored by some node of the kind.
    func field(_ name: Name) throws(DiagnosticList) -> FieldKey {
        if name.numberOf != nil {
            var counted = name
            counted.numberOf = nil
            return .numberOf(try field(counted))
        }
        let lowered = name.text.lowercased()
        let stored = graph.fieldNames(of: kind)
        // An indicator's or event's own `kind` (process, milestone, …) is what users mean by it.
        if lowered == "kind", stored.contains("kind") { return .stored("kind") }
        // A staff member's `role` is the job the staff table names, not a role edge.
        if lowered == "role", stored.contains("role") { return .stored("role") }
        if let key = FieldKey.named[lowered] { return key }
        if stored.contains(lowered) { return .stored(lowered) }
        let all = Array(FieldKey.named.keys).sorted() + stored.sorted()
        let close = Suggestions.closest(to: name.text, among: all)
        let hint = Suggestions.phrase(close).map { " — \($0)" } ?? ""
        throw fail("unknown field '\(name.text)' for \(kind.plural)" + hint, at: name.range)
    }

    /// Reads a written value as what the field holds: a period for date fields, nodes for
    /// node fields (`goal = SD3`), else text or number.
    mutating func value(_ value: Value, for key: FieldKey) throws(DiagnosticList) -> BoundValue {
        switch value.form {
        case .period(let p): return .period(try period(p))
        case .number(let n):
            if [.start, .end, .period].contains(key), let p = Period.year(n) { return .period(p) }
            return .number(Double(n))
        case .string(let s): return .text(s)
        case .reference(let ref):
            switch key {
            case .goal:
                let goals = lookUp(ref, kinds: [.goal])
                guard !goals.isEmpty else { throw DiagnosticList([unknown("goal", ref, among: candidates(kinds: [.goal]))]) }
                resolved(ref, to: listed(goals), ambiguous: goals.count > 1)
                return .nodes(Set(goals), written: ref.text)
            case .role:
                return .nodes(try actors(ref), written: ref.text)
            case .plan:
                guard let p = graph.plan(named: ref.text) else {
                    throw DiagnosticList([unknown("plan", ref, among: graph.plans.map { graph[$0].id })])
                }
                return .nodes([p], written: ref.text)
            default:
                return .text(ref.text)
            }
        }
    }
}

import PlanModel
import QueryBinding
import QuerySyntax

/// Evaluates `where` conditions. Text compares case- and accent-insensitively; a field with
/// several values passes when any value does; dates compare by day with inclusive bounds.
struct ConditionTest {
    let fields: FieldValues
    let roles: RoleTest
    /// Folds the texts compared (the query's, once per node tested).
    let folder: TextFolder

    func holds(_ ref: NodeRef, _ condition: BoundCondition) -> Bool {
        switch condition {
        case .and(let cs): return cs.allSatisfy { holds(ref, $0) }
        case .or(let cs): return cs.contains { holds(ref, $0) }
        case .not(let c): return !holds(ref, c)
        case .isUnknown(let key, let negated): return fields.values(key, of: ref).isEmpty != negated
        case .within(let key, let negated, let period):
            let inside = fields.values(key, of: ref).contains {
                if case .period(let p) = $0 { return p.overlaps(period) } else { return false }
            }
            return inside != negated
        case .compare(.id, let op, .text(let written)) where op == .equal || op == .notEqual:
            return idMatches(ref, written) == (op == .equal)
        case .member(.id, let negated, let values):
            return values.contains { if case .text(let t) = $0 { idMatches(ref, t) } else { false } } != negated
        case .member(let key, let negated, let values):
            let vs = fields.values(key, of: ref)
            return values.contains { v in vs.contains { matches($0, .equal, v) } } != negated
        case .plays(let wanted, let actors): return roles.plays(ref, wanted, actors)
        case .titleContains(let key, _):
            return fields.graph.titleContains(ref, Array(key.utf8))
        case .compare(let key, let op, let value):
            let vs = fields.values(key, of: ref)
            if op == .notEqual { return !vs.contains { matches($0, .equal, value) } }
            return vs.contains { matches($0, op, value) }
        }
    }

    /// `id = SD2` matches a node whose own id or plan-qualified id is SD2 (case-insensitive).
    func idMatches(_ ref: NodeRef, _ written: String) -> Bool {
        // Compared with the graph's folded ids in place: no id is made for each node.
        var key = FoldedKey.of(written)
        let graph = fields.graph
        return key.withUTF8 { graph.hasFoldedID(ref, $0) || graph.hasFoldedQualifiedID(ref, $0) }
    }

    func matches(_ s: Scalar, _ op: Operator, _ v: BoundValue) -> Bool {
        switch (s, v) {
        case (.node(let n), .nodes(let set, let written)):
            if op == .contains {
                let needle = folder.key(written)
                return needle.isEmpty || FoldedContains.contains(folder.key(fields.display(s)), needle)
            }
            return op == .equal && set.contains(n)
        case (.number(let a), .number(let b)): return compare(a, b, op)
        case (.text(let t), .number(let b)) where op != .contains:
            // Text where the plan gives no number (share: "A rato van …") neither equals nor orders.
            guard let a = Double(t) else { return false }
            return compare(a, b, op)
        case (.period(let p), .period(let q)):
            switch op {
            case .equal: return p.start == q.start && p.end == q.end || (p.start == p.end && q.contains(p.start))
            case .less: return p.start < q.start
            case .lessOrEqual: return p.start <= q.end
            case .greater: return p.end > q.end
            case .greaterOrEqual: return p.end >= q.start
            case .contains: return p.overlaps(q)
            case .notEqual: return !(p == q)
            }
        default:
            // Folded as `Folding.key` folds, without its cost for every node a `where` tests.
            let a = folder.key(fields.display(s))
            let b: String
            switch v {
            case .text(let t): b = folder.key(t)
            case .number(let n): b = folder.key(fields.display(.number(n)))
            case .period(let p): b = p.description
            case .nodes(_, let written): b = folder.key(written)
            }
            if op == .contains { return FoldedContains.contains(a, b) }
            if case .number(let x) = s, let y = Double(b) { return compare(x, y, op) }
            return compare(a, b, op)
        }
    }

    func compare<T: Comparable>(_ a: T, _ b: T, _ op: Operator) -> Bool {
        switch op {
        case .equal: return a == b
        case .notEqual: return a != b
        case .less: return a < b
        case .lessOrEqual: return a <= b
        case .greater: return a > b
        case .greaterOrEqual: return a >= b
        case .contains: return false
        }
    }
}

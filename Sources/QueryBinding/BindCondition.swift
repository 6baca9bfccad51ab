import Diagnostics
import PlanModel
import QuerySyntax

extension BindScope {
    mutating func bind(_ condition: Condition) throws(DiagnosticList) -> BoundCondition {
        switch condition.form {
        case .compare(let name, let op, let opRange, let value):
            let key = try field(name)
            let type = self.type(of: key)
            if key == .title, op == .contains, case .string(let text) = value.form {
                return .titleContains(key: Folding.key(text))
            }
            // `where lead = X` asks what `with lead X` asks, groups and members included.
            if case .role(let role) = key, op == .equal || op == .notEqual, let ref = value.asReference {
                let plays = BoundCondition.plays(roles: role.map { [$0] }, actors: try actors(ref))
                return op == .equal ? plays : .not(plays)
            }
            try check(op, at: opRange, on: name, type)
            return .compare(key, op, try self.value(value, for: key, type, field: name, op: op))
        case .member(let name, let negated, let values):
            let key = try field(name)
            let type = self.type(of: key)
            if case .role(let role) = key {
                var actors = Set<NodeRef>()
                for v in values {
                    guard let ref = v.asReference else { throw mismatch(name, type, v) }
                    actors.formUnion(try self.actors(ref))
                }
                let plays = BoundCondition.plays(roles: role.map { [$0] }, actors: actors)
                return negated ? .not(plays) : plays
            }
            return .member(key, negated: negated, try values.map { v throws(DiagnosticList) in
                try self.value(v, for: key, type, field: name, op: .equal)
            })
        case .within(let name, let negated, let p):
            let key = try field(name)
            let type = self.type(of: key)
            guard type == .date else {
                throw fail("'\(name.text)' is \(type.phrase), not a date, so it cannot be in a period — e.g. \(type.example(name.text))",
                           at: p.range)
            }
            return .within(key, negated: negated, try period(p))
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
        // A staff member's `role` is the job the staff table names, not a role edge.
        if lowered == "role", stored.contains("role") { return .stored("role") }
        if let key = FieldKey.named[lowered] { return key }
        if stored.contains(lowered) { return .stored(lowered) }
        let all = Array(FieldKey.named.keys).sorted() + stored.sorted()
        let close = Suggestions.closest(to: name.text, among: all)
        let hint = Suggestions.phrase(close).map { " — \($0)" } ?? ""
        throw fail("unknown field '\(name.text)' for \(kind.plural)" + hint, at: name.range)
    }

    /// What a field of this query's kind holds.
    func type(of key: FieldKey) -> FieldType {
        if let t = key.builtInType { return t }
        if case .stored(let name) = key { return graph.storedType(name, of: kind) }
        return .text
    }

    /// Order makes no sense for references and yes/no: `theme > T04` is an error, not an answer.
    func check(_ op: Operator, at range: SourceRange, on name: Name, _ type: FieldType) throws(DiagnosticList) {
        let ordering: Set<Operator> = [.less, .lessOrEqual, .greater, .greaterOrEqual]
        guard ordering.contains(op) else { return }
        switch type {
        case .reference, .references, .yesNo:
            throw fail("'\(name.text)' is \(type.phrase): '\(op.rawValue)' does not apply — e.g. \(type.example(name.text))",
                       at: range)
        default: break
        }
    }

    /// Reads a written value as what the field holds, or fails naming the field's type.
    mutating func value(_ value: Value, for key: FieldKey, _ type: FieldType, field name: Name,
                        op: Operator) throws(DiagnosticList) -> BoundValue {
        switch type {
        case .text:
            switch value.form {
            case .string(let s): return .text(s)
            case .reference(let r): return .text(r.text)
            case .number(let n) where key == .id: return .text(String(n))
            default: throw mismatch(name, type, value)
            }
        case .date:
            switch value.form {
            case .period(let p): return .period(try period(p))
            case .number(let n) where (1000...9999).contains(n): return .period(Period.year(n)!)
            case .string, .reference:
                guard let p = try? PeriodText.parse(value.asReference!.text) else { throw mismatch(name, type, value) }
                return .period(p)
            default: throw mismatch(name, type, value)
            }
        case .number:
            switch value.form {
            case .number(let n): return .number(Double(n))
            case .string, .reference:
                guard let n = Double(value.asReference!.text) else { throw mismatch(name, type, value) }
                return .number(n)
            default: throw mismatch(name, type, value)
            }
        case .yesNo:
            guard let word = value.asReference.map({ Folding.key($0.text) }), word == "yes" || word == "no" else {
                throw mismatch(name, type, value)
            }
            return .text(word)
        case .reference(let kinds), .references(let kinds):
            guard let ref = value.asReference else { throw mismatch(name, type, value) }
            // `~` searches the names shown, as text.
            if op == .contains { return .text(ref.text) }
            return .nodes(try nodes(ref, kinds: kinds), written: ref.text)
        }
    }

    /// "'start' is a date; "abc" is not one — e.g. where start >= 2024-01-01, or where start in 2024 Q1"
    func mismatch(_ name: Name, _ type: FieldType, _ value: Value) -> DiagnosticList {
        let written: String
        switch value.form {
        case .string(let s): written = "the text \"\(s)\""
        case .number(let n): written = "the number \(n)"
        case .period(let p): written = "the period \(p)"
        case .reference(let r): written = "'\(r.text)'"
        }
        return fail("'\(name.text)' is \(type.phrase) and cannot be compared with \(written) — e.g. \(type.example(name.text))",
                    at: value.range)
    }

    /// The nodes a value of a reference field names, resolved as `with`, `for` and
    /// `contributing to` resolve names: id, name or alias, ignoring case and accents.
    mutating func nodes(_ ref: Reference, kinds: Set<NodeKind>) throws(DiagnosticList) -> Set<NodeRef> {
        if kinds == [.actor] { return try actors(ref) }
        if kinds.contains(.plan), let plan = graph.plan(named: ref.text) { return [plan] }
        var found = lookUp(ref, kinds: kinds)
        if found.isEmpty, kinds.contains(.theme), ref.qualified == nil { found = themesContaining(ref.text) }
        guard !found.isEmpty else {
            let what = NodeKind.allCases.filter(kinds.contains).map(\.rawValue).joined(separator: " or ")
            throw DiagnosticList([unknown(what, ref, among: candidates(kinds: kinds), quoted: true)])
        }
        let unique = Array(Set(found)).sorted()
        // Themes are known by their names; other nodes by their ids.
        let named = kinds.contains(.theme)
        resolved(ref, to: named ? unique.prefix(5).map { "\(graph.qualifiedID($0)) \(graph[$0].title)" }.joined(separator: ", ")
                                  + (unique.count > 5 ? " and \(unique.count - 5) more" : "") : listed(unique),
                 ambiguous: unique.count > 1)
        return Set(unique)
    }
}

extension Value {
    /// The value as a name: a bare word or a quoted string (`theme = T04`, `lead = "Stad Leuven"`).
    var asReference: Reference? {
        switch form {
        case .reference(let r): return r
        case .string(let s): return Reference(s, isQuoted: true, range: range)
        default: return nil
        }
    }
}

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
                return .titleContains(key: Folding.key(text), written: text)
            }
            // `where lead = X` asks what `with lead X` asks, groups and members included.
            if case .role(let role) = key, op == .equal || op == .notEqual, let ref = value.asReference {
                try checkKindWord(ref, takes: [.actor], "'\(name.text)'")
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
                    try checkKindWord(ref, takes: [.actor], "'\(name.text)'")
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
        func named(_ lowered: String) -> FieldKey? {
            // A staff member's `role` is the job the staff table names, not a role edge.
            if lowered == "role", stored.contains("role") { return .stored("role") }
            if let key = FieldKey.named[lowered] { return key }
            return stored.contains(lowered) ? .stored(lowered) : nil
        }
        // A Dutch word is read as its English field (`doel` → goal), where this kind has it.
        if let key = named(lowered) ?? FieldWords.english(lowered).flatMap(named) { return key }
        // Dutch words are suggested where no English one is close (`titl`: title, not titel too).
        let english = Array(FieldKey.named.keys).sorted() + stored.sorted()
        let dutch = FieldWords.dutch.filter { named($0.field) != nil }.flatMap(\.words)
        let closeEnglish = Suggestions.closest(to: name.text, among: english)
        let close = closeEnglish.isEmpty ? Suggestions.closest(to: name.text, among: dutch) : closeEnglish
        let hint = Suggestions.phrase(close).map { " — \($0)" } ?? ""
        // A Dutch word for a field this kind lacks says which field it was read as.
        let readAs = FieldWords.english(lowered).map { " ('\($0)')" } ?? ""
        throw fail("unknown field '\(name.text)'\(readAs) for \(kind.plural)" + hint, at: name.range)
    }

    /// What a field of this query's kind holds.
    func type(of key: FieldKey) -> FieldType {
        // The node above an indicator is its activity (`count indicators by goal` lists them).
        if key == .goal, kind == .indicator { return .reference([.activity]) }
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
}

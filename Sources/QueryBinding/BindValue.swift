import Diagnostics
import PlanModel
import QuerySyntax

// The value of a `where` comparison, read as the type of its field: a period for a date,
// a number for a number, nodes for a reference (resolved as names are everywhere else).
extension BindScope {
    /// Reads a written value as what the field holds, or fails naming the field's type.
    mutating func value(_ value: Value, for key: FieldKey, _ type: FieldType, field name: Name,
                        op: Operator) throws(DiagnosticList) -> BoundValue {
        switch type {
        case .text where (key == .kind || key == .roleName) && op != .contains:
            return .text(try word(value, for: key, field: name))
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
            case _ where op == .contains:
                // A plan may write a number field in words (`share: "A rato van …"`): `~` searches
                // those; on numbers alone it would match nothing, silently.
                guard givesText(key), let written = value.asReference?.text ?? number(value) else {
                    throw fail("'\(name)' is a number: '~' does not apply — e.g. \(type.example(name.description))",
                               at: value.range)
                }
                return .text(written)
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
            try checkKindWord(ref, takes: kinds, "'\(name.text)'")
            return .nodes(try nodes(ref, kinds: kinds), written: ref.text)
        }
    }

    func number(_ value: Value) -> String? {
        if case .number(let n) = value.form { return String(n) } else { return nil }
    }

    /// Whether some node of the query's kind gives this stored number field as text.
    func givesText(_ key: FieldKey) -> Bool {
        guard case .stored(let name) = key else { return false }
        return graph.nodes(of: kind).contains { if case .text? = graph[$0].field(name) { true } else { false } }
    }

    /// `kind` and `role` hold one of a few words: another word would match nothing, so it is an
    /// error (`where kind = milestone` → did you mean `where type = milestone`?).
    func word(_ value: Value, for key: FieldKey, field name: Name) throws(DiagnosticList) -> String {
        let allowed = key == .kind ? PlanModel.NodeKind.allCases.map(\.rawValue) : Role.allCases.map(\.rawValue)
        guard let written = value.asReference?.text else { throw mismatch(name, .text, value) }
        if let hit = allowed.first(where: { Folding.key($0) == Folding.key(written) }) { return hit }
        if key == .kind, graph.fieldNames(of: kind).contains("type") {
            let types = Set(graph.nodes(of: kind).compactMap { r -> String? in
                if case .text(let t)? = graph[r].field("type") { return Folding.key(t) } else { return nil }
            })
            if types.contains(Folding.key(written)) {
                throw fail("'\(written)' is a type of \(kind.plural), not a kind — did you mean `where type = \(written)`?",
                           at: value.range)
            }
        }
        let close = Suggestions.closest(to: written, among: allowed)
        let hint = Suggestions.phrase(close) ?? "\(name.text) is one of " + allowed.joined(separator: ", ")
        throw fail("no \(key == .kind ? "kind" : "role") '\(written)' — \(hint)", at: value.range)
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
        return fail("'\(name)' is \(type.phrase) and cannot be compared with \(written) — e.g. \(type.example(name.description))",
                    at: value.range)
    }

    /// The nodes a value of a reference field names, resolved as `with`, `for` and
    /// `contributing to` resolve names: id, name or alias, ignoring case and accents.
    mutating func nodes(_ ref: Reference, kinds: Set<PlanModel.NodeKind>) throws(DiagnosticList) -> Set<NodeRef> {
        if kinds == [.actor] { return try actors(ref) }
        if kinds.contains(.plan), (ref.kind ?? .plan) == .plan, let plan = graph.plan(named: ref.text) { return [plan] }
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

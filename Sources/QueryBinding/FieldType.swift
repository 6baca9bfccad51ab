import PlanModel

/// What a field holds, so that the binder can check a comparison before it runs: a date field
/// compared with "abc", or a title with 2024, is an error rather than a silent empty (or full)
/// answer.
public enum FieldType: Sendable, Equatable {
    case text
    /// A day or a period (`start`, `end`, `period`, `date`, the calendar buckets).
    case date
    case number
    case yesNo
    /// One node of these kinds (`goal`, `plan`).
    case reference(Set<NodeKind>)
    /// Several nodes of these kinds (`themes`, `lead`, `indicators`).
    case references(Set<NodeKind>)

    /// "a date", "a list of references to themes", for messages.
    public var phrase: String {
        switch self {
        case .text: return "text"
        case .date: return "a date"
        case .number: return "a number"
        case .yesNo: return "yes or no"
        case .reference(let kinds): return "a reference to " + FieldType.kindWords(kinds, plural: false)
        case .references(let kinds): return "a list of references to " + FieldType.kindWords(kinds, plural: true)
        }
    }

    /// The kinds a reference field points to, nil for the other types.
    public var referencedKinds: Set<NodeKind>? {
        switch self {
        case .reference(let k), .references(let k): return k
        default: return nil
        }
    }

    /// A comparison that is right for a field of this type, for the error's "e.g.".
    public func example(_ field: String) -> String {
        switch self {
        case .text: return "where \(field) ~ \"zorg\""
        case .date: return "where \(field) >= 2024-01-01, or where \(field) in 2024 Q1"
        case .number: return "where \(field) >= 1"
        case .yesNo: return "where \(field) = yes"
        case .reference(let kinds), .references(let kinds):
            return "where \(field) = \(FieldType.sampleName(kinds))"
        }
    }

    static func kindWords(_ kinds: Set<NodeKind>, plural: Bool) -> String {
        let words = NodeKind.allCases.filter(kinds.contains).map { plural ? $0.plural : article($0) }
        return words.joined(separator: " or ")
    }

    static func article(_ kind: NodeKind) -> String {
        ("aeiou".contains(kind.rawValue.first!) ? "an " : "a ") + kind.rawValue
    }

    static func sampleName(_ kinds: Set<NodeKind>) -> String {
        if kinds.contains(.actor) { return "\"Stad Leuven\"" }
        if kinds.contains(.theme) { return "T04" }
        if kinds.contains(.plan) { return "zzl" }
        if kinds.contains(.goal) { return "SD3" }
        if kinds.contains(.indicator) { return "elz.A1.1-process" }
        return "A2.1"
    }
}

extension FieldKey {
    /// The type of each built-in and computed field. Stored fields take the type of the values
    /// the plan files give them (`PlanGraph.storedType`), so a new stored field needs no entry.
    public var builtInType: FieldType? {
        switch self {
        case .id, .kind, .title, .source, .notes, .roleName: return .text
        case .period, .start, .end, .quarter, .half, .month, .year: return .date
        case .inherited, .approximate: return .yesNo
        case .plan: return .reference([.plan])
        case .goal: return .reference([.goal])
        case .role: return .references([.actor])
        case .theme: return .references([.theme])
        case .indicators: return .references([.indicator])
        case .links: return .references([.activity])
        case .text: return .text
        case .numberOf: return .number
        case .stored: return nil
        }
    }
}

extension PlanGraph {
    /// The type of a stored field of a kind, read from the values the loaded plans give it:
    /// numbers are numbers, periods dates, nodes references; anything else is text.
    public func storedType(_ name: String, of kind: NodeKind) -> FieldType {
        for ref in nodes(of: kind) {
            switch self[ref].field(name) {
            case .number?: return .number
            case .period?: return .date
            case .node(let n)?: return .reference([self[n].kind])
            case .nodes(let ns)? where !ns.isEmpty: return .references([self[ns[0]].kind])
            case .text(let t)? where t == "yes" || t == "no": return .yesNo
            case .text?, .list?: return .text
            default: continue
            }
        }
        return .text
    }
}

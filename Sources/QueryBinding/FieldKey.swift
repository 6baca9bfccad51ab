import PlanModel

/// A field a query can test, show, order or group by: built into every node, computed from
/// the graph's edges, or stored as the plan file wrote it.
public enum FieldKey: Sendable, Hashable, CustomStringConvertible {
    case id, kind, plan, title, period, start, end, inherited, approximate, source, notes
    /// The node above: a goal's parent, an activity's goal.
    case goal
    /// Actors in one role, or in any role (`actors`).
    case role(Role?)
    /// The roles themselves (`count activities by role`).
    case roleName
    case theme
    case indicators
    case links
    /// Period buckets, for `by quarter` and friends.
    case quarter, half, month, year
    /// A field stored in the plan file under this name.
    case stored(String)
    /// Every text the plan file gives the node: title, description, why, steps, … (not its
    /// source or notes).
    case text
    /// `number of FIELD`: how many values the field holds for the node.
    indirect case numberOf(FieldKey)

    public var description: String {
        switch self {
        case .id: return "id"
        case .kind: return "kind"
        case .plan: return "plan"
        case .title: return "title"
        case .period: return "period"
        case .start: return "start"
        case .end: return "end"
        case .inherited: return "inherited"
        case .approximate: return "approximate"
        case .source: return "source"
        case .notes: return "notes"
        case .goal: return "goal"
        case .role(let r): return r?.rawValue ?? "actors"
        case .roleName: return "role"
        case .theme: return "theme"
        case .indicators: return "indicators"
        case .links: return "links"
        case .quarter: return "quarter"
        case .half: return "half"
        case .month: return "month"
        case .year: return "year"
        case .stored(let name): return name
        case .text: return "text"
        case .numberOf(let key): return "number of \(key)"
        }
    }

    /// The names users type for the built-in and computed fields.
    static let named: [String: FieldKey] = {
        var map: [String: FieldKey] = [
            "id": .id, "kind": .kind, "plan": .plan, "title": .title, "name": .title, "period": .period,
            "start": .start, "end": .end, "inherited": .inherited, "approximate": .approximate, "source": .source,
            "notes": .notes, "goal": .goal, "parent": .goal, "actors": .role(nil), "actor": .role(nil),
            "role": .roleName, "roles": .roleName, "theme": .theme, "themes": .theme, "indicators": .indicators, "links": .links,
            "quarter": .quarter, "half": .half, "month": .month, "year": .year, "text": .text,
        ]
        for r in Role.allCases { map[r.rawValue] = .role(r) }
        for (r, words) in Role.dutch { for w in words { map[w] = .role(r) } }
        return map
    }()
}

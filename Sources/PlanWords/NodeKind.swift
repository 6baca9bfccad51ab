/// The kinds of node in a plan graph, as plan files, queries and completion name them (one
/// type for all three). Activities hold only a plan's planned activities; achievements, core
/// functions, success factors and staff are kept apart on purpose.
public enum NodeKind: String, CaseIterable, Hashable, Sendable {
    case plan
    case goal
    case activity
    case workPackage = "work package"
    case actor
    case theme
    case indicator
    case event
    case achievement
    case coreFunction = "core function"
    case successFactor = "success factor"
    case staff

    /// The plural users type and tables print: `activities`, `work packages`.
    public var plural: String {
        switch self {
        case .activity: return "activities"
        case .staff: return "staff"
        default: return rawValue + "s"
        }
    }

    /// The canonical spelling, as the query printer writes it.
    public func spelled(plural: Bool) -> String { plural ? self.plural : rawValue }
}

/// What an actor is: one organisation, a group of organisations (the ZZL categories),
/// a named body (steering group) or a role (coordinators).
public enum ActorKind: String, CaseIterable, Hashable, Sendable {
    case organisation, group, body, role, person
}

/// The part an actor plays for an activity, goal or work package.
public enum Role: String, CaseIterable, Hashable, Sendable {
    /// trekker, trekkende rol
    case lead
    /// eindverantwoordelijke
    case responsible
    /// faciliterende rol
    case facilitator
    /// ondersteunende rol
    case supporter
    /// samenwerking, partnerschap
    case partner
    /// the ZZL table's actor categories: potential connections
    case involved
    /// doelgroep, when it names actors
    case audience
}

extension Role {
    /// The Dutch words plans use for each role, read as the role in queries (`met trekker ELZ`);
    /// listed with the keywords' aliases in `Grammar/keywords.tsv`.
    public static let dutch: [(role: Role, words: [String])] = [
        (.lead, ["trekker", "trekkende"]),
        (.responsible, ["eindverantwoordelijke", "verantwoordelijke"]),
        (.facilitator, ["faciliterend", "faciliterende"]),
        (.supporter, ["ondersteunend", "ondersteunende"]),
        (.partner, ["partners"]),
        (.involved, ["betrokken", "betrokkene"]),
        (.audience, ["doelgroep"]),
    ]

    private static let byWord: [String: Role] = {
        var map: [String: Role] = [:]
        for role in Role.allCases { map[role.rawValue] = role }
        for (role, words) in dutch { for w in words { map[w] = role } }
        return map
    }()

    /// The role a word names, in any case, English or Dutch.
    public init?(word: String) {
        guard let role = Role.byWord[word.lowercased()] else { return nil }
        self = role
    }

    /// Every word for a role, English first.
    public static var allWords: [String] { allCases.map(\.rawValue) + dutch.flatMap(\.words) }
}

/// The kinds of node in a plan graph. Activities hold only a plan's planned activities;
/// achievements, core functions, success factors and staff are kept apart on purpose.
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

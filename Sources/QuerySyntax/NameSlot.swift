/// The kind of name the parser would read at a place in a text — a goal id, an actor, a
/// field of activities, a period — recorded by the parse functions that read names. Tab
/// completion asks the parser for these instead of keeping a model of the grammar of its own
/// (see `Parser.nameSlots(after:)`).
public enum NameSlot: Hashable, Sendable {
    /// A node of one of `kinds` (every kind when empty), within the plans, goals or actors
    /// the query's `of` clauses named so far (`scope`, as written).
    case node(kinds: [NodeKind], scope: [String])
    /// A role word followed by an actor, or an actor alone (`with ⇥`).
    case roleOrActor(scope: [String])
    /// An actor after a word read as a role (`with lead ⇥`); the binder checks the role.
    case actor(role: String, scope: [String])
    /// A field of nodes of `kind` (any kind when nil: a query named with `let`).
    case field(of: NodeKind?)
    /// A value compared with `field` of nodes of `kind`.
    case value(field: String, of: NodeKind?, scope: [String])
    /// A period: `2024`, `2024 Q1`, `2024-03`, …
    case period
    /// A quarter or half after a year (`2024 ⇥`).
    case quarterOrHalf
    /// A query named with `let`, as the source of a query.
    case queryName
    /// A new name (after `let`): nothing to offer.
    case newName
    /// A number (after `limit`).
    case number
}

extension Parser {
    /// The quarters and halves a year may be followed by, as `quarterOrHalf` offers them.
    public static let quartersAndHalves = ["Q1", "Q2", "Q3", "Q4", "H1", "H2"]

    /// Notes that a name of `slot` may be read at the current token (when completing).
    mutating func wants(_ slot: NameSlot) {
        guard recordsSlots else { return }
        slots[index, default: []].append(slot)
    }

    /// Notes that the current token is read as a name, not as a keyword.
    mutating func readsName() {
        if recordsSlots { namesRead.insert(index) }
    }

    /// The kind of nodes the query being parsed asks for, when it names one.
    var queryKind: NodeKind? {
        if case .kind(let kind, _)? = querySource { return kind }
        return nil
    }
}

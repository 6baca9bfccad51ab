import PlanModel

extension FieldKey {
    /// The built-in and computed fields, each under the name `.fields` and `describe` print,
    /// in the order `.fields` lists them; the roles follow.
    public static let canonical: [(name: String, key: FieldKey)] = [
        ("id", .id), ("kind", .kind), ("plan", .plan), ("title", .title), ("text", .text), ("goal", .goal),
        ("period", .period), ("start", .start), ("end", .end), ("inherited", .inherited), ("approximate", .approximate),
        ("actors", .role(nil)), ("role", .roleName), ("theme", .theme), ("indicators", .indicators), ("links", .links),
        ("quarter", .quarter), ("half", .half), ("month", .month), ("year", .year), ("source", .source), ("notes", .notes),
    ] + Role.allCases.map { ($0.rawValue, FieldKey.role($0)) }

    /// Every name a query may use for a built-in field: the canonical ones, their synonyms
    /// (`name`, `parent`, `themes`, …) and the Dutch role words; for completion.
    public static var allNames: [String] { named.keys.sorted() }

    /// The built-in field a name means, if any (`name` → title, `trekker` → lead).
    public static func builtIn(_ name: String) -> FieldKey? { named[name.lowercased()] }
}

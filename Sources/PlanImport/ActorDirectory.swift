import PlanModel

/// Resolves actor names found in a document against the actors planq already knows (an actors
/// file: by id, name or alias, ignoring case and accents), and collects the actors that are new.
/// One directory is shared by every document of one `planq import` run, so that a new actor is
/// declared once.
public final class ActorDirectory {
    private let graph: PlanGraph?
    /// Folded name → id of the actors this run added.
    private var added: [String: String] = [:]
    private var usedIDs: Set<String> = []
    /// Actors not in the actors file, in the order they were first named; not yet written out.
    private(set) var pending: [ImportedPlan.Actor] = []

    public init(graph: PlanGraph? = nil) {
        self.graph = graph
        if let graph { usedIDs = Set(graph.nodes(of: .actor).map { Folding.key(graph[$0].id) }) }
    }

    /// Known actors by the names they go by, for finding them in running text.
    private lazy var named = NamedActors(graph: graph)

    /// The known actors a running text names (see `NamedActors`).
    func actors(namedIn text: String) -> [(id: String, written: String)] { named.find(in: text) }

    /// The id of a known actor of that id, name or alias, if there is exactly one.
    public func known(_ name: String) -> String? {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines.union(.init(charactersIn: ".,;:")))
        guard !trimmed.isEmpty else { return nil }
        if let graph {
            if let ref = graph.node(qualifiedID: trimmed), graph.kind(of: ref) == .actor { return graph[ref].id }
            let named = graph.actors(named: trimmed)
            if named.count == 1 { return graph[named[0]].id }
        }
        return added[Folding.key(trimmed)]
    }

    /// The id for `name`: a known actor's, or a new actor's (declared with the next plan
    /// written). `isNew` says which, so that the caller can note and warn.
    public func resolve(_ name: String, kind: String = "organisation", origin: ImportedPlan.Origin,
                        idPrefix: String = "") -> (id: String, isNew: Bool) {
        if let id = known(name) { return (id, false) }
        let clean = name.trimmingCharacters(in: .whitespacesAndNewlines.union(.init(charactersIn: ".,;:")))
        var id = idPrefix + CellText.slug(clean)
        var n = 2
        while usedIDs.contains(Folding.key(id)) {
            id = idPrefix + CellText.slug(clean) + "-\(n)"
            n += 1
        }
        usedIDs.insert(Folding.key(id))
        added[Folding.key(clean)] = id
        var actor = ImportedPlan.Actor(id: id, name: clean, kind: kind, origin: origin)
        actor.notes.append("Not in the actors file the import was given; added by the importer (kind '\(kind)' assumed).")
        pending.append(actor)
        return (id, true)
    }

    /// Declares a plan-local actor under a chosen id (e.g. a category group), unless taken.
    func declare(_ actor: ImportedPlan.Actor) -> String {
        var actor = actor
        var n = 2
        let base = actor.id
        while usedIDs.contains(Folding.key(actor.id)) {
            actor.id = "\(base)-\(n)"
            n += 1
        }
        usedIDs.insert(Folding.key(actor.id))
        pending.append(actor)
        return actor.id
    }

    /// Hands over the actors added since the last call, to be declared in the plan being written.
    func takePending() -> [ImportedPlan.Actor] {
        defer { pending = [] }
        return pending
    }
}

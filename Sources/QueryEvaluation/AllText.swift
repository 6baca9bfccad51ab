import PlanModel

extension FieldValues {
    /// Stored fields that hold a choice, a flag or bookkeeping rather than the plan's words:
    /// left out of `text`, as the node's source and notes are.
    static let notText: Set<String> = ["level", "phase", "family", "status", "kind", "approximate", "written",
                                       "document", "months", "versions", "date", "version"]

    /// The field `text`: the title, then every text and list of texts the plan file gives the
    /// node (description, why, steps, target groups, …), each text once.
    func allText(of ref: NodeRef) -> [Scalar] {
        let node = graph[ref]
        var kept = FirstSeen(node.title)
        for (name, value) in node.fields where !Self.notText.contains(name) {
            switch value {
            case .text(let t): kept.add(t)
            case .list(let l): for t in l { kept.add(t) }
            default: break
            }
        }
        return kept.elements.map { .text($0) }
    }
}

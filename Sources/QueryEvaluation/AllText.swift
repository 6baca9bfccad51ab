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
        var seen: Set<String> = [node.title]
        var out: [Scalar] = [.text(node.title)]
        for (name, value) in node.fields where !Self.notText.contains(name) {
            let texts: [String]
            switch value {
            case .text(let t): texts = [t]
            case .list(let l): texts = l
            default: texts = []
            }
            for t in texts where seen.insert(t).inserted { out.append(.text(t)) }
        }
        return out
    }
}

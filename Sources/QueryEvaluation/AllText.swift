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
        var kept = KeptTexts(node.title)
        for (name, value) in node.fields where !Self.notText.contains(name) {
            switch value {
            case .text(let t): kept.add(t)
            case .list(let l): for t in l { kept.add(t) }
            default: break
            }
        }
        return kept.texts.map { .text($0) }
    }
}

/// Texts in the order first given, each once (equal as `==` judges, as a set would). A node has
/// a handful: each is compared with those kept rather than hashed — hashing a `String` (in
/// its normalised form) was most of `text`'s cost on the query fuzz corpus (callgrind) — and a
/// set takes over past `linearUpTo`, so that a long list costs no more than it did.
struct KeptTexts {
    static let linearUpTo = 16
    private(set) var texts: [String]
    private var seen: Set<String>?

    init(_ first: String) { texts = [first] }

    mutating func add(_ t: String) {
        if seen == nil {
            if texts.contains(t) { return }
            texts.append(t)
            if texts.count > Self.linearUpTo { seen = Set(texts) }
        } else if seen!.insert(t).inserted {
            texts.append(t)
        }
    }
}

import PlanModel
import QueryBinding

/// `.fields KIND`: each field a query over a kind can name, with its type and an example
/// value from the loaded plans. A field no node of the kind gives a value is left out.
public struct FieldCatalog {
    public struct Entry: Sendable, Equatable {
        public var name: String
        public var type: String
        public var example: String
        /// The Dutch words a query may write for it (`titel`; `trekker` for `lead`).
        public var dutch: [String] = []
    }

    public let graph: PlanGraph

    public init(graph: PlanGraph) { self.graph = graph }

    /// The entries for `kind`, found once per graph (the graph's `memo` keeps them: finding
    /// them reads every node of the kind for a field no node gives).
    public func entries(for kind: NodeKind) -> [Entry] {
        graph.memo.value("field catalog: " + kind.plural) { findEntries(for: kind) }
    }

    func findEntries(for kind: NodeKind) -> [Entry] {
        let fields = FieldValues(graph: graph)
        let nodes = graph.nodes(of: kind)
        var out: [Entry] = []
        func add(_ name: String, _ key: FieldKey, _ type: FieldType) {
            guard let example = nodes.lazy.compactMap({ fields.values(key, of: $0).first }).first else { return }
            out.append(Entry(name: name, type: type.phrase, example: FieldCatalog.cut(fields.display(example)),
                             dutch: FieldCatalog.dutch(name)))
        }
        let stored = graph.fieldNames(of: kind)
        // As the binder reads names: a built-in name means the built-in field (the stored
        // `title` or `start` is what it shows), except a staff member's stored `role`.
        for (name, key) in FieldKey.canonical {
            if name == "role", stored.contains(name) { add(name, .stored(name), graph.storedType(name, of: kind)) }
            else { add(name, key, key.builtInType ?? .text) }
        }
        for name in stored.sorted() where FieldKey.builtIn(name) == nil {
            add(name, .stored(name), graph.storedType(name, of: kind))
        }
        return out
    }

    /// The Dutch words for a field: those of `FieldWords`, or of a role.
    static func dutch(_ name: String) -> [String] {
        if let words = FieldWords.dutch.first(where: { $0.field == name })?.words { return words }
        guard let role = Role(rawValue: name) else { return [] }
        return Role.dutch.first { $0.role == role }?.words ?? []
    }

    /// An example is a hint, not the value: long texts are cut.
    static func cut(_ text: String) -> String {
        // Without a line break, only the first 61 characters are looked at (an example can be
        // a whole description: mapping every character cost 22,000 instructions an example).
        if !text.utf8.contains(0x0A) {
            let fits = text.index(text.startIndex, offsetBy: 60, limitedBy: text.endIndex).map { $0 == text.endIndex } ?? true
            return fits ? text : String(text.prefix(57)) + "…"
        }
        let line = String(text.map { $0 == "\n" ? " " : $0 })
        return line.count > 60 ? String(line.prefix(57)) + "…" : line
    }
}

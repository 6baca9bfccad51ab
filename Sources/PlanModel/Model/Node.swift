/// A handle to a node of a `PlanGraph`: an index, cheap to store in indexes and results.
public struct NodeRef: Hashable, Comparable, Sendable {
    public let index: Int32
    public init(_ index: Int) { self.index = Int32(index) }
    public static func < (a: NodeRef, b: NodeRef) -> Bool { a.index < b.index }
}

/// Where in which source document a node comes from.
public struct Provenance: Hashable, Sendable {
    /// The source document's file name (the seed), from the plan header.
    public var document: String?
    /// Line or line range in that document, as written in the plan file (`252`, `84-155`).
    public var lines: String?
    public var section: String?
    /// Where the node is written in the plan file itself.
    public var planFile: String
    public var planLine: Int

    public init(document: String?, lines: String?, section: String?, planFile: String, planLine: Int) {
        self.document = document
        self.lines = lines
        self.section = section
        self.planFile = planFile
        self.planLine = planLine
    }

    /// `000_95b668f0a8b643f0.txt line 252 (Vraag c)`
    public var description: String {
        var parts: [String] = []
        if let document { parts.append(document) }
        if let lines { parts.append(lines.contains("-") ? "lines \(lines)" : "line \(lines)") }
        var text = parts.joined(separator: " ")
        if let section { text += text.isEmpty ? section : " (\(section))" }
        return text.isEmpty ? "\(planFile):\(planLine)" : text
    }
}

/// The value of a node field. `unknown` is what the source gives but lost or garbled.
public enum FieldValue: Hashable, Sendable {
    case text(String)
    case list([String])
    case number(Double)
    case period(Period)
    case node(NodeRef)
    case nodes([NodeRef])
    case unknown
}

/// One node of the plan graph made whole before it is added: the fields every kind shares,
/// plus the kind's own fields in source order. `PlanGraphBuilder.add` copies it into its
/// batch (`NodeBatch`); the loader fills the batch directly, without making one.
public struct PlanNode: Sendable {
    public let kind: NodeKind
    /// The id as the plan file writes it (`SD3`, `A2.2`, `elz-leuven`).
    public let id: String
    /// The plan the node belongs to; nil for actors, which are shared across plans. Set only
    /// when a node built apart is renumbered (`PlanGraphBuilder.adopt`).
    public var plan: NodeRef?
    public var title: String
    /// The node above it: a goal's parent goal, an activity's goal, an indicator's activity.
    public var parent: NodeRef?
    /// The period the source gives this node itself (the one it inherits is the graph's to
    /// resolve, `NodeView.period`).
    public var ownPeriod: Period?
    public var fields: [(name: String, value: FieldValue)]
    public var source: Provenance?
    public var notes: [String]

    public init(kind: NodeKind, id: String, plan: NodeRef?, title: String) {
        self.kind = kind
        self.id = id
        self.plan = plan
        self.title = title
        self.fields = []
        self.notes = []
    }

    public func field(_ name: String) -> FieldValue? {
        fields.first { $0.name == name }?.value
    }

    public mutating func set(_ name: String, _ value: FieldValue) {
        if let i = fields.firstIndex(where: { $0.name == name }) { fields[i].value = value } else {
            fields.append((name, value))
        }
    }
}

/// An actor playing a role for a node (activity, goal, work package, event).
public struct RoleEdge: Hashable, Sendable {
    public let subject: NodeRef
    public let role: Role
    public let actor: NodeRef
    public let note: String?
}

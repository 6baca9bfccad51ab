/// One node of a `PlanGraph`, read from its columns as it is asked for: `graph[ref].title`
/// decodes the title and nothing else.
public struct NodeView {
    let graph: PlanGraph
    let index: Int

    var columns: GraphColumns { graph.columns }

    public var kind: NodeKind { NodeKind.byCode[Int(columns.kind[index])] }
    /// The id as the plan file writes it (`SD3`, `A2.2`, `elz-leuven`).
    public var id: String { columns.string(columns.id[index]) }
    /// The plan the node belongs to; nil for actors, which are shared across plans.
    public var plan: NodeRef? { ref(columns.plan[index]) }
    public var title: String { columns.string(columns.title[index]) }
    /// The node above it: a goal's parent goal, an activity's goal, an indicator's activity.
    public var parent: NodeRef? { ref(columns.parent[index]) }
    /// The period the source gives this node itself.
    public var ownPeriod: Period? { columns.ownPeriod(index).map(columns.period) }
    /// The ancestor `period` was taken from, when it was inherited.
    public var periodFrom: NodeRef? { ref(columns.periodFrom[index]) }
    /// The period that applies: its own, or the nearest ancestor's.
    public var period: Period? {
        let from = columns.periodFrom[index]
        return columns.ownPeriod(from >= 0 ? Int(from) : index).map(columns.period)
    }
    public var periodIsInherited: Bool { columns.periodFrom[index] >= 0 }

    public var source: Provenance? { columns.source(index) }

    public var notes: [String] { columns.noteLists.range(index).map { columns.string(columns.notes[$0]) } }

    /// The kind's own fields, in source order.
    public var fields: [(name: String, value: FieldValue)] {
        records.map { (columns.string(columns.fieldNames[Int($0.name)]), value($0)) }
    }

    public func field(_ name: String) -> FieldValue? {
        guard let n = graph.fieldNameIndex[name] else { return nil }
        return records.first { $0.name == n }.map(value)
    }

    var records: UnsafeBufferPointer<FieldRecord>.SubSequence {
        columns.fields[Int(columns.fieldOffsets[index])..<Int(columns.fieldOffsets[index + 1])]
    }

    func value(_ r: FieldRecord) -> FieldValue {
        let low = Int(r.payload & 0xFFFF_FFFF), high = Int(r.payload >> 32)
        switch FieldRecord.Tag(rawValue: r.tag) ?? .unknown {
        case .text: return .text(columns.string(TextRef(offset: UInt32(low), length: UInt32(high))))
        case .list: return .list((low..<low + high).map { columns.string(columns.listItems[$0]) })
        case .number: return .number(Double(bitPattern: r.payload))
        case .period: return .period(columns.period(low))
        case .node: return .node(NodeRef(Int(Int32(truncatingIfNeeded: low))))
        case .nodes: return .nodes((low..<low + high).map { NodeRef(Int(columns.nodeItems[$0])) })
        case .unknown: return .unknown
        }
    }

    func ref(_ i: Int32) -> NodeRef? { i < 0 ? nil : NodeRef(Int(i)) }
}

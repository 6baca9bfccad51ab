/// A text in a graph's text block: `length` bytes of UTF-8 from `offset`. `absent` stands for
/// no text at all (an optional that is nil), which is not the empty text.
public struct TextRef: BitwiseCopyable, Equatable, Sendable {
    var offset: UInt32
    var length: UInt32

    static let absent = TextRef(offset: .max, length: 0)
    var isAbsent: Bool { offset == .max }
}

/// A `Period` as a fixed-size record.
struct PeriodRecord: BitwiseCopyable {
    var start: Int32
    var end: Int32
    var precision: UInt8
    var approximate: UInt8
    var written: TextRef
}

/// Where a node comes from (`Provenance`), as a fixed-size record.
struct ProvenanceRecord: BitwiseCopyable {
    var document: TextRef
    var lines: TextRef
    var section: TextRef
    var planFile: TextRef
    var planLine: Int32
}

/// One stored field of a node: its name (an index into the field-name table), what kind of
/// value it holds, and the value or where the value's items are.
struct FieldRecord: BitwiseCopyable {
    enum Tag: UInt32 { case text, list, number, period, node, nodes, unknown }
    var name: UInt32
    var tag: UInt32
    /// text: offset | length << 32; list and nodes: first item | count << 32; number: the
    /// bits of the Double; period: index into the periods; node: its index.
    var payload: UInt64
}

/// The sections of a graph's blob, in order; each is one flat array. Per-node lists are
/// two sections: offsets (one more than there are nodes) and entries.
enum Section: Int, CaseIterable {
    case text                       // UInt8: every text, one after another
    case kind                       // UInt8 per node
    case plan, parent               // Int32 per node, -1 for none
    case id, idKey, title           // TextRef per node (idKey: the id folded)
    case ownPeriod, periodFrom      // Int32 per node: index into periods; node the period is from
    case periods                    // PeriodRecord
    case periodStart, periodEnd, firstDay, lastDay    // Int32 per node (day ordinals, .min for none)
    case source                     // Int32 per node: index into provenance, -1 for none
    case provenance                 // ProvenanceRecord
    case noteOffsets, notes         // per-node list of TextRef
    case fieldOffsets, fields       // per-node list of FieldRecord
    case fieldNames                 // TextRef: distinct field names
    case listItems                  // TextRef: items of list fields
    case nodeItems                  // Int32: items of node-list fields
    case roleSubject, roleKind, roleActor, roleNote    // per role edge
    case rolesBySubjectOffsets, rolesBySubject, rolesByActorOffsets, rolesByActor
    case childOffsets, children
    case themeOffsets, themes, contributorOffsets, contributors
    case linksFromOffsets, linksFrom, linksToOffsets, linksTo
    case memberOffsets, members, groupOffsets, groups
    case preorder, subtreeEnd, preorderNodes
    case byKindOffsets, byKind      // per kind (NodeKind.allCases order): nodes in load order
    case byStartOffsets, byStart    // per kind: dated nodes by start (stable)
    case endsOffsets, ends          // per kind: period ends, sorted
    case preorderByKindOffsets, preorderByKind
    case fieldNamesByKindOffsets, fieldNamesByKind   // per kind: indices into fieldNames
    case foldedTitles, foldedTitleOffsets            // UInt8, Int32 per node + 1
    case globalIDs                  // Int32: plans and actors by idKey (the last of a key only)
    case plansByID                  // Int32: plans by (idKey, load order)
    case byBareID                   // Int32: plan nodes and actors by (idKey, load order)
    case byBarePlan                 // Int32: the same by (idKey, plan, load order); empty when that is byBareID's order
    case actorNameKeys, actorNameNodes    // TextRef, Int32: folded actor names and aliases, sorted
    case actorNameList              // TextRef: every actor name and alias as written

    var stride: Int {
        switch self {
        case .text, .kind, .roleKind, .foldedTitles: return 1
        case .id, .idKey, .title, .notes, .fieldNames, .listItems, .roleNote, .actorNameKeys, .actorNameList:
            return MemoryLayout<TextRef>.stride
        case .periods: return MemoryLayout<PeriodRecord>.stride
        case .provenance: return MemoryLayout<ProvenanceRecord>.stride
        case .fields: return MemoryLayout<FieldRecord>.stride
        default: return 4
        }
    }
}

extension NodeKind {
    /// The kind's number in columns: its place among all kinds. (A `Set<NodeKind>` hashes
    /// the kind's name; tests over many nodes compare these numbers instead.)
    public var code: UInt8 {
        switch self {
        case .plan: 0
        case .goal: 1
        case .activity: 2
        case .workPackage: 3
        case .actor: 4
        case .theme: 5
        case .indicator: 6
        case .event: 7
        case .achievement: 8
        case .coreFunction: 9
        case .successFactor: 10
        case .staff: 11
        }
    }
    static let byCode: [NodeKind] = allCases
}

extension Role {
    /// The role's number in columns: its place among all roles.
    public var code: UInt8 { Role.codes[self]! }
    static let codes: [Role: UInt8] = Dictionary(uniqueKeysWithValues: allCases.enumerated().map { ($1, UInt8($0)) })
    static let byCode: [Role] = allCases
}

extension Period.Precision {
    /// Precisions by their number in columns.
    static let allCodes: [Period.Precision] = [.day, .month, .quarter, .half, .year, .range]
}

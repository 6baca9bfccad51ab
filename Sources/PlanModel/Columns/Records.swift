/// A text in a graph's text block: `length` bytes of UTF-8 from `offset`. `absent` stands for
/// no text at all (an optional that is nil), which is not the empty text.
public struct TextRef: BitwiseCopyable, Equatable, Sendable {
    var offset: UInt32
    var length: UInt32

    static let absent = TextRef(offset: .max, length: 0)
    var isAbsent: Bool { offset == .max }
}

/// A `Period` as a fixed-size record of 16 bytes: its days, and its text as written with the
/// precision and whether it is approximate in the length's word (a period's text is short;
/// the parser reads nothing near 2^28 bytes as a period).
struct PeriodRecord: BitwiseCopyable {
    var start: Int32
    var end: Int32
    private var writtenOffset: UInt32
    /// length << 4 | precision << 1 | approximate.
    private var writtenLengthAndFlags: UInt32

    init(start: Int32, end: Int32, precision: UInt8, approximate: UInt8, written: TextRef) {
        (self.start, self.end, writtenOffset) = (start, end, written.offset)
        writtenLengthAndFlags = written.length << 4 | UInt32(precision & 7) << 1 | UInt32(approximate & 1)
    }

    var precision: UInt8 { UInt8(truncatingIfNeeded: writtenLengthAndFlags >> 1 & 7) }
    var approximate: UInt8 { UInt8(truncatingIfNeeded: writtenLengthAndFlags & 1) }
    var written: TextRef { TextRef(offset: writtenOffset, length: writtenLengthAndFlags >> 4) }
}

/// The parts of a node's `Provenance` that few nodes have (the source document, its lines
/// and section), kept only for the nodes that have one of them.
struct SourceDetailRecord: BitwiseCopyable {
    var document: TextRef
    var lines: TextRef
    var section: TextRef
}

/// One stored field of a node: its name (an index into the field-name table), what kind of
/// value it holds, and the value or where the value's items are. Twelve bytes: the name and
/// tag share a word, and the payload is two words (so the record needs no 8-byte alignment).
struct FieldRecord: BitwiseCopyable {
    enum Tag: UInt32 { case text, list, number, period, node, nodes, unknown }
    /// name << 4 | tag.
    private var nameAndTag: UInt32
    private var low: UInt32, high: UInt32

    init(name: UInt32, tag: UInt32, payload: UInt64) {
        nameAndTag = name << 4 | tag
        (low, high) = (UInt32(truncatingIfNeeded: payload), UInt32(truncatingIfNeeded: payload >> 32))
    }

    var name: UInt32 { nameAndTag >> 4 }
    var tag: UInt32 { nameAndTag & 0xF }
    /// text: offset | length << 32; list and nodes: first item | count << 32; number: the
    /// bits of the Double; period: index into the periods; node: its index.
    var payload: UInt64 {
        get { UInt64(low) | UInt64(high) << 32 }
        set { (low, high) = (UInt32(truncatingIfNeeded: newValue), UInt32(truncatingIfNeeded: newValue >> 32)) }
    }
}

/// The sections of a graph's blob, in order; each is one flat array. Per-node lists are
/// two sections: offsets (one more than there are nodes) and entries. Per-node lists most
/// nodes leave empty are three (`SparseLists`): which nodes have entries (`Presence`), offsets
/// for those nodes only, and entries.
enum Section: Int, CaseIterable {
    case text                       // UInt8: every text, one after another
    case kind                       // UInt8 per node
    case plan, parent               // Int32 per node, -1 for none
    case id, title                  // TextRef per node
    case idKeyPresence, idKey       // Presence over nodes; TextRef: the folded id of those whose id is not ASCII (`IDKeys`)
    // A node's own period, which most nodes do not have (they inherit one): Presence over
    // nodes; Int32 index into periods of those present.
    case ownPeriodPresence, ownPeriod
    case periodFrom                 // Int32 per node: the node its period is from, -1 for its own or none
    case periods                    // PeriodRecord
    case periodStart, periodEnd     // Int32 per node (day ordinals, .min for none)
    // The first and last day where they are not the period's (a `start` or `end` field that
    // differs from it): Presence over nodes, Int32 day ordinals of those present.
    case firstDayPresence, firstDay, lastDayPresence, lastDay
    case planLine                   // Int32 per node: the line of its plan file (0 with no source)
    case sourceRuns                 // Int32 pairs (first node, index into sourceFiles or -1 for no source)
    case sourceFiles                // TextRef: the plan files nodes come from
    case sourceDetailPresence, sourceDetails    // Presence over nodes; SourceDetailRecord of those present
    case notePresence, noteOffsets, notes       // sparse per-node list of TextRef
    case fieldOffsets, fields       // per-node list of FieldRecord
    case fieldNames                 // TextRef: distinct field names
    case listItems                  // TextRef: items of list fields
    case nodeItems                  // Int32: items of node-list fields
    case roleSubject, roleKind, roleActor           // per role edge
    case roleNotePresence, roleNote                 // Presence over role edges; TextRef of those with a note
    // Sparse per-node lists (presence, offsets, entries):
    case rolesBySubjectPresence, rolesBySubjectOffsets, rolesBySubject    // entries empty: edges are in subject order
    // By actor and (below) the contributors by theme: in a snapshot only, written as it is
    // written; a graph a load built makes them when a query first reads them (`InverseLists`).
    case rolesByActorPresence, rolesByActorOffsets, rolesByActor
    case childPresence, childOffsets, children
    case themePresence, themeOffsets, themes, contributorPresence, contributorOffsets, contributors
    case linksFromPresence, linksFromOffsets, linksFrom, linksToPresence, linksToOffsets, linksTo
    case memberPresence, memberOffsets, members, groupPresence, groupOffsets, groups
    case preorder, subtreeEnd, preorderNodes
    case byKindOffsets, byKind      // per kind (NodeKind.allCases order): nodes in load order
    case byStartOffsets, byStart    // per kind: dated nodes by start (stable)
    case endsOffsets, ends          // per kind: period ends, sorted
    case preorderByKindOffsets, preorderByKind
    case fieldNamesByKindOffsets, fieldNamesByKind   // per kind: indices into fieldNames
    case globalIDs                  // Int32: plans and actors by idKey (the last of a key only)
    case plansByID                  // Int32: plans by (idKey, load order)
    case byBareID                   // Int32: plan nodes and actors by (idKey, load order)
    case byBarePlan                 // Int32: the same by (idKey, plan, load order); empty when that is byBareID's order
    case actorNameKeys, actorNameNodes    // TextRef, Int32: folded actor names and aliases, sorted
    case actorNameList              // TextRef: every actor name and alias as written
    // Every title folded, one after another, and where each node's begins (nodes + 1): in a
    // snapshot only, written as it is written (`FoldedTitles`); empty in a graph a load built.
    case foldedTitles, foldedTitleOffsets

    var stride: Int {
        switch self {
        case .text, .kind, .roleKind, .foldedTitles: return 1
        case .id, .idKey, .title, .notes, .sourceFiles, .fieldNames, .listItems, .roleNote, .actorNameKeys, .actorNameList:
            return MemoryLayout<TextRef>.stride
        case .periods: return MemoryLayout<PeriodRecord>.stride
        case .sourceDetails: return MemoryLayout<SourceDetailRecord>.stride
        case .idKeyPresence, .ownPeriodPresence, .firstDayPresence, .lastDayPresence, .sourceDetailPresence, .notePresence, .roleNotePresence, .rolesBySubjectPresence, .rolesByActorPresence, .childPresence,
             .themePresence, .contributorPresence, .linksFromPresence, .linksToPresence, .memberPresence, .groupPresence:
            return 8
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
    /// The role's number in columns: its place among all roles (`byCode`; ColumnarGraphTests
    /// checks the two agree). A switch: a dictionary hashed the role's name for each of a
    /// load's role edges.
    public var code: UInt8 {
        switch self {
        case .lead: 0
        case .responsible: 1
        case .facilitator: 2
        case .supporter: 3
        case .partner: 4
        case .involved: 5
        case .audience: 6
        }
    }
    static let byCode: [Role] = allCases

    /// The role numbered `code` (nil beyond the last): a switch, so that reader threads
    /// read no shared array.
    public init?(code: Int) {
        switch code {
        case 0: self = .lead
        case 1: self = .responsible
        case 2: self = .facilitator
        case 3: self = .supporter
        case 4: self = .partner
        case 5: self = .involved
        case 6: self = .audience
        default: return nil
        }
    }
}

extension Period.Precision {
    /// Precisions by their number in columns.
    static let allCodes: [Period.Precision] = [.day, .month, .quarter, .half, .year, .range]
}

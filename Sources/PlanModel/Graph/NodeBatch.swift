/// The nodes added to a graph and not yet committed into its columns (one plan file's, as a
/// reader thread fills them), held as the columns will hold them: per-node arrays, fields as
/// flat entries, and every text in one block of bytes. Filling a node makes no string and no
/// array of its own — a load makes hundreds of thousands of nodes, and allocating, counting
/// references to and freeing their texts one by one was most of its cost. `PlanGraphBuilder`
/// writes a committed batch's nodes into the columns (`ColumnarBuilder.append`).
public struct NodeBatch {
    /// A text in the batch's bytes; `absent` for no text at all (not the empty text).
    public struct Text: Equatable, Sendable {
        var offset: Int32
        var length: Int32
        public static let absent = Text(offset: -1, length: 0)
        public var isAbsent: Bool { offset < 0 }
    }

    /// A field's value, its texts and items in the batch's columns.
    public enum Value {
        case text(Text)
        case list(start: Int32, count: Int32)
        case number(Double)
        /// An index into `periods`.
        case period(Int32)
        case node(NodeRef)
        case nodes(start: Int32, count: Int32)
        case unknown
    }

    /// Where a node's source document says it is, where the node or its plan names it.
    struct Detail {
        /// An index into `documents`, or -1.
        var document: Int32
        var lines: Text
        var section: Text
    }

    private(set) var bytes: [UInt8] = []
    private(set) var kind: [NodeKind] = []
    private(set) var id: [Text] = [], title: [Text] = []
    var plan: [Int32] = [], parent: [Int32] = []
    /// An index into `periods`, or -1.
    private(set) var ownPeriod: [Int32] = []
    private(set) var periods: [Period] = []
    /// The plan file each node is written in (an index into `files`, -1 for none) and the line.
    private(set) var file: [Int32] = [], line: [Int32] = []
    private(set) var files: [String] = []
    /// An index into `details`, or -1.
    private(set) var detail: [Int32] = []
    private(set) var details: [Detail] = []
    private(set) var documents: [String] = []
    /// Node `i`'s fields are `fields[fieldStart[i] ..< fieldStart[i] + fieldCount[i]]`: a node's
    /// fields are added together, while it is filled (`open`).
    private(set) var fieldStart: [Int32] = [], fieldCount: [Int32] = []
    private(set) var fields: [(name: String, value: Value)] = []
    private(set) var listItems: [Text] = []
    var nodeItems: [Int32] = []
    /// Notes in the order added; a node's are in the order added too.
    private(set) var notes: [(node: Int32, text: Text)] = []
    /// The node whose fields are being added, if any.
    private var open: Int?

    public init() {}

    var count: Int { kind.count }

    mutating func reserve(nodes n: Int) {
        kind.reserveCapacity(n); id.reserveCapacity(n); title.reserveCapacity(n); plan.reserveCapacity(n)
        parent.reserveCapacity(n); ownPeriod.reserveCapacity(n); file.reserveCapacity(n); line.reserveCapacity(n)
        detail.reserveCapacity(n); fieldStart.reserveCapacity(n); fieldCount.reserveCapacity(n)
        fields.reserveCapacity(4 * n); details.reserveCapacity(n)
    }

    // MARK: Texts

    mutating func text(_ utf8: UnsafeBufferPointer<UInt8>) -> Text {
        let start = bytes.count
        bytes.append(contentsOf: utf8)
        return Text(offset: Int32(start), length: Int32(utf8.count))
    }

    mutating func text(_ s: String) -> Text {
        if let t = s.utf8.withContiguousStorageIfAvailable({ text($0) }) { return t }
        var s = s
        return s.withUTF8 { text($0) }
    }

    /// The text's bytes, for as long as `body` runs.
    func withBytes<R>(_ t: Text, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        bytes.withUnsafeBufferPointer { b in
            t.isAbsent ? body(UnsafeBufferPointer(start: nil, count: 0))
                : body(UnsafeBufferPointer(rebasing: b[Int(t.offset)..<Int(t.offset + t.length)]))
        }
    }

    func string(_ t: Text) -> String { withBytes(t) { String(decoding: $0, as: UTF8.self) } }

    /// Whether two texts have the same bytes.
    func same(_ a: Text, _ b: Text) -> Bool {
        if a == b { return true }
        guard a.length == b.length, !a.isAbsent, !b.isAbsent else { return false }
        return bytes.withUnsafeBufferPointer { p in
            a.length == 0 || memcmp(p.baseAddress! + Int(a.offset), p.baseAddress! + Int(b.offset), Int(a.length)) == 0
        }
    }

    // MARK: Nodes

    /// The index of a plan file's name in `files`, added when it is not the last one named.
    mutating func file(named name: String) -> Int32 {
        if !(files.last?.sameBytes(name) ?? false) { files.append(name) }
        return Int32(files.count - 1)
    }

    /// Adds a node, written in `files[f]` (-1 for none) at line `l`.
    mutating func add(kind k: NodeKind, id i: Text, plan p: NodeRef?, title t: Text, parent up: NodeRef?, file f: Int32, line l: Int) {
        kind.append(k); id.append(i); title.append(t)
        plan.append(p?.index ?? -1); parent.append(up?.index ?? -1)
        ownPeriod.append(-1)
        file.append(f)
        line.append(Int32(clamping: l))
        detail.append(-1)
        fieldStart.append(Int32(fields.count)); fieldCount.append(0)
    }

    mutating func setTitle(_ i: Int, _ t: Text) { title[i] = t }

    mutating func setOwnPeriod(_ i: Int, _ p: Period?) {
        guard let p else { return ownPeriod[i] = -1 }
        ownPeriod[i] = Int32(periods.count)
        periods.append(p)
    }

    func ownPeriodOf(_ i: Int) -> Period? { ownPeriod[i] < 0 ? nil : periods[Int(ownPeriod[i])] }

    mutating func setDetail(_ i: Int, document: String?, lines: Text, section: Text) {
        var d: Int32 = -1
        if let document {
            if !(documents.last?.sameBytes(document) ?? false) { documents.append(document) }
            d = Int32(documents.count - 1)
        }
        detail[i] = Int32(details.count)
        details.append(Detail(document: d, lines: lines, section: section))
    }

    mutating func addNote(_ i: Int, _ t: Text) { notes.append((Int32(i), t)) }

    // MARK: Fields

    /// Starts adding node `i`'s fields; they follow any it has.
    mutating func open(_ i: Int) {
        precondition(open == nil, "another node's fields are being added")
        if fieldCount[i] > 0 {
            precondition(Int(fieldStart[i] + fieldCount[i]) == fields.count, "a node's fields are added together")
        } else {
            fieldStart[i] = Int32(fields.count)
        }
        open = i
    }

    mutating func close() { open = nil }

    /// Sets a field of the open node: in its place when it has it, else after the others.
    mutating func set(_ name: String, _ value: Value) {
        guard let i = open else { preconditionFailure("no node is open for fields") }
        let start = Int(fieldStart[i]), end = start + Int(fieldCount[i])
        for f in start..<end where fields[f].name == name {
            fields[f].value = value
            return
        }
        fields.append((name, value))
        fieldCount[i] += 1
    }

    /// A value as the batch holds it: its texts copied in, its items added.
    mutating func value(_ v: FieldValue) -> Value {
        switch v {
        case .text(let s): return .text(text(s))
        case .list(let items):
            let start = Int32(listItems.count)
            for item in items { listItems.append(text(item)) }
            return .list(start: start, count: Int32(items.count))
        case .number(let x): return .number(x)
        case .period(let p):
            periods.append(p)
            return .period(Int32(periods.count - 1))
        case .node(let r): return .node(r)
        case .nodes(let refs):
            let start = Int32(nodeItems.count)
            nodeItems += refs.map(\.index)
            return .nodes(start: start, count: Int32(refs.count))
        case .unknown: return .unknown
        }
    }

    /// Starts a list value: its items follow (`addListItem`), then `.list(start:count:)`.
    var listStart: Int32 { Int32(listItems.count) }
    mutating func addListItem(_ t: Text) { listItems.append(t) }

    /// The index of node `i`'s field `name` in `fields`.
    func fieldIndex(_ name: String, of i: Int) -> Int? {
        let start = Int(fieldStart[i])
        return (start..<start + Int(fieldCount[i])).first { fields[$0].name == name }
    }

    func field(_ name: String, of i: Int) -> Value? { fieldIndex(name, of: i).map { fields[$0].value } }

    /// Points node `i`'s field `name`, a node or node list set as a placeholder, at `value`.
    mutating func point(_ name: String, of i: Int, at value: FieldValue) {
        guard let f = fieldIndex(name, of: i) else { preconditionFailure("no field '\(name)' to set") }
        switch (fields[f].value, value) {
        case (.node, .node(let r)): fields[f].value = .node(r)
        case (.nodes, .nodes): fields[f].value = self.value(value)
        default: preconditionFailure("field '\(name)' is set to a node or node list only")
        }
    }

    /// The field's value as a graph reads it.
    func fieldValue(_ v: Value) -> FieldValue {
        switch v {
        case .text(let t): return .text(string(t))
        case .list(let start, let n): return .list(listItems[Int(start)..<Int(start + n)].map(string))
        case .number(let x): return .number(x)
        case .period(let p): return .period(periods[Int(p)])
        case .node(let r): return .node(r)
        case .nodes(let start, let n): return .nodes(nodeItems[Int(start)..<Int(start + n)].map { NodeRef(Int($0)) })
        case .unknown: return .unknown
        }
    }

    /// The node's notes, in the order added, for every node: notes are few, so they are kept
    /// as one list and put in node order once, as the batch is committed.
    func notesByNode() -> [[Text]] {
        guard !notes.isEmpty else { return [] }
        var byNode = [[Text]](repeating: [], count: count)
        for note in notes { byNode[Int(note.node)].append(note.text) }
        return byNode
    }

    // MARK: Renumbering

    /// Adds `base` to the node numbers the batch holds — plans, parents, and the node fields of
    /// `namingNodes` (a `goals` list; other node fields name actors, set after adopting): the
    /// batch was filled apart, numbered from 0, and is adopted after `base` nodes.
    mutating func renumber(by base: Int32, namingNodes: [NodeRef]) {
        guard base != 0 else { return }
        for i in plan.indices where plan[i] >= 0 { plan[i] += base }
        for i in parent.indices where parent[i] >= 0 { parent[i] += base }
        for node in namingNodes {
            let i = Int(node.index), start = Int(fieldStart[i])
            for f in start..<start + Int(fieldCount[i]) {
                switch fields[f].value {
                case .node(let r): fields[f].value = .node(NodeRef(Int(r.index + base)))
                case .nodes(let s, let n): for k in Int(s)..<Int(s + n) { nodeItems[k] += base }
                default: continue
                }
            }
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

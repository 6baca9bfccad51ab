import Diagnostics
import PlanModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A plan file's YAML as one flat arena of nodes — mappings, sequences and scalars with their
/// lines — whichever reader read it: the fast reader (`StrictYAML`) writes it straight from
/// the file's bytes; for any other YAML, Yams parses the file and `YamsDocument` converts its
/// nodes into the same form. The loader's one builder (`Declarer`, `Filler`) reads only this.
/// A class, so that passing it to the builder's many small functions copies nothing; it is
/// filled by the reader that makes it (on the read-ahead thread) and only read after that.
final class PlanDocument: @unchecked Sendable {
    enum Kind: UInt8 { case scalar, mapping, sequence }

    struct Node {
        var kind: Kind
        var flags: Flags
        /// 1-based line where the node starts (a block mapping: its first key).
        var line: Int32
        /// Scalar: byte offset of its text in `bytes`, or -1 - index into `decoded`.
        /// Collection: index of its first child in `children`.
        var start: Int32
        /// Scalar: byte length of its text. Collection: number of children (a mapping's
        /// keys and values alternate).
        var count: Int32
    }

    struct Flags: OptionSet {
        let rawValue: UInt8
        /// Written quoted or as a block scalar (not plain).
        static let quoted = Flags(rawValue: 1)
        /// YAML's null written as nothing (`key:` with no value).
        static let emptyNull = Flags(rawValue: 4)
        /// A key that a lookup by its text finds (a plain or quoted text, not a number or a
        /// boolean or a key with a tag).
        static let textKey = Flags(rawValue: 8)
    }

    /// The file's name as the user gave it.
    let name: String
    /// The file's bytes (fast reader); empty when every scalar is in `decoded` (Yams).
    /// These three are in memory the document owns and frees (`setBytes`, `setNodes`): the
    /// loader reads them millions of times, and an array read from a class's property has its
    /// storage retained and released around each read.
    private(set) var bytes = UnsafeMutableBufferPointer<UInt8>(start: nil, count: 0)
    private(set) var nodes = UnsafeMutableBufferPointer<Node>(start: nil, count: 0)
    private(set) var children = UnsafeMutableBufferPointer<Int32>(start: nil, count: 0)
    /// Texts of scalars that needed escapes, folding or block-scalar processing, and every
    /// scalar Yams read.
    var decoded: [String] = []
    /// The top-level mapping; nil for an empty document.
    var root: Int32?
    /// The file's text and each node's range, for positioned diagnostics: only where Yams
    /// read it. A problem in a fast-read file is positioned by reading it again with Yams.
    var source: SourceFile?
    var marks: [Mark] = []

    /// A node's line and column as Yams reports them (column in Unicode scalars; line 0 for
    /// none), and the length of text it covers.
    struct Mark {
        var line: Int32
        var column: Int32
        var length: Int32
    }

    init(name: String) { self.name = name }

    deinit {
        bytes.deallocate()
        nodes.deallocate()
        children.deallocate()
    }

    /// Takes a copy of the file's bytes (once, before it is read).
    func setBytes(_ file: [UInt8]) {
        precondition(bytes.baseAddress == nil, "a document's bytes are set once")
        bytes = UnsafeMutableBufferPointer.copy(of: file)
    }

    /// Takes a copy of the nodes and children a reader made (once).
    func setNodes(_ made: [Node], children kids: [Int32]) {
        precondition(nodes.baseAddress == nil && children.baseAddress == nil, "a document's nodes are set once")
        nodes = UnsafeMutableBufferPointer.copy(of: made)
        children = UnsafeMutableBufferPointer.copy(of: kids)
    }

    /// Takes the nodes and children a reader made in memory of their own (once): the document
    /// frees them.
    func adopt(nodes made: UnsafeMutableBufferPointer<Node>, children kids: UnsafeMutableBufferPointer<Int32>) {
        precondition(nodes.baseAddress == nil && children.baseAddress == nil, "a document's nodes are set once")
        nodes = made
        children = kids
    }

    /// Every node read is checked against the document's nodes: an index out of range stops
    /// the program rather than reading memory the document does not own.
    subscript(n: Int32) -> Node {
        precondition(n >= 0 && Int(n) < nodes.count, "node index out of range")
        return nodes[Int(n)]
    }

    /// The children of a collection, read in place (as long as the document lives).
    typealias Kids = Slice<UnsafeMutableBufferPointer<Int32>>

    /// No children.
    var noKids: Kids { children[0..<0] }

    /// The child at `slot` of `children` alone, as a list of one.
    func one(at slot: Int) -> Kids { children[slot...slot] }

    func kind(_ n: Int32) -> Kind { self[n].kind }

    /// A scalar's text ("" for a collection).
    func string(_ n: Int32) -> String {
        let node = self[n]
        guard node.kind == .scalar else { return "" }
        if node.start < 0 { return decoded[Int(-1 - node.start)] }
        return String(decoding: utf8(node), as: UTF8.self)
    }

    /// Whether a scalar's text is empty.
    func isEmptyScalar(_ n: Int32) -> Bool {
        let node = self[n]
        return node.start < 0 ? decoded[Int(-1 - node.start)].isEmpty : node.count == 0
    }

    /// The scalar's text; nil for a collection.
    func scalar(_ n: Int32) -> String? { kind(n) == .scalar ? string(n) : nil }

    func isNull(_ n: Int32) -> Bool { self[n].flags.contains(.emptyNull) }


    func line(_ n: Int32) -> Int { Int(self[n].line) }

    /// Where the node is, for a diagnostic: nil in a fast-read file.
    func range(_ n: Int32) -> SourceRange? {
        guard let source, !marks.isEmpty, marks[Int(n)].line > 0 else { return nil }
        let mark = marks[Int(n)]
        return SourceRange(offset: source.offset(line: Int(mark.line), scalarColumn: Int(mark.column)), length: Int(mark.length))
    }

    /// The children of a collection (a mapping's keys and values alternating).
    func children(of n: Int32) -> Kids {
        let node = self[n]
        guard node.kind != .scalar else { return noKids }
        return children[Int(node.start)..<Int(node.start + node.count)]
    }

    /// A mapping's keys and values, in order.
    func pairs(_ mapping: Int32) -> [(key: Int32, value: Int32)] {
        let kids = children(of: mapping)
        return stride(from: kids.startIndex, to: kids.endIndex, by: 2).map { (kids[$0], kids[$0 + 1]) }
    }

    /// The value of `key` in a mapping; with a key written twice, the last (as Yams finds it).
    func value(_ mapping: Int32, _ key: String) -> Int32? {
        valueSlot(mapping, key).map { children[$0] }
    }

    /// Where in `children` the value of `key` in a mapping is (see `value`).
    func valueSlot(_ mapping: Int32, _ key: String) -> Int? {
        guard kind(mapping) == .mapping else { return nil }
        let kids = children(of: mapping)
        // The name's bytes are taken once for every key compared (taken per key, a look-up
        // by name cost ≈ 75 instructions a key).
        var name = key
        return name.withUTF8 { name -> Int? in
            if source == nil {
                // Read by the fast reader, whose keys are unique: the first is the last, and
                // the keys looked up most (`id`, `title`) come first.
                for i in stride(from: kids.startIndex, to: kids.endIndex, by: 2) where isKey(kids[i], key, name) { return i + 1 }
                return nil
            }
            var i = kids.endIndex - 2
            while i >= kids.startIndex {
                if isKey(kids[i], key, name) { return i + 1 }
                i -= 2
            }
            return nil
        }
    }

    /// The key node itself (for a diagnostic about a key).
    func keyNode(_ mapping: Int32, _ key: String) -> Int32? {
        pairs(mapping).first { scalar($0.key) == key }?.key
    }

    /// The value of the first of `title`, `name`, `role` and `text` that a fast-read mapping
    /// (its keys unique) has as a scalar, found in one pass that compares each key's bytes as
    /// one word: four look-ups by name cost ≈ 1,100 instructions a node.
    func firstTitleScalar(_ mapping: Int32) -> Int32? {
        guard kind(mapping) == .mapping else { return nil }
        let kids = children(of: mapping)
        var found: Int32?, rank = Int.max
        for i in stride(from: kids.startIndex, to: kids.endIndex, by: 2) {
            let key = self[kids[i]]
            guard key.kind == .scalar, key.flags.contains(.textKey) else { continue }
            let r: Int
            if key.start < 0 {
                // A key with escapes, decoded (its `count` is 0); the fast reader reads only
                // plain keys today, so this is what a reading by name would do, kept for safety.
                r = Self.titleKeys.firstIndex(of: decoded[Int(-1 - key.start)]) ?? -1
            } else if key.count == 4 || key.count == 5 {
                r = Self.titleRank(ByteWords.word(bytes.baseAddress! + Int(key.start), Int(key.count)))
            } else {
                continue
            }
            if r >= 0 && r < rank && kind(kids[i + 1]) == .scalar { (found, rank) = (kids[i + 1], r) }
        }
        return found
    }

    /// The keys a title is read from, first first.
    static let titleKeys = ["title", "name", "role", "text"]

    /// A key's place in `titleKeys`, from its bytes as a little-endian word (-1: none). The
    /// words are written out, not read from an array: reader threads would count references
    /// to a shared array from both cores at once.
    static func titleRank(_ word: UInt64) -> Int {
        switch word {
        case 0x65_6C74_6974: return 0   // title
        case 0x656D_616E: return 1      // name
        case 0x656C_6F72: return 2      // role
        case 0x7478_6574: return 3      // text
        default: return -1
        }
    }

    /// Whether node `n` is the text key `key`, whose UTF-8 is `name`.
    func isKey(_ n: Int32, _ key: String, _ name: UnsafeBufferPointer<UInt8>) -> Bool {
        let node = self[n]
        guard node.kind == .scalar, node.flags.contains(.textKey) else { return false }
        guard node.start >= 0 else { return decoded[Int(-1 - node.start)] == key }
        return Int(node.count) == name.count && (name.isEmpty || memcmp(utf8(node).baseAddress!, name.baseAddress!, name.count) == 0)
    }

    /// The scalar's bytes in the file (one read straight from it, `start >= 0`).
    func utf8(_ node: Node) -> UnsafeBufferPointer<UInt8> {
        precondition(node.start >= 0 && Int(node.start) + Int(node.count) <= bytes.count, "scalar outside the file")
        return UnsafeBufferPointer(rebasing: bytes[Int(node.start)..<Int(node.start + node.count)])
    }
}

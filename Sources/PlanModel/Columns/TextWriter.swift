/// Collects texts into one block of UTF-8 and hands out `TextRef`s to them.
struct TextWriter {
    var bytes: [UInt8] = []
    private var interned: [[UInt8]: TextRef] = [:]
    private var folder = FoldedKey.Folder()

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func add(_ text: String) -> TextRef {
        // A native string's bytes are read where they are (no copy of the string to retain).
        if let ref = text.utf8.withContiguousStorageIfAvailable({ add($0) }) { return ref }
        var text = text
        return text.withUTF8 { add($0) }
    }

    mutating func add(_ text: String?) -> TextRef { text.map { add($0) } ?? .absent }

    mutating func add(_ utf8: UnsafeBufferPointer<UInt8>) -> TextRef {
        let start = bytes.count
        bytes.append(contentsOf: utf8)
        return TextRef(offset: UInt32(start), length: UInt32(utf8.count))
    }

    /// A text many nodes share (a file name, a document, a field name), stored once.
    mutating func shared(_ text: String?) -> TextRef {
        guard let text else { return .absent }
        let key = Array(text.utf8)
        if let known = interned[key] { return known }
        let ref = add(text)
        interned[key] = ref
        return ref
    }

    /// `text` folded for matching (`FoldedKey`).
    mutating func addFolded(_ text: String) -> TextRef {
        let start = bytes.count
        folder.append(text, to: &bytes)
        return TextRef(offset: UInt32(start), length: UInt32(bytes.count - start))
    }
}

extension String {
    /// Whether the two are the same bytes. Strings compare equal when they are canonically
    /// equivalent (`é` as one scalar or as `e` and an accent); a graph keeps each text exactly
    /// as written, so texts it stores once for many nodes are matched by their bytes.
    func sameBytes(_ other: String) -> Bool {
        var a = self, b = other
        return a.withUTF8 { x in
            b.withUTF8 { y in x.count == y.count && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) }
        }
    }
}

/// The last few short texts written for each field (a slot per field name): the values of
/// a field that takes one of a few words (`phase: implementation`, `level: strategic`, a
/// period as written, `2024 Q3`) are stored once for many nodes, found without hashing. Prose
/// is longer than a short text and is always written anew. Texts are compared by their bytes
/// (two spellings of one accented letter are two texts, each kept as written).
struct ShortTexts {
    static let longest = 24, kept = 8
    private var recent: [[TextRef]] = []

    mutating func ref(_ t: String, slot: Int, text: inout TextWriter) -> TextRef {
        if let r = t.utf8.withContiguousStorageIfAvailable({ ref($0, slot: slot, text: &text) }) { return r }
        var t = t
        return t.withUTF8 { ref($0, slot: slot, text: &text) }
    }

    mutating func ref(_ t: UnsafeBufferPointer<UInt8>, slot: Int, text: inout TextWriter) -> TextRef {
        guard t.count <= ShortTexts.longest else { return text.add(t) }
        if slot >= recent.count { recent += Array(repeating: [], count: slot + 1 - recent.count) }
        let found = text.bytes.withUnsafeBufferPointer { bytes in
            recent[slot].first { r in
                Int(r.length) == t.count && (t.isEmpty || memcmp(bytes.baseAddress! + Int(r.offset), t.baseAddress!, t.count) == 0)
            }
        }
        if let found { return found }
        let ref = text.add(t)
        if recent[slot].count == ShortTexts.kept { recent[slot].removeFirst() }
        recent[slot].append(ref)
        return ref
    }
}

/// Lists of entries per owner in two flat arrays: owner `i`'s entries are
/// `entries[offsets[i]..<offsets[i + 1]]`, in the order they were given.
struct FlatLists {
    var offsets: [Int32]
    var entries: [Int32]

    /// `pairs` are (owner, entry); a counting sort keeps each owner's entries in their order.
    /// (Written through buffers, each index checked once: an array written in a loop asked
    /// whether its storage was shared on every write. Inlined, so that the closures of a lazy
    /// `pairs` are too: called through them, the hierarchy's child lists cost ≈ 230
    /// instructions a node.)
    @inline(__always)
    init<S: Sequence>(count: Int, pairs: S) where S.Element == (Int32, Int32) {
        var offsets = [Int32](repeating: 0, count: count + 1)
        offsets.withUnsafeMutableBufferPointer { o in
            for (owner, _) in pairs {
                precondition(owner >= 0 && Int(owner) < count, "owner out of range")
                o[Int(owner) + 1] += 1
            }
            for i in 0..<count { o[i + 1] += o[i] }
        }
        var next = offsets
        var entries = [Int32](repeating: 0, count: Int(offsets[count]))
        entries.withUnsafeMutableBufferPointer { e in
            next.withUnsafeMutableBufferPointer { n in
                for (owner, entry) in pairs {
                    precondition(owner >= 0 && Int(owner) < count && n[Int(owner)] < offsets[Int(owner) + 1],
                                 "the pairs changed between two readings")
                    e[Int(n[Int(owner)])] = entry
                    n[Int(owner)] += 1
                }
            }
        }
        self.offsets = offsets
        self.entries = entries
    }

    /// For each owner of `lists`, its entries that `entry` keeps, as `entry` makes them, in
    /// their order: the owner is known for a whole list, so nothing is counted or sorted.
    /// (`perKind` made four lists from pairs over every node: 1.5 % of a load's instructions,
    /// on one core.) The kept entries are counted first, so the array is made at its size:
    /// room for every entry, where a filter keeps few, was 30 bytes an activity of the peak.
    @inline(__always)
    init(keeping lists: FlatLists, _ entry: (Int32) -> Int32?) {
        var offsets = [Int32](repeating: 0, count: lists.offsets.count)
        let kept = lists.entries.reduce(0) { entry($1) == nil ? $0 : $0 + 1 }
        let entries = lists.entries.withUnsafeBufferPointer { from in
            [Int32](unsafeUninitializedCapacity: kept) { to, initialized in
                for owner in 0..<lists.offsets.count - 1 {
                    for i in Int(lists.offsets[owner])..<Int(lists.offsets[owner + 1]) {
                        guard let e = entry(from[i]) else { continue }
                        precondition(initialized < kept, "an entry kept once and not twice")
                        to[initialized] = e
                        initialized += 1
                    }
                    offsets[owner + 1] = Int32(initialized)
                }
            }
        }
        self.offsets = offsets
        self.entries = entries
    }

    /// Sorts owner `i`'s entries where they lie.
    mutating func sortList(_ i: Int, by before: (Int32, Int32) -> Bool) {
        entries[Int(offsets[i])..<Int(offsets[i + 1])].sort(by: before)
    }

    /// One list per kind, from per-kind arrays.
    init(perKind lists: [[Int32]]) {
        offsets = [0]
        entries = []
        for list in lists {
            entries += list
            offsets.append(Int32(entries.count))
        }
    }
}

/// Sorts entries by a text key (bytes compared in order, as `memcmp` does), then by a
/// number, then by the entry: the order every id and name index of a graph is kept in. The
/// first eight bytes of each key are compared as one integer; only runs that share them
/// compare whole keys. The entries (node or row numbers) are sorted themselves, with the
/// prefixes in an array by entry: a sort of every node is the largest thing a load makes
/// and lets go, and rows of prefix and entry would be four times the size.
enum KeyOrder {
    static func sort(_ entries: [Int32], key: (Int32) -> TextRef, then number: (Int32) -> Int32 = { _ in 0 }, text: [UInt8]) -> [Int32] {
        sort(entries, prefix: { prefix(key($0), text) }, isLong: { key($0).length > 8 }, compare: { compare(key($0), key($1), text) }, then: number)
    }

    /// The same with the key read through `prefix` (its first eight bytes as one number),
    /// `isLong` (longer than eight bytes) and `compare`.
    static func sort(_ entries: [Int32], prefix: (Int32) -> UInt64, isLong: (Int32) -> Bool, compare: (Int32, Int32) -> Int,
                     then number: (Int32) -> Int32 = { _ in 0 }) -> [Int32] {
        var prefixes = [UInt64](repeating: 0, count: Int(entries.max() ?? -1) + 1)
        for e in entries { prefixes[Int(e)] = prefix(e) }
        var sorted = entries
        prefixes.withUnsafeBufferPointer { p in
            sorted.sort { a, b in
                if p[Int(a)] != p[Int(b)] { return p[Int(a)] < p[Int(b)] }
                let na = number(a), nb = number(b)
                return na != nb ? na < nb : a < b
            }
            var i = 0
            while i < sorted.count {
                var j = i + 1
                while j < sorted.count && p[Int(sorted[j])] == p[Int(sorted[i])] { j += 1 }
                if j - i > 1 && sorted[i..<j].contains(where: isLong) {
                    sorted[i..<j].sort { a, b in
                        let c = compare(a, b)
                        if c != 0 { return c < 0 }
                        let na = number(a), nb = number(b)
                        return na != nb ? na < nb : a < b
                    }
                }
                i = j
            }
        }
        return sorted
    }

    static func prefix(_ ref: TextRef, _ text: [UInt8]) -> UInt64 {
        let n = min(8, Int(ref.length))
        return text.withUnsafeBufferPointer { t in
            var p: UInt64 = 0
            for k in 0..<n { p |= UInt64(t[Int(ref.offset) + k]) << (56 - 8 * k) }
            return p
        }
    }

    static func compare(_ a: TextRef, _ b: TextRef, _ text: [UInt8]) -> Int {
        let n = min(Int(a.length), Int(b.length))
        precondition(Int(a.offset) + Int(a.length) <= text.count && Int(b.offset) + Int(b.length) <= text.count, "text out of range")
        let c = n == 0 ? 0 : text.withUnsafeBufferPointer { memcmp($0.baseAddress! + Int(a.offset), $0.baseAddress! + Int(b.offset), n) }
        return c != 0 ? (c < 0 ? -1 : 1) : Int(a.length) - Int(b.length)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

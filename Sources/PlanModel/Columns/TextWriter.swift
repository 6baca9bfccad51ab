/// Collects texts into one block of UTF-8 and hands out `TextRef`s to them.
struct TextWriter {
    var bytes: [UInt8] = []
    private var interned: [String: TextRef] = [:]
    private var folder = FoldedKey.Folder()

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func add(_ text: String) -> TextRef {
        let start = bytes.count
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
        return TextRef(offset: UInt32(start), length: UInt32(bytes.count - start))
    }

    mutating func add(_ text: String?) -> TextRef { text.map { add($0) } ?? .absent }

    /// A text many nodes share (a file name, a document, a field name), stored once.
    mutating func shared(_ text: String?) -> TextRef {
        guard let text else { return .absent }
        if let known = interned[text] { return known }
        let ref = add(text)
        interned[text] = ref
        return ref
    }

    /// `text` folded for matching (`FoldedKey`).
    mutating func addFolded(_ text: String) -> TextRef {
        let start = bytes.count
        folder.append(text, to: &bytes)
        return TextRef(offset: UInt32(start), length: UInt32(bytes.count - start))
    }
}

/// Lists of entries per owner in two flat arrays: owner `i`'s entries are
/// `entries[offsets[i]..<offsets[i + 1]]`, in the order they were given.
struct FlatLists {
    var offsets: [Int32]
    var entries: [Int32]

    /// `pairs` are (owner, entry); a counting sort keeps each owner's entries in their order.
    init<S: Sequence>(count: Int, pairs: S) where S.Element == (Int32, Int32) {
        var offsets = [Int32](repeating: 0, count: count + 1)
        for (owner, _) in pairs { offsets[Int(owner) + 1] += 1 }
        for i in 0..<count { offsets[i + 1] += offsets[i] }
        var next = offsets
        var entries = [Int32](repeating: 0, count: Int(offsets[count]))
        for (owner, entry) in pairs {
            entries[Int(next[Int(owner)])] = entry
            next[Int(owner)] += 1
        }
        self.offsets = offsets
        self.entries = entries
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
/// number: the order every id and name index of a graph is kept in. The first eight bytes
/// of each key are compared as one integer; only runs that share them compare whole keys.
enum KeyOrder {
    static func sort(_ entries: [Int32], key: (Int32) -> TextRef, then second: (Int32) -> Int64, text: [UInt8]) -> [Int32] {
        var rows: [(prefix: UInt64, second: Int64, entry: Int32)] = entries.map { e in
            (prefix(key(e), text), second(e), e)
        }
        rows.sort { ($0.prefix, $0.second) < ($1.prefix, $1.second) }
        var i = 0
        while i < rows.count {
            var j = i + 1
            while j < rows.count && rows[j].prefix == rows[i].prefix { j += 1 }
            if j - i > 1 && rows[i..<j].contains(where: { key($0.entry).length > 8 }) {
                rows[i..<j].sort { a, b in
                    let c = compare(key(a.entry), key(b.entry), text)
                    return c != 0 ? c < 0 : a.second < b.second
                }
            }
            i = j
        }
        return rows.map(\.entry)
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

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PlanModel

/// The keys a mapping may have, each with its `Filler` type for a kind of node. A key is
/// found by comparing its bytes: no string is made and nothing hashed for the ten or so
/// keys of every item. A class whose look-ups copy nothing: the tables are shared by every
/// reader thread, and copying a key's bytes or name would count references to them from
/// both cores at once (a slow, contended write for each key of each item).
final class KeyTable: Sendable {
    let names: [String]
    let types: [Filler.FieldType]
    /// Every key's UTF-8, one after another: key `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private let bytes: [UInt8]
    private let starts: [Int]
    /// The keys by their length (in table order within a length): the keys of `n` bytes are
    /// `byLength[lengthStarts[n]..<lengthStarts[n + 1]]`, so a look-up compares only those.
    private let byLength: [Int]
    private let lengthStarts: [Int]
    /// The words of the keys that take one of a fixed set (`Filler.choiceWords`), kept the
    /// same way: key `i`'s are words `wordRanges[i]`, word `w` is `wordBytes[wordStarts[w]..<wordStarts[w + 1]]`.
    private let words: [String]
    private let wordBytes: [UInt8]
    private let wordStarts: [Int]
    private let wordRanges: [Range<Int>]

    init(_ keys: [String], kind: NodeKind? = nil) {
        names = keys
        types = keys.map { key in kind.map { Filler.type(of: key, kind: $0) } ?? .skip }
        bytes = keys.flatMap(\.utf8)
        starts = keys.reduce(into: [0]) { starts, key in starts.append(starts.last! + key.utf8.count) }
        let longest = keys.map(\.utf8.count).max() ?? 0
        byLength = keys.indices.sorted { (keys[$0].utf8.count, $0) < (keys[$1].utf8.count, $1) }
        lengthStarts = (0...longest + 1).map { n in keys.filter { $0.utf8.count < n }.count }
        var words: [String] = [], ranges: [Range<Int>] = []
        for key in keys {
            let own = kind.flatMap { Filler.choiceWords(of: key, kind: $0) } ?? []
            ranges.append(words.count..<words.count + own.count)
            words += own
        }
        self.words = words
        wordBytes = words.flatMap(\.utf8)
        wordStarts = words.reduce(into: [0]) { starts, word in starts.append(starts.last! + word.utf8.count) }
        wordRanges = ranges
    }

    /// The entry for a key node, by its text (any tag): its index, name and field type; nil
    /// for a key not in the table.
    func find(_ key: Int32, in document: PlanDocument) -> (index: Int, name: String, type: Filler.FieldType)? {
        let node = document[key]
        guard node.kind == .scalar else { return nil }
        guard node.start >= 0 else {
            let text = document.decoded[Int(-1 - node.start)]
            return names.firstIndex(of: text).map { ($0, names[$0], types[$0]) }
        }
        let length = Int(node.count)
        guard length + 1 < lengthStarts.count else { return nil }
        let found = Self.match(node, in: document, bytes, starts, among: byLength[lengthStarts[length]..<lengthStarts[length + 1]])
        return found.map { ($0, names[$0], types[$0]) }
    }

    /// Whether a scalar is one of the words entry `i` takes, by its bytes: no string is made,
    /// and the words (shared by every reader thread) are read without counting references.
    func isWord(_ n: Int32, of i: Int, in document: PlanDocument) -> Bool {
        let node = document[n]
        guard node.kind == .scalar else { return false }
        guard node.start >= 0 else { return words[wordRanges[i]].contains { $0.utf8.elementsEqual(document.decoded[Int(-1 - node.start)].utf8) } }
        return Self.match(node, in: document, wordBytes, wordStarts, among: wordRanges[i]) != nil
    }

    /// The words entry `i` takes, for a diagnostic.
    func words(of i: Int) -> [String] { Array(words[wordRanges[i]]) }

    /// Which of the texts `among` (text `t` is `bytes[starts[t]..<starts[t + 1]]`) the
    /// scalar's bytes are; the first in `among`'s order.
    private static func match(_ node: PlanDocument.Node, in document: PlanDocument, _ bytes: [UInt8], _ starts: [Int],
                              among texts: some Sequence<Int>) -> Int? {
        let text = document.utf8(node)
        return bytes.withUnsafeBufferPointer { k in
            starts.withUnsafeBufferPointer { s -> Int? in
                for i in texts where s[i + 1] - s[i] == text.count {
                    if text.isEmpty || memcmp(text.baseAddress!, k.baseAddress! + s[i], text.count) == 0 { return i }
                }
                return nil
            }
        }
    }
}

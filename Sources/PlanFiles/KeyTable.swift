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
/// both cores at once (a slow, contended write for each key of each item). Its memory is
/// written once, in `init`, and only read after: so it may be shared (`@unchecked`).
final class KeyTable: @unchecked Sendable {
    let names: [String]
    let types: [Filler.FieldType]
    /// Every key's UTF-8 (`Texts`).
    private let keyTexts: Texts
    /// The keys by their length (in table order within a length): the keys of `n` bytes are
    /// `byLength[lengthStarts[n]..<lengthStarts[n + 1]]`, so a look-up compares only those.
    private let byLength: UnsafeMutableBufferPointer<Int>
    private let lengthStarts: UnsafeMutableBufferPointer<Int>
    /// The words of the keys that take one of a fixed set (`Filler.choiceWords`), kept the
    /// same way: key `i`'s are words `wordRanges[i]`.
    private let words: [String]
    private let wordTexts: Texts
    private let wordRanges: [Range<Int>]

    init(_ keys: [String], kind: NodeKind? = nil) {
        names = keys
        types = keys.map { key in kind.map { Filler.type(of: key, kind: $0) } ?? .skip }
        keyTexts = Texts(keys)
        let longest = keys.map(\.utf8.count).max() ?? 0
        byLength = UnsafeMutableBufferPointer.copy(of: keys.indices.sorted { (keys[$0].utf8.count, $0) < (keys[$1].utf8.count, $1) })
        lengthStarts = UnsafeMutableBufferPointer.copy(of: (0...longest + 1).map { n in keys.filter { $0.utf8.count < n }.count })
        var words: [String] = [], ranges: [Range<Int>] = []
        for key in keys {
            let own = kind.flatMap { Filler.choiceWords(of: key, kind: $0) } ?? []
            ranges.append(words.count..<words.count + own.count)
            words += own
        }
        self.words = words
        wordTexts = Texts(words)
        wordRanges = ranges
    }

    deinit {
        byLength.deallocate()
        lengthStarts.deallocate()
        keyTexts.deallocate()
        wordTexts.deallocate()
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
        let text = document.utf8(node)
        let word = Texts.firstWord(text)
        for j in lengthStarts[length]..<lengthStarts[length + 1] where keyTexts.equal(byLength[j], text, firstWord: word) {
            let i = byLength[j]
            return (i, names[i], types[i])
        }
        return nil
    }

    /// Whether a scalar is one of the words entry `i` takes, by its bytes: no string is made,
    /// and the words (shared by every reader thread) are read without counting references.
    func isWord(_ n: Int32, of i: Int, in document: PlanDocument) -> Bool {
        let node = document[n]
        guard node.kind == .scalar else { return false }
        guard node.start >= 0 else { return words[wordRanges[i]].contains { $0.utf8.elementsEqual(document.decoded[Int(-1 - node.start)].utf8) } }
        let text = document.utf8(node)
        let word = Texts.firstWord(text)
        return wordRanges[i].contains { wordTexts.equal($0, text, firstWord: word) }
    }

    /// The words entry `i` takes, for a diagnostic.
    func words(of i: Int) -> [String] { Array(words[wordRanges[i]]) }
}

/// Texts compared by their bytes, for `KeyTable`: text `t` is `bytes[starts[t]..<starts[t + 1]]`,
/// and its first eight bytes are also one word (zero-padded), which settles most comparisons —
/// field names are short. In memory of their own, read without counting references (every
/// reader thread reads the same tables).
private struct Texts {
    let bytes: UnsafeMutableBufferPointer<UInt8>
    let starts: UnsafeMutableBufferPointer<Int>
    let firstWords: UnsafeMutableBufferPointer<UInt64>

    init(_ texts: [String]) {
        bytes = UnsafeMutableBufferPointer.copy(of: texts.flatMap(\.utf8))
        starts = UnsafeMutableBufferPointer.copy(of: texts.reduce(into: [0]) { starts, text in starts.append(starts.last! + text.utf8.count) })
        firstWords = UnsafeMutableBufferPointer.copy(of: texts.map { text in Array(text.utf8).withUnsafeBufferPointer { Self.firstWord($0) } })
    }

    /// Whether text `t` is `text`, whose first word is `firstWord`.
    func equal(_ t: Int, _ text: UnsafeBufferPointer<UInt8>, firstWord: UInt64) -> Bool {
        let start = starts[t], count = starts[t + 1] - start
        guard count == text.count, firstWords[t] == firstWord else { return false }
        return count <= 8 || memcmp(text.baseAddress! + 8, bytes.baseAddress! + start + 8, count - 8) == 0
    }

    func deallocate() {
        bytes.deallocate()
        starts.deallocate()
        firstWords.deallocate()
    }

    /// The first eight bytes of `text` as a word, zero-padded.
    static func firstWord(_ text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var word: UInt64 = 0
        if let base = text.baseAddress { withUnsafeMutableBytes(of: &word) { $0.baseAddress!.copyMemory(from: base, byteCount: min(8, text.count)) } }
        return word
    }
}

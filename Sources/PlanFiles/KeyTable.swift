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
    /// The keys by their length and first word, in open addressing: slot `s` holds a key's
    /// index plus one (0: empty); a power of two of them, at most a quarter in use. A look-up
    /// is a mix of two words and, almost always, one comparison (comparing the keys of the
    /// same length in turn was ≈ 130 instructions a key, 3 % of a load's).
    private let slots: UnsafeMutableBufferPointer<Int32>
    /// The words of the keys that take one of a fixed set (`Filler.choiceWords`), kept the
    /// same way: key `i`'s are words `wordRanges[i]`.
    private let words: [String]
    private let wordTexts: Texts
    private let wordRanges: [Range<Int>]

    init(_ keys: [String], kind: NodeKind? = nil) {
        names = keys
        types = keys.map { key in kind.map { Filler.type(of: key, kind: $0) } ?? .skip }
        keyTexts = Texts(keys)
        var count = 16
        while count < 4 * keys.count { count *= 2 }
        slots = .allocate(capacity: count)
        slots.initialize(repeating: 0)
        for (i, key) in keys.enumerated() {
            let utf8 = Array(key.utf8)
            let word = utf8.withUnsafeBufferPointer { ByteWords.first($0) }
            var s = Self.slot(word, utf8.count, mask: count - 1)
            while slots[s] != 0 { s = (s + 1) & (count - 1) }
            slots[s] = Int32(i + 1)
        }
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
        slots.deallocate()
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
        let text = document.utf8(node)
        let word = ByteWords.first(text), mask = slots.count - 1
        var s = Self.slot(word, text.count, mask: mask)
        while slots[s] != 0 {
            let i = Int(slots[s]) - 1
            if keyTexts.equal(i, text, firstWord: word) { return (i, names[i], types[i]) }
            s = (s + 1) & mask
        }
        return nil
    }

    /// Where a key of `length` bytes starting with `word` is looked for first. (The keys are
    /// the schema's, not the file's: no file can crowd them.)
    private static func slot(_ word: UInt64, _ length: Int, mask: Int) -> Int {
        let mixed = (word ^ UInt64(truncatingIfNeeded: length) << 59) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 40) & mask
    }

    /// Whether a scalar is one of the words entry `i` takes, by its bytes: no string is made,
    /// and the words (shared by every reader thread) are read without counting references.
    func isWord(_ n: Int32, of i: Int, in document: PlanDocument) -> Bool {
        let node = document[n]
        guard node.kind == .scalar else { return false }
        guard node.start >= 0 else { return words[wordRanges[i]].contains { $0.utf8.elementsEqual(document.decoded[Int(-1 - node.start)].utf8) } }
        let text = document.utf8(node)
        let word = ByteWords.first(text)
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
        firstWords = UnsafeMutableBufferPointer.copy(of: texts.map { text in Array(text.utf8).withUnsafeBufferPointer { ByteWords.first($0) } })
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
}

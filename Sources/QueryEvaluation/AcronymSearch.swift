import PlanModel
import QueryBinding

/// `~` finds text anywhere, also inside words, which is what Dutch compounds need
/// (`zorg` in `mantelzorg`). An acronym is another matter: `title ~ "ELZ"` also finds
/// "Welzijn". Where a `~` filter searches for one (two or more letters, all capitals), this
/// finds the kept nodes that hold it only inside longer words, so that the answer can say so.
public struct AcronymSearch {
    let fields: FieldValues

    /// Of one filter: how many kept nodes hold the acronym only inside longer words, and
    /// those words (folded, most frequent first).
    public struct Found: Sendable {
        public let written: String
        public let field: FieldKey
        public let count: Int
        public let words: [String]
    }

    /// Whether a search text is an acronym: two or more letters, every one a capital.
    static func isAcronym(_ text: String) -> Bool {
        let letters = text.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }

    func insideWords(_ matches: [NodeRef], _ query: BoundQuery) -> [(clause: Int, search: Found)] {
        // Each kept node's texts are folded again: beyond the notes' limit, not analysed.
        guard !matches.isEmpty, matches.count <= AnswerNotes.analysisLimit else { return [] }
        var out: [(clause: Int, search: Found)] = []
        // Folds as `Folding.key` does, each non-ASCII character once: `Folding.key` on every
        // kept node's texts was 144,000 instructions a call on the fuzz corpus (callgrind).
        let folder = TextFolder()
        for (i, clause) in query.clauses.enumerated() {
            guard case .condition(let condition) = clause.predicate else { continue }
            for (field, written) in condition.acronymSearches {
                let needle = Folding.key(written)
                guard !needle.isEmpty else { continue }
                var count = 0
                var words: [String: Int] = [:]
                for ref in matches {
                    let texts = fields.values(field, of: ref).compactMap { if case .text(let t) = $0 { folder.key(t) } else { nil } }
                    guard let inside = Self.onlyInsideWords(needle, texts) else { continue }
                    count += 1
                    words[inside, default: 0] += 1
                }
                if count > 0 {
                    let ordered = words.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
                    out.append((i, Found(written: written, field: field, count: count, words: ordered)))
                }
            }
        }
        return out
    }

    /// When `needle` occurs in `texts` (folded) and never as a whole word: the first longer
    /// word it was found in; nil when it occurs as a word somewhere, or not at all.
    static func onlyInsideWords(_ needle: String, _ texts: [String]) -> String? {
        var first: String?
        for text in texts {
            switch occurrences(of: needle, in: text) {
            case .absent: continue
            case .asWord: return nil
            case .inside(let word): first = first ?? word
            }
        }
        return first
    }

    /// How `needle` occurs in one text: not at all, somewhere as a whole word, or only inside
    /// longer words (the first of them).
    enum Occurrence: Equatable { case absent, asWord, inside(String) }

    /// Searched as `String.ranges(of:)` searches (by characters, each match after the last),
    /// over the bytes when both are plain ASCII (`FoldedContains`: there every byte is a
    /// character); the search by characters was most of this note's cost (callgrind, the
    /// query fuzz corpus).
    static func occurrences(of needle: String, in text: String) -> Occurrence {
        var hay = text, pin = needle
        let bytewise: Occurrence? = hay.withUTF8 { h in
            pin.withUTF8 { n in
                n.isEmpty || !FoldedContains.isPlainASCII(h) || !FoldedContains.isPlainASCII(n) ? nil : occurrences(of: n, in: h)
            }
        }
        return bytewise ?? occurrencesByCharacters(of: needle, in: text)
    }

    static func occurrencesByCharacters(of needle: String, in text: String) -> Occurrence {
        var found: Occurrence = .absent
        for range in text.ranges(of: needle) {
            let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : nil
            let after = range.upperBound < text.endIndex ? text[range.upperBound] : nil
            guard before.map(isWordCharacter) == true || after.map(isWordCharacter) == true else { return .asWord }
            if found == .absent {
                var start = range.lowerBound, end = range.upperBound
                while start > text.startIndex, isWordCharacter(text[text.index(before: start)]) { start = text.index(before: start) }
                while end < text.endIndex, isWordCharacter(text[end]) { end = text.index(after: end) }
                found = .inside(String(text[start..<end]))
            }
        }
        return found
    }

    /// `occurrencesByCharacters` for plain ASCII, where a word character is a letter or digit.
    static func occurrences(of needle: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>) -> Occurrence {
        func isWord(_ i: Int) -> Bool {
            let b = text[i] | 0x20
            return (0x61...0x7A).contains(b) || (0x30...0x39).contains(text[i])
        }
        var found: Occurrence = .absent
        var at = 0
        while at + needle.count <= text.count {
            guard (0..<needle.count).allSatisfy({ text[at + $0] == needle[$0] }) else { at += 1; continue }
            let end = at + needle.count
            guard (at > 0 && isWord(at - 1)) || (end < text.count && isWord(end)) else { return .asWord }
            if found == .absent {
                var (wordStart, wordEnd) = (at, end)
                while wordStart > 0, isWord(wordStart - 1) { wordStart -= 1 }
                while wordEnd < text.count, isWord(wordEnd) { wordEnd += 1 }
                found = .inside(String(decoding: UnsafeBufferPointer(rebasing: text[wordStart..<wordEnd]), as: UTF8.self))
            }
            at = end
        }
        return found
    }

    static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber }
}

extension BoundCondition {
    /// The `~` searches for an acronym in the condition's top-level conjunction: each field
    /// and the text as written.
    var acronymSearches: [(field: FieldKey, written: String)] {
        switch self {
        case .titleContains(_, let written) where AcronymSearch.isAcronym(written): return [(.title, written)]
        case .compare(let key, .contains, .text(let written)) where AcronymSearch.isAcronym(written): return [(key, written)]
        case .and(let parts): return parts.flatMap(\.acronymSearches)
        default: return []
        }
    }
}

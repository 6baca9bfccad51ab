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
            for range in text.ranges(of: needle) {
                let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : nil
                let after = range.upperBound < text.endIndex ? text[range.upperBound] : nil
                guard before.map(isWordCharacter) == true || after.map(isWordCharacter) == true else { return nil }
                if first == nil {
                    var start = range.lowerBound, end = range.upperBound
                    while start > text.startIndex, isWordCharacter(text[text.index(before: start)]) { start = text.index(before: start) }
                    while end < text.endIndex, isWordCharacter(text[end]) { end = text.index(after: end) }
                    first = String(text[start..<end])
                }
            }
        }
        return first
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

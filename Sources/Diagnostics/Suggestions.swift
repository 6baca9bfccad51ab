/// Ranked "did you mean" candidates for a misspelt name, shared by the plan loader and
/// the query binder so that both suggest the same way.
public enum Suggestions {
    /// Candidates within a small edit distance of `name` (case-insensitive), closest first,
    /// ties broken by the order given; at most `limit`.
    /// The work is bounded: a name longer than `maxNameLength` is no typo and gets nothing;
    /// a candidate whose UTF-8 length is far from the name's is passed over before anything
    /// else is done with it; and `shouldStop` (the shell's Ctrl-C) is asked every few
    /// thousand candidates, ending the search with what was found so far.
    public static func closest(to name: String, among candidates: some Sequence<String>, limit: Int = 2) -> [String] {
        guard name.utf8.count <= maxNameLength else { return [] }
        let target = Array(name.lowercased())
        let threshold = max(1, min(3, target.count / 3 + 1))
        // A character is 1 to 4 bytes (lowercasing may change a few): a generous byte window.
        let bytes = name.utf8.count, window = (threshold + 2) * 4
        var scored: [(distance: Int, nearness: Int, order: Int, name: String)] = []
        var seen = Set<String>()
        for (order, candidate) in candidates.enumerated() {
            if order % 4096 == 4095, shouldStop() { break }
            if abs(candidate.utf8.count - bytes) > window || !seen.insert(candidate).inserted { continue }
            let lowered = Array(candidate.lowercased())
            if abs(lowered.count - target.count) > threshold { continue }
            let d = editDistance(target, lowered)
            if d <= threshold && d < max(target.count, lowered.count) {
                scored.append((d, nearness(target, lowered), order, candidate))
            }
        }
        scored.sort { ($0.distance, $0.nearness, $0.order) < ($1.distance, $1.nearness, $1.order) }
        return scored.prefix(limit).map(\.name)
    }

    /// Names longer than this get no suggestion.
    public static let maxNameLength = 256

    /// Asked during a long search; true ends it (the shell sets it to its Ctrl-C flag).
    nonisolated(unsafe) public static var shouldStop: () -> Bool = { false }

    /// "did you mean 'ELZ'?" / "did you mean SD8 or SD3?" — or nil when nothing is close.
    public static func phrase(_ candidates: [String], quoted: Bool = true) -> String? {
        guard !candidates.isEmpty else { return nil }
        let shown = candidates.map { quoted ? "'\($0)'" : $0 }
        return "did you mean " + shown.joined(separator: " or ") + "?"
    }

    /// Among equally distant candidates, prefer the one whose differing characters are
    /// closest (`SD9` → `SD8` before `SD1`); 0 when lengths differ.
    static func nearness(_ a: [Character], _ b: [Character]) -> Int {
        guard a.count == b.count else { return 0 }
        return zip(a, b).reduce(0) { sum, pair in
            let (x, y) = (pair.0.unicodeScalars.first!.value, pair.1.unicodeScalars.first!.value)
            return sum + Int(x > y ? x - y : y - x)
        }
    }

    /// Damerau-style distance (insertions, deletions, substitutions, adjacent swaps).
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}

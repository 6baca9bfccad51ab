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
        var iterator = candidates.makeIterator()
        return closest(to: name, limit: limit) { iterator.next() }
    }

    /// `closest(to:among:limit:)` over an array, read without the generic sequence calls
    /// (this module's generic code is not specialised for its callers, and stepping through
    /// every node id that way was most of the search for an unknown name).
    public static func closest(to name: String, among candidates: [String], limit: Int = 2) -> [String] {
        var index = 0
        return closest(to: name, limit: limit) {
            guard index < candidates.count else { return nil }
            defer { index += 1 }
            return candidates[index]
        }
    }

    private static func closest(to name: String, limit: Int, next: () -> String?) -> [String] {
        guard var ranking = Ranking(name) else { return [] }
        // Most candidates are far from the name: an ASCII one is passed over on its letters
        // alone, read in place (no lowercased copy made), by the bound `distance` uses first.
        let letters = ranking.target.asciiLetterCounts
        var order = -1
        while let candidate = next() {
            order += 1
            if order % 4096 == 4095, shouldStop() { break }
            if ranking.isFar(bytes: candidate.utf8.count) { continue }
            if let letters, let far = Spelling.bagDistance(letters, ranking.target.count, candidate, limit: ranking.threshold),
               far > ranking.threshold { continue }
            // A name that is not plain ASCII has no letter bound; a plain ASCII candidate is
            // still passed over on its length (its characters are its bytes) before it is spelt.
            if letters == nil, ranking.isFar(asciiCandidate: candidate) { continue }
            ranking.consider(candidate, spelt: Spelling(candidate), at: order)
        }
        return ranking.best(limit)
    }

    /// What both `closest` do with each candidate: the name's spelling and bounds, and the
    /// candidates scored so far.
    private struct Ranking {
        let target: Spelling, threshold: Int, bytes: Int, window: Int
        var scored: [(distance: Int, nearness: Int, order: Int, name: String)] = []
        var seen = Set<String>()

        init?(_ name: String) {
            guard name.utf8.count <= maxNameLength else { return nil }
            target = Spelling(name)
            threshold = max(1, min(3, target.count / 3 + 1))
            // A character is 1 to 4 bytes (lowercasing may change a few): a generous byte window.
            bytes = name.utf8.count
            window = (threshold + 2) * 4
        }

        func isFar(bytes count: Int) -> Bool { abs(count - bytes) > window }

        /// Whether `candidate` is plain ASCII (no carriage return) and too long or short to be
        /// within the threshold: what `consider` finds first, without spelling it.
        func isFar(asciiCandidate candidate: String) -> Bool {
            let count = candidate.utf8.count
            guard abs(count - target.count) > threshold else { return false }
            return candidate.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
        }

        mutating func consider(_ candidate: String, spelt lowered: Spelling, at order: Int) {
            if abs(lowered.count - target.count) > threshold { return }
            let d = target.distance(to: lowered, limit: threshold)
            // A candidate named twice is scored once, at its first place.
            if d <= threshold && d < max(target.count, lowered.count), seen.insert(candidate).inserted {
                scored.append((d, target.nearness(to: lowered), order, candidate))
            }
        }

        func best(_ limit: Int) -> [String] {
            scored.sorted { ($0.distance, $0.nearness, $0.order) < ($1.distance, $1.nearness, $1.order) }.prefix(limit).map(\.name)
        }
    }

    /// A fixed list of candidates (keywords) spelt once, for `closest(to:among:)` asked for
    /// many names: each candidate's lowercased letters are not made again for every name.
    public struct Vocabulary: Sendable {
        public let words: [String]
        let spellings: [Spelling]
        let byteCounts: [Int]
        /// Each word's `Spelling.byteMask` (nil for a word not spelt in ASCII).
        let byteMasks: [UInt32?]

        public init(_ words: [String]) {
            self.words = words
            spellings = words.map(Spelling.init)
            byteCounts = words.map(\.utf8.count)
            byteMasks = spellings.map(\.byteMask)
        }
    }

    /// `closest(to:among:limit:)` over a vocabulary: the same answer, without spelling the
    /// candidates again (a vocabulary is small: no stop is asked for). The parser asks this for
    /// most words it reads where a kind may stand; most words share few letters with any
    /// keyword, and are passed over on their byte masks before a distance is computed.
    public static func closest(to name: String, among vocabulary: Vocabulary, limit: Int = 2) -> [String] {
        guard var ranking = Ranking(name) else { return [] }
        let mask = ranking.target.byteMask
        for order in vocabulary.words.indices where !ranking.isFar(bytes: vocabulary.byteCounts[order]) {
            if let mask, let other = vocabulary.byteMasks[order],
               Spelling.maskDistance(mask, other) > ranking.threshold { continue }
            ranking.consider(vocabulary.words[order], spelt: vocabulary.spellings[order], at: order)
        }
        return ranking.best(limit)
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
    /// Above `limit` the exact value does not matter: once a whole row of the table is over
    /// it, so is the answer, and `limit + 1` is returned at once.
    static func editDistance<Element: Equatable>(_ a: [Element], _ b: [Element], limit: Int = .max) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let width = b.count + 1
        // The three rows in one buffer on the stack (three arrays were most of a short name's cost).
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * width) { rows in
            rows.initialize(repeating: 0)
            var (previous2, previous, current) = (0, width, 2 * width)
            for j in 0...b.count { rows[previous + j] = j }
            for i in 1...a.count {
                rows[current] = i
                var rowMinimum = i
                for j in 1...b.count {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var value = min(rows[previous + j] + 1, rows[current + j - 1] + 1, rows[previous + j - 1] + cost)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                        value = min(value, rows[previous2 + j - 2] + 1)
                    }
                    rows[current + j] = value
                    rowMinimum = min(rowMinimum, value)
                }
                // A later row can be below this one only by an adjacent swap, which reaches back two
                // rows: stop when both are over the limit.
                if rowMinimum > limit, i > 1, rows[previous...(previous + b.count)].min()! > limit { return limit + 1 }
                (previous2, previous, current) = (previous, current, previous2)
            }
            return rows[previous + b.count]
        }
    }
}

/// A name as its lowercased characters, for comparing spellings: plain ASCII as bytes (most
/// names and every keyword: no `Character` to build or compare), anything else as characters.
struct Spelling {
    private enum Letters { case ascii([UInt8]), characters([Character]) }
    private let letters: Letters

    init(_ name: String) {
        // A carriage return before a line feed is one character with it: not the byte path.
        if name.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            letters = .ascii(name.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 })
        } else {
            letters = .characters(Array(name.lowercased()))
        }
    }

    var count: Int {
        switch letters {
        case .ascii(let b): b.count
        case .characters(let c): c.count
        }
    }

    var characters: [Character] {
        switch letters {
        case .ascii(let b): b.map { Character(Unicode.Scalar($0)) }
        case .characters(let c): c
        }
    }

    func distance(to other: Spelling, limit: Int) -> Int {
        if case .ascii(let a) = letters, case .ascii(let b) = other.letters {
            // Each edit changes the letters used by at most one on either side (a swap by
            // none): names far apart in their letters are passed over without the table.
            if Self.bagDistance(a, b) > limit { return limit + 1 }
            return Suggestions.editDistance(a, b, limit: limit)
        }
        return Suggestions.editDistance(characters, other.characters, limit: limit)
    }

    /// How often each byte occurs in an ASCII spelling (nil for any other), for `bagDistance`
    /// against many candidates without lowercasing each.
    var asciiLetterCounts: [Int16]? {
        guard case .ascii(let a) = letters else { return nil }
        var counts = [Int16](repeating: 0, count: 128)
        for byte in a { counts[Int(byte)] += 1 }
        return counts
    }

    /// `bagDistance` between an ASCII spelling (its `asciiLetterCounts` and length) and
    /// `candidate` lowercased, read from its bytes; nil when `candidate` would not be spelt
    /// as ASCII bytes (then `Spelling` decides). Once more than `limit` of the candidate's
    /// letters are missing from the spelling, that count is returned at once: it is over the
    /// limit and still no more than the edit distance (each ASCII letter read so far is a
    /// character of its own, whatever follows).
    static func bagDistance(_ counts: [Int16], _ count: Int, _ candidate: String, limit: Int) -> Int? {
        withUnsafeTemporaryAllocation(of: Int16.self, capacity: 128) { left in
            // One copy of the 128 counts, not a loop over them.
            counts.withUnsafeBufferPointer { left.baseAddress!.initialize(from: $0.baseAddress!, count: 128) }
            var shared = 0, length = 0
            for var byte in candidate.utf8 {
                guard byte < 0x80, byte != 0x0D else { return nil }
                if byte >= 65 && byte <= 90 { byte += 32 }
                length += 1
                if left[Int(byte)] > 0 {
                    left[Int(byte)] -= 1
                    shared += 1
                } else if length - shared > limit {
                    return length - shared
                }
            }
            return max(count, length) - shared
        }
    }

    /// The bytes of an ASCII spelling as a set of 32 (a byte's low five bits; nil for any
    /// other spelling), for `maskDistance`.
    var byteMask: UInt32? {
        guard case .ascii(let a) = letters else { return nil }
        return a.reduce(0) { $0 | 1 << UInt32($1 & 31) }
    }

    /// A bound under `bagDistance` of two ASCII spellings, from their `byteMask`s: a mask bit
    /// of one that the other lacks stands for at least one byte value of the one that the
    /// other lacks (bytes sharing a bit only make the bound lower).
    static func maskDistance(_ a: UInt32, _ b: UInt32) -> Int {
        max((a & ~b).nonzeroBitCount, (b & ~a).nonzeroBitCount)
    }

    /// The larger of the letters of `a` missing from `b` and those of `b` missing from `a`
    /// (counted with repeats): never more than the edit distance.
    static func bagDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        withUnsafeTemporaryAllocation(of: Int16.self, capacity: 128) { counts in
            counts.initialize(repeating: 0)
            for byte in a { counts[Int(byte)] += 1 }
            var shared = 0
            for byte in b where counts[Int(byte)] > 0 {
                counts[Int(byte)] -= 1
                shared += 1
            }
            return max(a.count, b.count) - shared
        }
    }

    func nearness(to other: Spelling) -> Int {
        if case .ascii(let a) = letters, case .ascii(let b) = other.letters {
            guard a.count == b.count else { return 0 }
            return zip(a, b).reduce(0) { $0 + abs(Int($1.0) - Int($1.1)) }
        }
        return Suggestions.nearness(characters, other.characters)
    }
}

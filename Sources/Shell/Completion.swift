import PlanModel
import QuerySyntax

/// One thing Tab may put in place of the word being typed.
public struct Candidate: Hashable, Sendable {
    /// The text itself, unquoted: `SD3`, `2024 Q1`, `Stad Leuven`, `order by`.
    public var value: String
    /// It is a name written in quotes (an actor name with spaces).
    public var quoted: Bool
    /// A name (id, actor, plan), which may be written in quotes; not a keyword.
    public var isName: Bool
    /// A folder in a path: completing it adds `/`, not a space.
    public var isFolder: Bool
    /// What a list shows instead of the value (a path's last part).
    public var label: String?
    /// Another text that typing may match: a qualified id's bare id (`SD3` for `zzl.SD3`).
    public var alias: String?
    /// A Dutch spelling of a keyword or role: offered only where no English word fits.
    public var isAlias = false
    /// The value folded (case and accents), when known beforehand: matching 200,000 actor
    /// names then folds none of them again.
    var key: String?

    public init(_ value: String, quoted: Bool = false, isName: Bool = false, isFolder: Bool = false,
                label: String? = nil, alias: String? = nil) {
        self.value = value
        self.quoted = quoted
        self.isName = isName
        self.isFolder = isFolder
        self.label = label
        self.alias = alias
    }

    /// Whether what is typed (without its quote) leads to this candidate.
    func matches(_ stem: String, folded stemKey: String? = nil) -> Bool {
        if let key { return key.hasPrefix(stemKey ?? Folding.key(stem)) || alias.map { WordText.hasPrefix($0, stem) } == true }
        return WordText.hasPrefix(value, stem) || alias.map { WordText.hasPrefix($0, stem) } == true
    }

    /// A name as a query must write it: bare when it is one word, else in double quotes.
    static func name(_ text: String) -> Candidate {
        Candidate(text, quoted: !Lexer.isBareName(text), isName: true)
    }

    /// How a list of candidates shows it.
    public var shown: String { label ?? (quoted ? WordText.quote(value, with: "\"") : value) }
}

/// What Tab found for the word before the cursor, and what to do with it.
public struct Completion: Equatable, Sendable {
    /// The word being completed, as typed (with its opening quote, if any).
    public var word: String
    /// Matching candidates, in the order they are listed.
    public var candidates: [Candidate]

    public init(word: String, candidates: [Candidate]) {
        self.word = word
        self.candidates = candidates
    }

    public enum Edit: Equatable, Sendable {
        /// Nothing matches.
        case none
        /// Replace the word with this text (one candidate: the whole of it and a space;
        /// several: their longest common prefix).
        case replace(String)
        /// Several candidates and nothing more in common: list them.
        case list([String])
    }

    /// One candidate completes; several complete to what they share, and when that adds
    /// nothing to what is typed, Tab lists them (no second Tab needed).
    public var edit: Edit {
        guard let first = candidates.first else { return .none }
        let typedQuote = WordText.openingQuote(of: word)
        let quote = typedQuote ?? "\""
        if candidates.count == 1 {
            if first.isFolder { return .replace(first.value) }
            guard first.quoted || typedQuote != nil else { return .replace(first.value + " ") }
            return .replace(WordText.quote(first.value, with: quote) + " ")
        }
        let common = WordText.commonPrefix(candidates.map(\.value))
        let stem = typedQuote == nil ? word : String(word.dropFirst())
        guard common.count > stem.count else { return .list(candidates.map(\.shown)) }
        // What they share is a name only quotes can hold (`"ELZ Leuven`): open the quote —
        // but only when every candidate needs one; `elz` beside `"ELZ Leuven"` stays bare.
        let quoting = typedQuote != nil || candidates.allSatisfy { $0.quoted }
        return .replace(quoting ? String(quote) + WordText.escape(common, quote: quote) : common)
    }
}

/// Small text rules completion shares.
enum WordText {
    static func openingQuote(of word: String) -> Character? {
        guard let first = word.first, first == "\"" || first == "'" else { return nil }
        return first
    }

    static func escape(_ text: String, quote: Character) -> String {
        var out = ""
        for c in text {
            if c == "\\" || c == quote { out.append("\\") }
            out.append(c)
        }
        return out
    }

    static func quote(_ text: String, with quote: Character) -> String {
        String(quote) + escape(text, quote: quote) + String(quote)
    }

    /// Compared ignoring case and accents, as the binder compares names.
    static func hasPrefix(_ text: String, _ prefix: String) -> Bool {
        Folding.key(text).hasPrefix(Folding.key(prefix))
    }

    /// The longest prefix every text shares (ignoring case and accents), spelt as the first.
    static func commonPrefix(_ texts: [String]) -> String {
        guard var prefix = texts.first.map(Array.init) else { return "" }
        for text in texts.dropFirst() {
            let other = Array(text)
            var n = 0
            while n < prefix.count, n < other.count, Folding.key(String(prefix[n])) == Folding.key(String(other[n])) {
                n += 1
            }
            prefix = Array(prefix[..<n])
        }
        return String(prefix)
    }

    /// Orders `SD2` before `SD10` and ignores case.
    static func naturalLess(_ a: String, _ b: String) -> Bool { NaturalKey(a) < NaturalKey(b) }

    /// A text's chunks of digits and of other characters, each read once: sorting many
    /// names compares these, rather than cutting both names up at every comparison.
    struct NaturalKey: Comparable {
        let chunks: [(text: String, lowered: String, number: Int?)]

        init(_ s: String) { chunks = WordText.chunks(s).map { ($0, $0.lowercased(), Int($0)) } }

        static func < (a: NaturalKey, b: NaturalKey) -> Bool {
            for (p, q) in zip(a.chunks, b.chunks) where p.text != q.text {
                if let m = p.number, let n = q.number { return m < n }
                return p.lowered != q.lowered ? p.lowered < q.lowered : p.text < q.text
            }
            return a.chunks.count < b.chunks.count
        }

        static func == (a: NaturalKey, b: NaturalKey) -> Bool { a.chunks.map(\.text) == b.chunks.map(\.text) }
    }

    static func chunks(_ s: String) -> [String] {
        var out: [String] = []
        var current = ""
        var inDigits = false
        for c in s {
            let digit = c.isASCII && c.isNumber
            if !current.isEmpty && digit != inDigits { out.append(current); current = "" }
            inDigits = digit
            current.append(c)
        }
        if !current.isEmpty { out.append(current) }
        return out
    }
}

import Diagnostics

/// What the parser would take after a text: the questions Tab completion asks. The answers
/// come from parsing, so completion cannot offer what the parser rejects, nor miss what it
/// accepts.
extension Parser {
    /// A word no plan uses, put where the typed word will go to see what reads it. It holds a
    /// digit, so it is never taken for a misspelt kind.
    static let probe = "zzprobe0"

    /// The kinds of name the parser would read right after `text` (which ends where the
    /// word being typed begins).
    public static func nameSlots(after text: String, queryNames: Set<String> = []) -> [NameSlot] {
        let separated = text.isEmpty || text.last!.isWhitespace ? text : text + " "
        var parser = Parser(file: SourceFile(name: "", text: separated + probe), queryNames: queryNames)
        parser.recordsSlots = true
        let offset = separated.utf8.count
        guard let at = parser.tokens.firstIndex(where: { $0.range.offset == offset }) else { return [] }
        _ = parser.script()
        var seen = Set<NameSlot>()
        return (parser.slots[at] ?? []).filter { seen.insert($0).inserted }
    }

    /// Whether `word` (a keyword or an operator, possibly several words) can follow `text` as
    /// a keyword: the parser does not stop with an error at it or before it, and does not read
    /// it as a name (`activities of goals` reads `goals` as a name: not offered after `of`).
    public static func accepts(_ word: String, after text: String, queryNames: Set<String> = []) -> Bool {
        let file = SourceFile(name: "", text: text + word)
        var parser = Parser(file: file, queryNames: queryNames)
        parser.recordsSlots = true
        let start = text.utf8.count
        let wordTokens = parser.tokens.indices.filter { parser.tokens[$0].range.offset >= start && parser.tokens[$0].kind != .end }
        guard !wordTokens.isEmpty, wordTokens.allSatisfy({ parser.tokens[$0].kind.isInvalid == false }) else { return false }
        let result = parser.script()
        if wordTokens.contains(where: parser.namesRead.contains) { return false }
        switch result {
        case .complete, .incomplete: return true
        case .failure(let diagnostics):
            // An error after the word (a later statement) is not the word's fault; there is none here.
            return diagnostics.allSatisfy { ($0.range?.offset ?? 0) > file.text.utf8.count }
        }
    }

    /// Whether `text` stops where the parser wants more.
    public static func isIncomplete(_ text: String, queryNames: Set<String> = []) -> Bool {
        parse(SourceFile(name: "", text: text), queryNames: queryNames).isIncomplete
    }
}

extension Token.Kind {
    var isInvalid: Bool {
        if case .invalid = self { return true }
        return false
    }
}

extension Keyword {
    /// Another spelling of a word that has a usual one: a singular kind (`activity` beside
    /// `activities`, `work package` beside `work packages`) or a joined one (`workpackages`,
    /// `work_packages`). Completion offers these
    /// only when no usual spelling matches what is typed.
    public var isAlternativeSpelling: Bool {
        if self == .package || self == .factor || self == .function { return true }
        guard let (kind, plural) = nodeKind else { return false }
        return !plural || rawValue != kind.spelled(plural: plural)
    }
}

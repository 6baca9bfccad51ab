/// Query text before the cursor, split by the lexer into the word being typed and what comes
/// before it: the same tokens, strings and comments as the parser sees, so completion never
/// disagrees with it about where a word starts.
public struct WordAtCursor: Equatable, Sendable {
    /// Everything before the word.
    public var context: String
    /// The partial word, with its opening quote when the cursor is inside a string.
    public var word: String
    /// The cursor is inside a `#` or `--` comment: nothing to complete.
    public var inComment: Bool

    public init(context: String, word: String, inComment: Bool = false) {
        self.context = context
        self.word = word
        self.inComment = inComment
    }

    public init(_ text: String) {
        let tokens = Lexer.tokenize(text).dropLast()
        let bytes = Array(text.utf8)
        func prefix(_ offset: Int) -> String { String(decoding: bytes[..<offset], as: UTF8.self) }
        func suffix(_ offset: Int) -> String { String(decoding: bytes[offset...], as: UTF8.self) }
        guard let last = tokens.last else {
            self.init(context: text, word: "", inComment: WordAtCursor.endsInComment(text))
            return
        }
        if last.kind == .unterminatedString {
            self.init(context: prefix(last.range.offset), word: suffix(last.range.offset))
            return
        }
        guard last.range.end == bytes.count else {
            // Only blanks and comments follow the last token (the lexer skipped them).
            self.init(context: text, word: "", inComment: WordAtCursor.endsInComment(suffix(last.range.end)))
            return
        }
        var start = last.range.offset
        switch last.kind {
        case .word, .keyword, .number:
            break
        case .invalid where last.text == "." || last.text == "-":
            // `zzl.` or `stad-`: a word still being typed, whose joiner the lexer cannot place yet.
            let before = tokens.dropLast().last
            guard let before, before.range.end == start, before.isWordLike else { fallthrough }
            start = before.range.offset
        default:
            self.init(context: text, word: "")
            return
        }
        self.init(context: prefix(start), word: suffix(start))
    }

    /// Whether the last line of `gap` (text the lexer skipped) opens a comment.
    static func endsInComment(_ gap: String) -> Bool {
        let lastLine = gap.split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
        return lastLine.contains("#") || lastLine.contains("--")
    }
}

extension Token {
    var isWordLike: Bool {
        switch kind {
        case .word, .keyword, .number: return true
        default: return false
        }
    }
}

extension Lexer {
    /// Whether `text` reads as one name without quotes: a single word or number, or a keyword
    /// that may stand as a name (`plan`). Anything else (`Stad Leuven`, `with`, `a--b`) must be
    /// quoted to be one name.
    public static func isBareName(_ text: String) -> Bool {
        let tokens = tokenize(text)
        guard tokens.count == 2, tokens[0].range.offset == 0, tokens[0].range.length == text.utf8.count else { return false }
        switch tokens[0].kind {
        case .word, .number: return true
        case .keyword(let keyword): return keyword.isNameLike
        default: return false
        }
    }
}

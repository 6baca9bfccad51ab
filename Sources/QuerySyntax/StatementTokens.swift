import Diagnostics

/// The tokens of a statement gathered line by line (a script's lines until the statement is
/// complete), each line lexed once. The lexer reads each line on its own except inside a
/// string, so the tokens of `text + "\n" + line` are those of `text` followed by those of
/// `line`, moved along — unless `text` ends in an open string, which is lexed again from
/// where it opens. Parsing the statement, asking whether it ends with `;` and whether a
/// later line continues it then lex nothing again (a script's statement was lexed three
/// times for each of its lines, and again with its next line).
public struct StatementTokens {
    /// The lines so far, joined by line breaks.
    public private(set) var text = ""
    /// The tokens of `text`, ending with `.end`.
    public private(set) var tokens = [Token(.end, "", SourceRange(offset: 0, length: 0))]
    var isEmpty = true
    /// The later line `continues` lexed last, and its tokens: it is usually the next line
    /// appended, and is then not lexed again.
    var lookahead: (line: Substring, tokens: [Token])?

    public init() {}

    /// The tokens of one text, lexed whole.
    public init(_ text: String) {
        self.text = text
        tokens = Lexer.tokenize(text)
        isEmpty = false
    }

    /// Adds a line after the ones so far (after a line break).
    public mutating func append(_ line: Substring) {
        // (Blank and comment lines before it are appended first, and lexed.)
        let lineTokens: [Token]
        if let lookahead, lookahead.line == line {
            lineTokens = lookahead.tokens
            self.lookahead = nil
        } else {
            lineTokens = Lexer.tokenize(String(line))
        }
        guard !isEmpty else {
            text = String(line)
            tokens = lineTokens
            isEmpty = false
            return
        }
        let lineStart = text.utf8.count + 1
        text += "\n"
        text += line
        tokens = Self.joined(tokens, in: text, lineTokens, at: lineStart)
    }

    /// Starts the next statement (keeping the tokens of the line looked at last).
    public mutating func removeAll() {
        self = StatementTokens(lookahead: lookahead)
    }

    init(lookahead: (line: Substring, tokens: [Token])?) {
        self.lookahead = lookahead
    }

    /// Whether the last token is `;` (comments after it do not count).
    public var endsWithSemicolon: Bool { tokens.dropLast().last?.kind == .semicolon }

    /// Parses the statement as `Parser.parse` does; `file` has the same text (named and
    /// numbered for diagnostics).
    public func parse(_ file: SourceFile, queryNames: Set<String> = []) -> ParseResult {
        var parser = Parser(file: file, tokens: tokens, queryNames: queryNames)
        return parser.script()
    }

    /// Whether `next`, a later line, continues the (complete) statement: `Parser.continues`.
    public mutating func continues(with next: Substring, queryNames: Set<String> = []) -> Bool {
        let nextStart = text.utf8.count + 1
        let joinedText = text + "\n" + next
        let nextTokens = lookahead.flatMap { $0.line == next ? $0.tokens : nil } ?? Lexer.tokenize(String(next))
        lookahead = (next, nextTokens)
        let joined = Self.joined(tokens, in: joinedText, nextTokens, at: nextStart)
        let parser = Parser(file: SourceFile(name: "", text: joinedText), tokens: joined, queryNames: queryNames)
        return Parser.continues(parser, nextStart: nextStart, next: next)
    }

    /// The tokens of `text`, given those of the part before `lineStart - 1` (a line break)
    /// and those of the line from `lineStart` lexed alone.
    static func joined(_ before: [Token], in text: String, _ line: [Token], at lineStart: Int) -> [Token] {
        // One array for both, filled in place (not the line's tokens moved, then both joined).
        var tokens: [Token] = []
        tokens.reserveCapacity(before.count + line.count)
        tokens.append(contentsOf: before.dropLast())
        if let open = tokens.last, open.kind == .unterminatedString {
            // The string runs on into the line: lex again from its opening quote (a token
            // start, where the lexer holds nothing but whether a line break came before).
            tokens.removeLast()
            var again = Lexer.tokenize(String(decoding: text.utf8.dropFirst(open.range.offset), as: UTF8.self))
            again[0].startsLine = open.startsLine
            return tokens + moved(again, by: open.range.offset)
        }
        for (i, token) in line.enumerated() {
            var token = token
            token.range = SourceRange(offset: token.range.offset + lineStart, length: token.range.length)
            if i == 0 { token.startsLine = true }
            tokens.append(token)
        }
        return tokens
    }

    static func moved(_ tokens: [Token], by offset: Int) -> [Token] {
        tokens.map { token in
            var token = token
            token.range = SourceRange(offset: token.range.offset + offset, length: token.range.length)
            return token
        }
    }
}

extension Parser {
    /// A parser over tokens already lexed from `file`'s text.
    init(file: SourceFile, tokens: [Token], queryNames: Set<String>) {
        self.file = file
        self.tokens = tokens
        self.queryNames = queryNames
    }
}

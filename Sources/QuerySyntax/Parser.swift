import Diagnostics

/// The outcome of parsing a query text.
public enum ParseResult: Sendable, Equatable {
    /// Every statement parsed (possibly none, for a blank text or only comments).
    case complete([Statement])
    /// The text stops early (a trailing `and`, an open parenthesis or string, `let q =`):
    /// not an error at a prompt, which asks for the next line. The diagnostic says what was
    /// expected, for a script that really ends there.
    case incomplete(Diagnostic)
    /// Real errors, each at the token it is about.
    case failure([Diagnostic])
}

extension ParseResult {
    /// The statements, when the text parsed completely.
    public var statements: [Statement]? {
        if case .complete(let statements) = self { return statements }
        return nil
    }

    /// Whether the text has errors (as opposed to being complete, or stopping early).
    public var isFailure: Bool {
        if case .failure = self { return true }
        return false
    }

    /// Whether the text stops early, so that a prompt should read another line.
    public var isIncomplete: Bool {
        if case .incomplete = self { return true }
        return false
    }

    /// Everything to report: none when complete, one when incomplete, all errors on failure.
    public var diagnostics: [Diagnostic] {
        switch self {
        case .complete: return []
        case .incomplete(let diagnostic): return [diagnostic]
        case .failure(let diagnostics): return diagnostics
        }
    }
}

/// A recursive-descent parser over the tokens of one `SourceFile`. Each parse function is
/// named after the grammar rule in `Grammar/query.ebnf` it reads, with the rule above it.
public struct Parser {
    /// Parentheses and `not`s deeper than this are an error rather than a stack overflow.
    public static let maxDepth = 256
    /// A script with more errors than this stops being reported.
    static let maxErrors = 20

    let file: SourceFile
    var tokens: [Token]
    var index = 0
    var depth = 0
    /// Names bound by `let`, lowercased: a source word among them is never taken for a misspelt kind.
    var queryNames: Set<String>
    /// Completion's questions (`nameSlots`, `accepts`): record which names could stand at
    /// which token, and which tokens were read as names. Off for ordinary parsing.
    var recordsSlots = false
    var slots: [Int: [NameSlot]] = [:]
    var namesRead: Set<Int> = []
    /// The source and the `of` names of the query being parsed, for the slots' kinds and scope.
    var querySource: Source.Form?
    var queryScope: [String] = []

    init(file: SourceFile, queryNames: Set<String>) {
        self.file = file
        self.tokens = Lexer.tokenize(file.text)
        // Taken as given (see `isQueryName`): lowercasing every name for every statement
        // made a script of 10,000 `let`s take the square of that.
        self.queryNames = queryNames
    }

    /// Whether `word` is a name bound by `let`, compared without case: at once for names
    /// given in lower case (a session's), by a look at each name otherwise.
    func isQueryName(_ word: String) -> Bool {
        let key = word.lowercased()
        return queryNames.contains(key) || queryNames.contains { $0.lowercased() == key }
    }

    /// Parses every statement of `file`. `queryNames` are the names bound by earlier `let`s
    /// (at a prompt, those of earlier lines); a `let` in the text itself is seen without help.
    public static func parse(_ file: SourceFile, queryNames: Set<String> = []) -> ParseResult {
        var parser = Parser(file: file, queryNames: queryNames)
        return parser.script()
    }

    /// Parses a text given directly, named `query` in diagnostics.
    public static func parse(_ text: String, queryNames: Set<String> = []) -> ParseResult {
        parse(SourceFile(name: "query", text: text), queryNames: queryNames)
    }

    // MARK: - Statements

    /* script = { statement [ ';' ] } ; */
    mutating func script() -> ParseResult {
        var statements: [Statement] = []
        var errors: [Diagnostic] = []
        while true {
            while peek.kind == .semicolon { advance() }
            if peek.kind == .end { break }
            let start = index
            do throws(ParseStop) {
                let statement = try self.statement()
                if case .let(let name, _) = statement.form { queryNames.insert(name.text.lowercased()) }
                try statementEnd(after: statement)
                statements.append(statement)
            } catch {
                switch error {
                case .incomplete(let diagnostic):
                    if errors.isEmpty { return .incomplete(diagnostic) }
                    errors.append(diagnostic)
                    return .failure(errors)
                case .failed(let diagnostic):
                    // Recovery may start the next statement at the very token that stopped this
                    // one (a `.quit` after an unfinished line): the same error once.
                    guard errors.last != diagnostic else { recover(statementStart: start); continue }
                    errors.append(diagnostic)
                    if errors.count >= Self.maxErrors {
                        errors.append(.error("too many errors; stopped here", at: peek.range, in: file))
                        return .failure(errors)
                    }
                    recover(statementStart: start)
                }
            }
        }
        return errors.isEmpty ? .complete(statements) : .failure(errors)
    }

    /* statement = query
                 | "let" NAME '=' query
                 | "describe" ref
                 | "explain" query
                 | "tree" ref
                 | "timeline" query
                 | "path" "from" ref "to" ref
                 | "expect" query '=' expectation
                 | "graph" query
                 | "overview" ref ; */
    mutating func statement() throws(ParseStop) -> Statement {
        let first = peek
        func finish(_ form: Statement.Form) -> Statement {
            Statement(form, range: first.range.union(tokens[index - 1].range))
        }
        switch first.keyword {
        case .let:
            advance()
            let name = try queryName(after: first)
            let equals = try expect(.op(.equal), "'='", after: tokens[index - 1])
            return finish(.let(name: name, query: try query(after: equals)))
        case .describe:
            advance()
            wants(.node(kinds: [], scope: []))
            return finish(.describe(try reference("a node to describe", after: first)))
        case .explain:
            advance()
            return finish(.explain(try query(after: first)))
        case .tree:
            advance()
            wants(.node(kinds: [], scope: []))
            return finish(.tree(try reference("a node to draw", after: first)))
        case .timeline:
            advance()
            return finish(.timeline(try query(after: first)))
        case .graph:
            advance()
            return finish(.graph(try query(after: first)))
        case .overview:
            advance()
            wants(.node(kinds: [.plan], scope: []))
            return finish(.overview(try reference("a plan", after: first)))
        case .path:
            advance()
            let from = try expect(.keyword(.from), "'from'", after: first)
            wants(.node(kinds: [], scope: []))
            let a = try reference("a node", after: from)
            let to = try expect(.keyword(.to), "'to'", after: tokens[index - 1])
            wants(.node(kinds: [], scope: []))
            return finish(.path(from: a, to: try reference("a node", after: to)))
        case .expect:
            advance()
            let q = try query(after: first)
            let equals = try expect(.op(.equal), "'=' and the expected result", after: tokens[index - 1])
            return finish(.expect(q, try expectation(after: equals)))
        default:
            return finish(.query(try query(after: nil)))
        }
    }

    /* NAME = WORD ; */
    mutating func queryName(after: Token) throws(ParseStop) -> Name {
        wants(.newName)
        let token = peek
        if case .word = token.kind {
            advance()
            return Name(token.text, range: token.range)
        }
        if token.keyword != nil {
            throw fail("'\(token.text)' is a keyword and cannot name a query", at: token)
        }
        throw expected("a name for the query", after: after)
    }

    /* expectation = NUMBER | "empty" | '[' [ ref { ',' ref } ] ']' ; */
    mutating func expectation(after: Token) throws(ParseStop) -> Expectation {
        let first = peek
        switch first.kind {
        case .number(let n):
            advance()
            return Expectation(form: .count(n), range: first.range)
        case .keyword(.empty):
            advance()
            return Expectation(form: .references([]), range: first.range)
        case .leftBracket:
            advance()
            var refs: [Reference] = []
            if peek.kind != .rightBracket {
                wants(.node(kinds: [], scope: []))
                refs.append(try reference(after: first))
                while peek.kind == .comma {
                    let comma = advance()
                    wants(.node(kinds: [], scope: []))
                    refs.append(try reference(after: comma))
                }
            }
            let close = try expect(.rightBracket, "',' or ']'", after: tokens[index - 1])
            return Expectation(form: .references(refs), range: first.range.union(close.range))
        default:
            throw expected("a number, a list like [elz.A2.1, elz.A2.2], or 'empty'", after: after)
        }
    }

    /// A statement ends at `;`, at the end of the text, or before a token on a later line
    /// that the statement could not take.
    mutating func statementEnd(after statement: Statement) throws(ParseStop) {
        let token = peek
        if token.kind == .semicolon || token.kind == .end || token.startsLine { return }
        switch statement.form {
        case .query, .let, .explain, .timeline, .graph: throw unexpectedAfterQuery()
        default: throw expected("the end of the statement")
        }
    }

    /// The query took all it could; say what could have come instead of the next token.
    func unexpectedAfterQuery() -> ParseStop {
        let token = peek
        if case .invalid = token.kind { return expected("") }
        if token.kind == .rightParen { return fail("unmatched ')'", at: token) }
        if case .word = token.kind,
           let near = Suggestions.closest(to: token.text, among: Self.clauseVocabulary, limit: 1).first {
            return fail("unexpected \(token.shown) — did you mean '\(near)'?", at: token, suggestion: near)
        }
        return expected("a filter, 'by', 'order by', 'limit', 'show' or the end of the statement", notes: ofMeantOr())
    }

    /// After `of NAME`, the query stopping at the next token: `of` was likely meant as Dutch
    /// "of" (or), as in `waar titel ~ "zorg" of titel ~ "welzijn"`.
    func ofMeantOr() -> [String] {
        guard index >= 2, tokens[index - 2].isKeyword(.of), tokens[index - 2].text.lowercased() == "of" else { return [] }
        return ["'of' restricts the query to a plan, goal or actor (Dutch 'van'); to join two filters, write 'or' (Dutch 'of' is English 'or')"]
    }

    static let clauseWords = Keyword.words(.filter) + ["and", "or", "not"] + Keyword.words(.shaping)
    static let clauseVocabulary = Suggestions.Vocabulary(clauseWords)

    /// After an error, skip to the next statement: to a `;` or the next line.
    mutating func recover(statementStart: Int) {
        if index == statementStart, peek.kind != .end { advance() }
        while peek.kind != .end, peek.kind != .semicolon, !peek.startsLine { advance() }
    }

    // MARK: - Tokens

    var peek: Token { tokens[index] }

    func peek(_ ahead: Int) -> Token { tokens[min(index + ahead, tokens.count - 1)] }

    @discardableResult
    mutating func advance() -> Token {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    /// Takes a token of `kind` or reports what was `expected`.
    mutating func expect(_ kind: Token.Kind, _ what: String, after: Token) throws(ParseStop) -> Token {
        guard peek.kind == kind else { throw expected(what, after: after) }
        return advance()
    }

    // MARK: - Errors

    /// "expected X after 'Y', found 'Z'" at the current token — or, when the text has ended,
    /// the same said as `.incomplete`.
    func expected(_ what: String, after: Token? = nil, notes: [String] = []) -> ParseStop {
        let token = peek
        var message = "expected \(what)"
        if let after { message += " after \(after.shown)" }
        switch token.kind {
        case .end:
            return .incomplete(.error(message + ", found end of input", at: token.range, in: file, notes: notes))
        case .unterminatedString:
            return .incomplete(.error("unterminated string", at: token.range, in: file))
        case .invalid:
            let (message, suggestion) = token.unreadable!
            return .failed(.error(message, at: token.range, in: file, suggestion: suggestion))
        default:
            return .failed(.error(message + ", found \(token.shown)", at: token.range, in: file, notes: notes))
        }
    }

    func fail(_ message: String, at token: Token, notes: [String] = [], suggestion: String? = nil) -> ParseStop {
        .failed(.error(message, at: token.range, in: file, notes: notes, suggestion: suggestion))
    }

    func fail(_ message: String, at range: SourceRange, suggestion: String? = nil) -> ParseStop {
        .failed(.error(message, at: range, in: file, suggestion: suggestion))
    }

    /// Runs `body` one level deeper, refusing to go past `maxDepth`.
    mutating func nested<T>(at token: Token, _ body: (inout Parser) throws(ParseStop) -> T) throws(ParseStop) -> T {
        guard depth < Self.maxDepth else {
            throw fail("too deeply nested (limit \(Self.maxDepth))", at: token)
        }
        depth += 1
        defer { depth -= 1 }
        return try body(&self)
    }
}

/// Why parsing of a statement stopped.
enum ParseStop: Error {
    case incomplete(Diagnostic)
    case failed(Diagnostic)
}

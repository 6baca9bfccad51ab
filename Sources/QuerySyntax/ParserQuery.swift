import Diagnostics

// Queries: the source they start from, and the shaping clauses after the filters.
extension Parser {
    /* query -> ["count"] source [filter] { shaping }
       Each shaping clause may be given once, in any order, after all filters. */
    mutating func query(after: Token?) throws(ParseStop) -> Query {
        let first = peek
        var count: SourceRange?
        var sourceAfter = after
        if first.isKeyword(.count) {
            count = advance().range
            sourceAfter = first
        }
        queryScope = []
        let source = try self.source(after: sourceAfter, atStatementStart: after == nil && count == nil)
        querySource = source.form
        let filter = startsFilterFactor(peek) ? try self.filter() : nil
        let shaping = try self.shaping()
        return Query(count: count, source: source, filter: filter, shaping: shaping,
                     range: first.range.union(tokens[index - 1].range))
    }

    /* source -> KIND | "work" ( "package" | "packages" ) | NAME */
    mutating func source(after: Token?, atStatementStart: Bool) throws(ParseStop) -> Source {
        wants(.queryName)
        let token = peek
        if let (kind, plural) = token.keyword?.nodeKind {
            advance()
            return Source(form: .kind(kind, plural: plural), range: token.range)
        }
        if token.isKeyword(.work) {
            advance()
            let second = peek
            guard second.isKeyword(.package) || second.isKeyword(.packages) else {
                throw expected("'package' or 'packages'", after: token)
            }
            advance()
            return Source(form: .kind(.workPackage, plural: second.isKeyword(.packages)),
                          range: token.range.union(second.range))
        }
        if case .word = token.kind {
            try checkNotMisspelt(token, atStatementStart: atStatementStart)
            readsName()
            advance()
            return Source(form: .named(Name(token.text, range: token.range)), range: token.range)
        }
        throw expected("a kind (activities, goals, actors, …) or a query name", after: after)
    }

    /// A source word that is no kind is a `let` name — unless it is close to a kind (or, first
    /// in a statement, to a statement keyword) and names no known query: then it is a typo.
    /// Short words and words with digits are never taken for typos (`ELZ`, `q2`, `goals2024`).
    func checkNotMisspelt(_ token: Token, atStatementStart: Bool) throws(ParseStop) {
        let word = token.text
        guard word.count >= 4, !queryNames.contains(word.lowercased()),
              word.allSatisfy({ $0.isLetter || $0 == "_" }) else { return }
        if let kind = Suggestions.closest(to: word, among: Self.kindWords, limit: 1).first {
            throw fail("unknown kind '\(word)' — did you mean '\(kind)'?", at: token, suggestion: kind)
        }
        if atStatementStart, let keyword = Suggestions.closest(to: word, among: Self.statementWords, limit: 1).first {
            throw fail("unknown word '\(word)' — did you mean '\(keyword)'?", at: token, suggestion: keyword)
        }
    }

    /// Kind spellings, plural first so that a tie suggests the plural.
    static let kindWords = ["activities", "goals", "actors", "plans", "themes", "indicators", "events",
                            "workpackages", "activity", "goal", "actor", "plan", "theme", "indicator",
                            "event", "workpackage"]

    static let statementWords = ["count", "let", "describe", "explain", "tree", "timeline", "path", "expect"]

    // MARK: - Shaping

    /* shaping -> "by" field | "order" "by" orderkey { "," orderkey } | "limit" NUMBER
                | "show" field { "," field } */
    mutating func shaping() throws(ParseStop) -> Shaping {
        var shaping = Shaping()
        var firstClause: Token?
        while true {
            let token = peek
            guard let keyword = token.keyword, keyword.startsShaping else {
                if let firstClause, startsFilterFactor(token) {
                    let clause = firstClause.isKeyword(.order) ? "order by" : firstClause.text.lowercased()
                    throw fail("filters come before '\(clause)': move \(token.shown) earlier", at: token)
                }
                return shaping
            }
            advance()
            firstClause = firstClause ?? token
            switch keyword {
            case .by:
                guard shaping.groupBy == nil else { throw givenTwice(token) }
                shaping.groupBy = try field(after: token)
            case .order:
                guard shaping.orderBy.isEmpty else { throw givenTwice(token) }
                let by = try expect(.keyword(.by), "'by'", after: token)
                shaping.orderBy.append(try orderKey(after: by))
                while peek.kind == .comma {
                    let comma = advance()
                    shaping.orderBy.append(try orderKey(after: comma))
                }
            case .limit:
                guard shaping.limit == nil else { throw givenTwice(token) }
                wants(.number)
                guard case .number(let n) = peek.kind else { throw expected("a number", after: token) }
                shaping.limit = Limit(count: n, range: token.range.union(advance().range))
            default:
                guard shaping.show.isEmpty else { throw givenTwice(token) }
                shaping.show.append(try field(after: token))
                while peek.kind == .comma {
                    let comma = advance()
                    shaping.show.append(try field(after: comma))
                }
            }
        }
    }

    func givenTwice(_ token: Token) -> ParseStop {
        let clause = token.isKeyword(.order) ? "order by" : token.text.lowercased()
        return fail("'\(clause)' is given twice", at: token)
    }

    /* orderkey -> field [ "asc" | "desc" ] */
    mutating func orderKey(after: Token) throws(ParseStop) -> OrderKey {
        let field = try self.field(after: after)
        if peek.isKeyword(.asc) || peek.isKeyword(.desc) {
            let direction = advance()
            return OrderKey(field: field, descending: direction.isKeyword(.desc),
                            range: field.range.union(direction.range))
        }
        return OrderKey(field: field, descending: false, range: field.range)
    }

    // MARK: - Names

    /* field -> WORD | KIND | "count" */
    mutating func field(after: Token) throws(ParseStop) -> Name {
        wants(.field(of: queryKind))
        let token = peek
        if case .word = token.kind {} else if token.keyword?.isNameLike != true {
            throw expected("a field", after: after, notes: keywordNote(token))
        }
        readsName()
        advance()
        return Name(token.text, range: token.range)
    }

    /* ref -> WORD | NUMBER | STRING | KIND */
    mutating func reference(_ what: String = "a reference", after: Token) throws(ParseStop) -> Reference {
        let token = peek
        switch token.kind {
        case .word, .number:
            readsName()
            advance()
            return Reference(token.text, isQuoted: false, range: token.range)
        case .string(let text):
            readsName()
            advance()
            return Reference(text, isQuoted: true, range: token.range)
        case .keyword(let k) where k.isNameLike:
            readsName()
            advance()
            return Reference(token.text, isQuoted: false, range: token.range)
        default:
            throw expected(what, after: after, notes: keywordNote(token))
        }
    }

    /// Whether a token can stand where a name is expected.
    func isName(_ token: Token) -> Bool {
        switch token.kind {
        case .word, .number, .string: return true
        case .keyword(let k): return k.isNameLike
        default: return false
        }
    }

    func keywordNote(_ token: Token) -> [String] {
        guard token.keyword != nil else { return [] }
        return ["'\(token.text)' is a keyword; quote it (\"\(token.text)\") to use it as a name"]
    }
}

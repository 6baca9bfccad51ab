import Diagnostics

// Queries: the source they start from, and the shaping clauses after the filters.
extension Parser {
    /* query = [ reduction ] source [ [ "and" | "or" ] filter ] { shaping } ; */
    mutating func query(after: Token?) throws(ParseStop) -> Query {
        let first = peek
        var count: SourceRange?
        var aggregate: Aggregate?
        var sourceAfter = after
        if first.isKeyword(.count) {
            count = advance().range
            sourceAfter = first
        } else if let function = Aggregate.Function(keyword: first.keyword), isName(peek(1)) || peek(1).isEndOfInput {
            aggregate = try self.aggregate(function)
            sourceAfter = tokens[index - 1]
        }
        queryScope = []
        let source = try self.source(after: sourceAfter,
                                     atStatementStart: after == nil && count == nil && aggregate == nil)
        querySource = source.form
        var orAfterSource: SourceRange?
        if case .named = source.form, peek.isKeyword(.and) || peek.isKeyword(.or) {
            let join = advance()
            if join.isKeyword(.or) { orAfterSource = join.range }
            guard startsFilterFactor(peek) else { throw expected("a filter or a query name", after: join) }
        }
        let filter = startsFilterFactor(peek) ? try self.filter() : nil
        let shaping = try self.shaping()
        return Query(count: count, aggregate: aggregate, source: source, orAfterSource: orAfterSource, filter: filter,
                     shaping: shaping, range: first.range.union(tokens[index - 1].range))
    }

    /* reduction = "count" | ( "sum" | "average" | "min" | "max" ) field "of" ; */
    mutating func aggregate(_ function: Aggregate.Function) throws(ParseStop) -> Aggregate {
        let keyword = advance()
        let field = try self.field(after: keyword)
        let of = try expect(.keyword(.of), "'of' and a query (\(function.rawValue) \(field) of activities …)",
                            after: tokens[index - 1])
        return Aggregate(function: function, field: field, range: keyword.range.union(of.range))
    }

    /// `work package(s)`, `success factor(s)`, `core function(s)`: the first word, and what may follow it.
    static let twoWordKinds: [Keyword: (singular: Keyword, plural: Keyword, kind: NodeKind)] = [
        .work: (.package, .packages, .workPackage), .success: (.factor, .factors, .successFactor),
        .core: (.function, .functions, .coreFunction),
    ]

    /* source = kind | NAME ; */
    mutating func source(after: Token?, atStatementStart: Bool) throws(ParseStop) -> Source {
        wants(.queryName)
        let token = peek
        if let (kind, plural) = token.keyword?.nodeKind {
            advance()
            return Source(form: .kind(kind, plural: plural), range: token.range)
        }
        if let keyword = token.keyword, let pair = Self.twoWordKinds[keyword] {
            advance()
            let second = peek
            guard second.isKeyword(pair.singular) || second.isKeyword(pair.plural) else {
                throw expected("'\(pair.singular.rawValue)' or '\(pair.plural.rawValue)'", after: token)
            }
            advance()
            return Source(form: .kind(pair.kind, plural: second.isKeyword(pair.plural)),
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
        guard word.count >= 4, !isQueryName(word),
              word.allSatisfy({ $0.isLetter || $0 == "_" }) else { return }
        if let kind = Suggestions.closest(to: word, among: Self.kindVocabulary, limit: 1).first {
            throw fail("unknown kind '\(word)' — did you mean '\(kind)'?", at: token, suggestion: kind)
        }
        if atStatementStart, let keyword = Suggestions.closest(to: word, among: Self.statementVocabulary, limit: 1).first {
            throw fail("unknown word '\(word)' — did you mean '\(keyword)'?", at: token, suggestion: keyword)
        }
    }

    /// Kind spellings, plural first so that a tie suggests the plural.
    static let kindWords = Keyword.table.filter { $0.kind?.plural == true }.map(\.keyword.rawValue)
        + Keyword.table.filter { $0.kind?.plural == false }.map(\.keyword.rawValue)

    /// Words a misspelt statement start is compared with (not `min`, `max`, `sum`: too near
    /// to query names like `mine`).
    static let statementWords = ["count"] + Keyword.words(.statement)

    /// The two lists spelt once, for every word a script puts where a kind may stand.
    static let kindVocabulary = Suggestions.Vocabulary(kindWords)
    static let statementVocabulary = Suggestions.Vocabulary(statementWords)

    // MARK: - Shaping

    /* shaping = "by" field
               | "order" "by" orderkey { ',' orderkey }
               | "limit" NUMBER
               | "show" field { ',' field } ; */
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

    /* orderkey = field [ "asc" | "desc" ] ; */
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

    /* field = [ "number" [ "of" ] ] fieldname ;

       fieldname = WORD | kindword | reductionword ; */
    mutating func field(after: Token) throws(ParseStop) -> Name {
        wants(.field(of: queryKind))
        // `of` may be left out: Dutch has none (`aantal thema's`).
        if peek.isKeyword(.number), peek(1).isKeyword(.of) || Self.isFieldName(peek(1)) {
            let number = advance()
            let of = peek.isKeyword(.of) ? advance() : number
            var counted = try field(after: of)
            guard counted.numberOf == nil else { throw fail("'number of number of' counts nothing", at: number) }
            counted.numberOf = number.range.union(of.range)
            return counted
        }
        let token = peek
        guard Self.isFieldName(token) else { throw expected("a field", after: after, notes: keywordNote(token)) }
        readsName()
        advance()
        return Name(token.text, range: token.range)
    }

    /// Whether a token can be a field's name: a word, or a kind or reduction word.
    static func isFieldName(_ token: Token) -> Bool {
        if case .word = token.kind { return true }
        return token.keyword?.isNameLike == true
    }

    /* ref = [ kindname ] name ;

       name = WORD | NUMBER | STRING | kindword | reductionword ; */
    mutating func reference(_ what: String = "a reference", after: Token) throws(ParseStop) -> Reference {
        if let (kind, words) = kindBeforeName() {
            let last = tokens[index + words - 1]
            index += words
            wants(.node(kinds: [kind], scope: queryScope))   // `tree plan ⇥` offers plans
            var ref = try reference(what, after: last)
            ref.kind = kind
            return ref
        }
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
        case .keyword(let k) where k.isNameLike || token.isAlias:
            readsName()
            advance()
            return Reference(token.text, isQuoted: false, range: token.range)
        default:
            throw expected(what, after: after, notes: keywordNote(token))
        }
    }

    /// A singular kind word (`plan`, `actor`, `work package`, …) at the current token with a
    /// name after it: the kind and how many tokens spell it.
    func kindBeforeName() -> (NodeKind, Int)? {
        guard let (kind, words) = kindWord(), index + words < tokens.count, isName(tokens[index + words]),
              tokens[index + words].keyword?.nodeKind == nil, !tokens[index + words].isKeyword(.work) else { return nil }
        return (kind, words)
    }

    /// A singular kind word at the current token: the kind and how many tokens spell it.
    func kindWord() -> (NodeKind, Int)? {
        if let (k, plural) = peek.keyword?.nodeKind, !plural { return (k, 1) }
        if peek.isKeyword(.work), index + 1 < tokens.count, tokens[index + 1].isKeyword(.package) { return (.workPackage, 2) }
        return nil
    }

    /// Whether a token can stand where a name is expected.
    func isName(_ token: Token) -> Bool {
        switch token.kind {
        case .word, .number, .string: return true
        case .keyword(let k): return k.isNameLike || token.isAlias
        default: return false
        }
    }

    func keywordNote(_ token: Token) -> [String] {
        guard token.keyword != nil else { return [] }
        return ["'\(token.text)' is a keyword; quote it (\"\(token.text)\") to use it as a name"]
    }
}

extension Aggregate.Function {
    init?(keyword: Keyword?) {
        switch keyword {
        case .sum: self = .sum
        case .average: self = .average
        case .min: self = .min
        case .max: self = .max
        default: return nil
        }
    }
}

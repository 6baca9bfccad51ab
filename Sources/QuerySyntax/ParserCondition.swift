import Diagnostics

// `where` conditions. Their `and`/`or`/`not`/parentheses are the same words as the filters':
// an `and` or `or` belongs to the condition unless what follows it (past any `not` and `(`)
// begins a filter clause, as in `where title ~ "x" or with lead ELZ`.
extension Parser {
    /* condition = condterm { "or" condterm } ; */
    mutating func condition(after: Token) throws(ParseStop) -> Condition {
        var terms = [try conditionTerm(after: after)]
        while peek.isKeyword(.or), continuesCondition() {
            let or = advance()
            terms.append(try conditionTerm(after: or))
        }
        return terms.count == 1
            ? terms[0] : Condition(form: .or(terms), range: terms[0].range.union(terms.last!.range))
    }

    /* condterm = condfactor { "and" condfactor } ; */
    mutating func conditionTerm(after: Token) throws(ParseStop) -> Condition {
        var factors = [try conditionFactor(after: after)]
        while peek.isKeyword(.and), continuesCondition() {
            let and = advance()
            factors.append(try conditionFactor(after: and))
        }
        return factors.count == 1
            ? factors[0] : Condition(form: .and(factors), range: factors[0].range.union(factors.last!.range))
    }

    /* condfactor = "not" condfactor
                  | '(' condition ')'
                  | test ; */
    mutating func conditionFactor(after: Token) throws(ParseStop) -> Condition {
        let token = peek
        switch token.kind {
        case .keyword(.not):
            return try nested(at: token) { (p: inout Parser) throws(ParseStop) -> Condition in
                p.advance()
                let operand = try p.conditionFactor(after: token)
                return Condition(form: .not(operand), range: token.range.union(operand.range))
            }
        case .leftParen:
            return try nested(at: token) { (p: inout Parser) throws(ParseStop) -> Condition in
                p.advance()
                var inner = try p.condition(after: token)
                let close = try p.expect(.rightParen, "')'", after: p.tokens[p.index - 1])
                inner.range = token.range.union(close.range)
                return inner
            }
        default:
            return try test(after: after)
        }
    }

    /// Whether the `and`/`or` at the current token joins conditions rather than filters.
    func continuesCondition() -> Bool {
        var i = index + 1
        while i < tokens.count, tokens[i].kind == .leftParen || tokens[i].isKeyword(.not) { i += 1 }
        guard i < tokens.count, let keyword = tokens[i].keyword else { return true }
        return !keyword.startsFilterClause
    }

    /* test = field ( OP value
                    | [ "not" ] "in" ( valuelist | period )
                    | "is" [ "not" ] "unknown" ) ; */
    mutating func test(after: Token) throws(ParseStop) -> Condition {
        let field = try self.field(after: after)
        let fieldToken = tokens[index - 1]
        func finish(_ form: Condition.Form) -> Condition {
            Condition(form: form, range: field.range.union(tokens[index - 1].range))
        }
        let token = peek
        switch token.kind {
        case .op(let op):
            advance()
            wants(.value(field: field.text, of: queryKind, scope: queryScope))
            return finish(.compare(field: field, op: op, opRange: token.range, value: try value(after: token)))
        case .keyword(.is):
            advance()
            let negated = peek.isKeyword(.not)
            if negated { advance() }
            _ = try expect(.keyword(.unknown), negated ? "'unknown'" : "'unknown' or 'not unknown'",
                           after: tokens[index - 1])
            return finish(.isUnknown(field: field, negated: negated))
        case .keyword(.not), .keyword(.in):
            let negated = token.isKeyword(.not)
            if negated { advance() }
            let inToken = try expect(.keyword(.in), "'in'", after: tokens[index - 1])
            if peek.kind == .leftParen {
                return finish(.member(field: field, negated: negated, values: try valueList(of: field)))
            }
            wants(.period)
            guard startsPeriod(peek) else {
                throw expected("'(' and a list of values, or a period", after: inToken)
            }
            return finish(.within(field: field, negated: negated, period: try period(after: inToken)))
        case .word where Self.containsWords.contains(token.text.lowercased()):
            throw fail("unknown operator \(token.shown) — did you mean '~'?", at: token, suggestion: "~")
        default:
            throw expected("an operator (=, !=, <, <=, >, >=, ~, in, is)", after: fieldToken)
        }
    }

    static let containsWords: Set<String> = ["contains", "like", "has", "includes", "matches"]

    /* valuelist = '(' value { ',' value } ')' ; */
    mutating func valueList(of field: Name) throws(ParseStop) -> [Value] {
        let open = advance()
        wants(.value(field: field.text, of: queryKind, scope: queryScope))
        var values = [try value(after: open)]
        while peek.kind == .comma {
            let comma = advance()
            wants(.value(field: field.text, of: queryKind, scope: queryScope))
            values.append(try value(after: comma))
        }
        _ = try expect(.rightParen, "',' or ')'", after: tokens[index - 1])
        return values
    }

    /* value = STRING | NUMBER | period | ref ; */
    mutating func value(after: Token) throws(ParseStop) -> Value {
        let token = peek
        switch token.kind {
        case .string(let text):
            advance()
            return Value(form: .string(text), range: token.range)
        case .number(let n):
            let next = peek(1)
            if next.kind == .dotDot || (!next.startsLine && isQuarterOrHalf(next)) {
                let p = try period(after: after)
                return Value(form: .period(p), range: p.range)
            }
            advance()
            return Value(form: .number(n), range: token.range)
        case .word where looksLikeDate(token.text):
            let p = try period(after: after)
            return Value(form: .period(p), range: p.range)
        case .keyword(.unknown):
            throw fail("write 'is unknown' to test for an unknown value", at: token, suggestion: "is unknown")
        default:
            guard isName(token) else { throw expected("a value", after: after, notes: keywordNote(token)) }
            let ref = try reference(after: after)
            return Value(form: .reference(ref), range: ref.range)
        }
    }
}

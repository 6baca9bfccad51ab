import Diagnostics
import PlanWords

// Filters: clauses joined by juxtaposition or `and`, `or`, `not` and parentheses.
// Precedence, tightest first: not, and (juxtaposition), or.
extension Parser {
    /* filter = filterterm { "or" filterterm } ; */
    mutating func filter() throws(ParseStop) -> Filter {
        var terms = [try filterTerm()]
        while peek.isKeyword(.or) {
            let or = advance()
            guard startsFilterFactor(peek) else { throw expected("a filter", after: or) }
            terms.append(try filterTerm())
        }
        return terms.count == 1 ? terms[0] : Filter(form: .or(terms), range: terms[0].range.union(terms.last!.range))
    }

    /* filterterm = filterfactor { [ "and" ] filterfactor } ; */
    mutating func filterTerm() throws(ParseStop) -> Filter {
        var factors = [try filterFactor()]
        while true {
            if peek.isKeyword(.and) {
                let and = advance()
                guard startsFilterFactor(peek) else { throw expected("a filter", after: and) }
            } else if !startsFilterFactor(peek) {
                break
            }
            factors.append(try filterFactor())
        }
        return factors.count == 1
            ? factors[0] : Filter(form: .and(factors), range: factors[0].range.union(factors.last!.range))
    }

    /* filterfactor = "not" filterfactor
                    | '(' filter ')'
                    | clause ; */
    mutating func filterFactor() throws(ParseStop) -> Filter {
        let token = peek
        switch token.kind {
        case .keyword(.not):
            return try nested(at: token) { (p: inout Parser) throws(ParseStop) -> Filter in
                p.advance()
                guard p.startsFilterFactor(p.peek) else { throw p.expected("a filter", after: token) }
                let operand = try p.filterFactor()
                return Filter(form: .not(operand), range: token.range.union(operand.range))
            }
        case .leftParen:
            return try nested(at: token) { (p: inout Parser) throws(ParseStop) -> Filter in
                p.advance()
                guard p.startsFilterFactor(p.peek) else { throw p.expected("a filter", after: token) }
                var inner = try p.filter()
                let close = try p.expect(.rightParen, "')'", after: p.tokens[p.index - 1])
                inner.range = token.range.union(close.range)
                return inner
            }
        default:
            let clause = try filterClause()
            return Filter(form: .clause(clause), range: clause.range)
        }
    }

    func startsFilterFactor(_ token: Token) -> Bool {
        if token.kind == .leftParen { return true }
        // A query name on a new line begins a statement (`let q = …` then `q in 2024`).
        if isQueryName(token) { return !token.startsLine }
        guard let keyword = token.keyword else { return false }
        return keyword == .not || keyword.startsFilterClause
    }

    /// A bare word naming a query bound by `let` (earlier, or in this text) stands for its answer.
    func isQueryName(_ token: Token) -> Bool {
        token.kind == .word && queryNames.contains(token.text.lowercased())
    }

    /* clause = "of" ref
              | "for" ref
              | periodtest period
              | withclause
              | "where" condition
              | "contributing" "to" ref
              | "linked" "to" ref
              | NAME ; */
    mutating func filterClause() throws(ParseStop) -> FilterClause {
        if isQueryName(peek) {
            let name = advance()
            return FilterClause(form: .named(Name(name.text, range: name.range)), range: name.range)
        }
        let token = advance()
        func finish(_ form: FilterClause.Form) -> FilterClause {
            FilterClause(form: form, range: token.range.union(tokens[index - 1].range))
        }
        switch token.keyword {
        case .of:
            wants(.node(kinds: [.plan, .goal, .activity, .actor], scope: []))
            let ref = try reference("a plan, goal, activity or actor", after: token)
            queryScope.append(ref.text)
            return finish(.of(ref))
        case .for:
            wants(.node(kinds: [.goal, .workPackage], scope: queryScope))
            return finish(.for(try reference("a goal or work package", after: token)))
        case .in:
            return finish(.period(.during, try period(after: token)))
        case .starting, .ending:
            let test = try periodTest(token)
            return finish(.period(test, try period(after: tokens[index - 1])))
        case .with:
            let (role, actor) = try withClause(after: token)
            return finish(.with(role: role, actor: actor))
        case .where:
            return finish(.where(try condition(after: token)))
        case .contributing:
            let to = try expect(.keyword(.to), "'to'", after: token)
            wants(.node(kinds: [.theme], scope: queryScope))
            return finish(.contributing(try reference("a theme", after: to)))
        default:
            let to = try expect(.keyword(.to), "'to'", after: token)
            wants(.node(kinds: [.activity], scope: queryScope))
            return finish(.linked(try reference("an activity or a topic", after: to)))
        }
    }

    /* periodtest = "in"
                  | "starting" ( "in" | "before" | "after" )
                  | "ending" ( "in" | "before" | "after" ) ; */
    mutating func periodTest(_ anchor: Token) throws(ParseStop) -> PeriodTest {
        let starting = anchor.isKeyword(.starting)
        switch peek.keyword {
        case .in: advance(); return starting ? .startingIn : .endingIn
        case .before: advance(); return starting ? .startingBefore : .endingBefore
        case .after: advance(); return starting ? .startingAfter : .endingAfter
        default: throw expected("'in', 'before' or 'after'", after: anchor)
        }
    }

    /* withclause = "with" [ WORD ] ref ; */
    mutating func withClause(after with: Token) throws(ParseStop) -> (Name?, Reference) {
        let first = peek
        wants(.roleOrActor(scope: queryScope))
        if first.kind == .word, isName(peek(1)), !peek(1).startsLine {
            readsName()
            advance()
            wants(.actor(role: first.text, scope: queryScope))
            let role = Name(first.text, range: first.range)
            return (role, try reference("an actor", after: first))
        }
        // A role word that ends the text wants its actor: more to come, not an actor named
        // `lead` (the prompt asks for the next line; a script reports what it lacks).
        if first.kind == .word, Role(word: first.text) != nil, peek(1).kind == .end {
            advance()
            wants(.actor(role: first.text, scope: queryScope))
            throw expected("an actor", after: first)
        }
        return (nil, try reference("an actor or a role and an actor", after: with))
    }
}

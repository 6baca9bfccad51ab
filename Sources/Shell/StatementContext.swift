import PlanModel
import QuerySyntax

/// The tokens of the statement the cursor is in, up to the word being typed, and what
/// completion reads from them: the words just before, the kind asked for, the plan in scope.
struct StatementContext {
    let tokens: [Token]

    init(_ context: String) {
        let all = Lexer.tokenize(context).filter { $0.kind != .end }
        var start = 0
        for (i, token) in all.enumerated() {
            if token.kind == .semicolon { start = i + 1 }
            // A line that starts with a kind or a statement word starts a new statement.
            else if token.startsLine, let k = token.keyword, k.nodeKind != nil || StatementContext.starters.contains(k) {
                start = i
            }
        }
        tokens = Array(all[start...])
    }

    static let starters = Set(Keyword.table.filter { $0.part == .statement || $0.part == .reduction }.map(\.keyword))
        .subtracting([.number])

    /// The token `n` places before the word (1: just before), lowercased when it is a word.
    func word(back n: Int) -> String? {
        guard n >= 1, n <= tokens.count else { return nil }
        return StatementContext.text(tokens[tokens.count - n])
    }

    /// The statement's first word (`let`, `describe`, `activities`, …).
    var first: String? { tokens.first.map(StatementContext.text) }

    static func text(_ token: Token) -> String {
        switch token.kind {
        // A keyword reads as its English word, so Dutch (`met`, `van`) completes alike.
        case .keyword(let k): return k.rawValue
        case .word, .number: return token.text.lowercased()
        case .comma: return ","
        case .leftParen: return "("
        default: return token.text
        }
    }

    /// The kind the query asks for: its first kind word (`work package` is two).
    var kind: NodeKind? {
        let equals = first == "let" ? tokens.firstIndex { $0.kind == .op(.equal) } : nil
        for (i, token) in tokens.enumerated() where i > (equals ?? -1) {
            if let kind = token.keyword?.nodeKind?.kind { return kind }
            if token.isKeyword(.work), i + 1 < tokens.count,
               tokens[i + 1].isKeyword(.package) || tokens[i + 1].isKeyword(.packages) {
                return .workPackage
            }
            if token.kind == .word { return nil }   // a query named with `let`
        }
        return nil
    }

    /// The plan an `of PLAN` clause restricts the statement to.
    func plan(in vocabulary: Vocabulary) -> NodeRef? {
        for (i, token) in tokens.enumerated().dropLast() where token.isKeyword(.of) {
            if let plan = vocabulary.plan(named: StatementContext.text(tokens[i + 1])) { return plan }
        }
        return nil
    }

    /// The last filter clause begun (`where`, `with`, …).
    var lastClause: String? {
        tokens.last { $0.keyword?.startsFilterClause == true }.map(StatementContext.text)
    }

    /// The last shaping clause begun (`show`, `order`, `by`, `limit`).
    var lastShaping: String? {
        tokens.last { $0.keyword?.startsShaping == true }.map(StatementContext.text)
    }
}

import PlanModel
import QuerySyntax
import Rendering
import Session

/// Tab completion: from the text before the cursor it finds the word being typed and what
/// precedes it, and offers what may stand there — ids after `for`, actors after `with`,
/// periods after `in`, fields after `where`, statement words at the start, meta commands
/// after `.`. Pure: no terminal and no libedit, so tests call it directly.
public struct Completer {
    let vocabulary: Vocabulary
    let queryNames: [String]

    public init(graph: PlanGraph, queryNames: Set<String> = []) {
        self.init(vocabulary: Vocabulary(graph: graph), queryNames: queryNames)
    }

    init(vocabulary: Vocabulary, queryNames: Set<String>) {
        self.vocabulary = vocabulary
        self.queryNames = queryNames.sorted()
    }

    /// `textBeforeCursor` is the whole entry so far: earlier lines of a multi-line entry
    /// give the context of a word on the current line.
    public func complete(_ textBeforeCursor: String) -> Completion {
        let start = textBeforeCursor.drop { $0.isWhitespace }
        if start.first == "." { return completeMeta(String(start)) }
        let typed = TypedWord(query: textBeforeCursor)
        if typed.inComment { return Completion(word: "", candidates: []) }
        var pool = candidates(after: StatementContext(typed.context), stem: typed.stem)
        if WordText.openingQuote(of: typed.word) != nil { pool = pool.filter(\.isName) }
        return Completion(word: typed.word, candidates: matching(pool, typed.stem))
    }

    func matching(_ pool: [Candidate], _ stem: String) -> [Candidate] {
        var seen = Set<String>()
        let found = pool.filter { $0.matches(stem) && seen.insert(Folding.key($0.value)).inserted }
        // Dutch words stand in only where no English word fits: `acti⇥` stays `activities`.
        return found.contains { !$0.isAlias } ? found.filter { !$0.isAlias } : found
    }

    // MARK: - Queries

    /// What may follow the words of the statement so far.
    func candidates(after statement: StatementContext, stem: String) -> [Candidate] {
        let p1 = statement.word(back: 1), p2 = statement.word(back: 2)
        switch (p2, p1) {
        case (_, nil):
            return words(Completer.kinds + Completer.statementWords) + names(queryNames)
                + dutch(Vocabulary.dutch([.kind, .statement, .reduction]))
        case (_, "count"?), (_, "timeline"?):
            return words(Completer.kinds) + names(queryNames) + dutch(Vocabulary.dutch([.kind]))
        case (_, "explain"?), (_, "expect"?):
            return words(Completer.kinds + ["count"]) + names(queryNames)
        case (_, "="?) where statement.first == "let":
            return words(Completer.kinds + ["count"]) + names(queryNames)
        case (_, "="?) where statement.first == "expect":
            return words(["empty"])
        case (_, "let"?), (_, "limit"?):
            return []
        case (_, "describe"?), (_, "tree"?), ("path"?, "from"?):
            return nodeIDs(NodeKind.allCases, in: nil, stem)
        case (_, "to"?) where statement.first == "path":
            return nodeIDs(NodeKind.allCases, in: nil, stem)
        case (_, "for"?):
            return nodeIDs([.goal, .workPackage], in: statement.plan(in: vocabulary), stem)
        case (_, "with"?):
            return words(Role.allCases.map(\.rawValue)) + actors() + dutch(Vocabulary.dutchRoles)
        case ("with"?, let role?) where Role(word: role) != nil:
            return actors()
        case (_, "of"?):
            return names(vocabulary.planIDs) + nodeIDs([.goal], in: nil, stem) + actors()
        case (_, "in"?), ("starting"?, "before"?), ("starting"?, "after"?), ("ending"?, "before"?), ("ending"?, "after"?):
            return periods()
        case (let test?, let year?) where ["in", "before", "after"].contains(test) && Int(year) != nil:
            return words(["Q1", "Q2", "Q3", "Q4", "H1", "H2"])
        case (_, "where"?), (_, "show"?), (_, "by"?):
            return fields(statement)
        case (_, ","?) where statement.lastShaping == "show" || statement.lastShaping == "by":
            return fields(statement)
        case (_, let logic?) where ["and", "or", "not", "("].contains(logic) && statement.lastClause == "where":
            return fields(statement) + words(Completer.clauseWords)
        case (_, "starting"?), (_, "ending"?):
            return words(["in", "before", "after"])
        case (_, "order"?):
            return words(["by"])
        case (_, "contributing"?), (_, "linked"?):
            return words(["to"])
        case (_, "path"?):
            return words(["from"])
        case ("contributing"?, "to"?):
            return nodeIDs([.theme], in: statement.plan(in: vocabulary), stem)
        case ("linked"?, "to"?):
            return nodeIDs([.activity], in: statement.plan(in: vocabulary), stem)
        default:
            return words(Completer.clauseWords + Completer.shapingWords + Completer.kinds)
                + dutch(Vocabulary.dutch([.filter, .logic, .shaping, .shapingWord, .kind]))
        }
    }

    // Keyword lists come from the keyword table (through Vocabulary); Dutch ones are aliases.
    static let kinds = Vocabulary.kinds
    static let statementWords = Vocabulary.statementWords
    static let clauseWords = Vocabulary.clauseWords
    static let shapingWords = Vocabulary.shapingWords

    func words(_ list: [String]) -> [Candidate] { list.map { Candidate($0) } }

    /// Dutch spellings, offered only where no English candidate fits the stem.
    func dutch(_ list: [String]) -> [Candidate] {
        list.map { var c = Candidate($0); c.isAlias = true; return c }
    }

    func names(_ list: [String]) -> [Candidate] {
        list.sorted(by: WordText.naturalLess).map(Candidate.name)
    }

    func actors() -> [Candidate] { names(vocabulary.actorNames) }

    /// Ids of nodes of `kinds`; all plan-qualified when the stem names a plan (`zzl.S`).
    /// A qualified id is also found by its bare id (`SD3` finds `elz.SD3` and `zzl.SD3`).
    func nodeIDs(_ kinds: [NodeKind], in plan: NodeRef?, _ stem: String) -> [Candidate] {
        if let dot = stem.firstIndex(of: "."), let named = vocabulary.plan(named: String(stem[..<dot])) {
            return names(vocabulary.qualifiedIDs(of: kinds, in: named))
        }
        return vocabulary.ids(of: kinds, in: plan)
            .sorted { $0.bare != $1.bare ? WordText.naturalLess($0.bare, $1.bare) : WordText.naturalLess($0.id, $1.id) }
            .map { id, bare in
                var candidate = Candidate.name(id)
                if id != bare { candidate.alias = bare }
                return candidate
            }
    }

    /// `2024`, `2024 Q1` … `2024 H2` for each year of the loaded plans.
    func periods() -> [Candidate] {
        vocabulary.years.flatMap { year in
            ["", " Q1", " Q2", " Q3", " Q4", " H1", " H2"].map { Candidate("\(year)\($0)") }
        }
    }

    func fields(_ statement: StatementContext) -> [Candidate] {
        words(vocabulary.fieldNames(for: statement.kind)) + dutch(Vocabulary.dutchRoles)
    }

    // MARK: - Meta commands

    /// `.fo` → `.format`; `.format j` → `json`; `.read Ex` → `Examples/`.
    func completeMeta(_ line: String) -> Completion {
        let typed = TypedWord(meta: line)
        let before = typed.context.split(whereSeparator: { $0.isWhitespace }).map { $0.lowercased() }
        let pool: [Candidate]
        switch (before.first, before.count) {
        case (nil, _):
            pool = words(MetaCommands.all.map(\.name) + [".exit"])
        case (".format"?, 1), (".mode"?, 1):
            pool = words(OutputFormat.allCases.map(\.rawValue))
        case (".timer"?, 1), (".explain"?, 1):
            pool = words(["on", "off"])
        case (".help"?, 1):
            pool = words(HelpText.topics.map(\.name))
        case (".read"?, 1), (".output"?, 1), (".load"?, _):
            return Completion(word: typed.word, candidates: PathCompletion.candidates(for: typed.word))
        default:
            pool = []
        }
        return Completion(word: typed.word, candidates: matching(pool, typed.word))
    }
}

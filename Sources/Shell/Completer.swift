import PlanModel
import QuerySyntax
import Rendering
import Session

/// Tab completion. The parser says what may follow the text before the cursor — which
/// keywords and operators it accepts there, and what kind of name it would read (a goal of
/// the plan in scope, an actor, a field of the kind asked, a period) — and completion fills
/// the names in from the loaded plans. It keeps no model of the grammar of its own. Pure: no
/// terminal and no libedit, so tests call it directly.
public struct Completer {
    let vocabulary: Vocabulary
    let queryNames: Set<String>

    public init(graph: PlanGraph, queryNames: Set<String> = []) {
        self.init(vocabulary: Vocabulary(graph: graph), queryNames: queryNames)
    }

    init(vocabulary: Vocabulary, queryNames: Set<String>) {
        self.vocabulary = vocabulary
        self.queryNames = queryNames
    }

    /// `textBeforeCursor` is the whole entry so far: earlier lines of a multi-line entry
    /// give the context of a word on the current line.
    public func complete(_ textBeforeCursor: String) -> Completion {
        let start = textBeforeCursor.drop { $0.isWhitespace }
        if start.first == "." { return completeMeta(String(start)) }
        let typed = WordAtCursor(textBeforeCursor)
        if typed.inComment { return Completion(word: "", candidates: []) }
        let quoted = WordText.openingQuote(of: typed.word) != nil
        let stem = quoted ? String(typed.word.dropFirst()) : typed.word
        let slots = Parser.nameSlots(after: typed.context, queryNames: queryNames)
        let words = quoted ? [] : keywords(after: typed.context, stem: stem)
        let named = slots.flatMap { names(for: $0, after: typed.context, stem: stem) }
        // Names first (a field after `where`, a goal after `for`), but a query's kind before
        // the names of `let` queries, the rarer choice at the start of a query.
        let pool = slots.contains(.queryName) ? words + named : named + words
        return Completion(word: typed.word, candidates: matching(pool, stem))
    }

    func matching(_ pool: [Candidate], _ stem: String) -> [Candidate] {
        var seen = Set<String>()
        let stemKey = Folding.key(stem)
        let found = pool.filter { $0.matches(stem, folded: stemKey) && seen.insert($0.key ?? Folding.key($0.value)).inserted }
        // Dutch words stand in only where no English word fits: `le⇥` stays `lead`.
        return found.contains { !$0.isAlias } ? found.filter { !$0.isAlias } : found
    }

    // MARK: - Keywords and operators

    /// The keywords and operators the parser accepts after `context`, kind words first. A word
    /// after which the parser can only take another keyword is offered with it (`order by`,
    /// `contributing to`, `starting in`). Another spelling of a word (`activity` beside
    /// `activities`, `workpackages`) is offered only when no usual one matches what is typed.
    func keywords(after context: String, stem: String) -> [Candidate] {
        let usual = Completer.spellings.filter { !$0.alternative && WordText.hasPrefix($0.text, stem) }
        let others = Completer.spellings.filter { $0.alternative && WordText.hasPrefix($0.text, stem) }
        var offered = offers(after: context, among: usual.map(\.text))
        if offered.isEmpty && !stem.isEmpty { offered = offers(after: context, among: others.map(\.text)) }
        return offered.map { Candidate($0) }
    }

    func offers(after context: String, among words: [String]) -> [String] {
        words.filter { Parser.accepts($0, after: context, queryNames: queryNames) }.flatMap { word -> [String] in
            let extended = context + word + " "
            guard Parser.isIncomplete(extended, queryNames: queryNames),
                  Parser.nameSlots(after: extended, queryNames: queryNames).isEmpty else { return [word] }
            let next = Completer.spellings.filter { !$0.alternative }.map(\.text)
                .filter { Parser.accepts($0, after: extended, queryNames: queryNames) }
            // Only a word that few others can follow is offered joined (`order by`, `starting
            // in|before|after`); after `not`, any filter may come.
            return next.isEmpty || next.count > Completer.maxJoined ? [word] : next.map { word + " " + $0 }
        }
    }

    static let maxJoined = 3

    /// Every keyword and operator spelling, kind words first, each marked when it is another
    /// spelling of a usual one.
    /// Read from the keyword table; its Dutch words are other spellings too (a singular
    /// kind's Dutch word is not offered: its plural is).
    static let spellings: [(text: String, alternative: Bool)] = {
        let starts: Set<Keyword> = [.work, .success, .core]
        let kinds = Keyword.table.filter { $0.kind != nil || starts.contains($0.keyword) }
        let rest = Keyword.table.filter { $0.kind == nil && !starts.contains($0.keyword) }
        return (kinds + rest).flatMap { entry -> [(text: String, alternative: Bool)] in
            let dutch = entry.kind?.plural == false ? [] : entry.dutch.map { (text: $0, alternative: true) }
            return [(entry.keyword.rawValue, entry.keyword.isAlternativeSpelling)] + dutch
        } + Operator.allCases.map { ($0.rawValue, false) }
    }()

    // MARK: - Names

    /// The names of the plans that may stand in `slot`.
    func names(for slot: NameSlot, after context: String, stem: String) -> [Candidate] {
        switch slot {
        case .node(let kinds, let scope):
            return nodes(kinds.isEmpty ? NodeKind.allCases : kinds, scope: scope, stem)
        case .roleOrActor:
            return words(Role.allCases.map(\.rawValue)) + actors(stem) + dutch(Vocabulary.dutchRoles)
        case .actor(let role, _):
            // The parser reads any word before a name as a role; only a real one takes an actor.
            return Role(word: role) == nil ? [] : actors(stem)
        case .field(let kind):
            return words(vocabulary.fieldNames(for: kind)) + dutch(Vocabulary.dutchRoles + vocabulary.dutchFieldNames(for: kind))
        case .value(let field, let kind, let scope):
            return values(of: field, kind: kind, scope: scope, stem)
        case .period, .quarterOrHalf:
            // Few enough to ask the parser about each: a range's end must not come before its start.
            let forms = slot == .period ? periods() : words(Parser.quartersAndHalves)
            return forms.filter { !Parser.parse(context + $0.value, queryNames: queryNames).isFailure }
        case .queryName:
            return names(Array(queryNames))
        case .newName, .number:
            return []
        }
    }

    /// Ids of nodes of `kinds` (actor names for actors), within the plan `scope` names if any.
    func nodes(_ kinds: [NodeKind], scope: [String], _ stem: String) -> [Candidate] {
        let plan = scope.lazy.compactMap { vocabulary.plan(named: $0) }.first
        // Kind by kind, as the parser lists them (plans, then goals, … then actors).
        return kinds.flatMap { kind in kind == .actor ? actors(stem) : nodeIDs([kind], in: plan, stem) }
    }

    /// What a `where` condition may compare `field` with: the nodes a reference field names,
    /// else the few short values the plans store in it.
    func values(of field: String, kind: NodeKind?, scope: [String], _ stem: String) -> [Candidate] {
        let plan = scope.lazy.compactMap { vocabulary.plan(named: $0) }.first
        if let kinds = vocabulary.referencedKinds(of: field) {
            return nodeIDs(kinds.filter { $0 != .actor }, in: plan, stem) + (kinds.contains(.actor) ? actors(stem) : [])
        }
        return names(vocabulary.storedValues(of: vocabulary.englishFieldName(field, for: kind), kind: kind))
    }

    func words(_ list: [String]) -> [Candidate] { list.map { Candidate($0) } }

    /// Dutch role and field words, offered only where no English candidate fits the stem.
    func dutch(_ list: [String]) -> [Candidate] {
        list.map { var c = Candidate($0); c.isAlias = true; return c }
    }

    func names(_ list: [String]) -> [Candidate] {
        list.sorted(by: WordText.naturalLess).map(Candidate.name)
    }

    /// The actors whose name, id or alias begins with what is typed; Ctrl-C stops a long search.
    func actors(_ stem: String) -> [Candidate] {
        let key = Folding.key(stem)
        var out: [Candidate] = []
        for (i, actor) in vocabulary.actorNames.enumerated() {
            if i % 4096 == 4095, Interrupt.isRequested { return [] }
            if actor.key!.hasPrefix(key) { out.append(actor) }
        }
        return out
    }

    /// Ids of nodes of `kinds`; all plan-qualified when the stem names a plan (`zzl.S`).
    /// A qualified id is also found by its bare id (`SD3` finds `elz.SD3` and `zzl.SD3`).
    func nodeIDs(_ kinds: [NodeKind], in plan: NodeRef?, _ stem: String) -> [Candidate] {
        if let dot = stem.firstIndex(of: "."), let named = vocabulary.plan(named: String(stem[..<dot])) {
            return names(vocabulary.qualifiedIDs(of: kinds, in: named))
        }
        return vocabulary.sortedIDs(of: kinds, in: plan)
    }

    /// `2024`, `2024 Q1` … `2024 H2` for each year of the loaded plans.
    func periods() -> [Candidate] {
        vocabulary.years.flatMap { year in
            ([""] + Parser.quartersAndHalves.map { " " + $0 }).map { Candidate("\(year)\($0)") }
        }
    }

    // MARK: - Meta commands

    /// `.fo` → `.format`; `.format j` → `json`; `.read Ex` → `Examples/`.
    func completeMeta(_ line: String) -> Completion {
        // Meta commands are words separated by blanks (paths keep their `/`); not query syntax.
        let wordStart = line.lastIndex(where: \.isWhitespace).map(line.index(after:)) ?? line.startIndex
        let word = String(line[wordStart...])
        let before = line[..<wordStart].split(whereSeparator: { $0.isWhitespace }).map { $0.lowercased() }
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
            return Completion(word: word, candidates: PathCompletion.candidates(for: word))
        default:
            pool = []
        }
        return Completion(word: word, candidates: matching(pool, word))
    }
}

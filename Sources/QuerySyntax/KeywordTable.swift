import PlanWords

/// The one table of keywords: for each, the part of the grammar it belongs to, the node kind it
/// names, and the Dutch words that mean the same. The lexer's spellings, the parser's word
/// classes and the shell's completion words are all read from here, and a test checks it
/// against `Grammar/keywords.tsv` and `Grammar/query.ebnf`.
public struct KeywordEntry: Sendable {
    /// Where a keyword stands in the grammar.
    public enum Part: String, Sendable, CaseIterable {
        /// Begins a statement: `let`, `describe`, …
        case statement
        /// Inside a statement: `from`, `empty`.
        case statementWord = "statement-word"
        /// Begins a query that reduces its nodes to numbers: `count`, `sum`, …, `number of`.
        case reduction
        /// Names a node kind by itself: `goals`, `staff`.
        case kind
        /// Part of a two-word kind: `work package`, `success factor`, `core function`.
        case kindWord = "kind-word"
        /// Begins a filter clause: `of`, `with`, `where`, …
        case filter
        /// Inside a filter clause: `before`, `after`, `to`.
        case filterWord = "filter-word"
        case logic
        /// Begins a shaping clause: `by`, `order`, `limit`, `show`.
        case shaping
        /// Inside a shaping clause: `asc`, `desc`.
        case shapingWord = "shaping-word"
    }

    public let keyword: Keyword
    public let part: Part
    public let kind: (kind: NodeKind, plural: Bool)?
    /// Dutch words read as this keyword; messages and printed queries use the English word.
    public let dutch: [String]
}

extension Keyword {
    /// Every keyword, in grammar order.
    public static let table: [KeywordEntry] = {
        func entry(_ k: Keyword, _ part: KeywordEntry.Part, _ dutch: [String] = [],
                   kind: NodeKind? = nil, plural: Bool = false) -> KeywordEntry {
            KeywordEntry(keyword: k, part: part, kind: kind.map { ($0, plural) }, dutch: dutch)
        }
        return [
            entry(.let, .statement, ["laat"]), entry(.describe, .statement, ["beschrijf"]),
            entry(.explain, .statement, ["verklaar"]), entry(.tree, .statement, ["boom"]),
            entry(.timeline, .statement, ["tijdlijn"]), entry(.path, .statement, ["pad"]),
            entry(.from, .statementWord), entry(.expect, .statement, ["verwacht"]), entry(.empty, .statementWord, ["leeg"]),
            entry(.graph, .statement), entry(.overview, .statement, ["overzicht"]),
            entry(.count, .reduction, ["tel"]), entry(.sum, .reduction, ["som"]),
            entry(.average, .reduction, ["gemiddelde"]), entry(.min, .reduction, ["minimum"]),
            entry(.max, .reduction, ["maximum"]), entry(.number, .reduction, ["aantal"]),
            entry(.plan, .kind, kind: .plan), entry(.plans, .kind, ["plannen"], kind: .plan, plural: true),
            entry(.goal, .kind, ["doel", "doelstelling"], kind: .goal),
            entry(.goals, .kind, ["doelen", "doelstellingen"], kind: .goal, plural: true),
            entry(.activity, .kind, ["activiteit", "actie"], kind: .activity),
            entry(.activities, .kind, ["activiteiten", "acties"], kind: .activity, plural: true),
            entry(.work, .kindWord), entry(.package, .kindWord), entry(.packages, .kindWord),
            entry(.workpackage, .kind, ["werkpakket"], kind: .workPackage),
            entry(.workpackages, .kind, ["werkpakketten"], kind: .workPackage, plural: true),
            entry(.workUnderscorePackage, .kind, kind: .workPackage),
            entry(.workUnderscorePackages, .kind, kind: .workPackage, plural: true),
            entry(.actor, .kind, kind: .actor), entry(.actors, .kind, ["actoren"], kind: .actor, plural: true),
            entry(.theme, .kind, ["thema"], kind: .theme),
            entry(.themes, .kind, ["thema's", "themas"], kind: .theme, plural: true),
            entry(.indicator, .kind, kind: .indicator),
            entry(.indicators, .kind, ["indicatoren"], kind: .indicator, plural: true),
            entry(.event, .kind, ["gebeurtenis"], kind: .event),
            entry(.events, .kind, ["gebeurtenissen"], kind: .event, plural: true),
            entry(.staff, .kind, ["personeel", "medewerkers"], kind: .staff, plural: true),
            entry(.achievement, .kind, ["realisatie"], kind: .achievement),
            entry(.achievements, .kind, ["realisaties"], kind: .achievement, plural: true),
            entry(.success, .kindWord), entry(.factor, .kindWord), entry(.factors, .kindWord),
            entry(.core, .kindWord), entry(.function, .kindWord), entry(.functions, .kindWord),
            entry(.successUnderscoreFactor, .kind, ["succesfactor"], kind: .successFactor),
            entry(.successUnderscoreFactors, .kind, ["succesfactoren"], kind: .successFactor, plural: true),
            entry(.coreUnderscoreFunction, .kind, ["kernfunctie"], kind: .coreFunction),
            entry(.coreUnderscoreFunctions, .kind, ["kernfuncties"], kind: .coreFunction, plural: true),
            entry(.of, .filter, ["van"]), entry(.for, .filter, ["voor"]), entry(.in, .filter),
            entry(.starting, .filter, ["beginnend"]), entry(.ending, .filter, ["eindigend"]),
            entry(.before, .filterWord), entry(.after, .filterWord, ["na"]),
            entry(.with, .filter, ["met"]), entry(.where, .filter, ["waar"]),
            entry(.contributing, .filter, ["bijdragend"]), entry(.to, .filterWord, ["aan"]),
            entry(.linked, .filter, ["gekoppeld"]),
            entry(.and, .logic, ["en"]), entry(.or, .logic), entry(.not, .logic, ["niet"]),
            entry(.is, .logic), entry(.unknown, .logic, ["onbekend"]),
            entry(.by, .shaping, ["per", "op"]), entry(.order, .shaping, ["sorteer"]),
            entry(.asc, .shapingWord, ["oplopend"]), entry(.desc, .shapingWord, ["aflopend"]),
            entry(.limit, .shaping, ["limiet"]), entry(.show, .shaping, ["toon"]),
        ]
    }()

    static let entries: [Keyword: KeywordEntry] = Dictionary(uniqueKeysWithValues: table.map { ($0.keyword, $0) })

    /// Every spelling the lexer reads as a keyword, lowercase: English and Dutch.
    public static let spellings: [String: Keyword] = {
        var map: [String: Keyword] = [:]
        for e in table {
            map[e.keyword.rawValue] = e.keyword
            for word in e.dutch { map[word] = e.keyword }
        }
        return map
    }()

    /// The keyword a word spells, in any case, English or Dutch.
    public init?(spelling: String) {
        guard let k = Keyword.spelled(spelling, among: Keyword.spellings) else { return nil }
        self = k
    }

    /// The keyword `written` spells among `spellings` (`Keyword.spellings`, which the lexer
    /// holds as it reads a text).
    static func spelled(_ written: String, among spellings: [String: Keyword]) -> Keyword? {
        guard written.utf8.count <= longestSpelling else { return nil }
        return spellings[written.lowercased()]
    }

    /// No spelling is longer than this many bytes: a longer word is looked up no further.
    static let longestSpelling = 24

    public var part: KeywordEntry.Part { Keyword.entries[self]!.part }

    /// The node kind a word names, singular or plural (`work` alone names none).
    public var nodeKind: (kind: NodeKind, plural: Bool)? { Keyword.entries[self]!.kind }

    /// Keywords that may also stand where a name is expected (a field, a value, a reference):
    /// the kind words and the reductions, so `by goal`, `show plan`, `order by count` read naturally.
    public var isNameLike: Bool { [.kind, .kindWord, .reduction].contains(part) }

    /// Keywords that begin a filter clause.
    public var startsFilterClause: Bool { part == .filter }

    /// Keywords that begin a shaping clause.
    public var startsShaping: Bool { part == .shaping }

    /// The keywords of one part, as written in English.
    public static func words(_ part: KeywordEntry.Part) -> [String] {
        table.filter { $0.part == part }.map(\.keyword.rawValue)
    }
}

import PlanModel
import QueryBinding
import QuerySyntax

/// The names of one loaded plan graph that completion offers: plan ids, node ids, actor
/// names, the plans' years, field names. Gathered once per graph (`.load` makes a new one).
final class Vocabulary {
    let graph: PlanGraph
    /// Plan ids, in load order.
    let planIDs: [String]
    /// Every year some loaded plan covers, ascending.
    let years: [Int]
    /// Actor ids, names and aliases, each spelling once.
    let actorNames: [String]

    init(graph: PlanGraph) {
        self.graph = graph
        planIDs = graph.plans.map { graph[$0].id }
        var years = Set<Int>()
        for plan in graph.plans {
            guard let period = graph[plan].period else { continue }
            years.formUnion(period.start.year...period.end.year)
        }
        self.years = years.sorted()
        actorNames = Vocabulary.unique(graph.actorNames)
    }

    /// The plan whose id is `id` (ignoring case).
    func plan(named id: String) -> NodeRef? { graph.plan(named: id) }

    /// Ids of the nodes of `kinds`, in load order, each with its bare id. Within `plan`, bare
    /// ids; across all plans, bare where the id is unique and plan-qualified (`zzl.SD3`)
    /// where it is not.
    func ids(of kinds: [NodeKind], in plan: NodeRef?) -> [(id: String, bare: String)] {
        var out: [(id: String, bare: String)] = []
        var seen = Set<String>()
        for kind in kinds {
            for ref in graph.nodes(of: kind) {
                let node = graph[ref]
                if let plan, node.plan != plan { continue }
                let unique = plan != nil || node.plan == nil || graph.nodes(withID: node.id).count == 1
                let id = unique ? node.id : graph.qualifiedID(ref)
                if seen.insert(Folding.key(id)).inserted { out.append((id, node.id)) }
            }
        }
        return out
    }

    /// Plan-qualified ids (`zzl.SD3`) of the nodes of `kinds` in `plan`.
    func qualifiedIDs(of kinds: [NodeKind], in plan: NodeRef) -> [String] {
        kinds.flatMap { kind in graph.nodes(of: kind).filter { graph[$0].plan == plan }.map { graph.qualifiedID($0) } }
    }

    /// The fields a query over `kind` can name: the built-in ones, the roles, and what its
    /// nodes store; for an unknown kind, what any kind stores.
    func fieldNames(for kind: NodeKind?) -> [String] {
        let stored = kind.map { graph.fieldNames(of: $0) }
            ?? NodeKind.allCases.reduce(into: Set<String>()) { $0.formUnion(graph.fieldNames(of: $1)) }
        return Vocabulary.unique(Vocabulary.builtInFields + stored.sorted())
    }

    /// The field names the binder knows for every node, in `.fields` order, then their
    /// synonyms (`name`, `parent`, `themes`, …): read from QueryBinding's table of fields.
    static let builtInFields: [String] = {
        let canonical = FieldKey.canonical.map(\.name)
        let dutch = Set(Role.dutch.flatMap(\.words))
        return canonical + FieldKey.allNames.filter { !canonical.contains($0) && !dutch.contains($0) }
    }()

    // MARK: - Words from the keyword table

    /// Kinds as a query names them, plural: `activities`, `work packages`, `success factors`.
    static let kinds = NodeKind.allCases.map(\.plural)

    /// Words that take the next word with them when completed (`path from`, `order by`).
    static let followedBy: [Keyword: String] = [.path: "from", .contributing: "to", .linked: "to", .order: "by"]

    static func spelled(_ part: KeywordEntry.Part) -> [String] {
        Keyword.table.filter { $0.part == part }.map { e in
            followedBy[e.keyword].map { "\(e.keyword.rawValue) \($0)" } ?? e.keyword.rawValue
        }
    }

    /// What may begin a statement besides a kind: `count`, `sum`, …, `let`, `describe`, ….
    static let statementWords = spelled(.reduction).filter { $0 != "number" } + spelled(.statement)
    /// Filter clauses and the logic that joins them.
    static let clauseWords = spelled(.filter) + ["and", "or", "not"]
    static let shapingWords = spelled(.shaping) + spelled(.shapingWord)

    /// The Dutch aliases of the keywords of `parts` (plural kinds only), offered by completion
    /// only where no English word fits what is typed.
    static func dutch(_ parts: Set<KeywordEntry.Part>) -> [String] {
        Keyword.table.filter { parts.contains($0.part) && ($0.kind == nil || $0.kind!.plural) }.flatMap(\.dutch)
    }

    static let dutchRoles = Role.dutch.flatMap(\.words)

    /// Drops later spellings of a text already seen (ignoring case and accents).
    static func unique(_ texts: [String]) -> [String] {
        var seen = Set<String>()
        return texts.filter { seen.insert(Folding.key($0)).inserted }
    }
}

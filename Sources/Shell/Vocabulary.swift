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
    /// Actor ids, names and aliases, each spelling once, in the order completion lists them,
    /// each with its folded form: sorted once per graph, so that Tab over 200,000 actors
    /// only filters.
    let actorNames: [Candidate]

    init(graph: PlanGraph) {
        self.graph = graph
        planIDs = graph.plans.map { graph[$0].id }
        var years = Set<Int>()
        for plan in graph.plans {
            guard let period = graph[plan].period else { continue }
            years.formUnion(period.start.year...period.end.year)
        }
        self.years = years.sorted()
        actorNames = Vocabulary.unique(graph.actorNames).sorted(by: WordText.naturalLess).map { name in
            var candidate = Candidate.name(name)
            candidate.key = Folding.key(name)
            return candidate
        }
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

    /// `ids(of:in:)` as completion lists them, ordered naturally by bare id, then id: sorted
    /// once per graph and kinds (Tab over 76,000 goals sorted them again at each press, 1.6 s).
    func sortedIDs(of kinds: [NodeKind], in plan: NodeRef?) -> [Candidate] {
        let key = kinds.map(\.rawValue).joined(separator: ",") + "@\(plan?.index ?? -1)"
        if let known = sortedIDCache[key] { return known }
        let keyed = ids(of: kinds, in: plan).map { (id: $0.id, bare: $0.bare, idKey: WordText.NaturalKey($0.id), bareKey: WordText.NaturalKey($0.bare)) }
        let sorted = keyed.sorted { $0.bare != $1.bare ? $0.bareKey < $1.bareKey : $0.idKey < $1.idKey }.map { entry in
            var candidate = Candidate.name(entry.id)
            if entry.id != entry.bare { candidate.alias = entry.bare }
            return candidate
        }
        sortedIDCache[key] = sorted
        return sorted
    }

    private var sortedIDCache: [String: [Candidate]] = [:]

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

    /// Dutch role words (`trekker`, `betrokken`, …), offered where no English word fits.
    static let dutchRoles = Role.dutch.flatMap(\.words)

    /// The Dutch words for the fields a query over `kind` can name (`titel`, `doel`, `niveau`
    /// for goals), offered where no English word fits.
    func dutchFieldNames(for kind: NodeKind?) -> [String] {
        let english = Set(fieldNames(for: kind).map { $0.lowercased() })
        return FieldWords.dutch.filter { english.contains($0.field) }.flatMap(\.words)
    }

    /// The field a word names for `kind`, as the binder reads it: the word itself where the
    /// kind has a field of that name, else the English field of a Dutch word (`niveau` → level).
    func englishFieldName(_ word: String, for kind: NodeKind?) -> String {
        let names = Set(fieldNames(for: kind).map { $0.lowercased() })
        guard !names.contains(word.lowercased()), let english = FieldWords.english(word), names.contains(english) else { return word }
        return english
    }

    /// The kinds of node a reference field names (`goal` → goals, `lead` → actors), or nil
    /// for a field that holds text, numbers or periods.
    func referencedKinds(of field: String) -> [NodeKind]? {
        // From the binder's own table of fields, so `trekker` names actors as `lead` does.
        let key = FieldKey.builtIn(field) ?? FieldWords.english(field).flatMap(FieldKey.builtIn)
        guard let kinds = key?.builtInType?.referencedKinds else { return nil }
        return NodeKind.allCases.filter(kinds.contains)
    }

    /// The values the plans store in `field` of nodes of `kind` (any kind when nil), when
    /// they are few and short enough to be choices (a level, a type); else none.
    func storedValues(of field: String, kind: NodeKind?) -> [String] {
        var values: [String] = []
        var seen = Set<String>()
        for k in kind.map({ [$0] }) ?? NodeKind.allCases {
            for ref in graph.nodes(of: k) {
                for (name, value) in graph[ref].fields where Folding.key(name) == Folding.key(field) {
                    guard case .text(let text) = value else { continue }
                    guard text.count <= 40 else { return [] }
                    if seen.insert(Folding.key(text)).inserted { values.append(text) }
                    if values.count > 50 { return [] }
                }
            }
        }
        return values
    }

    /// Drops later spellings of a text already seen (ignoring case and accents).
    static func unique(_ texts: [String]) -> [String] {
        var seen = Set<String>()
        return texts.filter { seen.insert(Folding.key($0)).inserted }
    }
}

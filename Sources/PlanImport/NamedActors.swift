import PlanModel

/// Finds the known actors a running text names ("samenwerken met Huis van Het Kind Leuven,
/// stad Leuven …"): whole-word matches of their names and aliases, ignoring case and accents,
/// the longest first so that "ELZ Leuven Noord" is not also read as "ELZ Leuven".
struct NamedActors {
    /// Folded name → actor id, for names and aliases of at least four characters.
    private let names: [(key: String, id: String, written: String)]

    init(graph: PlanGraph?) {
        guard let graph else { names = []; return }
        var list: [(String, String, String)] = []
        for name in graph.actorNames where name.count >= 4 {
            let found = graph.actors(named: name)
            if found.count == 1 { list.append((Folding.key(name), graph[found[0]].id, name)) }
        }
        names = list.sorted { $0.0.count > $1.0.count }
    }

    /// The actors named in `text`, in order of first mention, each with the words that named it.
    func find(in text: String) -> [(id: String, written: String)] {
        var haystack = Array(Folding.key(text))
        var found: [(position: Int, id: String, written: String)] = []
        for (key, id, written) in names where !found.contains(where: { $0.id == id }) {
            let needle = Array(key)
            guard needle.count <= haystack.count else { continue }
            var i = 0
            while i + needle.count <= haystack.count {
                if haystack[i..<(i + needle.count)].elementsEqual(needle),
                   i == 0 || !haystack[i - 1].isLetter && !haystack[i - 1].isNumber,
                   i + needle.count == haystack.count || !haystack[i + needle.count].isLetter && !haystack[i + needle.count].isNumber {
                    found.append((i, id, written))
                    // Blank the match so that a shorter name inside it is not found again.
                    for j in i..<(i + needle.count) { haystack[j] = " " }
                    break
                }
                i += 1
            }
        }
        return found.sorted { $0.position < $1.position }.map { ($0.id, $0.written) }
    }
}

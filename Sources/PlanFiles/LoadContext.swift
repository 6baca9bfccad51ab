import Diagnostics
import PlanModel
import Yams

/// State shared by the loader's passes: the graph under construction, what each id
/// names, and every problem found so far.
struct LoadContext {
    var builder = PlanGraphBuilder()
    var diagnostics: [Diagnostic] = []
    /// Folded actor id or alias → actor, across all files.
    var actorsByName: [String: NodeRef] = [:]
    /// Where each actor name was declared, for duplicate reports.
    var actorNameSites: [String: String] = [:]
    /// Folded `plan.id` → node, for plan-scoped references.
    var planNodes: [String: NodeRef] = [:]
    var planNodeSites: [String: String] = [:]
    var plansByID: [String: NodeRef] = [:]
    /// Items whose fields are decoded in the second pass, once every id is known.
    var pending: [PendingItem] = []
    /// The files being loaded, by name.
    var files: [String: SourceFile] = [:]

    mutating func error(_ message: String, at node: Node?, in file: SourceFile, suggestion: String? = nil) {
        let range = node.flatMap { YAMLDocument.range(of: $0, in: file) }
        diagnostics.append(.error(message, at: range, in: file, suggestion: suggestion))
    }

    mutating func warning(_ message: String, at node: Node?, in file: SourceFile) {
        let range = node.flatMap { YAMLDocument.range(of: $0, in: file) }
        diagnostics.append(.warning(message, at: range, in: file))
    }

    /// "unknown actor 'ELX' — did you mean 'ELZ'?"
    mutating func unknown(_ what: String, _ name: String, among candidates: some Sequence<String>,
                          at node: Node?, in file: SourceFile) {
        let close = Suggestions.closest(to: name, among: candidates)
        var message = "unknown \(what) '\(name)'"
        if let phrase = Suggestions.phrase(close) { message += " — \(phrase)" }
        error(message, at: node, in: file, suggestion: close.first)
    }

    /// Resolves an actor reference by id or alias.
    mutating func actor(_ node: Node, in file: SourceFile) -> NodeRef? {
        guard let name = node.scalar?.string else {
            error("expected an actor id", at: node, in: file)
            return nil
        }
        if let ref = actorsByName[Folding.key(name)] { return ref }
        let names = builder.nodes.filter { $0.kind == .actor }.flatMap { n -> [String] in
            var all = [n.id]
            if case .list(let aliases)? = n.field("aliases") { all += aliases }
            return all
        }
        unknown("actor", name, among: names, at: node, in: file)
        return nil
    }

    /// Resolves a reference to a node of the same plan, checking its kind.
    mutating func planNode(_ node: Node, plan: NodeRef, kinds: Set<NodeKind>, what: String, in file: SourceFile) -> NodeRef? {
        guard let id = node.scalar?.string else {
            error("expected a \(what) id", at: node, in: file)
            return nil
        }
        let planID = builder[plan].id
        if let ref = planNodes[Folding.key(planID + "." + id)], kinds.contains(builder[ref].kind) { return ref }
        let candidates = builder.nodes.filter { $0.plan == plan && kinds.contains($0.kind) }.map(\.id)
        unknown(what, id, among: candidates, at: node, in: file)
        return nil
    }
}

/// One list item of a plan file, declared in the first pass and filled in the second.
struct PendingItem {
    let ref: NodeRef
    let mapping: Node.Mapping
    let node: Node
    let file: SourceFile
    let plan: NodeRef?
    let keys: [String]
}

import Diagnostics
import PlanModel
import Yams

/// The loader's first pass: creates a node for every plan, actor and list item, checking
/// top-level keys, id syntax and duplicate ids, and queues each item for the second pass.
enum Declarer {
    static func declare(_ document: YAMLDocument, in context: inout LoadContext) {
        guard let root = document.root else { return }
        let file = document.file
        checkKeys(root, allowed: Schema.topLevel, what: "section", in: file, context: &context)
        var plan: NodeRef?
        if let planNode = root["plan"] {
            plan = declarePlan(planNode, in: file, context: &context)
        }
        if let actors = root["actors"] {
            for item in items(actors, section: "actors", in: file, context: &context) {
                declareActor(item, plan: plan, in: file, context: &context)
            }
        }
        for section in Schema.nodeSections {
            guard let list = root[section.key] else { continue }
            guard let plan else {
                context.error("'\(section.key)' needs a 'plan:' in the same file", at: keyNode(root, section.key), in: file)
                continue
            }
            for item in items(list, section: section.key, in: file, context: &context) {
                declareNode(item, kind: section.kind, keys: section.keys, plan: plan, parent: nil, in: file, context: &context)
            }
        }
    }

    static func declarePlan(_ node: Node, in file: SourceFile, context: inout LoadContext) -> NodeRef? {
        guard let mapping = node.mapping else {
            context.error("'plan' must be a mapping with id, title, …", at: node, in: file)
            return nil
        }
        guard let id = validID(mapping, in: file, context: &context) else { return nil }
        let key = Folding.key(id)
        if let other = context.plansByID[key] {
            context.error("duplicate plan id '\(id)' (also in \(context.builder[other].source?.planFile ?? "another file"))",
                          at: mapping["id"], in: file)
            return nil
        }
        var planNode = PlanNode(kind: .plan, id: id, plan: nil, title: mapping["title"]?.scalar?.string ?? id)
        planNode.source = Provenance(document: nil, lines: nil, section: nil, planFile: file.name,
                                     planLine: node.mark?.line ?? 0)
        let ref = context.builder.add(planNode)
        context.plansByID[key] = ref
        context.pending.append(PendingItem(ref: ref, mapping: mapping, node: node, file: file, plan: nil, keys: Schema.plan))
        return ref
    }

    static func declareActor(_ item: Node, plan: NodeRef?, in file: SourceFile, context: inout LoadContext) {
        guard let mapping = item.mapping, let id = validID(mapping, in: file, context: &context) else {
            if item.mapping == nil { context.error("an actor must be a mapping with id, name, kind", at: item, in: file) }
            return
        }
        let name = mapping["name"]?.scalar?.string ?? id
        var actor = PlanNode(kind: .actor, id: id, plan: nil, title: name)
        actor.source = Provenance(document: nil, lines: nil, section: nil, planFile: file.name, planLine: item.mark?.line ?? 0)
        let ref = context.builder.add(actor)
        // One name space for ids and aliases: a name must pick out one actor.
        var names: [(String, Node?)] = [(id, mapping["id"])]
        if let aliases = mapping["aliases"]?.sequence {
            names += aliases.compactMap { a in a.scalar.map { ($0.string, a) } }
        }
        for (alias, site) in names {
            let key = Folding.key(alias)
            if let other = context.actorsByName[key], other != ref {
                let where_ = context.actorNameSites[key] ?? "another file"
                context.error("duplicate actor name '\(Folding.showingInvisible(alias))': already names '\(context.builder[other].id)' (\(where_))",
                              at: site, in: file)
            } else {
                context.actorsByName[key] = ref
                context.actorNameSites[key] = "\(file.name):\(site?.mark?.line ?? 0)"
            }
        }
        context.pending.append(PendingItem(ref: ref, mapping: mapping, node: item, file: file, plan: plan, keys: Schema.actor))
    }

    @discardableResult
    static func declareNode(_ item: Node, kind: NodeKind, keys: [String], plan: NodeRef, parent: NodeRef?,
                            in file: SourceFile, context: inout LoadContext) -> NodeRef? {
        guard let mapping = item.mapping else {
            context.error("each \(kind.rawValue) must be a mapping with an id", at: item, in: file)
            return nil
        }
        guard let id = validID(mapping, in: file, context: &context) else { return nil }
        let planID = context.builder[plan].id
        let key = Folding.key(planID + "." + id)
        if let site = context.planNodeSites[key] {
            context.error("duplicate id '\(id)' in plan '\(planID)' (first at \(site))", at: mapping["id"], in: file)
            return nil
        }
        let title = mapping["title"]?.scalar?.string ?? mapping["name"]?.scalar?.string
            ?? mapping["role"]?.scalar?.string ?? mapping["text"]?.scalar?.string ?? id
        var node = PlanNode(kind: kind, id: id, plan: plan, title: title)
        node.parent = parent
        node.source = Provenance(document: nil, lines: nil, section: nil, planFile: file.name, planLine: item.mark?.line ?? 0)
        let ref = context.builder.add(node)
        context.planNodes[key] = ref
        context.planNodeSites[key] = "\(file.name):\(item.mark?.line ?? 0)"
        context.pending.append(PendingItem(ref: ref, mapping: mapping, node: item, file: file, plan: plan, keys: keys))
        if kind == .activity, let indicators = mapping["indicators"] {
            for indicator in items(indicators, section: "indicators", in: file, context: &context) {
                declareNode(indicator, kind: .indicator, keys: Schema.indicator, plan: plan, parent: ref,
                            in: file, context: &context)
            }
        }
        return ref
    }

    // MARK: Helpers

    /// The items of a list section; a section that is not a list is an error.
    static func items(_ node: Node, section: String, in file: SourceFile, context: inout LoadContext) -> [Node] {
        if node.anchor != nil || node.tag.description == "tag:yaml.org,2002:null" && node.scalar?.string == "" { return [] }
        guard let list = node.sequence else {
            context.error("'\(section)' must be a list", at: node, in: file)
            return []
        }
        return Array(list)
    }

    /// The item's `id`, checked for syntax; nil (with an error) when missing or malformed.
    static func validID(_ mapping: Node.Mapping, in file: SourceFile, context: inout LoadContext) -> String? {
        guard let idNode = mapping["id"] else {
            context.error("missing 'id'", at: Node.mapping(mapping), in: file)
            return nil
        }
        guard let id = idNode.scalar?.string, !id.isEmpty else {
            context.error("'id' must be a short text such as SD3 or elz-leuven", at: idNode, in: file)
            return nil
        }
        let allowed = id.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0)
        }
        guard allowed, let first = id.unicodeScalars.first, !"._-".unicodeScalars.contains(first), !id.contains("..") else {
            context.error("invalid id '\(id)': use letters, digits, '.', '-' and '_', starting with a letter or digit",
                          at: idNode, in: file)
            return nil
        }
        return id
    }

    /// Reports keys not in `allowed` (with the nearest allowed key) and duplicate keys.
    static func checkKeys(_ mapping: Node.Mapping, allowed: [String], what: String, in file: SourceFile,
                          context: inout LoadContext) {
        var seen = Set<String>()
        for (key, _) in mapping {
            guard let name = key.scalar?.string else {
                context.error("a \(what) name must be text", at: key, in: file)
                continue
            }
            if !seen.insert(name).inserted {
                context.error("duplicate key '\(name)'", at: key, in: file)
            } else if name == "kind", allowed.contains("type") {
                // Older plan files wrote an actor's, indicator's or event's sub-type as `kind`,
                // the word queries use for the node's kind.
                context.error("unknown field 'kind' — did you mean 'type'? (the sub-type is written 'type')",
                              at: key, in: file, suggestion: "type")
            } else if !allowed.contains(name) {
                context.unknown(what, name, among: allowed, at: key, in: file)
            }
        }
    }

    static func keyNode(_ mapping: Node.Mapping, _ name: String) -> Node? {
        mapping.first { $0.key.scalar?.string == name }?.key
    }
}

import Diagnostics
import PlanModel

/// The loader's first pass over a file: creates a node for every plan, actor and list item,
/// checking top-level keys, id syntax and duplicate ids, and queues each item for the second
/// pass. Returns the file's plan.
enum Declarer {
    static func declare(_ document: PlanDocument, in context: inout LoadContext) {
        guard let root = document.root else { return }
        context.file = context.builder.file(named: document.name)
        checkKeys(root, allowed: Schema.topLevelKeys, what: "section", in: document, context: &context)
        var plan: (ref: NodeRef, id: String)?
        if let planNode = document.value(root, "plan") {
            plan = declarePlan(planNode, in: document, context: &context)
        }
        if let actors = document.value(root, "actors") {
            for item in items(actors, section: "actors", in: document, context: &context) {
                declareActor(item, plan: plan?.ref, in: document, context: &context)
            }
        }
        for section in Schema.nodeSectionTables {
            guard let list = document.value(root, section.key) else { continue }
            guard let plan else {
                context.error("'\(section.key)' needs a 'plan:' in the same file", at: document.keyNode(root, section.key),
                              in: document)
                continue
            }
            for item in items(list, section: section.key, in: document, context: &context) {
                declareNode(item, kind: section.kind, keys: section.table, plan: plan.ref, planID: plan.id, parent: nil,
                            in: document, context: &context)
            }
        }
    }

    static func declarePlan(_ node: Int32, in document: PlanDocument, context: inout LoadContext) -> (ref: NodeRef, id: String)? {
        guard document.kind(node) == .mapping else {
            context.error("'plan' must be a mapping with id, title, …", at: node, in: document)
            return nil
        }
        guard let id = validID(node, in: document, context: &context) else { return nil }
        let key = FoldedKey.of(id)
        if let otherFile = context.plansByID[key].map({ context.builder.site(of: $0)?.file ?? "another file" })
            ?? context.duplicatePlanFile {
            context.error("duplicate plan id '\(id)' (also in \(otherFile))", at: document.value(node, "id"), in: document)
            return nil
        }
        let (title, titleNode) = self.title(of: node, .title, id: id, in: document, context: &context)
        let ref = context.builder.addNode(kind: .plan, id: id, plan: nil, title: title, parent: nil, file: context.file,
                                          line: document.line(node))
        context.plansByID[key] = ref
        context.pending.append(PendingItem(ref: ref, kind: .plan, mapping: node, plan: nil, planID: id, title: title,
                                           titleNode: titleNode, keys: Schema.planTable))
        return (ref, id)
    }

    static func declareActor(_ item: Int32, plan: NodeRef?, in document: PlanDocument, context: inout LoadContext) {
        guard document.kind(item) == .mapping, let id = validID(item, in: document, context: &context) else {
            if document.kind(item) != .mapping { context.error("an actor must be a mapping with id, name, kind", at: item, in: document) }
            return
        }
        let (title, titleNode) = self.title(of: item, .name, id: id, in: document, context: &context)
        let ref = context.builder.addNode(kind: .actor, id: id, plan: nil, title: title, parent: nil, file: context.file,
                                          line: document.line(item))
        // One name space for ids and aliases: a name must pick out one actor. Any file may
        // declare actors, so the names are registered in file order (`registerActorNames`).
        var names: [(String, Int32?)] = [(id, document.value(item, "id"))]
        if let aliases = document.value(item, "aliases"), document.kind(aliases) == .sequence {
            names += document.children(of: aliases).compactMap { a in document.scalar(a).map { ($0, a) } }
        }
        for (name, site) in names {
            context.actorNames.append(ActorName(actor: ref, name: name, site: site, diagnosticIndex: context.diagnostics.count))
        }
        context.pending.append(PendingItem(ref: ref, kind: .actor, mapping: item, plan: plan, planID: "", title: title,
                                           titleNode: titleNode, keys: Schema.actorTable))
    }

    static func declareNode(_ item: Int32, kind: NodeKind, keys: KeyTable, plan: NodeRef, planID: String, parent: NodeRef?,
                            in document: PlanDocument, context: inout LoadContext) {
        guard document.kind(item) == .mapping else {
            context.error("each \(kind.rawValue) must be a mapping with an id", at: item, in: document)
            return
        }
        guard let id = validID(item, in: document, context: &context) else { return }
        let key = context.planNodeKey(planID: planID, id: id)
        if let other = context.planNodes.find(key) {
            let site = context.builder.site(of: other).map { "\($0.file):\($0.line)" } ?? ""
            context.error("duplicate id '\(id)' in plan '\(planID)' (first at \(site))", at: document.value(item, "id"), in: document)
            return
        }
        let (title, titleNode) = self.title(of: item, .any, id: id, in: document, context: &context)
        let ref = context.builder.addNode(kind: kind, id: id, plan: plan, title: title, parent: parent, file: context.file,
                                          line: document.line(item))
        context.planNodes.insert(key, ref)
        context.pending.append(PendingItem(ref: ref, kind: kind, mapping: item, plan: plan, planID: planID, title: title,
                                           titleNode: titleNode, keys: keys))
        if kind == .activity, let indicators = document.value(item, "indicators") {
            for indicator in items(indicators, section: "indicators", in: document, context: &context) {
                declareNode(indicator, kind: .indicator, keys: Schema.indicatorTable, plan: plan, planID: planID, parent: ref,
                            in: document, context: &context)
            }
        }
    }

    // MARK: Helpers

    /// The item's title, copied into the nodes being filled, and the scalar it was read from
    /// (-1 where the id stands in for it): the first of `keys` the item has as text.
    static func title(of item: Int32, _ keys: TitleKeys, id: String, in document: PlanDocument,
                      context: inout LoadContext) -> (NodeBatch.Text, Int32) {
        func text(_ key: String) -> Int32? { document.value(item, key).flatMap { document.kind($0) == .scalar ? $0 : nil } }
        let found: Int32?
        switch keys {
        case .title: found = text("title")
        case .name: found = text("name")
        case .any: found = document.source == nil ? document.firstTitleScalar(item)
            : PlanDocument.titleKeys.lazy.compactMap(text).first
        }
        guard let n = found else { return (context.builder.text(id), -1) }
        return (context.text(n, in: document), n)
    }

    /// Where a title is read from: a plan's `title`, an actor's `name`, or for other nodes the
    /// first of `title`, `name`, `role` and `text` (`PlanDocument.titleKeys`).
    enum TitleKeys { case title, name, any }

    /// The items of a list section; a section that is not a list is an error.
    static func items(_ node: Int32, section: String, in document: PlanDocument, context: inout LoadContext) -> PlanDocument.Kids {
        if document.isNull(node) { return document.noKids }
        guard document.kind(node) == .sequence else {
            context.error("'\(section)' must be a list", at: node, in: document)
            return document.noKids
        }
        return document.children(of: node)
    }

    /// The item's `id`, checked for syntax; nil (with an error) when missing or malformed.
    static func validID(_ mapping: Int32, in document: PlanDocument, context: inout LoadContext) -> String? {
        guard let idNode = document.value(mapping, "id") else {
            context.error("missing 'id'", at: mapping, in: document)
            return nil
        }
        guard let id = document.scalar(idNode), !id.isEmpty else {
            context.error("'id' must be a short text such as SD3 or elz-leuven", at: idNode, in: document)
            return nil
        }
        var copy = id
        let valid = copy.withUTF8 { utf8 in
            var previous: UInt8 = 0
            for (i, c) in utf8.enumerated() {
                let letterOrDigit = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)
                let mark = c == 46 || c == 45 || c == 95
                guard letterOrDigit || (mark && i > 0), !(c == 46 && previous == 46) else { return false }
                previous = c
            }
            return true
        }
        guard valid else {
            context.error("invalid id '\(id)': use letters, digits, '.', '-' and '_', starting with a letter or digit",
                          at: idNode, in: document)
            return nil
        }
        return id
    }

    /// Reports keys not in `allowed` (with the nearest allowed key) and duplicate keys.
    static func checkKeys(_ mapping: Int32, allowed: KeyTable, what: String, in document: PlanDocument,
                          context: inout LoadContext) {
        if document.source == nil {
            // Read by the fast reader: every key is text, and none is written twice.
            let kids = document.children(of: mapping)
            for k in stride(from: kids.startIndex, to: kids.endIndex, by: 2) where allowed.find(kids[k], in: document) == nil {
                context.error("unknown \(what) '\(document.string(kids[k]))'", at: kids[k], in: document)
            }
            return
        }
        var seen = Set<String>()
        for (key, _) in document.pairs(mapping) {
            guard let name = document.scalar(key) else {
                context.error("a \(what) name must be text", at: key, in: document)
                continue
            }
            if !seen.insert(name).inserted {
                context.error("duplicate key '\(name)'", at: key, in: document)
            } else if name == "kind", allowed.names.contains("type") {
                // Older plan files wrote an actor's, indicator's or event's sub-type as `kind`,
                // the word queries use for the node's kind.
                context.error("unknown field 'kind' — did you mean 'type'? (the sub-type is written 'type')",
                              at: key, in: document, suggestion: "type")
            } else if allowed.find(key, in: document) == nil {
                context.unknown(what, name, among: allowed.names, at: key, in: document)
            }
        }
    }
}

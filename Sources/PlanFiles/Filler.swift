import Diagnostics
import PlanModel
import Yams

/// The loader's second pass: decodes each item's fields by the type its key has, resolves
/// references (now that every id is declared) and adds the graph's edges.
enum Filler {
    enum FieldType {
        case text, list, number, percent, flag, period, months, source, notes, note, versions, skip
        case actor, actors, roles, themes, activityLinks, goals, goalParent
        case choice([String])
    }

    static func type(of key: String, kind: NodeKind) -> FieldType {
        switch key {
        case "id", "indicators": return .skip
        case "source": return .source
        case "notes": return .notes
        case "note": return .note
        case "versions": return .versions
        case "target_groups", "will_do", "will_not_do", "steps", "channels", "aliases", "tasks", "composition":
            return .list
        case "start", "end", "period", "date", "deadline": return .period
        case "approximate": return .flag
        case "months": return .months
        case "budget_fte", "column", "category": return .number
        case "share": return .percent
        case "owner", "employer": return .actor
        case "members": return .actors
        case "actors": return .roles
        case "contributes": return .themes
        case "links": return .activityLinks
        case "goals": return .goals
        case "goal", "parent": return .goalParent
        case "level": return .choice(Schema.goalLevels)
        case "phase": return .choice(Schema.phases)
        case "family": return .choice(Schema.themeFamilies)
        case "status" where kind == .successFactor: return .choice(Schema.factorStatuses)
        case "type":
            switch kind {
            case .actor: return .choice(ActorKind.allCases.map(\.rawValue))
            case .indicator: return .choice(Schema.indicatorKinds)
            case .event: return .choice(Schema.eventKinds)
            default: return .text
            }
        default: return .text
        }
    }

    static func fill(_ item: PendingItem, in context: inout LoadContext) {
        let kind = context.builder[item.ref].kind
        Declarer.checkKeys(item.mapping, allowed: item.keys, what: "field", in: item.file, context: &context)
        let fields = FieldReader(mapping: item.mapping, file: item.file)
        var node = context.builder[item.ref]
        let document = item.plan.flatMap { context.builder[$0].field("document") }
        var periods: [String: Period] = [:]
        for (keyNode, valueNode) in item.mapping {
            guard let key = keyNode.scalar?.string, item.keys.contains(key) else { continue }
            if valueNode.anchor != nil {
                context.error("anchors and aliases (&, *) are not allowed in plan files", at: valueNode, in: item.file)
                continue
            }
            switch type(of: key, kind: kind) {
            case .skip: break
            case .text:
                if let v = fields.text(key, &context) { node.set(key, .text(v)) }
            case .list:
                if let v = fields.list(key, &context) { node.set(key, .list(v)) }
            case .number:
                if let v = fields.number(key, &context) { node.set(key, .number(v)) }
            case .percent:
                if let v = fields.text(key, &context) { node.set(key, Percentage.value(v)) }
            case .flag:
                if let v = fields.bool(key, &context) { node.set(key, .text(v ? "yes" : "no")) }
            case .choice(let allowed):
                if valueNode.scalar?.string == "unknown", key == "phase" { node.set(key, .unknown) }
                else if let v = fields.choice(key, allowed, &context) { node.set(key, .text(v)) }
            case .period:
                if let p = fields.period(key, &context) { periods[key] = p; node.set(key, .period(p)) }
            case .months:
                let months = fields.list(key, &context) ?? []
                if months.contains(where: { Int($0).map { !(1...12).contains($0) } ?? true }) {
                    context.error("'months' must list month numbers 1 to 12", at: valueNode, in: item.file)
                } else {
                    node.set(key, .list(months))
                }
            case .source:
                node.source = provenance(valueNode, base: node.source, document: document, in: item.file, &context)
                if kind == .plan, let doc = valueNode.mapping?["file"]?.scalar?.string { node.set("document", .text(doc)) }
            case .notes:
                node.notes += fields.list(key, &context) ?? []
            case .note:
                if let v = fields.text(key, &context) { node.notes.append(v) }
            case .versions:
                node.set(key, .list(versions(valueNode, in: item.file, &context)))
            case .actor:
                if let a = context.actor(valueNode, in: item.file) { node.set(key, .node(a)) }
            case .actors:
                var refs: [NodeRef] = []
                for m in fields.nodes(key, &context) {
                    if let a = context.actor(m, in: item.file) { refs.append(a); context.builder.addMember(a, to: item.ref) }
                }
                node.set(key, .nodes(refs))
            case .roles:
                addRoles(valueNode, subject: item.ref, in: item.file, &context)
            case .themes:
                for t in fields.nodes(key, &context) {
                    if let theme = context.planNode(t, plan: item.plan!, kinds: [.theme], what: "theme", in: item.file) {
                        context.builder.addContribution(from: item.ref, to: theme)
                    }
                }
            case .activityLinks:
                for t in fields.nodes(key, &context) {
                    if let other = context.planNode(t, plan: item.plan!, kinds: [.activity], what: "activity", in: item.file) {
                        context.builder.addLink(from: item.ref, to: other)
                    }
                }
            case .goals:
                var refs: [NodeRef] = []
                for g in fields.nodes(key, &context) {
                    if let goal = context.planNode(g, plan: item.plan!, kinds: [.goal], what: "goal", in: item.file) { refs.append(goal) }
                }
                node.set(key, .nodes(refs))
            case .goalParent:
                if let goal = context.planNode(valueNode, plan: item.plan!, kinds: [.goal], what: "goal", in: item.file) {
                    node.parent = goal
                }
            }
        }
        if kind == .goal, node.field("title") == nil, case .text(let t)? = node.field("text") { node.title = t }
        if kind == .activity, node.parent == nil, item.mapping["goal"] == nil {
            context.error("activity '\(node.id)' has no 'goal'", at: item.mapping["id"], in: item.file)
        }
        node.ownPeriod = ownPeriod(periods, fields: fields, item: item, &context)
        if node.ownPeriod == nil, var deadline = periods["deadline"] {
            // A goal with only a deadline: the rough words describe the deadline.
            deadline.approximate = fields.bool("approximate", &context) ?? false
            deadline.written = fields.text("written", &context)
            node.set("deadline", .period(deadline))
        }
        context.builder[item.ref] = node
    }

    /// The node's own period: `period`/`date`, or `start..end` when both are given.
    static func ownPeriod(_ periods: [String: Period], fields: FieldReader, item: PendingItem,
                          _ context: inout LoadContext) -> Period? {
        var own = periods["period"] ?? periods["date"]
        if own == nil, let start = periods["start"], let end = periods["end"] {
            guard let both = Period.through(start, end) else {
                context.error("end \(end) is before start \(start)", at: item.mapping["end"], in: item.file)
                return nil
            }
            own = both
        }
        guard var period = own else { return nil }
        period.approximate = fields.bool("approximate", &context) ?? false
        period.written = fields.text("written", &context)
        return period
    }

    static func provenance(_ node: Node, base: Provenance?, document: FieldValue?, in file: SourceFile,
                           _ context: inout LoadContext) -> Provenance? {
        guard let mapping = node.mapping else {
            context.error("'source' must be a mapping such as {line: 252, section: \"Vraag c\"}", at: node, in: file)
            return base
        }
        Declarer.checkKeys(mapping, allowed: Schema.sourceKeys, what: "source field", in: file, context: &context)
        var p = base ?? Provenance(document: nil, lines: nil, section: nil, planFile: file.name, planLine: node.mark?.line ?? 0)
        p.lines = (mapping["line"] ?? mapping["lines"])?.scalar?.string
        p.section = mapping["section"]?.scalar?.string
        if case .text(let doc)? = document { p.document = doc }
        if let doc = mapping["file"]?.scalar?.string { p.document = doc }
        return p
    }

    static func versions(_ node: Node, in file: SourceFile, _ context: inout LoadContext) -> [String] {
        guard let list = node.sequence else {
            context.error("'versions' must be a list of {version, date, description, authors}", at: node, in: file)
            return []
        }
        return list.compactMap { entry -> String? in
            guard let m = entry.mapping else {
                context.error("each version must be a mapping", at: entry, in: file)
                return nil
            }
            Declarer.checkKeys(m, allowed: Schema.versionKeys, what: "version field", in: file, context: &context)
            let parts = Schema.versionKeys.compactMap { m[$0]?.scalar?.string }
            return parts.joined(separator: " · ")
        }
    }

    /// `actors: {lead: [elz-leuven], partner: [{actor: kul, note: "…"}]}`
    static func addRoles(_ node: Node, subject: NodeRef, in file: SourceFile, _ context: inout LoadContext) {
        guard let mapping = node.mapping else {
            context.error("'actors' must map roles to actor ids, e.g. {lead: [elz-leuven]}", at: node, in: file)
            return
        }
        for (roleNode, list) in mapping {
            let name = roleNode.scalar?.string ?? ""
            guard let role = Role(rawValue: name) else {
                context.unknown("role", name, among: Role.allCases.map(\.rawValue), at: roleNode, in: file)
                continue
            }
            let entries: [Node] = list.scalar.map { $0.string.isEmpty ? [] : [list] } ?? list.sequence.map(Array.init) ?? []
            if list.scalar == nil && list.sequence == nil {
                context.error("role '\(name)' must list actor ids", at: list, in: file)
            }
            for entry in entries {
                if let m = entry.mapping {
                    guard let actorNode = m["actor"] else {
                        context.error("a role entry must name an 'actor'", at: entry, in: file)
                        continue
                    }
                    Declarer.checkKeys(m, allowed: ["actor", "note"], what: "role entry field", in: file, context: &context)
                    if let a = context.actor(actorNode, in: file) {
                        context.builder.addRole(role, actor: a, for: subject, note: m["note"]?.scalar?.string)
                    }
                } else if let a = context.actor(entry, in: file) {
                    context.builder.addRole(role, actor: a, for: subject)
                }
            }
        }
    }
}

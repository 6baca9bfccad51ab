import Diagnostics
import PlanModel

/// The loader's second pass: decodes each item's fields by the type its key has, resolves
/// references (now that every id is declared) and adds the graph's edges.
enum Filler {
    enum FieldType {
        case text, list, number, percent, flag, period, months, source, notes, note, versions, skip
        case actor, actors, roles, themes, activityLinks, goals, goalParent
        /// One of a fixed set of words (`choiceWords`), held by the key's table.
        case choice
    }

    static func type(of key: String, kind: NodeKind) -> FieldType {
        if choiceWords(of: key, kind: kind) != nil { return .choice }
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
        default: return .text
        }
    }

    /// The words a key takes for a kind of node, when it takes one of a fixed set.
    static func choiceWords(of key: String, kind: NodeKind) -> [String]? {
        switch key {
        case "level": return Schema.goalLevels
        case "phase": return Schema.phases
        case "family": return Schema.themeFamilies
        case "status" where kind == .successFactor: return Schema.factorStatuses
        case "type":
            switch kind {
            case .actor: return ActorKind.allCases.map(\.rawValue)
            case .indicator: return Schema.indicatorKinds
            case .event: return Schema.eventKinds
            default: return nil
            }
        default: return nil
        }
    }

    static func fill(_ item: PendingItem, in document: PlanDocument, context: inout LoadContext) {
        let kind = item.kind
        // A fast-read file's keys are text and unique: an unknown one is reported in the loop
        // below, which looks each key up anyway, and each value is the one its key names.
        let fast = document.source == nil
        if !fast { item.withKeys { Declarer.checkKeys(item.mapping, allowed: $0, what: "field", in: document, context: &context) } }
        var fields = FieldReader(mapping: item.mapping, document: document)
        let ref = item.ref
        let sourceDocument = item.plan.flatMap { context.planDocuments[$0] }
        var source: Source?
        var periods = FieldPeriods()
        let kids = document.children(of: item.mapping)
        context.builder.openFields(of: ref)
        for k in stride(from: kids.startIndex, to: kids.endIndex, by: 2) {
            let valueNode = kids[k + 1]
            guard let (entry, key, type) = item.withKeys({ $0.find(kids[k], in: document) }) else {
                if fast { context.error("unknown field '\(document.string(kids[k]))'", at: kids[k], in: document) }
                continue
            }
            if fast { fields.current = (key, valueNode, k + 1) }
            switch type {
            case .skip: break
            case .text:
                guard let v = fields.textNode(key, &context) else { break }
                // The title's own field holds the title's text, copied once.
                context.builder.setField(key, .text(v == item.titleNode ? item.title : context.text(v, in: document)))
            case .list:
                guard let items = fields.listNodes(key, &context) else { break }
                let start = context.builder.listStart
                for n in items { context.builder.addListItem(context.text(n, in: document)) }
                context.builder.setField(key, .list(start: start, count: Int32(items.count)))
            case .number:
                if let v = fields.number(key, &context) { context.builder.setField(key, NodeBatch.Value.number(v)) }
            case .percent:
                if let v = fields.text(key, &context) { context.builder.setField(key, Percentage.value(v)) }
            case .flag:
                if let v = fields.bool(key, &context) { context.builder.setField(key, FieldValue.text(v ? "yes" : "no")) }
            case .choice:
                guard let v = fields.textNode(key, &context) else { break }
                if key == "phase", document.string(v) == "unknown" {
                    // The source does not say: not a phase, but a known gap.
                    context.builder.setField(key, NodeBatch.Value.unknown)
                } else if item.withKeys({ $0.isWord(v, of: entry, in: document) }) {
                    context.builder.setField(key, .text(context.text(v, in: document)))
                } else {
                    context.unknown(key, document.string(v), among: item.withKeys { $0.words(of: entry) }, at: v, in: document)
                }
            case .period:
                if let p = fields.period(key, &context) { periods.set(key, p); context.builder.setField(key, FieldValue.period(p)) }
            case .months:
                let months = fields.list(key, &context) ?? []
                if months.contains(where: { Int($0).map { !(1...12).contains($0) } ?? true }) {
                    context.error("'months' must list month numbers 1 to 12", at: valueNode, in: document)
                } else {
                    context.builder.setField(key, FieldValue.list(months))
                }
            case .source:
                source = provenance(valueNode, base: source, document: sourceDocument, in: document, &context)
                if kind == .plan, document.kind(valueNode) == .mapping,
                   let doc = document.value(valueNode, "file").flatMap(document.scalar) {
                    context.builder.setField("document", FieldValue.text(doc))
                    context.planDocuments[ref] = doc
                }
            case .notes:
                for note in fields.list(key, &context) ?? [] { context.builder.addNote(to: ref, context.builder.text(note)) }
            case .note:
                if let v = fields.textNode(key, &context) { context.builder.addNote(to: ref, context.text(v, in: document)) }
            case .versions:
                context.builder.setField(key, FieldValue.list(versions(valueNode, in: document, &context)))
            case .actor:
                // Set when the reference takes effect (`LoadContext.applyActorUses`), here.
                if document.kind(valueNode) == .scalar { context.builder.setField(key, NodeBatch.Value.node(NodeRef(0))) }
                context.actor(valueNode, in: document, for: ref, as: .field(key))
            case .actors:
                let names = fields.nodes(key, &context)
                context.builder.setField(key, .nodes(start: 0, count: 0))       // set when the references take effect, here
                context.actors(names, key: key, in: document, for: ref)
            case .roles:
                addRoles(valueNode, subject: ref, in: document, &context)
            case .themes:
                for t in fields.nodes(key, &context) {
                    if let theme = context.planNode(t, plan: item.plan!, planID: item.planID, kind: .theme, what: "theme", in: document) {
                        context.builder.addContribution(from: ref, to: theme)
                    }
                }
            case .activityLinks:
                for t in fields.nodes(key, &context) {
                    if let other = context.planNode(t, plan: item.plan!, planID: item.planID, kind: .activity, what: "activity", in: document) {
                        context.builder.addLink(from: ref, to: other)
                    }
                }
            case .goals:
                var refs: [NodeRef] = []
                for g in fields.nodes(key, &context) {
                    if let goal = context.planNode(g, plan: item.plan!, planID: item.planID, kind: .goal, what: "goal", in: document) { refs.append(goal) }
                }
                context.builder.setField(key, FieldValue.nodes(refs))
                context.builder.nodesNamingNodes.append(ref)
            case .goalParent:
                if let goal = context.planNode(valueNode, plan: item.plan!, planID: item.planID, kind: .goal, what: "goal", in: document) {
                    context.builder.setParent(of: ref, goal)
                }
            }
        }
        fields.current = nil
        if kind == .goal, context.builder.batchField("title", of: ref) == nil, case .text(let t)? = context.builder.batchField("text", of: ref) {
            context.builder.setTitle(of: ref, t)
        }
        if kind == .activity, context.builder.parent(of: ref) == nil, fields["goal"] == nil {
            context.error("activity '\(context.builder.id(of: ref))' has no 'goal'", at: fields["id"], in: document)
        }
        let own = ownPeriod(periods, kind: kind, fields: fields, &context)
        context.builder.setOwnPeriod(of: ref, own)
        if own == nil, var deadline = periods.deadline {
            // A goal with only a deadline: the rough words describe the deadline.
            deadline.approximate = fields.bool("approximate", &context) ?? false
            deadline.written = fields.text("written", &context)
            context.builder.setField("deadline", FieldValue.period(deadline))
        }
        context.builder.closeFields()
        // Nodes without a source document of their own name their plan's.
        if item.plan != nil, source?.document == nil, let doc = sourceDocument {
            source = source ?? Source()
            source?.document = doc
        }
        if let source { context.builder.setSource(of: ref, document: source.document, lines: source.lines, section: source.section) }
    }

    /// Where in its source document a node is: the document's name, and the lines and section.
    struct Source {
        var document: String?
        var lines = NodeBatch.Text.absent
        var section = NodeBatch.Text.absent
    }

    /// The node's own period: `period` (an event's `date`), or `start..end` when both are
    /// given. A plan's `date` is the day its document is dated, not when the plan runs: an
    /// action plan for 2024 is dated 15/11/2023, and its activities lie in 2024.
    static func ownPeriod(_ periods: FieldPeriods, kind: NodeKind, fields: FieldReader, _ context: inout LoadContext) -> Period? {
        var own = periods.period ?? (kind == .event ? periods.date : nil)
        if own == nil, let start = periods.start, let end = periods.end {
            guard let both = Period.through(start, end) else {
                context.error("end \(end) is before start \(start)", at: fields["end"], in: fields.document)
                return nil
            }
            own = both
        }
        guard var period = own else { return nil }
        period.approximate = fields.bool("approximate", &context) ?? false
        period.written = fields.text("written", &context)
        return period
    }

    static func provenance(_ node: Int32, base: Source?, document sourceDocument: String?, in document: PlanDocument,
                           _ context: inout LoadContext) -> Source? {
        guard document.kind(node) == .mapping else {
            context.error("'source' must be a mapping such as {line: 252, section: \"Vraag c\"}", at: node, in: document)
            return base
        }
        Declarer.checkKeys(node, allowed: Schema.sourceTable, what: "source field", in: document, context: &context)
        var p = base ?? Source()
        func text(_ n: Int32?) -> NodeBatch.Text {
            guard let n, document.kind(n) == .scalar else { return .absent }
            return context.text(n, in: document)
        }
        p.lines = text(document.value(node, "line") ?? document.value(node, "lines"))
        p.section = text(document.value(node, "section"))
        if let sourceDocument { p.document = sourceDocument }
        if let doc = document.value(node, "file").flatMap(document.scalar) { p.document = doc }
        return p
    }

    static func versions(_ node: Int32, in document: PlanDocument, _ context: inout LoadContext) -> [String] {
        guard document.kind(node) == .sequence else {
            context.error("'versions' must be a list of {version, date, description, authors}", at: node, in: document)
            return []
        }
        return document.children(of: node).compactMap { entry -> String? in
            guard document.kind(entry) == .mapping else {
                context.error("each version must be a mapping", at: entry, in: document)
                return nil
            }
            Declarer.checkKeys(entry, allowed: Schema.versionTable, what: "version field", in: document, context: &context)
            let parts = Schema.versionKeys.compactMap { document.value(entry, $0).flatMap(document.scalar) }
            return parts.joined(separator: " · ")
        }
    }

    /// `actors: {lead: [elz-leuven], partner: [{actor: kul, note: "…"}]}`
    static func addRoles(_ node: Int32, subject: NodeRef, in document: PlanDocument, _ context: inout LoadContext) {
        guard document.kind(node) == .mapping else {
            context.error("'actors' must map roles to actor ids, e.g. {lead: [elz-leuven]}", at: node, in: document)
            return
        }
        let kids = document.children(of: node)
        for k in stride(from: kids.startIndex, to: kids.endIndex, by: 2) {
            let roleNode = kids[k], list = kids[k + 1]
            // Found by its bytes: a string made and switched on was ≈ 700 instructions a role.
            guard let role = Schema.roleTable.find(roleNode, in: document).flatMap({ Role(code: $0.index) }) else {
                context.unknown("role", document.scalar(roleNode) ?? "", among: Role.allCases.map(\.rawValue), at: roleNode, in: document)
                continue
            }
            let entries: PlanDocument.Kids
            switch document.kind(list) {
            case .scalar: entries = document.isEmptyScalar(list) ? document.noKids : document.one(at: k + 1)
            case .sequence: entries = document.children(of: list)
            case .mapping:
                entries = document.noKids
                context.error("role '\(role.rawValue)' must list actor ids", at: list, in: document)
            }
            for entry in entries {
                if document.kind(entry) == .mapping {
                    guard let actorNode = document.value(entry, "actor") else {
                        context.error("a role entry must name an 'actor'", at: entry, in: document)
                        continue
                    }
                    Declarer.checkKeys(entry, allowed: Schema.roleEntryTable, what: "role entry field", in: document, context: &context)
                    let note = document.value(entry, "note").flatMap(document.scalar)
                    context.actor(actorNode, in: document, for: subject, as: .role(role, note: note))
                } else {
                    context.actor(entry, in: document, for: subject, as: .role(role, note: nil))
                }
            }
        }
    }
}

/// The period-typed fields of one item.
struct FieldPeriods {
    var period, date, start, end, deadline: Period?

    mutating func set(_ key: String, _ value: Period) {
        switch key {
        case "period": period = value
        case "date": date = value
        case "start": start = value
        case "end": end = value
        case "deadline": deadline = value
        default: break
        }
    }
}

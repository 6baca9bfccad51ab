import Diagnostics
import PlanModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Loads plan files without Yams when every file is in the YAML subset `StrictYAML` reads and
/// every check passes: the common case, and the one where speed matters (a federation's
/// thousands of generated plans, a one-shot query on the example plans). It builds the same
/// graph, node for node and edge for edge, as `Declarer` and `Filler` do, in the same order.
/// It gives up — and `PlanLoader` reads the files with Yams, which reports every problem with
/// its position — as soon as anything is outside the subset or would be an error.
enum StrictPlanLoader {
    struct GiveUp: Error {}

    /// The loaded plans, or nil when the files must be read the ordinary way.
    static func load(inputs: [PlanInput]) -> LoadedPlans? {
        var reading = StrictPlanReading()
        do {
            try reading.reserve(for: inputs)
            for input in inputs { try reading.read(input) }
            try reading.resolve()
        } catch {
            return nil
        }
        var context = reading.context
        let texts = reading.texts
        reading = StrictPlanReading()
        PlanChecks.run(&context)
        if !context.diagnostics.isEmpty {
            // Errors are reported the ordinary way. Warnings need the files' text for their
            // positions: kept from reading where the files are small, else read again (so that
            // a large load keeps no text), then the checks run again.
            guard context.diagnostics.allSatisfy({ $0.severity != .error }) else { return nil }
            for input in inputs {
                if let bytes = texts[input.name] {
                    context.files[input.name] = SourceFile(name: input.name, text: String(decoding: bytes, as: UTF8.self))
                } else {
                    guard case .success(let file) = input.text() else { return nil }
                    context.files[file.name] = file
                }
            }
            context.diagnostics = []
            PlanChecks.run(&context)
        }
        let warnings = PlanLoader.readingOrder(context.diagnostics)
        var builder = PlanGraphBuilder()
        swap(&builder, &context.builder)
        return LoadedPlans(graph: builder.build(), warnings: warnings, files: inputs.map(\.name))
    }
}

/// The state of one strict load: the graph under construction and the references that can
/// only be resolved once every file is declared.
struct StrictPlanReading {
    typealias GiveUp = StrictPlanLoader.GiveUp

    var context = LoadContext()
    /// References to resolve after the last file, in the order `Filler` resolves them.
    var deferred: [Reference] = []
    /// Actor references as written → actor (a name resolves the same way every time).
    var actorCache: [String: NodeRef] = [:]
    /// The files' bytes, kept while they add up to little, for positioning warnings.
    var texts: [String: [UInt8]] = [:]
    /// Reused by every item's fields while they are read.
    var fieldBuffer: [(name: String, value: FieldValue)] = []
    var keptBytes = 0
    static let keepTextUpTo = 2 * 1024 * 1024

    /// What must wait for the last file: references to actors, which any file may declare.
    enum Reference {
        case actorField(NodeRef, key: String, name: String)
        case members(NodeRef, names: [String])
        case roles(NodeRef, [(role: Role, name: String, note: String?)])
    }

    static let topLevel = Set(Schema.topLevel)
    /// Each kind's keys with their `Filler` type, found by comparing a key's bytes; by kind,
    /// in `NodeKind.allCases` order.
    static let keys: [KeyTable] = NodeKind.allCases.map { kind in
        switch kind {
        case .plan: return KeyTable(Schema.plan, kind: kind)
        case .actor: return KeyTable(Schema.actor, kind: kind)
        case .indicator: return KeyTable(Schema.indicator, kind: kind)
        default: return KeyTable(Schema.nodeSections.first { $0.kind == kind }?.keys ?? [], kind: kind)
        }
    }
    static let kindIndex: [NodeKind: Int] = Dictionary(uniqueKeysWithValues: NodeKind.allCases.enumerated().map { ($1, $0) })

    // MARK: Files

    mutating func read(_ input: PlanInput) throws(GiveUp) {
        guard let bytes = input.plainBytes() else { throw GiveUp() }
        let path = input.name
        // The ordinary loader refuses anchors and aliases by reading the text: the same question.
        if Self.anchorOffset(bytes) != nil { throw GiveUp() }
        if keptBytes + bytes.count <= Self.keepTextUpTo {
            texts[path] = bytes
            keptBytes += bytes.count
        }
        let document: StrictYAML
        do { document = try StrictYAML(bytes: bytes) } catch { throw GiveUp() }
        var file = StrictPlanFile(document: document, name: path)
        try file.declare(into: &self)
    }

    /// `AnchorScan.firstAnchorOrAlias`, without making an array of every line: its line scan
    /// only ever finds a `&` or `*`, so only lines holding one are scanned, and only a line
    /// ending in a block-scalar indicator is checked for a header.
    static func anchorOffset(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { b -> Int? in
            guard let base = b.baseAddress, memchr(base, 0x26, b.count) != nil || memchr(base, 0x2A, b.count) != nil else {
                return nil      // no `&` and no `*` at all
            }
            let space = UInt8(ascii: " "), cr = UInt8(ascii: "\r")
            var blockIndent: Int?       // inside a `|` / `>` block scalar: lines indented deeper than this
            var start = 0
            while start <= b.count {
                var end = start
                if start < b.count, let nl = memchr(b.baseAddress! + start, 10, b.count - start) {
                    end = b.baseAddress!.distance(to: nl.assumingMemoryBound(to: UInt8.self))
                } else {
                    end = b.count
                }
                defer { start = end + 1 }
                let line = b[start..<end]
                let indent = line.prefix { $0 == space }.count
                if let indentation = blockIndent {
                    if indent > indentation || line.allSatisfy({ $0 == space || $0 == cr }) { continue }
                    blockIndent = nil
                }
                if line.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "*") }),
                   let hit = AnchorScan.scanLine(Array(line)) {
                    return start + hit
                }
                if let last = line.lastIndex(where: { $0 != space && $0 != cr }),
                   [UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "-"), UInt8(ascii: "+")].contains(b[last]),
                   b[start..<last].contains(where: { $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: ">") }),
                   AnchorScan.isBlockIndicator(Array(line), last - start) {
                    blockIndent = indent
                }
            }
            return nil
        }
    }

    /// Room for every node the files could hold, taken at once: no array of nodes is copied
    /// as it grows (which for a million activities means a gigabyte twice over), and room that
    /// is never used is never touched, so it costs no memory.
    mutating func reserve(for inputs: [PlanInput]) throws(GiveUp) {
        var bytes = 0
        for input in inputs {
            switch input {
            case .bytes(_, let contents): bytes += contents.count
            case .path(let path):
                var info = stat()
                guard stat(path, &info) == 0 else { throw GiveUp() }
                bytes += Int(info.st_size)
            }
        }
        // Every node takes a line or more of YAML: well over 64 bytes in planq's own files.
        context.builder.reserveCapacity(nodes: max(1024, bytes / 64), roles: max(1024, bytes / 64))
    }

    // MARK: References

    mutating func resolve() throws(GiveUp) {
        // A plan node is known by its folded `plan.id`, one key space for all plans, which
        // this reading keeps per plan: the same unless a plan's id is another's followed by a
        // dot (`a` and `a.b`), where `a.b.c` could name a node of either.
        for plan in context.plansByID.keys {
            var prefix = plan[...]
            while let dot = prefix.lastIndex(of: ".") {
                prefix = prefix[..<dot]
                if context.plansByID[String(prefix)] != nil { throw GiveUp() }
            }
        }
        let references = deferred
        deferred = []
        for reference in references {
            switch reference {
            case .actorField(let ref, let key, let name):
                context.builder[ref].set(key, .node(try actor(name)))
            case .members(let ref, let names):
                var refs: [NodeRef] = []
                for name in names {
                    let a = try actor(name)
                    refs.append(a)
                    context.builder.addMember(a, to: ref)
                }
                context.builder[ref].set("members", .nodes(refs))
            case .roles(let subject, let entries):
                for entry in entries {
                    context.builder.addRole(entry.role, actor: try actor(entry.name), for: subject, note: entry.note)
                }
            }
        }
    }

    /// `LoadContext.actor`: by folded id or alias.
    mutating func actor(_ name: String) throws(GiveUp) -> NodeRef {
        if let ref = actorCache[name] { return ref }
        guard let ref = context.actorsByName[Self.fold(name)] else { throw GiveUp() }
        actorCache[name] = ref
        return ref
    }

    static func fold(_ text: String) -> String { FoldedKey.of(text) }
}

/// One parsed file being declared and filled: `Declarer` and `Filler` over a `StrictYAML`
/// tree instead of Yams nodes, giving up wherever they would report an error.
struct StrictPlanFile {
    typealias GiveUp = StrictPlanLoader.GiveUp

    let document: StrictYAML
    let name: String
    /// The file's plan, once declared: its node, id and source document.
    var plan: (ref: NodeRef, id: String, document: FieldValue?)?
    /// The plan's nodes declared so far, by folded id (`LoadContext.planNodes` for this plan:
    /// all of a plan's nodes are in its file). A reference to an earlier node (a theme, a goal)
    /// is resolved at once; to a later one (a link, a goal's parent), when the file is read.
    var declared: [String: NodeRef] = [:]
    var links: [(from: NodeRef, names: [String])] = []
    var parents: [(goal: NodeRef, name: String)] = []

    init(document: StrictYAML, name: String) {
        self.document = document
        self.name = name
    }

    // MARK: Declaring (Declarer)

    mutating func declare(into reading: inout StrictPlanReading) throws(GiveUp) {
        guard let root = document.root else { return }
        for key in keys(of: root) where !StrictPlanReading.topLevel.contains(document.string(key)) { throw GiveUp() }
        if let node = document.value(root, "plan") { try declarePlan(node, &reading) }
        if let list = document.value(root, "actors") {
            for item in try items(list) { try declareActor(item, &reading) }
        }
        for section in Schema.nodeSections {
            guard let list = document.value(root, section.key) else { continue }
            guard plan != nil else { throw GiveUp() }
            for item in try items(list) {
                try declareNode(item, kind: section.kind, parent: nil, &reading)
            }
        }
        // Links are added in the order `Filler` adds them: item by item, file by file.
        for (subject, names) in links {
            for name in names {
                guard let other = declaredNode(name, kind: .activity, reading) else { throw GiveUp() }
                reading.context.builder.addLink(from: subject, to: other)
            }
        }
        for (goal, name) in parents {
            guard let parent = declaredNode(name, kind: .goal, reading) else { throw GiveUp() }
            reading.context.builder[goal].parent = parent
        }
    }

    mutating func declarePlan(_ node: Int32, _ reading: inout StrictPlanReading) throws(GiveUp) {
        let id = try validID(node)
        let key = StrictPlanReading.fold(id)
        guard reading.context.plansByID[key] == nil else { throw GiveUp() }
        var planNode = PlanNode(kind: .plan, id: id, plan: nil, title: scalarString(node, "title") ?? id)
        planNode.source = provenance(node)
        let ref = NodeRef(reading.context.builder.nodes.count)
        reading.context.plansByID[key] = ref
        try fill(&planNode, ref, node, kind: .plan, &reading)
        plan = (ref, id, planNode.field("document"))
        reading.context.builder.add(planNode)
    }

    mutating func declareActor(_ node: Int32, _ reading: inout StrictPlanReading) throws(GiveUp) {
        let id = try validID(node)
        var actor = PlanNode(kind: .actor, id: id, plan: nil, title: scalarString(node, "name") ?? id)
        actor.source = provenance(node)
        let ref = NodeRef(reading.context.builder.nodes.count)
        var names = [id]
        if let aliases = document.value(node, "aliases"), document[aliases].kind == .sequence {
            for alias in document.children(of: aliases) where document[alias].kind == .scalar {
                names.append(document.string(alias))
            }
        }
        for alias in names {
            let key = StrictPlanReading.fold(alias)
            if let other = reading.context.actorsByName[key], other != ref { throw GiveUp() }
            reading.context.actorsByName[key] = ref
        }
        try fill(&actor, ref, node, kind: .actor, &reading)
        reading.context.builder.add(actor)
    }

    mutating func declareNode(_ node: Int32, kind: NodeKind, parent: NodeRef?,
                              _ reading: inout StrictPlanReading) throws(GiveUp) {
        guard let plan else { throw GiveUp() }
        let id = try validID(node)
        let ref = NodeRef(reading.context.builder.nodes.count)
        guard declared.updateValue(ref, forKey: StrictPlanReading.fold(id)) == nil else { throw GiveUp() }
        let title = scalarString(node, "title") ?? scalarString(node, "name") ?? scalarString(node, "role")
            ?? scalarString(node, "text") ?? id
        var planNode = PlanNode(kind: kind, id: id, plan: plan.ref, title: title)
        planNode.parent = parent
        planNode.source = provenance(node)
        try fill(&planNode, ref, node, kind: kind, &reading)
        reading.context.builder.add(planNode)
        if kind == .activity, let indicators = document.value(node, "indicators") {
            for indicator in try items(indicators) {
                try declareNode(indicator, kind: .indicator, parent: ref, &reading)
            }
        }
    }

    /// A node of this file's plan declared before now, of the kind expected
    /// (`LoadContext.planNode`, for references that cannot point forward).
    /// A node naming itself is not added yet (its ref is past the end): nil, and the
    /// ordinary loader reports it.
    func declaredNode(_ id: String, kind: NodeKind, _ reading: StrictPlanReading) -> NodeRef? {
        guard let ref = declared[StrictPlanReading.fold(id)], Int(ref.index) < reading.context.builder.nodes.count,
              reading.context.builder.nodes[Int(ref.index)].kind == kind else { return nil }
        return ref
    }

    // MARK: Filling (Filler)

    /// Decodes each field by its key's type, as `Filler.fill` does. References to earlier
    /// nodes of the plan are resolved at once; to actors, links and later goals, queued.
    mutating func fill(_ node: inout PlanNode, _ ref: NodeRef, _ mapping: Int32, kind: NodeKind,
              _ reading: inout StrictPlanReading) throws(GiveUp) {
        let allowed = StrictPlanReading.keys[StrictPlanReading.kindIndex[kind]!]
        let documentName = kind == .plan ? nil : plan?.document
        var periods = FieldPeriods()
        let kids = document.children(of: mapping)
        // Fields are gathered in a reused buffer and copied once, at their exact size (a node
        // grows none of its arrays twice, and keeps no spare room).
        var fields: [(name: String, value: FieldValue)] = []
        swap(&fields, &reading.fieldBuffer)     // taken, not shared: emptied in place
        fields.removeAll(keepingCapacity: true)
        defer { swap(&fields, &reading.fieldBuffer) }
        var k = kids.startIndex
        while k < kids.endIndex {
            guard let entry = allowed.find(kids[k], in: document) else { throw GiveUp() }
            let key = entry.name, value = kids[k + 1]
            k += 2
            switch entry.type {
            case .skip: break
            case .text: fields.append((key, .text(try text(value))))
            case .list: fields.append((key, .list(try list(value))))
            case .number:
                guard let n = Double(try text(value)), n.isFinite else { throw GiveUp() }
                fields.append((key, .number(n)))
            case .flag: fields.append((key, .text(try bool(value) ? "yes" : "no")))
            case .choice(let words):
                let word = try text(value)
                if word == "unknown", key == "phase" { fields.append((key, .unknown)) } else {
                    guard words.contains(word) else { throw GiveUp() }
                    fields.append((key, .text(word)))
                }
            case .period:
                let p = try period(value)
                periods.set(key, p)
                fields.append((key, .period(p)))
            case .months:
                let months = try list(value)
                guard months.allSatisfy({ Int($0).map { (1...12).contains($0) } ?? false }) else { throw GiveUp() }
                fields.append((key, .list(months)))
            case .source:
                guard document[value].kind == .mapping else { throw GiveUp() }
                try checkKeys(value, Schema.sourceKeys)
                var p = node.source!
                p.lines = (document.value(value, "line") ?? document.value(value, "lines")).flatMap(scalarString)
                p.section = scalarString(value, "section")
                if case .text(let doc)? = documentName { p.document = doc }
                if let file = scalarString(value, "file") {
                    p.document = file
                    if kind == .plan { fields.append(("document", .text(file))) }
                }
                node.source = p
            case .notes: node.notes += try list(value)
            case .note: node.notes.append(try text(value))
            case .versions:
                var versions: [String] = []
                for entry in try sequence(value) {
                    guard document[entry].kind == .mapping else { throw GiveUp() }
                    try checkKeys(entry, Schema.versionKeys)
                    versions.append(Schema.versionKeys.compactMap { scalarString(entry, $0) }.joined(separator: " · "))
                }
                fields.append((key, .list(versions)))
            case .actor:
                fields.append((key, .node(NodeRef(0))))       // replaced when resolved, in this place
                reading.deferred.append(.actorField(ref, key: key, name: try text(value)))
            case .actors:
                fields.append((key, .nodes([])))
                reading.deferred.append(.members(ref, names: try references(value)))
            case .roles:
                reading.deferred.append(.roles(ref, try roles(value)))
            case .themes:
                // Themes come first in a plan file: a theme not declared yet does not exist.
                for name in try references(value) {
                    guard let theme = declaredNode(name, kind: .theme, reading) else { throw GiveUp() }
                    reading.context.builder.addContribution(from: ref, to: theme)
                }
            case .activityLinks:
                guard plan != nil else { throw GiveUp() }
                links.append((ref, try references(value)))
            case .goals:
                var refs: [NodeRef] = []
                for name in try references(value) {
                    guard let goal = declaredNode(name, kind: .goal, reading) else { throw GiveUp() }
                    refs.append(goal)
                }
                fields.append((key, .nodes(refs)))
            case .goalParent:
                guard plan != nil else { throw GiveUp() }
                let name = try text(value)
                if let goal = declaredNode(name, kind: .goal, reading) {
                    node.parent = goal
                } else if kind == .goal {
                    parents.append((ref, name))     // a goal below one declared later in the list
                } else {
                    throw GiveUp()      // goals come before activities: this one does not exist
                }
            }
        }
        func field(_ name: String) -> FieldValue? { fields.first { $0.name == name }?.value }
        if kind == .goal, field("title") == nil, case .text(let t)? = field("text") { node.title = t }
        if kind == .activity, document.value(mapping, "goal") == nil { throw GiveUp() }
        var own = periods.period ?? periods.date
        if own == nil, let start = periods.start, let end = periods.end {
            guard let both = Period.through(start, end) else { throw GiveUp() }
            own = both
        }
        if var period = own {
            period.approximate = try optionalBool(mapping, "approximate") ?? false
            period.written = try optionalText(mapping, "written")
            node.ownPeriod = period
        } else if var deadline = periods.deadline {
            deadline.approximate = try optionalBool(mapping, "approximate") ?? false
            deadline.written = try optionalText(mapping, "written")
            if let i = fields.firstIndex(where: { $0.name == "deadline" }) { fields[i].value = .period(deadline) }
        }
        node.fields = Array(unsafeUninitializedCapacity: fields.count) { buffer, count in
            for (i, field) in fields.enumerated() { (buffer.baseAddress! + i).initialize(to: field) }
            count = fields.count
        }
    }

    /// `actors: {lead: [elz-leuven], partner: [{actor: kul, note: "…"}]}`
    func roles(_ node: Int32) throws(GiveUp) -> [(role: Role, name: String, note: String?)] {
        guard document[node].kind == .mapping else { throw GiveUp() }
        var out: [(role: Role, name: String, note: String?)] = []
        let kids = document.children(of: node)
        var k = kids.startIndex
        while k < kids.endIndex {
            guard let role = Role(rawValue: document.string(kids[k])) else { throw GiveUp() }
            let list = kids[k + 1]
            k += 2
            let entries: [Int32]
            switch document[list].kind {
            case .scalar: entries = document.string(list).isEmpty ? [] : [list]
            case .sequence: entries = Array(document.children(of: list))
            case .mapping: throw GiveUp()
            }
            for entry in entries {
                if document[entry].kind == .mapping {
                    try checkKeys(entry, ["actor", "note"])
                    guard let actor = document.value(entry, "actor") else { throw GiveUp() }
                    out.append((role, try text(actor), scalarString(entry, "note")))
                } else {
                    out.append((role, try text(entry), nil))
                }
            }
        }
        return out
    }

    // MARK: Values (FieldReader)

    func keys(of mapping: Int32) -> [Int32] {
        let kids = document.children(of: mapping)
        return stride(from: kids.startIndex, to: kids.endIndex, by: 2).map { kids[$0] }
    }

    func checkKeys(_ mapping: Int32, _ allowed: [String]) throws(GiveUp) {
        for key in keys(of: mapping) where !allowed.contains(document.string(key)) { throw GiveUp() }
    }

    /// `Declarer.items`: a list section's items; nothing for an empty (null) value.
    func items(_ node: Int32) throws(GiveUp) -> [Int32] {
        if document.isNull(node) { return [] }
        return try sequence(node)
    }

    func sequence(_ node: Int32) throws(GiveUp) -> [Int32] {
        guard document[node].kind == .sequence else { throw GiveUp() }
        return Array(document.children(of: node))
    }

    func text(_ node: Int32) throws(GiveUp) -> String {
        guard document[node].kind == .scalar else { throw GiveUp() }
        return document.string(node)
    }

    /// A list of texts; a single text is a one-item list, an empty one no list.
    func list(_ node: Int32) throws(GiveUp) -> [String] {
        if document[node].kind == .scalar {
            let s = document.string(node)
            return s.isEmpty ? [] : [s]
        }
        var out: [String] = []
        for item in try sequence(node) { out.append(try text(item)) }
        return out
    }

    /// The ids a reference field names: one scalar, or a list of them.
    func references(_ node: Int32) throws(GiveUp) -> [String] {
        if document[node].kind == .scalar { return [document.string(node)] }
        var out: [String] = []
        for item in try sequence(node) { out.append(try text(item)) }
        return out
    }

    func bool(_ node: Int32) throws(GiveUp) -> Bool {
        switch try text(node).lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default: throw GiveUp()
        }
    }

    func optionalBool(_ mapping: Int32, _ key: String) throws(GiveUp) -> Bool? {
        guard let node = document.value(mapping, key) else { return nil }
        return try bool(node)
    }

    func optionalText(_ mapping: Int32, _ key: String) throws(GiveUp) -> String? {
        guard let node = document.value(mapping, key) else { return nil }
        return try text(node)
    }

    func period(_ node: Int32) throws(GiveUp) -> Period {
        if let p = document.digitPeriod(node) { return p }
        do { return try PeriodText.parse(try text(node)) } catch { throw GiveUp() }
    }

    /// `mapping[key]?.scalar?.string`
    func scalarString(_ mapping: Int32, _ key: String) -> String? {
        document.value(mapping, key).flatMap(scalarString)
    }

    func scalarString(_ node: Int32) -> String? {
        document[node].kind == .scalar ? document.string(node) : nil
    }

    func provenance(_ node: Int32) -> Provenance {
        Provenance(document: nil, lines: nil, section: nil, planFile: name, planLine: Int(document[node].line))
    }

    /// `Declarer.validID`: letters, digits, `.`, `-`, `_`, starting with a letter or digit.
    func validID(_ node: Int32) throws(GiveUp) -> String {
        guard document[node].kind == .mapping, let idNode = document.value(node, "id"),
              let id = scalarString(idNode), !id.isEmpty else { throw GiveUp() }
        var previous: UInt8 = 0
        for (i, c) in id.utf8.enumerated() {
            let letterOrDigit = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)
            let mark = c == 46 || c == 45 || c == 95
            guard letterOrDigit || (mark && i > 0), !(c == 46 && previous == 46) else { throw GiveUp() }
            previous = c
        }
        return id
    }
}

/// A kind's keys, their text and their `Filler` type. A key is found by its bytes: no
/// string is made and nothing hashed for the ten or so keys of every item.
struct KeyTable {
    let entries: [(bytes: [UInt8], name: String, type: Filler.FieldType)]

    init(_ keys: [String], kind: NodeKind) {
        entries = keys.map { (Array($0.utf8), $0, Filler.type(of: $0, kind: kind)) }
    }

    func find(_ key: Int32, in document: StrictYAML) -> (name: String, type: Filler.FieldType)? {
        let node = document[key]
        guard node.start >= 0 else { return nil }
        return document.bytes.withUnsafeBufferPointer { b in
            for entry in entries where entry.bytes.count == Int(node.count) {
                let same = entry.bytes.withUnsafeBufferPointer { memcmp(b.baseAddress! + Int(node.start), $0.baseAddress!, $0.count) == 0 }
                if same { return (entry.name, entry.type) }
            }
            return nil
        }
    }
}

extension StrictYAML {
    /// The period forms generated files use — `2024`, `2024-03`, `2024-03-31`, `2024 Q1`,
    /// `2024 H2`, and `A..B` of those — read from the bytes as `PeriodText.parse` reads them;
    /// nil for any other text (which `PeriodText` then reads), or a date that does not exist.
    func digitPeriod(_ n: Int32) -> Period? {
        let node = nodes[Int(n)]
        guard node.kind == .scalar, node.start >= 0 else { return nil }
        return bytes.withUnsafeBufferPointer { b -> Period? in
            let s = Int(node.start), e = s + Int(node.count)
            var dots = s
            while dots + 1 < e && !(b[dots] == 46 && b[dots + 1] == 46) { dots += 1 }
            guard dots + 1 < e else { return Self.singlePeriod(b, s, e) }
            guard let a = Self.singlePeriod(b, s, dots), let z = Self.singlePeriod(b, dots + 2, e) else { return nil }
            return Period.through(a, z)
        }
    }

    static func singlePeriod(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Period? {
        func number(_ from: Int, _ length: Int) -> Int? {
            var v = 0
            for i in from..<from + length {
                let d = b[s + i]
                guard d >= 48 && d <= 57 else { return nil }
                v = v * 10 + Int(d - 48)
            }
            return v
        }
        let count = e - s
        guard [4, 7, 10].contains(count), let year = number(0, 4) else { return nil }
        if count == 4 { return Period.year(year) }
        if count == 7, b[s + 4] == UInt8(ascii: " "), let part = number(6, 1) {
            switch b[s + 5] {
            case UInt8(ascii: "Q"): return Period.quarters(year, part, part)
            case UInt8(ascii: "H"): return Period.halves(year, part, part)
            default: return nil
            }
        }
        guard b[s + 4] == UInt8(ascii: "-"), let month = number(5, 2) else { return nil }
        if count == 7 { return Period.month(year, month) }
        guard b[s + 7] == UInt8(ascii: "-"), let day = number(8, 2) else { return nil }
        return Day(year: year, month: month, day: day).map(Period.day)
    }
}

/// The period-typed fields of one item (`Filler` keeps them in a dictionary).
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

import Diagnostics
import PlanModel

/// State shared by the loader's passes: the graph under construction, what each id
/// names, and every problem found so far.
struct LoadContext {
    var builder = PlanGraphBuilder()
    var diagnostics: [Diagnostic] = []
    /// Folded actor id or alias → actor, across all files.
    var actorsByName: [String: NodeRef] = [:]
    /// Where each actor name was declared, for duplicate reports.
    var actorNameSites: [String: String] = [:]
    /// Folded id → node, for plan-scoped references (its site is the node's provenance): the
    /// file's plan's nodes, all in that file. Where plan ids nest (`a`, `a.b`) the keys are
    /// folded `plan.id` across all files, since `a.b.c` may then name a node of either plan.
    var planNodes = FoldedIDs()
    var planNodesAcrossFiles = false
    /// Each plan's source document (`source: {file: …}`), which its nodes name unless they
    /// name their own.
    var planDocuments: [NodeRef: String] = [:]
    var plansByID: [String: NodeRef] = [:]
    /// Items of the file being read, declared in the first pass and filled in the second.
    var pending: [PendingItem] = []
    /// Actor references, resolved once every file has declared its actors.
    var actorReferences: [ActorReference] = []
    /// The names of the actors the file declares and the actor references it makes, in the
    /// order written: both depend on other files, so they are recorded while a file is
    /// declared and filled (on a reader thread) and take effect in file order
    /// (`registerActorNames`, `applyActorUses`).
    var actorNames: [ActorName] = []
    var actorUses: [ActorUse] = []
    /// The files actor references are written in, named by number from each reference (one
    /// entry per file, not two counted references per actor name).
    var referenceFiles: [ReferenceFile] = []
    /// The document the last reference was made in (held, so that it is never another one
    /// at the same address).
    private var referenceDocument: PlanDocument?
    /// Where the plan of the file being read is also declared, when the loader has found it
    /// a duplicate (the file is then read again, knowing it).
    var duplicatePlanFile: String?
    /// Actor references as written → actor (a name resolves the same way every time, and
    /// names that fold alike resolve alike).
    var actorCache = FoldedIDs()
    /// Fast-read files with a problem: read again with Yams, which positions it.
    var unpositioned: Set<String> = []
    /// The files' texts, for positioned diagnostics: those Yams read, and those a graph-wide
    /// check reports on (read again when needed, so that a large load keeps no text).
    var files: [String: SourceFile] = [:]
    var inputs: [String: PlanInput] = [:]
    /// The plan file being declared, as its nodes name it (`PlanGraphBuilder.file(named:)`).
    var file: Int32 = -1

    /// The key `planNodes` holds a plan's node under (folded there).
    func planNodeKey(planID: String, id: String) -> String {
        planNodesAcrossFiles ? planID + "." + id : id
    }

    /// A scalar's text, copied into the nodes being filled (no string is made for it).
    mutating func text(_ n: Int32, in document: PlanDocument) -> NodeBatch.Text {
        let node = document[n]
        guard node.kind == .scalar else { return builder.text("") }
        if node.start < 0 { return builder.text(document.decoded[Int(-1 - node.start)]) }
        return builder.text(document.utf8(node))
    }

    /// Kind of a node already added, committed or not.
    func kind(_ ref: NodeRef) -> NodeKind { builder.kind(of: ref) }

    /// The text of the file `name`, read again if it was read fast.
    mutating func sourceFile(named name: String?) -> SourceFile? {
        guard let name else { return nil }
        if let file = files[name] { return file }
        guard case .success(let file)? = inputs[name]?.text() else { return nil }
        files[name] = file
        return file
    }

    mutating func error(_ message: String, at node: Int32?, in document: PlanDocument, suggestion: String? = nil) {
        guard let file = document.source else {
            unpositioned.insert(document.name)
            diagnostics.append(.error(message))
            return
        }
        diagnostics.append(.error(message, at: node.flatMap(document.range), in: file, suggestion: suggestion))
    }

    /// "unknown actor 'ELX' — did you mean 'ELZ'?"
    mutating func unknown(_ what: String, _ name: String, among candidates: some Sequence<String>,
                          at node: Int32?, in document: PlanDocument) {
        guard document.source != nil else { return error("unknown \(what) '\(name)'", at: node, in: document) }
        let close = Suggestions.closest(to: name, among: candidates)
        var message = "unknown \(what) '\(name)'"
        if let phrase = Suggestions.phrase(close) { message += " — \(phrase)" }
        error(message, at: node, in: document, suggestion: close.first)
    }

    /// Records a reference to an actor by id or alias (a field or a role entry), to take
    /// effect in file order (`applyActorUses`): any file may declare actors.
    mutating func actor(_ node: Int32, in document: PlanDocument, for subject: NodeRef, as use: ActorReference.Use) {
        guard let reference = reference(node, in: document, for: subject, as: use) else { return }
        actorUses.append(.one(reference))
    }

    /// Records the names of a field listing actors (`members`), which takes effect as one.
    mutating func actors(_ nodes: PlanDocument.Kids, key: String, in document: PlanDocument, for subject: NodeRef) {
        let last = nodes.lastIndex { document.kind($0) == .scalar }
        let references = zip(nodes.indices, nodes).compactMap { i, node in
            reference(node, in: document, for: subject, as: .member(key, last: i == last))
        }
        actorUses.append(.members(key: key, subject: subject, references, allText: references.count == nodes.count))
    }

    private mutating func reference(_ node: Int32, in document: PlanDocument, for subject: NodeRef,
                                    as use: ActorReference.Use) -> ActorReference? {
        guard let name = document.scalar(node) else {
            error("expected an actor id", at: node, in: document)
            return nil
        }
        if referenceDocument !== document {
            referenceDocument = document
            referenceFiles.append(ReferenceFile(source: document.source, name: document.name))
        }
        return ActorReference(subject: subject, use: use, name: name, range: document.range(node),
                              file: Int32(referenceFiles.count - 1))
    }

    /// Gives the file's actors their names (ids and aliases), in the order declared, reporting
    /// a name that already names another actor. The file's own diagnostics (`fileDiagnostics`,
    /// made while it was declared and filled) are added with them, each duplicate where it was
    /// found. `offset` renumbers the file's nodes (built apart, from 0).
    mutating func registerActorNames(_ names: [ActorName], offset: Int32, in document: PlanDocument,
                                     fileDiagnostics: [Diagnostic]) {
        var next = 0
        for name in names {
            diagnostics += fileDiagnostics[next..<name.diagnosticIndex]
            next = name.diagnosticIndex
            let ref = NodeRef(Int(name.actor.index + offset))
            let key = FoldedKey.of(name.name)
            if let other = actorsByName[key], other != ref {
                let where_ = actorNameSites[key] ?? "another file"
                error("duplicate actor name '\(Folding.showingInvisible(name.name))': already names '\(builder.id(of: other))' (\(where_))",
                      at: name.site, in: document)
            } else {
                actorsByName[key] = ref
                actorNameSites[key] = "\(document.name):\(name.site.map(document.line) ?? 0)"
            }
        }
        diagnostics += fileDiagnostics[next...]
    }

    /// Puts the file's actor references into effect, in the order made: one whose actor is
    /// declared, with nothing queued before it, at once (the common case, an actors file read
    /// before the plans that name its actors); any other waits for the end (`resolveActors`).
    /// Their nodes are not committed yet. `offset` renumbers the file's nodes.
    mutating func applyActorUses(_ uses: [ActorUse], offset: Int32, files: [ReferenceFile]? = nil) {
        // The references of a file done apart name its files by its own numbers.
        let firstFile = Int32(referenceFiles.count)
        if let files {
            referenceFiles += files
            // The last entry is now another file's: a reference made here next adds its own.
            referenceDocument = nil
        }
        func queued(_ reference: ActorReference, subject: NodeRef? = nil) -> ActorReference {
            var r = reference
            if let subject { r.subject = subject }
            if files != nil { r.file += firstFile }
            return r
        }
        // Read in place: a use copied out of the array (its names and notes retained) was a
        // third of this function's instructions.
        for u in uses.indices {
            switch uses[u] {
            case .one(let reference):
                let subject = NodeRef(Int(reference.subject.index + offset))
                guard let a = actorNow(reference.name) else {
                    actorReferences.append(queued(reference, subject: subject))
                    continue
                }
                switch reference.use {
                case .field(let key): builder.set(key, .node(a), of: subject)
                case .role(let role, let note): builder.addRole(role, actor: a, for: subject, note: note)
                case .member: preconditionFailure("a member is recorded with its list")
                }
            case .members(let key, let local, var references, let allText):
                let subject = NodeRef(Int(local.index + offset))
                for i in references.indices { references[i].subject = subject }
                var now: [NodeRef] = []
                if allText {
                    for reference in references {
                        guard let a = actorNow(reference.name) else { break }
                        now.append(a)
                    }
                }
                if allText && now.count == references.count {
                    for a in now { builder.addMember(a, to: subject) }
                    builder.set(key, .nodes(now), of: subject)
                } else {
                    actorReferences += references.map { queued($0) }
                }
            }
        }
    }

    /// The actor `name` names, when it can be resolved now without changing the order in
    /// which references take effect: nothing is queued before it and the actor is declared
    /// (the common case, an actors file read before the plans that name its actors).
    mutating func actorNow(_ name: String) -> NodeRef? {
        guard actorReferences.isEmpty else { return nil }
        return declaredActor(name)
    }

    /// The actor `name` (an id or alias) names among those declared so far, remembered.
    private mutating func declaredActor(_ name: String) -> NodeRef? {
        if let known = actorCache.find(name) { return known }
        guard let ref = actorsByName[FoldedKey.of(name)] else { return nil }
        actorCache.insert(name, ref)
        return ref
    }

    /// Resolves the queued actor references, in the order they were made. Their nodes are
    /// committed by now: the placeholder fields set when they were filled are pointed at the
    /// actors.
    mutating func resolveActors() {
        let references = actorReferences
        actorReferences = []
        var members: [NodeRef: [NodeRef]] = [:]
        for reference in references {
            let resolved = declaredActor(reference.name)
            if resolved == nil { unknownActor(reference) }
            switch reference.use {
            case .field(let key):
                if let a = resolved { builder.set(key, .node(a), of: reference.subject) }
            case .member(let key, let last):
                if let a = resolved {
                    members[reference.subject, default: []].append(a)
                    builder.addMember(a, to: reference.subject)
                }
                if last { builder.set(key, .nodes(members.removeValue(forKey: reference.subject) ?? []), of: reference.subject) }
            case .role(let role, let note):
                if let a = resolved { builder.addRole(role, actor: a, for: reference.subject, note: note) }
            }
        }
    }

    mutating func unknownActor(_ reference: ActorReference) {
        let written = referenceFiles[Int(reference.file)]
        guard let file = written.source else {
            unpositioned.insert(written.name)
            diagnostics.append(.error("unknown actor '\(reference.name)'"))
            return
        }
        let names = (0..<builder.count).map(NodeRef.init).filter { builder.kind(of: $0) == .actor }.flatMap { a -> [String] in
            [builder.id(of: a)] + (builder.list("aliases", of: a) ?? [])
        }
        let close = Suggestions.closest(to: reference.name, among: names)
        var message = "unknown actor '\(reference.name)'"
        if let phrase = Suggestions.phrase(close) { message += " — \(phrase)" }
        diagnostics.append(.error(message, at: reference.range, in: file, suggestion: close.first))
    }

    /// Resolves a reference to a node of the same plan, checking its kind.
    mutating func planNode(_ node: Int32, plan: NodeRef, planID: String, kind wanted: NodeKind, what: String,
                           in document: PlanDocument) -> NodeRef? {
        let scalar = document[node]
        guard scalar.kind == .scalar else {
            error("expected a \(what) id", at: node, in: document)
            return nil
        }
        // Most references are found by their bytes as written, with no string made.
        let found = !planNodesAcrossFiles && scalar.start >= 0 ? planNodes.find(document.utf8(scalar))
            : planNodes.find(planNodeKey(planID: planID, id: document.string(node)))
        if let ref = found, builder.kindInPlace(of: ref) == wanted { return ref }
        let id = document.string(node)
        let candidates = document.source == nil ? [] : (0..<builder.count).map(NodeRef.init)
            .filter { builder.plan(of: $0) == plan && builder.kind(of: $0) == wanted }.map { builder.id(of: $0) }
        unknown(what, id, among: candidates, at: node, in: document)
        return nil
    }
}

/// One list item of a plan file, declared in the first pass and filled in the second.
struct PendingItem {
    let ref: NodeRef
    let kind: NodeKind
    let mapping: Int32
    let plan: NodeRef?
    let planID: String
    /// The node's title, and the scalar it was read from (-1 for an id standing in for it):
    /// the field written there holds the same text, and is not copied again.
    let title: NodeBatch.Text
    let titleNode: Int32
    /// One of `Schema`'s tables, which live as long as the program: held and read without
    /// counting references (`withKeys`). Every reader thread reads the same tables, and a
    /// reference count both cores change is a slow, contended write for each key of each item.
    let table: Unmanaged<KeyTable>

    init(ref: NodeRef, kind: NodeKind, mapping: Int32, plan: NodeRef?, planID: String, title: NodeBatch.Text, titleNode: Int32,
         keys: KeyTable) {
        (self.ref, self.kind, self.mapping, self.plan, self.planID) = (ref, kind, mapping, plan, planID)
        (self.title, self.titleNode, table) = (title, titleNode, Unmanaged.passUnretained(keys))
    }

    /// Reads the item's key table without retaining it.
    func withKeys<R>(_ body: (KeyTable) -> R) -> R { table._withUnsafeGuaranteedRef(body) }
}

/// An actor's id or alias as declared, recorded to be registered in file order.
struct ActorName {
    let actor: NodeRef
    let name: String
    let site: Int32?
    /// How many of the file's diagnostics come before a duplicate reported here.
    let diagnosticIndex: Int
}

/// An actor reference as a file makes it: one name, or a `members` list that takes effect
/// as a whole (`allText`: every entry was a name, so all may resolve at once).
enum ActorUse {
    case one(ActorReference)
    case members(key: String, subject: NodeRef, [ActorReference], allText: Bool)
}

/// A reference to an actor by name, and what it becomes once resolved.
struct ActorReference {
    enum Use {
        /// A field naming one actor (`owner`, `employer`).
        case field(String)
        /// One name of a field listing actors (`members`); the field is set at its last name.
        case member(String, last: Bool)
        case role(Role, note: String?)
    }

    var subject: NodeRef
    let use: Use
    let name: String
    /// Where the name is written, for a diagnostic (nil in a fast-read file).
    let range: SourceRange?
    /// The file it is written in: a number in `LoadContext.referenceFiles`.
    var file: Int32
}

/// A file actor references are written in: its text when Yams read it (for a positioned
/// diagnostic), else only its name (a fast-read file is read again to position one).
struct ReferenceFile {
    let source: SourceFile?
    let name: String
}

import Diagnostics
import PlanModel

/// One plan file's own share of a load, done apart from the others (on a reader thread):
/// read — by the fast reader where it can, by Yams where it cannot — then declared and
/// filled into nodes of its own, numbered from 0. What depends on other files is left
/// recorded for the loader, which takes the files in order (`PlanLoad.merge`): whether its
/// plan id is taken, its actors' names, its actor references. The result depends on the
/// file alone, so it is the same whichever thread made it and when.
struct FileLoad: @unchecked Sendable {
    /// What the fast reader made of a file.
    enum Slot {
        case parsed(PlanDocument)
        /// What the fast reader met that it does not read, and where.
        case declined(String, offset: Int)
        /// Left to Yams without trying (asked for, or the bytes could not be read plainly).
        case general
    }

    /// The file as nodes; nil when it could not be read or parsed.
    var document: PlanDocument?
    /// Why it cannot be read at all (a missing file, not UTF-8, …): the load stops.
    var readProblem: Diagnostic?
    /// Yams could not parse it.
    var parseProblem: Diagnostic?
    /// What the fast reader declined, when Yams read the file instead.
    var note: Diagnostic?
    /// The text, where Yams read the file (for positioned diagnostics).
    var source: SourceFile?
    /// The file's nodes, edges and diagnostics, and what waits for the other files; empty
    /// when the file is only read (`build` false).
    var context = LoadContext()
    /// The file's nodes once committed, to be freed off the loader's thread.
    var spent = NodeBatch()

    /// Reads the file (with Yams only, when `general`), and when `build`, declares and fills it.
    init(_ input: PlanInput, general: Bool, build: Bool) {
        if case .readOnce(let file) = input {
            self = general ? file.general : file.fastWherePossible
            if !build { context = LoadContext() }
            return
        }
        read(input, general ? .general : Self.fastRead(input))
        if build, let document { context = Self.built(document) }
    }

    /// The file's nodes, declared and filled on their own; `duplicatePlanFile` names where
    /// its plan id is also declared, when the loader has found it taken.
    static func built(_ document: PlanDocument, duplicatePlanFile: String? = nil) -> LoadContext {
        var context = LoadContext()
        context.duplicatePlanFile = duplicatePlanFile
        // Room for about as many nodes as the file has mappings, so nothing grows by steps.
        let room = document.nodes.count / 8
        context.builder.reserveBatch(room)
        context.pending.reserveCapacity(room)
        context.planNodes.reserveCapacity(room)
        context.actorUses.reserveCapacity(room)
        Declarer.declare(document, in: &context)
        for item in context.pending { Filler.fill(item, in: document, context: &context) }
        context.pending = []
        context.builder.completeHalfPeriods()
        return context
    }

    /// The file's plan, as declared here: its folded id and (file-numbered) node.
    var plan: (key: String, ref: NodeRef)? { context.plansByID.first.map { ($0.key, $0.value) } }

    /// The file through the fast reader. It reads no anchor or alias (it declines a value that
    /// starts with `&` or `*`), so a file with one goes to Yams's path, which refuses it
    /// (`YAMLAnchors`).
    static func fastRead(_ input: PlanInput) -> Slot {
        guard let bytes = input.plainBytes() else { return .general }
        do {
            return .parsed(try StrictYAML.read(bytes, name: input.name))
        } catch {
            return .declined(error.what, offset: error.offset)
        }
    }

    /// The file as nodes: as the fast reader read it, else by Yams (with a note saying why the
    /// fast reader declined); no document when it cannot be read or parsed (the problem is kept).
    private mutating func read(_ input: PlanInput, _ slot: Slot) {
        var declined: (what: String, offset: Int)?
        switch slot {
        case .parsed(let parsed):
            document = parsed
            return
        case .declined(let what, let offset): declined = (what, offset)
        case .general: break
        }
        let file: SourceFile
        switch input.text() {
        case .success(let text): file = text
        case .failure(let problem):
            readProblem = problem
            return
        }
        if let declined {
            note = Diagnostic(.note, "read with the general YAML reader: the fast reader does not read \(declined.what)",
                              at: SourceRange(offset: min(declined.offset, file.text.utf8.count), length: 1), in: file)
        }
        source = file
        switch YamsDocument.parse(file) {
        case .success(let parsed): document = parsed
        case .failure(let problem): parseProblem = problem
        }
    }
}

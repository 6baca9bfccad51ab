import Foundation
import Diagnostics
import PlanModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One pass of the loader over the files. Each file's own work — reading it (by the fast
/// reader where it can, by Yams where it cannot), declaring and filling its nodes — is done
/// apart (`FileLoad`), on reader threads for a large load. This thread takes the files in
/// order and does what needs the files before them (`merge`): a plan id taken by another
/// file, actors' names, actor references; then it commits the file's nodes into the graph's
/// columns and lets the file go (a large load keeps no file's text and no file's nodes but
/// the few being read). Actor references, which any file may satisfy, are resolved at the
/// end; then the graph is built and the graph-wide checks run on it once.
///
/// A problem found in a fast-read file has no position (the fast reader keeps none): the pass
/// is run again with that file read by Yams, so diagnostics are always Yams's.
struct PlanLoad {
    let inputs: [PlanInput]
    /// Files to read with Yams.
    var general: Set<String> = []
    /// Declare every file before filling any: only needed where one plan's id is another's
    /// followed by a dot (`a` and `a.b`), so that `a.b.c` may name a node in a later file.
    /// Then the files are only read apart, and declared and filled on this thread.
    var wholeSet = false
    /// Threads that do the files' own work, from `threadsFrom` files on (0: none, every file
    /// is done on this thread).
    var readers = PlanLoad.defaultReaders
    var threadsFrom = PlanLoad.readAheadFrom
    /// The files' total size, when the caller found it already (else each file is looked at).
    var knownBytes: Int?

    enum Outcome {
        case done(Result<LoadedPlans, DiagnosticList>)
        case again(PlanLoad)
    }

    func run() -> Outcome {
        var context = LoadContext()
        var readProblems: [Diagnostic] = []
        var notes: [Diagnostic] = []
        // Room for every node the files could hold (one a line or more, well over 64 bytes),
        // and for their text, taken at once: no column is copied as it grows, and unused room
        // is never touched, so it costs no memory.
        let bytes = knownBytes ?? Self.totalBytes(inputs)
        let room = max(1024, bytes / 64)
        context.builder.reserveCapacity(nodes: room, roles: room, textBytes: bytes)
        var held: [(document: PlanDocument, items: [PendingItem])] = []
        context.planNodesAcrossFiles = wholeSet
        let (inputs, general, build) = (self.inputs, self.general, !wholeSet)
        let work: @Sendable (Int) -> FileLoad = { i in
            FileLoad(inputs[i], general: general.contains(inputs[i].name), build: build)
        }
        // A few files are done on this thread; many, on reader threads.
        var ahead = readers > 0 && inputs.count >= threadsFrom ? ReadAhead(count: inputs.count, readers: readers, work: work) : nil
        for (i, input) in inputs.enumerated() {
            context.inputs[input.name] = input
            var file = ahead?.take(i) ?? work(i)
            if let problem = file.readProblem {
                readProblems.append(problem)
                continue
            }
            if let note = file.note { notes.append(note) }
            if let source = file.source { context.files[source.name] = source }
            if let problem = file.parseProblem {
                context.diagnostics.append(problem)
                continue
            }
            guard let document = file.document else { continue }
            if wholeSet {
                Self.declare(document, in: &context)
                held.append((document, context.pending))
                context.pending = []
            } else {
                Self.merge(&file, document, into: &context)
                ahead?.discard(i, consume file)
            }
        }
        // Results handed back after their reader had stopped wait in it to be freed: not
        // while the indexes are built (they were 8 MB of a 10^5 load's peak).
        ahead = nil
        if !readProblems.isEmpty { return .done(.failure(DiagnosticList(readProblems))) }
        for (document, items) in held {
            for item in items { Filler.fill(item, in: document, context: &context) }
        }
        held = []
        let uses = context.actorUses
        context.actorUses = []
        context.applyActorUses(uses, offset: 0)
        context.builder.commit()
        context.resolveActors()
        if !context.unpositioned.isEmpty {
            var next = self
            next.general.formUnion(context.unpositioned)
            return .again(next)
        }
        if !wholeSet && Self.planIDsNest(context.plansByID.keys) {
            var next = self
            next.wholeSet = true
            return .again(next)
        }
        var builder = PlanGraphBuilder()
        swap(&builder, &context.builder)
        let halfPeriods = builder.halfPeriodNodes
        // Consumed, so that `build` owns the only reference to the columns and hands them to
        // the graph without a copy.
        let graph = (consume builder).build()
        PlanChecks.run(graph, halfPeriods: halfPeriods, &context)
        let diagnostics = PlanLoader.readingOrder(context.diagnostics)
        // The look-up tables of a large load (a plan per file, every actor's names, every
        // file's input) are freed on a thread of their own: the answer does not wait for them.
        if inputs.count >= threadsFrom { FreedApart.free(&context, leaving: LoadContext()) }
        if diagnostics.contains(where: { $0.severity == .error }) {
            return .done(.failure(DiagnosticList(diagnostics)))
        }
        return .done(.success(LoadedPlans(graph: graph, warnings: diagnostics, files: inputs.map(\.name),
                                          generalReaderNotes: notes)))
    }

    /// Files done on reader threads from this many on.
    static let readAheadFrom = 8
    /// One fewer than the cores: this thread does files' work too whenever it would wait
    /// (`ReadAhead.take`), so with it they keep every core busy and none is shared (measured
    /// on two cores only). `PLANQ_READERS` sets another number, to measure with (`planq-bench
    /// load-probe`); the graph and the diagnostics are the same for any.
    /// (Read with `getenv`: `ProcessInfo`'s `environment` makes a dictionary of every
    /// variable, ≈ 7 ms of a load's start, measured with perf.)
    static let defaultReaders = getenv("PLANQ_READERS").flatMap { Int(String(cString: $0)) }
        ?? max(1, ProcessInfo.processInfo.activeProcessorCount - 1)

    /// Adds a file done apart to the graph, in file order: its plan id is checked against the
    /// files before (a duplicate: the file is declared and filled again, knowing it), its nodes
    /// are renumbered to follow theirs, its actors' names registered and its actor references
    /// put into effect; then its nodes are committed.
    static func merge(_ file: inout FileLoad, _ document: PlanDocument, into context: inout LoadContext) {
        if let plan = file.plan, let other = context.plansByID[plan.key] {
            file.context = FileLoad.built(document, duplicatePlanFile: context.builder.site(of: other)?.file ?? "another file")
        }
        let offset = Int32(context.builder.count)
        if let plan = file.plan { context.plansByID[plan.key] = NodeRef(Int(plan.ref.index + offset)) }
        context.builder.adopt(&file.context.builder)
        context.registerActorNames(file.context.actorNames, offset: offset, in: document,
                                   fileDiagnostics: file.context.diagnostics)
        context.applyActorUses(file.context.actorUses, offset: offset, files: file.context.referenceFiles)
        context.unpositioned.formUnion(file.context.unpositioned)
        context.builder.commit(handingOver: &file.spent)
    }

    /// Declares a file on this thread, into the whole set's nodes (`wholeSet`).
    static func declare(_ document: PlanDocument, in context: inout LoadContext) {
        var own: [Diagnostic] = []
        swap(&own, &context.diagnostics)
        Declarer.declare(document, in: &context)
        swap(&own, &context.diagnostics)
        let names = context.actorNames
        context.actorNames = []
        context.registerActorNames(names, offset: 0, in: document, fileDiagnostics: own)
    }

    static func totalBytes(_ inputs: [PlanInput]) -> Int {
        inputs.reduce(0) { total, input in
            switch input {
            case .bytes(_, let bytes): return total + bytes.count
            case .readOnce(let file): return total + totalBytes([file.input])
            case .path(let path):
                var info = stat()
                return total + (stat(path, &info) == 0 ? Int(info.st_size) : 0)
            }
        }
    }

    /// Whether one plan id is another's followed by a dot and more (folded).
    static func planIDsNest(_ ids: Dictionary<String, NodeRef>.Keys) -> Bool {
        for id in ids {
            var prefix = id[...]
            while let dot = prefix.lastIndex(of: ".") {
                prefix = prefix[..<dot]
                if ids.contains(String(prefix)) { return true }
            }
        }
        return false
    }
}

/// Frees a large value on a thread of its own.
enum FreedApart {
    /// Takes `value` (leaving `empty` in its place) and lets it go on a new thread.
    static func free<T>(_ value: inout T, leaving empty: T) {
        var taken = empty
        swap(&taken, &value)
        let box = Box(consume taken)
        Thread { box.value = nil }.start()
    }

    private final class Box<T>: @unchecked Sendable {
        var value: T?
        init(_ value: consuming T) { self.value = value }
    }
}

import Diagnostics
import PlanModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One pass of the loader over the files: each is read — by the fast reader where it can, by
/// Yams where it cannot — into a `PlanDocument`, declared and filled, its nodes committed
/// into the graph's columns, and let go before the next (a large load keeps no file's text
/// and no file's nodes but the one being read). Actor references, which any file may
/// satisfy, are resolved at the end; then the graph is built and the graph-wide checks run
/// on it once.
///
/// A problem found in a fast-read file has no position (the fast reader keeps none): the pass
/// is run again with that file read by Yams, so diagnostics are always Yams's.
struct PlanLoad {
    let inputs: [PlanInput]
    /// Files to read with Yams.
    var general: Set<String> = []
    /// Declare every file before filling any: only needed where one plan's id is another's
    /// followed by a dot (`a` and `a.b`), so that `a.b.c` may name a node in a later file.
    var wholeSet = false

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
        let bytes = Self.totalBytes(inputs)
        let room = max(1024, bytes / 64)
        context.builder.reserveCapacity(nodes: room, roles: room, textBytes: bytes)
        var held: [(document: PlanDocument, items: [PendingItem])] = []
        context.planNodesAcrossFiles = wholeSet
        // A few files are read on this thread; many, on another one as well.
        let ahead = inputs.count >= Self.readAheadFrom ? ReadAhead(inputs, general: general) : nil
        for (i, input) in inputs.enumerated() {
            if !wholeSet { context.planNodes.removeAll(keepingCapacity: true) }
            context.inputs[input.name] = input
            let slot = ahead?.take(i) ?? (general.contains(input.name) ? .general : ReadAhead.read(input))
            guard let document = read(input, slot, &context, problems: &readProblems, notes: &notes) else { continue }
            Declarer.declare(document, in: &context)
            if wholeSet {
                held.append((document, context.pending))
            } else {
                for item in context.pending { Filler.fill(item, in: document, context: &context) }
                context.builder.commit()
            }
            context.pending = []
        }
        if !readProblems.isEmpty { return .done(.failure(DiagnosticList(readProblems))) }
        for (document, items) in held {
            for item in items { Filler.fill(item, in: document, context: &context) }
        }
        held = []
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
        context.diagnostics = PlanLoader.readingOrder(context.diagnostics)
        if context.diagnostics.contains(where: { $0.severity == .error }) {
            return .done(.failure(DiagnosticList(context.diagnostics)))
        }
        return .done(.success(LoadedPlans(graph: graph, warnings: context.diagnostics, files: inputs.map(\.name),
                                          generalReaderNotes: notes)))
    }

    /// Files read on a second thread from this many on.
    static let readAheadFrom = 8

    /// The file as nodes: as the fast reader read it, else by Yams (with a note saying why the
    /// fast reader declined); nil when it cannot be read or parsed (the problem is recorded).
    func read(_ input: PlanInput, _ slot: ReadAhead.Slot, _ context: inout LoadContext, problems: inout [Diagnostic],
              notes: inout [Diagnostic]) -> PlanDocument? {
        var declined: (what: String, offset: Int)?
        switch slot {
        case .parsed(let document): return document
        case .declined(let what, let offset): declined = (what, offset)
        case .general: break
        }
        let file: SourceFile
        switch input.text() {
        case .success(let text): file = text
        case .failure(let problem):
            problems.append(problem)
            return nil
        }
        if let declined {
            notes.append(Diagnostic(.note, "read with the general YAML reader: the fast reader does not read \(declined.what)",
                                    at: SourceRange(offset: min(declined.offset, file.text.utf8.count), length: 1), in: file))
        }
        context.files[file.name] = file
        switch YamsDocument.parse(file) {
        case .success(let document): return document
        case .failure(let problem):
            context.diagnostics.append(problem)
            return nil
        }
    }

    static func totalBytes(_ inputs: [PlanInput]) -> Int {
        inputs.reduce(0) { total, input in
            switch input {
            case .bytes(_, let bytes): return total + bytes.count
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

import Diagnostics
import PlanModel
import Yams

/// The result of loading plan files: the graph and the warnings that did not stop it.
public struct LoadedPlans: Sendable {
    public let graph: PlanGraph
    public let warnings: [Diagnostic]
    public let files: [String]
    /// One note for each file the fast YAML reader declined, saying what it met where: those
    /// files were read with Yams (`planq --check --verbose`).
    public var generalReaderNotes: [Diagnostic] = []

    public init(graph: PlanGraph, warnings: [Diagnostic], files: [String], generalReaderNotes: [Diagnostic] = []) {
        self.graph = graph
        self.warnings = warnings
        self.files = files
        self.generalReaderNotes = generalReaderNotes
    }
}

/// Loads plan files (Grammar/plan-format.md) into a `PlanGraph`. Every problem in every
/// file is reported; if any is an error, nothing is loaded.
public enum PlanLoader {
    /// Which YAML reader reads the files: the fast one wherever it can (what `planq` does),
    /// or Yams for every file (to compare the two).
    public enum Reader: Sendable { case fastWherePossible, general }

    public static func load(paths: [String]) -> Result<LoadedPlans, DiagnosticList> {
        let (files, problems) = PlanFileReader.expand(paths)
        return load(files.map(PlanInput.path), problems: problems)
    }

    /// The loader's one entry point: file bytes to graph, the fast path included.
    public static func load(_ inputs: [PlanInput], reader: Reader = .fastWherePossible) -> Result<LoadedPlans, DiagnosticList> {
        load(inputs, problems: [], reader: reader)
    }

    static func load(_ inputs: [PlanInput], problems: [Diagnostic], reader: Reader = .fastWherePossible)
        -> Result<LoadedPlans, DiagnosticList> {
        // Files in the YAML subset planq's own files use are read without Yams, to the same graph.
        if problems.isEmpty, reader == .fastWherePossible, let loaded = StrictPlanLoader.load(inputs: inputs) {
            return .success(loaded)
        }
        var sources: [SourceFile] = []
        var diagnostics = problems
        for input in inputs {
            switch input.text() {
            case .success(let file): sources.append(file)
            case .failure(let problem): diagnostics.append(problem)
            }
        }
        if diagnostics.contains(where: { $0.severity == .error }) { return .failure(DiagnosticList(diagnostics)) }
        return load(sources: sources).map { loaded in
            var loaded = loaded
            loaded.generalReaderNotes = sources.compactMap(FastReaderDecline.note)
            return loaded
        }
    }

    public static func load(sources: [SourceFile]) -> Result<LoadedPlans, DiagnosticList> {
        var context = LoadContext()
        var documents: [YAMLDocument] = []
        for file in sources {
            context.files[file.name] = file
            switch YAMLDocument.parse(file) {
            case .success(let document): documents.append(document)
            case .failure(let problem): context.diagnostics.append(problem)
            }
        }
        // Pass 1: every id, so that references may point forward and across files.
        for document in documents { Declarer.declare(document, in: &context) }
        // Pass 2: fields and edges.
        for item in context.pending { Filler.fill(item, in: &context) }
        PlanChecks.run(&context)
        context.diagnostics = readingOrder(context.diagnostics)
        let errors = context.diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty {
            return .failure(DiagnosticList(context.diagnostics))
        }
        let graph = context.builder.build()
        return .success(LoadedPlans(graph: graph, warnings: context.diagnostics, files: sources.map(\.name)))
    }

    /// Diagnostics in reading order: by file, then by position.
    static func readingOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let ka = (a.element.file?.name ?? "", a.element.range?.offset ?? -1, a.offset)
            let kb = (b.element.file?.name ?? "", b.element.range?.offset ?? -1, b.offset)
            return ka < kb
        }.map(\.element)
    }
}

import Diagnostics
import PlanModel

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
        let (files, problems) = PlanFileReader.expandSized(paths)
        return load(files.map { PlanInput.path($0.path) }, problems: problems, knownBytes: files.reduce(0) { $0 + $1.size })
    }

    /// The loader's one entry point: file bytes to graph, the fast path included.
    public static func load(_ inputs: [PlanInput], reader: Reader = .fastWherePossible) -> Result<LoadedPlans, DiagnosticList> {
        load(inputs, problems: [], reader: reader)
    }

    /// The loader with `readers` threads doing the files' own work however few the files are
    /// (0: every file on this thread). The graph and the diagnostics are the same for any
    /// number: the fuzz target that loads sets of files compares them.
    public static func load(_ inputs: [PlanInput], readers: Int) -> Result<LoadedPlans, DiagnosticList> {
        load(inputs, problems: [], readers: readers, threadsFrom: 1)
    }

    /// `readers`: threads that do the files' own work in a load of `threadsFrom` files or more
    /// (the graph and the diagnostics are the same for any number).
    static func load(_ inputs: [PlanInput], problems: [Diagnostic], reader: Reader = .fastWherePossible,
                     readers: Int = PlanLoad.defaultReaders,
                     threadsFrom: Int = PlanLoad.readAheadFrom, knownBytes: Int? = nil) -> Result<LoadedPlans, DiagnosticList> {
        if !problems.isEmpty {
            // A missing file or folder: say so, with whatever else cannot be read, and stop.
            return .failure(DiagnosticList(problems + inputs.compactMap { input in
                if case .failure(let problem) = input.text() { return problem } else { return nil }
            }))
        }
        var plan = PlanLoad(inputs: inputs)
        plan.readers = readers
        plan.threadsFrom = threadsFrom
        plan.knownBytes = knownBytes
        if reader == .general { plan.general = Set(inputs.map(\.name)) }
        while true {
            switch plan.run() {
            case .done(let result): return result
            case .again(let next): plan = next
            }
        }
    }

    /// Whether the fast reader reads a file with these bytes (else Yams reads it).
    public static func fastReaderReads(_ input: PlanInput) -> Bool {
        if case .parsed = FileLoad.fastRead(input) { return true }
        return false
    }

    /// Texts already in memory, loaded as files with those names would be.
    public static func load(sources: [SourceFile]) -> Result<LoadedPlans, DiagnosticList> {
        load(sources.map { .bytes(name: $0.name, Array($0.text.utf8)) })
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

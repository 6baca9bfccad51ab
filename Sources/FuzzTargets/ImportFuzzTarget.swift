import Diagnostics
import Foundation
import PlanFiles
import PlanImport
import PlanModel

/// One fuzz input for `planq import`: any bytes as a source document, read against the
/// example actors. The importer's readers are heuristics over document text (headings,
/// tab-separated table cells, Dutch dates), so any bytes must either be refused with an error
/// that has a place in the document, or give a plan file that loads beside the actors —
/// `planq import` loads it before writing and calls a failure an importer bug.
public enum ImportFuzzTarget {
    /// The actors a document's names are resolved against, as `planq import --actors FILE`
    /// reads them, and the file the imported plan is loaded beside.
    public struct Actors {
        let graph: PlanGraph
        let file: SourceFile

        public init(path: String) {
            guard case .success(let loaded) = PlanLoader.load(paths: [path]),
                  case .success(let file) = PlanFileReader.read(path) else { fatalError("the actors file \(path) does not load") }
            graph = loaded.graph
            self.file = file
        }

        /// A directory of its own for each document: one remembers the actors it added, for
        /// the later documents of the same `planq import` run, which declare them no more.
        var directory: ActorDirectory { ActorDirectory(graph: graph) }

        /// Examples/plans/actors.yaml, the file the README's import examples name.
        public static func examples() -> Actors { Actors(path: FuzzEntry.examples + "/actors.yaml") }
    }

    /// What the importer made of a document.
    public enum Outcome: Equatable {
        /// A plan file that loads beside the actors.
        case imported
        /// Refused, every error placed in the document.
        case refused
        /// What the importer did wrong.
        case wrong(String)
    }

    public static func outcome(_ bytes: [UInt8], actors: Actors) -> Outcome {
        switch PlanImporter.importDocument(Data(bytes), path: "fuzz.txt", actors: actors.directory) {
        case .failure(let problems):
            if !problems.hasErrors { return .wrong("the import failed without an error") }
            if let unplaced = problems.errors.first(where: { $0.range == nil || $0.file == nil }) {
                return .wrong("an error without a place in the document: \(unplaced.message)")
            }
            return .refused
        case .success(let result):
            let written = SourceFile(name: "\(result.plan.id).yaml", text: PlanWriter.yaml(result.plan))
            if case .failure(let problems) = PlanLoader.load(sources: [actors.file, written]) {
                return .wrong("the imported plan does not load:\n" + DiagnosticPrinter().render(problems.diagnostics))
            }
            return .imported
        }
    }

    public static func run(_ bytes: [UInt8], actors: Actors) {
        if case .wrong(let problem) = outcome(bytes, actors: actors) { fatalError(problem) }
    }
}

import Diagnostics
import FoundationEssentials
import PlanFiles
import PlanImport
import Session

/// `planq import FILE… [-o FILE] [--actors FILE] [--check]`: source documents → plan files.
struct ImportCommand {
    static let syntax = CommandSyntax(
        name: "planq import",
        abstract: "Turn source documents (ELZ action plans, transition plans) into planq plan files.",
        discussion: "Recognises the template of each document and writes a plan file: to standard output, or to "
            + "-o FILE (written to a temporary file and renamed into place). With several documents, -o names a "
            + "folder and each plan is written there as PLAN-ID.yaml. Names are resolved against the actors in "
            + "--actors (an actors file, plan files or a folder); actors not found there are declared in the plan "
            + "file, each with a warning. Every guess is a warning and a note on the node. Exit statuses: 0 "
            + "imported, 64 usage error, 65 a document could not be imported (nothing is written), 74 a file could "
            + "not be read or written.",
        positional: .init(name: "files", help: "Source documents (text extractions of the Word/PDF documents).", required: true,
                          completion: .files),
        options: [Options.output, Options.actors, Options.check]
    )

    enum Options {
        static let output = CommandSyntax.Option(short: "o", long: "output", valueName: "file",
                                                 help: "Write the plan file here (a folder for several documents).",
                                                 completion: .files)
        static let actors = CommandSyntax.Option(short: nil, long: "actors", valueName: "file",
                                                 help: "Actors to resolve names against: an actors file, plan files or a folder.",
                                                 repeatable: true, completion: .files)
        static let check = CommandSyntax.Option(short: nil, long: "check", valueName: nil, help: "List the warnings only; write nothing.")
    }

    var files: [String]
    var output: String?
    var actors: [String] = []
    var check = false

    init(_ parsed: ParsedArguments) throws(UsageError) {
        files = parsed.positionals
        output = parsed.value(Options.output)
        actors = parsed.values(Options.actors)
        check = parsed.flag(Options.check)
        if files.count > 1 && output == nil && !check {
            throw UsageError("several documents need -o FOLDER (each plan is written there as PLAN-ID.yaml)", syntax: Self.syntax)
        }
    }

    /// Runs the import; returns the exit status.
    func run() -> Int32 {
        do {
            try importDocuments()
            return 0
        } catch {
            return error.status
        }
    }

    /// An exit status other than 0, where the import stops.
    struct Stop: Error {
        let status: Int32
        init(_ status: Int32) { self.status = status }
    }

    func importDocuments() throws(Stop) {
        var actorSources: [SourceFile] = []
        var directory = ActorDirectory()
        if !actors.isEmpty {
            switch PlanLoader.load(paths: actors) {
            case .success(let loaded):
                directory = ActorDirectory(graph: loaded.graph)
                for path in loaded.files { if case .success(let f) = PlanFileReader.read(path) { actorSources.append(f) } }
            case .failure(let problems):
                printError(DiagnosticPrinter().render(problems.diagnostics))
                throw Stop(ExitStatus.planError)
            }
        }
        var results: [ImportResult] = []
        var failed = false
        var warnings = 0
        for path in files {
            guard let data = FileManager.default.contents(atPath: path) else {
                printError(DiagnosticPrinter().render(.error("cannot read the document", in: SourceFile(name: path, text: ""))))
                throw Stop(ExitStatus.ioError)
            }
            switch PlanImporter.importDocument(data, path: path, actors: directory) {
            case .success(let result):
                results.append(result)
                warnings += result.warnings.count
                let text = DiagnosticPrinter(showsSourceLine: !check).render(result.warnings)
                if !result.warnings.isEmpty { check ? StandardStreams.shared.output(text + "\n") : printError(text) }
            case .failure(let problems):
                failed = true
                printError(DiagnosticPrinter().render(problems.diagnostics))
            }
        }
        if failed { throw Stop(ExitStatus.planError) }
        if check {
            StandardStreams.shared.output("\(files.count) document\(files.count == 1 ? "" : "s") checked: 0 errors, \(warnings) warnings\n")
            return
        }
        var outputs: [(path: String?, text: String)] = []
        for result in results {
            let text = PlanWriter.yaml(result.plan)
            try verifyLoads(text, name: "\(result.plan.id).yaml", actors: actorSources + outputs.map { SourceFile(name: $0.path ?? "-", text: $0.text) })
            let target = files.count > 1 ? URL(fileURLWithPath: output!).appendingPathComponent("\(result.plan.id).yaml").path : output
            outputs.append((target, text))
        }
        if files.count > 1, let folder = output {
            do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
                printError(DiagnosticPrinter().render(.error("cannot create the output folder", in: SourceFile(name: folder, text: ""))))
                throw Stop(ExitStatus.ioError)
            }
        }
        for (path, text) in outputs {
            guard let path else {
                let streams = StandardStreams.shared
                streams.output(text)
                if streams.failed { streams.reportFailure(); throw Stop(ExitStatus.ioError) }
                continue
            }
            do {
                let file = try OutputFile(path: path)
                file.write(text)
                try file.close()
            } catch {
                printError(DiagnosticPrinter().render(.error("cannot write the plan file: \(error.message)", in: SourceFile(name: path, text: ""))))
                throw Stop(ExitStatus.ioError)
            }
        }
    }

    /// The plan file must load with planq (with the actors it was resolved against); if it
    /// does not, that is the importer's fault, and nothing is written.
    func verifyLoads(_ text: String, name: String, actors: [SourceFile]) throws(Stop) {
        if case .failure(let problems) = PlanLoader.load(sources: actors + [SourceFile(name: name, text: text)]) {
            printError(DiagnosticPrinter().render(problems.diagnostics + [
                .error("the imported plan does not load (an importer bug, please report it); nothing was written")]))
            throw Stop(ExitStatus.planError)
        }
    }
}

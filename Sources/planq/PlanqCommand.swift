import ArgumentParser
import Diagnostics
import Foundation
import PlanFiles
import PlanModel
import Rendering
import Session

/// `planq [PLAN_FILE_OR_FOLDER ...] [-e QUERY]... [-f SCRIPT]... [--format F]`
struct PlanqCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "planq",
        abstract: "Query strategic and action plans.",
        discussion: """
            With no plan files or folders, planq loads the bundled example plans (Examples/plans).
            With -e or -f, or with queries on standard input, planq runs them and exits:
              0 success, 1 query or script error, 2 an expectation failed,
              64 usage error, 65 a plan file has errors, 74 a file could not be read or written.
            """
    )

    @Argument(help: "Plan files or folders of plan files (*.yaml).")
    var plans: [String] = []

    @Option(name: .short, help: ArgumentHelp("Run a query and exit (repeatable).", valueName: "query"))
    var e: [String] = []

    @Option(name: .short, help: ArgumentHelp("Run a query script and exit (repeatable).", valueName: "file"))
    var f: [String] = []

    @Option(name: .long, help: "Output format: table, json, csv, markdown or expanded.")
    var format: OutputFormat = .table

    @Flag(name: .long, help: "Report every error in scripts and go on; still exit non-zero.")
    var keepGoing = false

    @Flag(name: .long, help: "Validate the plans, list every warning, and exit.")
    var check = false

    @Flag(name: .long, help: "With --check: also say which files needed the general YAML reader, and why.")
    var verbose = false

    func run() throws {
        let paths = plans.isEmpty ? [ExamplePlans.folder] : plans
        let loaded: LoadedPlans
        switch PlanLoader.load(paths: paths) {
        case .success(let result): loaded = result
        case .failure(let problems):
            printError(DiagnosticPrinter().render(problems.diagnostics))
            throw ExitCode(ExitStatus.planError)
        }
        if check {
            if !loaded.warnings.isEmpty { print(DiagnosticPrinter(showsSourceLine: false).render(loaded.warnings)) }
            if verbose {
                let notes = loaded.generalReaderNotes
                if !notes.isEmpty { print(DiagnosticPrinter(showsSourceLine: false).render(notes)) }
                print("\(notes.count) of \(loaded.files.count) files needed the general YAML reader")
            }
            print("\(loaded.files.count) files checked: 0 errors, \(loaded.warnings.count) warnings")
            return
        }
        let session = Session(graph: loaded.graph, format: format)
        let interactive = e.isEmpty && f.isEmpty && isatty(STDIN_FILENO) != 0
        if interactive {
            print(PlansSummary.text(loaded.graph), terminator: "")
            throw ExitCode(Shell(session: session).run())
        }
        let batch = Batch(session: session, writeOutput: { FileHandle.standardOutput.write(Data($0.utf8)) },
                          writeError: { printError($0) })
        batch.keepGoing = keepGoing
        var status = Batch.Status.success
        if !e.isEmpty {
            let inputs = e.enumerated().map { SourceFile(name: e.count == 1 ? "query" : "query \($0.offset + 1)", text: $0.element) }
            // Each -e text is a script like any other: meta commands, comments and several
            // statements, split where the parser splits them.
            status = batch.run(inputs, asScripts: true)
        }
        if status != .queryError || keepGoing {
            var scripts: [SourceFile] = []
            for path in f {
                guard let data = FileManager.default.contents(atPath: path) else {
                    printError("error: cannot read script \(path)")
                    throw ExitCode(ExitStatus.ioError)
                }
                scripts.append(try decoded(data, name: path))
            }
            if e.isEmpty && f.isEmpty {
                scripts.append(try decoded(FileHandle.standardInput.readDataToEndOfFile(), name: "<stdin>"))
            }
            let scriptStatus = batch.run(scripts, asScripts: true)
            if scriptStatus.rawValue != 0 && (status == .success || scriptStatus == .queryError) { status = scriptStatus }
        }
        if status != .success { throw ExitCode(status.rawValue) }
    }
}

/// A script's text, or exit 1 with the position of the first byte that is not UTF-8.
func decoded(_ data: Data, name: String) throws -> SourceFile {
    switch FileText.decode(data, name: name) {
    case .success(let text): return SourceFile(name: name, text: text)
    case .failure(let problem):
        printError(DiagnosticPrinter().render(problem))
        throw ExitCode(Batch.Status.queryError.rawValue)
    }
}

extension OutputFormat: ExpressibleByArgument {}

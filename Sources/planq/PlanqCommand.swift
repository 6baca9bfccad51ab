import ArgumentParser
import CLineEdit
import Diagnostics
import Foundation
import PlanFiles
import PlanModel
import PlanSnapshot
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
            `planq import DOCUMENT...` turns source documents (the ELZ action-plan template, the
            transition-plan activity table) into plan files; `planq import --help` tells more.
            """
    )

    @Argument(help: "Plan files or folders of plan files (*.yaml).")
    var plans: [String] = []

    @Option(name: .short, help: ArgumentHelp("Run a query and exit (repeatable).", valueName: "query"))
    var e: [String] = []

    @Option(name: .short, help: ArgumentHelp("Run a query script and exit (repeatable).", valueName: "file"))
    var f: [String] = []

    @Option(name: .long, help: "Output format: table, json, csv, markdown, expanded; for pictures svg, dot, mermaid, html.")
    var format: OutputFormat = .table

    @Flag(name: .long, help: "Report every error in scripts and go on; still exit non-zero.")
    var keepGoing = false

    @Flag(name: .long, help: "Validate the plans, list every warning, and exit.")
    var check = false

    @Flag(name: .long, help: "With --check: also say which files needed the general YAML reader, and why.")
    var verbose = false

    @Flag(name: .long, help: "Read the plan files even when a snapshot of them is cached.")
    var noCache = false

    func run() throws {
        let streams = StandardStreams.shared
        streams.guardClosedDescriptors()
        let status = try runCommand()
        if streams.failed {
            streams.reportFailure()
            throw ExitCode(ExitStatus.ioError)
        }
        if status != 0 { throw ExitCode(status) }
    }

    /// The exit status, or a thrown `ExitCode` where planq stops early.
    func runCommand() throws -> Int32 {
        let streams = StandardStreams.shared
        let paths = plans.isEmpty ? [ExamplePlans.folder] : plans
        // A path that cannot be read (missing, a FIFO, a device, a link loop, a folder
        // without plans) is an I/O error (74); errors inside plan files are 65.
        // `--check` always reads the plan files; so does `--no-cache`.
        let cacheFolder = check || noCache ? nil : PlanSnapshot.defaultFolder
        let loaded: LoadedPlans
        if case .success(let snapshot) = PlanSnapshot.cached(paths: paths, cacheFolder: cacheFolder) {
            loaded = snapshot
        } else {
            let unreadable = PlanFileReader.expand(paths).problems
            if !unreadable.isEmpty {
                printError(DiagnosticPrinter().render(unreadable))
                return ExitStatus.ioError
            }
            switch PlanSnapshot.readFiles(paths: paths, cacheFolder: cacheFolder) {
            case .success(let result): loaded = result
            case .failure(let problems):
                printError(DiagnosticPrinter().render(problems.diagnostics))
                return ExitStatus.planError
            }
        }
        if check {
            if !loaded.warnings.isEmpty { streams.output(DiagnosticPrinter(showsSourceLine: false).render(loaded.warnings) + "\n") }
            if verbose {
                let notes = loaded.generalReaderNotes
                if !notes.isEmpty { streams.output(DiagnosticPrinter(showsSourceLine: false).render(notes) + "\n") }
                streams.output("\(notes.count) of \(loaded.files.count) files needed the general YAML reader\n")
            }
            streams.output("\(loaded.files.count) files checked: 0 errors, \(loaded.warnings.count) warnings\n")
            return 0
        }
        let session = Session(graph: loaded.graph, format: format)
        session.terminalOutput = isatty(STDOUT_FILENO) != 0
        for file in loaded.files { session.filesInUse.add(file, as: .planFile) }
        for script in f { session.filesInUse.add(script, as: .script) }
        let interactive = e.isEmpty && f.isEmpty && isatty(STDIN_FILENO) != 0
        if interactive {
            streams.output(PlansSummary.text(loaded.graph))
            return Shell(session: session).run()
        }
        // A signal ends a batch run as before, but first removes a `.output` temporary file.
        planq_batch_signals_install()
        OutputFile.temporaryChanged = { path in
            if let path { path.withCString { planq_cleanup_path_set($0) } } else { planq_cleanup_path_set(nil) }
        }
        // A closed or full standard output stops the run (exit 74), as an interrupt would.
        session.shouldStop = { streams.failed }
        let batch = Batch(session: session, writeOutput: { streams.output($0) }, writeError: { printError($0) })
        batch.keepGoing = keepGoing
        var status = Batch.Status.success
        if !e.isEmpty {
            let inputs = e.enumerated().map { SourceFile(name: e.count == 1 ? "query" : "query \($0.offset + 1)", text: $0.element) }
            // Each -e text is a script like any other: meta commands, comments and several
            // statements, split where the parser splits them.
            status = batch.run(inputs, asScripts: true)
        }
        if status != .queryError || keepGoing {
            // Scripts are opened first (a missing one runs nothing) and read as they run.
            var scripts: [Script] = []
            for path in f {
                switch ScriptLines.open(path) {
                case .success(let lines): scripts.append(Script(lines: lines))
                case .failure(let problem):
                    printError(DiagnosticPrinter().render(problem))
                    return ExitStatus.ioError
                }
            }
            if e.isEmpty && f.isEmpty {
                session.filesInUse.addStandardInput()
                scripts.append(Script(lines: ScriptLines(descriptor: STDIN_FILENO, name: "<stdin>")))
            }
            status = status.worse(batch.run(scripts: scripts))
        }
        return status.rawValue
    }
}

extension OutputFormat: ExpressibleByArgument {}

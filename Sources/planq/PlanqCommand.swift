import CLineEdit
import Diagnostics
import PlanFiles
import PlanModel
import PlanSnapshot
import Rendering
import Session
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `planq [PLAN_FILE_OR_FOLDER ...] [-e QUERY]... [-f SCRIPT]... [--format F]`
struct PlanqCommand {
    static let syntax = CommandSyntax(
        name: "planq",
        abstract: "Query strategic and action plans.",
        discussion: """
            With no plan files or folders, planq loads the bundled example plans (Examples/plans).
            With -e or -f, or with queries on standard input, planq runs them and exits:
              0 success, 1 query or script error, 2 an expectation failed,
              64 usage error, 65 a plan file has errors, 74 a file could not be read or written.
            `planq import DOCUMENT...` turns source documents (the ELZ action-plan template, the
            transition-plan activity table) into plan files; `planq import --help` tells more.
            """,
        positional: .init(name: "plans", help: "Plan files or folders of plan files (*.yaml).", required: false,
                          completion: .files),
        options: [Options.e, Options.f, Options.format, Options.keepGoing, Options.check, Options.verbose, Options.noCache]
    )

    enum Options {
        static let e = CommandSyntax.Option(short: "e", long: nil, valueName: "query", help: "Run a query and exit (repeatable).",
                                            repeatable: true)
        static let f = CommandSyntax.Option(short: "f", long: nil, valueName: "file", help: "Run a query script and exit (repeatable).",
                                            repeatable: true, completion: .files)
        static let format = CommandSyntax.Option(
            short: nil, long: "format", valueName: "format",
            help: "Output format: table, json, csv, markdown, expanded; for pictures svg, dot, mermaid, html.",
            choices: OutputFormat.allCases.map(\.rawValue), defaultValue: OutputFormat.table.rawValue, completion: .choices)
        static let keepGoing = CommandSyntax.Option(short: nil, long: "keep-going", valueName: nil,
                                                    help: "Report every error in scripts and go on; still exit non-zero.")
        static let check = CommandSyntax.Option(short: nil, long: "check", valueName: nil,
                                                help: "Validate the plans, list every warning, and exit.")
        static let verbose = CommandSyntax.Option(short: nil, long: "verbose", valueName: nil,
                                                  help: "With --check: also say which files needed the general YAML reader, and why.")
        static let noCache = CommandSyntax.Option(short: nil, long: "no-cache", valueName: nil,
                                                  help: "Read the plan files even when a snapshot of them is cached.")
    }

    var plans: [String] = []
    var e: [String] = []
    var f: [String] = []
    var format: OutputFormat = .table
    var keepGoing = false
    var check = false
    var verbose = false
    /// Read the plan files, not a cached snapshot of them.
    var noCache = false

    init(_ parsed: ParsedArguments) {
        plans = parsed.positionals
        e = parsed.values(Options.e)
        f = parsed.values(Options.f)
        format = parsed.value(Options.format).flatMap(OutputFormat.init(rawValue:)) ?? .table
        keepGoing = parsed.flag(Options.keepGoing)
        check = parsed.flag(Options.check)
        verbose = parsed.flag(Options.verbose)
        noCache = parsed.flag(Options.noCache)
    }

    /// Runs the command; returns the exit status.
    func run() -> Int32 {
        let streams = StandardStreams.shared
        streams.guardClosedDescriptors()
        let status = runCommand()
        streams.flush()
        if streams.failed {
            streams.reportFailure()
            return ExitStatus.ioError
        }
        return status
    }

    /// The exit status.
    func runCommand() -> Int32 {
        let streams = StandardStreams.shared
        let paths = plans.isEmpty ? [ExamplePlans.folder] : plans
        // `--check` always reads the plan files; so does `--no-cache`.
        let cacheFolder = check || noCache ? nil : PlanSnapshot.defaultFolder
        let loaded: LoadedPlans
        if case .success(let snapshot) = PlanSnapshot.cached(paths: paths, cacheFolder: cacheFolder) {
            loaded = snapshot
        } else {
            switch PlanSnapshot.readFiles(paths: paths, cacheFolder: cacheFolder) {
            case .success(let result): loaded = result
            case .failure(let problems):
                // A path that cannot be read (missing, a FIFO, a device, a link loop, a folder
                // without plans) is an I/O error (74); errors inside plan files are 65. (Asked
                // only when loading failed, so that a good start does not list the folders twice.)
                let unreadable = PlanFileReader.expand(paths).problems
                if !unreadable.isEmpty {
                    printError(DiagnosticPrinter().render(unreadable))
                    return ExitStatus.ioError
                }
                printError(DiagnosticPrinter().render(problems.diagnostics))
                return ExitStatus.planError
            }
        }
        KeptUntilExit.objects.append(loaded.graph)
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
        KeptUntilExit.objects.append(session)
        session.terminalOutput = isatty(STDOUT_FILENO) != 0
        for file in loaded.files { session.filesInUse.add(file, as: .planFile) }
        for script in f { session.filesInUse.add(script, as: .script) }
        let interactive = e.isEmpty && f.isEmpty && isatty(STDIN_FILENO) != 0
        if interactive {
            streams.output(PlansSummary.text(loaded.graph))
            streams.flush()   // the shell writes to the terminal itself
            return Shell(session: session).run()
        }
        // A signal ends a batch run as before, but first removes a `.output` temporary file.
        planq_batch_signals_install()
        // What is buffered goes out before planq waits for more of a script: a program that
        // writes a statement to planq's input gets its answer before it writes the next.
        ScriptLines.willWait = { streams.flush() }
        OutputFile.temporaryChanged = { path in
            if let path { path.withCString { planq_cleanup_path_set($0) } } else { planq_cleanup_path_set(nil) }
        }
        // A closed or full standard output stops the run (exit 74), as an interrupt would.
        session.shouldStop = { streams.failed }
        let batch = Batch(session: session, writeOutputBytes: { streams.output(bytes: $0) }, writeError: { printError($0) })
        KeptUntilExit.objects.append(batch)
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

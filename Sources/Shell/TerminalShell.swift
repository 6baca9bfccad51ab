import Foundation
import Session

extension InteractiveShell {
    /// Runs the shell on the process's terminal: libedit when standard input and output are
    /// a terminal (plain reads otherwise, or when libedit cannot start), history in
    /// `$XDG_STATE_HOME/planq/history`, colour unless `NO_COLOR`, Ctrl-C and SIGTERM/SIGHUP
    /// handled. Returns the exit status; after SIGTERM or SIGHUP it restores the terminal
    /// and ends by that signal.
    public static func runOnTerminal(session: Session,
                                     environment: [String: String] = ProcessInfo.processInfo.environment) -> Int32 {
        Interrupt.installHandlers()
        defer { Interrupt.restoreHandlers() }
        let output: (String) -> Void = { Terminal.writeAll($0, to: STDOUT_FILENO) }
        let errors: (String) -> Void = { Terminal.writeAll($0, to: STDERR_FILENO) }
        let inputIsTerminal = Terminal.isTerminal(STDIN_FILENO), outputIsTerminal = Terminal.isTerminal(STDOUT_FILENO)
        session.color = Terminal.usesColor(environment: environment, outputIsTerminal: outputIsTerminal)
        session.terminalOutput = outputIsTerminal

        let completions = CompletionSource(session: session)
        var mode = environment["PLANQ_EDITOR_MODE"].map { $0.lowercased() }
        if let chosen = mode, chosen != "vi", chosen != "emacs" {
            errors("planq: PLANQ_EDITOR_MODE is '\(chosen)'; it can be vi or emacs\n")
            mode = nil
        }
        let term = environment["TERM"] ?? ""
        let reader: LineReader
        if inputIsTerminal, outputIsTerminal, !term.isEmpty, term != "dumb",
           let editing = EditLineReader(mode: mode, complete: completions.complete) {
            reader = editing
        } else {
            reader = PlainLineReader(showsPrompt: inputIsTerminal)
        }

        let historyPath = HistoryFile.defaultPath(environment: environment)
        let history = historyPath.map { HistoryFile(path: $0, warn: { errors($0 + "\n") }) }
        if let historyPath { session.filesInUse.add(historyPath, as: .history) }
        let earlier = history?.load() ?? []
        for entry in earlier { reader.remember(entry) }

        let shell = InteractiveShell(session: session, reader: reader, completions: completions, history: history,
                                     writeOutput: output, writeError: errors, width: { Terminal.width })
        shell.lastEntry = earlier.last
        output(hint + "\n")
        let status = shell.run()
        if let ending = Interrupt.terminationSignal {
            // The terminal is restored; now end the way the signal asked, so the parent sees it.
            Interrupt.restoreHandlers()
            signal(ending, SIG_DFL)
            raise(ending)
        }
        return status
    }
}

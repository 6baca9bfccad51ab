import Diagnostics
import QuerySyntax
import Session

/// The interactive shell: reads entries at the `planq> ` prompt, asks for more lines
/// (`   ...> `) while the parser says a statement is incomplete, runs each finished entry
/// through `Batch`, and keeps history. Ctrl-C abandons the entry being typed or stops the
/// running statement; Ctrl-D on an empty line and `.quit` leave.
public final class InteractiveShell {
    public static let prompt = "planq> "
    public static let continuationPrompt = "   ...> "
    public static let hint = "Enter .help for commands; Tab completes; Ctrl-D quits."

    let session: Session
    let reader: LineReader
    let history: HistoryFile?
    let completions: CompletionSource
    let writeOutput: (String) -> Void
    let writeError: (String) -> Void
    /// The terminal's width now, or nil (tables then keep their natural width).
    let width: () -> Int?
    private(set) lazy var batch = Batch(
        session: session,
        writeOutput: { [unowned self] text in if !Interrupt.isRequested { self.writeOutput(text) } },
        writeError: { [unowned self] text in self.writeError(text + "\n") })
    /// Lines of the entry typed so far, while the parser wants more.
    private(set) var pending = ""
    /// A complete entry not yet run because more input was already waiting (a paste): the
    /// next line may continue it, as the parser decides for scripts.
    private(set) var held: String?
    /// The entry remembered last; the same entry again is not remembered twice in a row.
    var lastEntry: String?

    /// `writeError` gets whole lines, newline included.
    init(session: Session, reader: LineReader, completions: CompletionSource, history: HistoryFile?,
         writeOutput: @escaping (String) -> Void, writeError: @escaping (String) -> Void,
         width: @escaping () -> Int?) {
        self.session = session
        self.reader = reader
        self.completions = completions
        self.history = history
        self.writeOutput = writeOutput
        self.writeError = writeError
        self.width = width
        // Ctrl-C stops a running evaluation or the rest of a `.read` script.
        session.shouldStop = { Interrupt.isRequested }
        Suggestions.shouldStop = { Interrupt.isRequested }
    }

    /// For tests: a shell over any reader, writing where it is told.
    public convenience init(session: Session, reader: LineReader, history: HistoryFile? = nil,
                            writeOutput: @escaping (String) -> Void, writeError: @escaping (String) -> Void) {
        self.init(session: session, reader: reader, completions: CompletionSource(session: session), history: history,
                  writeOutput: writeOutput, writeError: writeError, width: { nil })
    }

    /// Reads and runs entries until `.quit`, end of input or a termination signal; closes
    /// any `.output` file and the reader (restoring the terminal). Returns the exit status.
    public func run() -> Int32 {
        defer {
            batch.finish()
            reader.close()
        }
        while !batch.quitting && Interrupt.terminationSignal == nil {
            completions.pending = held ?? pending
            switch reader.readLine(prompt: pending.isEmpty && held == nil ? Self.prompt : Self.continuationPrompt) {
            case .endOfInput:
                if let entry = held { held = nil; remember(entry); run(entry) }
                writeOutput("\n")
                return 0
            case .interrupted:
                Interrupt.clear()
                pending = ""
                held = nil
            case .line(let line):
                take(line)
            }
        }
        return 0
    }

    /// Adds a line to the entry; runs the entry once it is complete.
    func take(_ line: String) {
        if let entry = held {
            // A blank or comment-only line decides nothing (a script looks past them too).
            if Lexer.tokenize(line).count == 1 {
                if reader.hasPendingInput { return }
                held = nil
                remember(entry)
                run(entry)
                return
            }
            held = nil
            if Parser.continues(entry, with: line, queryNames: session.queryNames) {
                pending = entry
            } else {
                remember(entry)
                run(entry)
            }
        }
        let startsEntry = pending.isEmpty
        if startsEntry && line.allSatisfy(\.isWhitespace) { return }
        let entry = startsEntry ? line : pending + "\n" + line
        // A meta command is one line; only statements continue on the next.
        let isMeta = startsEntry && line.drop(while: \.isWhitespace).first == "."
        if !isMeta, case .incomplete = session.run(dryParse: SourceFile(name: "<stdin>", text: entry)) {
            pending = entry
            return
        }
        pending = ""
        if !isMeta && reader.hasPendingInput {
            held = entry
            return
        }
        remember(entry)
        run(entry)
    }

    func remember(_ entry: String) {
        guard entry != lastEntry else { return }
        lastEntry = entry
        reader.remember(entry)
        history?.append(entry)
    }

    func run(_ entry: String) {
        session.width = width()
        Interrupt.clear()
        _ = batch.runEntry(SourceFile(name: "<stdin>", text: entry))
        if Interrupt.isRequested && Interrupt.terminationSignal == nil {
            writeError("Interrupted.\n")
            Interrupt.clear()
        }
    }
}

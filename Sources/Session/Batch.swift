import Diagnostics
import QuerySyntax

/// Runs `-e` queries and scripts without a terminal, with the exit statuses scripts rely on.
public final class Batch {
    /// Exit statuses (documented in the README).
    public enum Status: Int32 {
        case success = 0
        /// A query or script statement was wrong: syntax, unknown name, incomplete at the end.
        case queryError = 1
        /// Every statement ran, but an `expect` failed.
        case expectationFailed = 2
        /// A file could not be read or written (`.output` refused its file, a disk was full).
        case ioError = 74

        /// The status of the worse of two problems: an I/O error, then a query error, then a
        /// failed expectation.
        public func worse(_ other: Status) -> Status {
            let order: [Status] = [.success, .expectationFailed, .queryError, .ioError]
            return order.firstIndex(of: other)! > order.firstIndex(of: self)! ? other : self
        }
    }

    public let session: Session
    /// Report every error and go on, instead of stopping at the first.
    public var keepGoing = false
    let writeTerminal: (String) -> Void
    let writeTerminalBytes: ([UInt8]) -> Void
    let writeError: (String) -> Void
    var outputFile: OutputFile? {
        didSet { session.writingToFile = outputFile != nil }
    }
    var timer = false
    /// Set by `.quit`: the caller stops reading input.
    public private(set) var quitting = false
    var readDepth = 0
    /// `.read` nesting beyond this is an error (a script that reads itself).
    static let maxReadDepth = 16

    public init(session: Session, writeOutput: @escaping (String) -> Void, writeError: @escaping (String) -> Void) {
        self.session = session
        self.writeTerminal = writeOutput
        self.writeTerminalBytes = { writeOutput(String(decoding: $0, as: UTF8.self)) }
        self.writeError = writeError
    }

    /// A batch whose output goes out as bytes (answers are rendered as bytes, and written so).
    public init(session: Session, writeOutputBytes: @escaping ([UInt8]) -> Void, writeError: @escaping (String) -> Void) {
        self.session = session
        self.writeTerminal = { writeOutputBytes(Array($0.utf8)) }
        self.writeTerminalBytes = writeOutputBytes
        self.writeError = writeError
    }

    func writeOutput(_ text: String) {
        if let outputFile { outputFile.write(text) } else { writeTerminal(text) }
    }

    func writeOutput(_ bytes: [UInt8]) {
        if let outputFile { outputFile.write(bytes) } else { writeTerminalBytes(bytes) }
    }

    /// Runs each input in order; returns the status of the worst problem met.
    public func run(_ inputs: [SourceFile], asScripts: Bool) -> Status {
        let status = asScripts ? runScripts(inputs.map(Script.init(file:))) : runStatements(inputs)
        return status.worse(finishOutput())
    }

    /// Runs each script in order, reading it as it runs; returns the status of the worst problem met.
    public func run(scripts: [Script]) -> Status {
        runScripts(scripts).worse(finishOutput())
    }

    /// Runs one entry typed at the prompt: a meta command line, or complete statement text.
    /// `file` names the entry for diagnostics (e.g. `<stdin>` with the text typed).
    public func runEntry(_ file: SourceFile) -> Status {
        let trimmed = file.text.drop { $0 == " " || $0 == "\t" || $0 == "\n" }
        let line = file.firstLine + file.text.prefix { $0 == "\n" }.count
        let chunk: Script.Chunk = trimmed.first == "."
            ? .meta(SourceFile(name: file.name, text: String(file.lineText(line)), firstLine: line))
            : .statements(file)
        return run(chunk)
    }

    /// Closes any `.output` file; call when the shell ends.
    @discardableResult public func finish() -> Status { finishOutput() }

    /// `-e` queries: each text is one entry, run whole.
    func runStatements(_ inputs: [SourceFile]) -> Status {
        var status = Status.success
        for input in inputs where !quitting && !session.shouldStop() {
            let result = run(.statements(input))
            status = status.worse(result)
            if (result == .queryError || result == .ioError) && !keepGoing { break }
        }
        return status
    }

    func runScripts(_ scripts: [Script]) -> Status {
        var status = Status.success
        for script in scripts where !quitting {
            var stopped = false
            // Each statement runs as soon as it is split off: a long script starts at once
            // and Ctrl-C (or the first error) stops it without splitting the rest.
            let unreadable = script.forEachChunk(parse: { [session] piece, tokens in
                tokens.parse(piece, queryNames: session.queryNames)
            }, continues: { [session] tokens, next in
                tokens.continues(with: next, queryNames: session.queryNames)
            }, shouldStop: session.shouldStop) { [self] chunk in
                if quitting { return false }
                if session.shouldStop() { stopped = true; return false }
                let result = run(chunk)
                status = status.worse(result)
                if (result == .queryError || result == .ioError) && !keepGoing { stopped = true; return false }
                return true
            }
            if let (problem, problemStatus) = unreadable {
                writeError(DiagnosticPrinter().render(problem))
                status = status.worse(problemStatus)
                stopped = true
            }
            if stopped || session.shouldStop() { return status }
        }
        return status
    }

    func run(_ chunk: Script.Chunk) -> Status {
        let printer = DiagnosticPrinter()
        switch chunk {
        case .meta(let input):
            let number = input.firstLine
            let line = String(input.text.drop { $0 == " " || $0 == "\t" })
            switch MetaCommands(session: session).run(line, line: number, in: input) {
            case .failure(let list):
                writeError(printer.render(list.diagnostics))
                return .queryError
            case .success(let effect):
                return apply(effect, line: number, in: input)
            }
        case .statements(let piece, let parsed):
            var failed = false
            let started = ContinuousClock.now
            let outcome = session.run(piece, keepGoing: keepGoing, parsed: parsed) { event in
                switch event {
                case .output(let text): writeOutput(text)
                case .rendered(let bytes): writeOutput(bytes)
                case .diagnostic(let d):
                    if d.severity == .error { failed = true }
                    writeError(printer.render(d))
                case .expectationFailed(let d): writeError(printer.render(d))
                }
            }
            if timer { writeError(Batch.timerText(ContinuousClock.now - started)) }
            if let file = outputFile, let failure = file.failure {
                // Reported at the statement whose output was lost; FILE keeps what it had.
                outputFile = nil
                file.discard()
                writeError(printer.render(Diagnostic(.error, "cannot write '\(file.path)': \(failure); the output of this statement is lost",
                                                     at: SourceRange(offset: 0, length: 0), in: piece)))
                return .ioError
            }
            switch outcome {
            case .ok: return failed ? .queryError : .success
            case .failed: return .queryError
            case .expectationFailed: return .expectationFailed
            case .incomplete(let d):
                writeError(printer.render(Diagnostic(.error, "incomplete statement: " + d.message, at: d.range, in: d.file)))
                return .queryError
            }
        }
    }

    func apply(_ effect: MetaCommands.Effect, line: Int, in input: SourceFile) -> Status {
        switch effect {
        case .none: return .success
        case .quit:
            quitting = true
            return .success
        case .text(let t):
            writeOutput(t)
            return .success
        case .timer(let on):
            timer = on
            return .success
        case .read(let script):
            guard readDepth < Batch.maxReadDepth else {
                let at = SourceRange(offset: input.offset(line: line, column: 1), length: 5)
                writeError(DiagnosticPrinter().render(.error(".read nested more than \(Batch.maxReadDepth) deep (does a script read itself?)",
                                                             at: at, in: input)))
                return .queryError
            }
            readDepth += 1
            defer { readDepth -= 1 }
            return runScripts([script])
        case .output(let path):
            let closed = finishOutput()
            guard let path else { return closed }
            do {
                outputFile = try OutputFile(path: path, filesInUse: session.filesInUse)
                return closed
            } catch {
                writeError(DiagnosticPrinter().render(argumentDiagnostic(error.message, argument: path, line: line, in: input)))
                return .ioError
            }
        }
    }

    /// Closes a `.output` file, moving it into place; an error when that fails.
    func finishOutput() -> Status {
        guard let file = outputFile else { return .success }
        outputFile = nil
        do {
            try file.close()
            return .success
        } catch {
            writeError(DiagnosticPrinter().render(Diagnostic(.error, error.message)))
            return .ioError
        }
    }

    /// An error at a meta command's argument on `line` of `input`.
    func argumentDiagnostic(_ message: String, argument: String, line: Int, in input: SourceFile) -> Diagnostic {
        let text = input.lineText(line)
        let command = text.drop { $0 == " " || $0 == "\t" }.drop { $0 != " " && $0 != "\t" }
        let column = command.range(of: argument).map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) } ?? 0
        return Diagnostic(.error, message, at: SourceRange(offset: input.offset(line: line, column: 1) + column,
                                                           length: argument.utf8.count), in: input)
    }
}

extension Batch {
    /// `.timer on`'s line: milliseconds with two decimals (sqlite3 prints seconds with
    /// six; statements here take well under a second, so milliseconds read better).
    public static func timerText(_ elapsed: Duration) -> String {
        let (seconds, attoseconds) = elapsed.components
        let hundredths = Int64((Double(seconds) * 100_000 + Double(attoseconds) / 1e13).rounded())
        let fraction = String(hundredths % 100)
        return "time: \(hundredths / 100).\(fraction.count < 2 ? "0" : "")\(fraction) ms"
    }
}

extension Session {
    /// Parses without running: does the text need more lines?
    public func run(dryParse file: SourceFile) -> Outcome {
        switch Parser.parse(file, queryNames: queryNames) {
        case .incomplete(let d): return .incomplete(d)
        case .failure: return .failed
        case .complete: return .ok
        }
    }
}

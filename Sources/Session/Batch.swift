import Diagnostics
import Foundation
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
    }

    public let session: Session
    /// Report every error and go on, instead of stopping at the first.
    public var keepGoing = false
    let writeTerminal: (String) -> Void
    let writeError: (String) -> Void
    var outputFile: OutputFile?
    var timer = false
    /// Set by `.quit`: the caller stops reading input.
    public private(set) var quitting = false
    var readDepth = 0
    /// `.read` nesting beyond this is an error (a script that reads itself).
    static let maxReadDepth = 16

    public init(session: Session, writeOutput: @escaping (String) -> Void, writeError: @escaping (String) -> Void) {
        self.session = session
        self.writeTerminal = writeOutput
        self.writeError = writeError
    }

    func writeOutput(_ text: String) {
        if let outputFile { outputFile.write(text) } else { writeTerminal(text) }
    }

    /// Runs each input in order; returns the status of the worst problem met.
    public func run(_ inputs: [SourceFile], asScripts: Bool) -> Status {
        defer { finishOutput() }
        return runInputs(inputs, asScripts: asScripts)
    }

    /// Runs one entry typed at the prompt: a meta command line, or complete statement text.
    /// `file` names the entry for diagnostics (e.g. `<stdin>` with the text typed).
    public func runEntry(_ file: SourceFile) -> Status {
        let trimmed = file.text.drop { $0 == " " || $0 == "\t" || $0 == "\n" }
        let chunk: Script.Chunk = trimmed.first == "."
            ? .meta(String(trimmed.prefix { $0 != "\n" }), line: file.text.prefix { $0 == "\n" }.count + 1)
            : .statements(file)
        return run(chunk, in: file)
    }

    /// Closes any `.output` file; call when the shell ends.
    public func finish() { finishOutput() }

    func runInputs(_ inputs: [SourceFile], asScripts: Bool) -> Status {
        var status = Status.success
        for input in inputs where !quitting {
            var stopped = false
            // Runs one chunk; false when the rest of the input must not run.
            let step = { [self] (chunk: Script.Chunk) -> Bool in
                if quitting { return false }
                if session.shouldStop() { stopped = true; return false }
                let result = run(chunk, in: input)
                if result == .queryError { status = .queryError }
                else if result == .expectationFailed, status == .success { status = .expectationFailed }
                if result == .queryError && !keepGoing { stopped = true; return false }
                return true
            }
            if asScripts {
                // Each statement runs as soon as it is split off: a long script starts at once
                // and Ctrl-C (or the first error) stops it without splitting the rest.
                Script(file: input).forEachChunk(isIncomplete: { [session] piece in
                    if case .incomplete = session.run(dryParse: piece) { return true } else { return false }
                }, continues: { [session] piece, next in
                    Parser.continues(piece.text, with: String(next), queryNames: session.queryNames)
                }, shouldStop: session.shouldStop, step)
            } else {
                _ = step(.statements(input))
            }
            if stopped || session.shouldStop() { return status }
        }
        return status
    }

    func run(_ chunk: Script.Chunk, in input: SourceFile) -> Status {
        let printer = DiagnosticPrinter()
        switch chunk {
        case .meta(let line, let number):
            switch MetaCommands(session: session).run(line, line: number, in: input) {
            case .failure(let d):
                writeError(printer.render(d))
                return .queryError
            case .success(let effect):
                return apply(effect, line: number, in: input)
            }
        case .statements(let piece):
            var failed = false
            let started = ContinuousClock.now
            let outcome = session.run(piece, keepGoing: keepGoing) { event in
                switch event {
                case .output(let text): writeOutput(text)
                case .diagnostic(let d):
                    if d.severity == .error { failed = true }
                    writeError(printer.render(d))
                case .expectationFailed(let d): writeError(printer.render(d))
                }
            }
            if timer { writeError(Batch.timerText(ContinuousClock.now - started)) }
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
        case .read(let file):
            guard readDepth < Batch.maxReadDepth else {
                writeError("\(input.name):\(line):1: error: .read nested more than \(Batch.maxReadDepth) deep (does a script read itself?)")
                return .queryError
            }
            readDepth += 1
            defer { readDepth -= 1 }
            return runInputs([file], asScripts: true)
        case .output(let path):
            finishOutput()
            guard let path else { return .success }
            do {
                outputFile = try OutputFile(path: path)
                return .success
            } catch {
                writeError("\(input.name):\(line):1: error: cannot write '\(path)'")
                return .queryError
            }
        }
    }

    /// Closes a `.output` file, moving it into place.
    func finishOutput() {
        guard let file = outputFile else { return }
        outputFile = nil
        do { try file.close() } catch { writeError("error: cannot write '\(file.path)': \(error.localizedDescription)") }
    }
}

extension Batch {
    /// `.timer on`'s line: milliseconds with two decimals (sqlite3 prints seconds with
    /// six; statements here take well under a second, so milliseconds read better).
    public static func timerText(_ elapsed: Duration) -> String {
        let (seconds, attoseconds) = elapsed.components
        let milliseconds = Double(seconds) * 1000 + Double(attoseconds) / 1e15
        return "time: " + String(format: "%.2f", milliseconds) + " ms"
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

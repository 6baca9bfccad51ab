import CLineEdit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What reading one line gave.
public enum LineResult: Equatable, Sendable {
    /// A line, without its newline.
    case line(String)
    /// Ctrl-D on an empty line, the input closed, or a termination signal came.
    case endOfInput
    /// Ctrl-C: the line being typed is abandoned.
    case interrupted
}

/// Where the shell gets its lines: libedit on a terminal, plain reads otherwise.
public protocol LineReader: AnyObject {
    func readLine(prompt: String) -> LineResult
    /// Adds a finished entry to the reader's own recall list (Up arrow, Ctrl-R).
    func remember(_ entry: String)
    /// Restores the terminal; the reader is not used afterwards.
    func close()
    /// More input is already waiting (the rest of a paste): a complete statement may still be
    /// continued by the next line, as in a script, so the shell reads it before running.
    var hasPendingInput: Bool { get }
}

extension LineReader {
    public func remember(_ entry: String) {}
    public func close() {}
    public var hasPendingInput: Bool { false }
}

/// Whether `fd` has bytes to read right now.
func inputIsWaiting(on fd: Int32) -> Bool {
    var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
    return poll(&poller, 1, 0) > 0 && poller.revents & Int16(POLLIN) != 0
}

/// Reads lines with plain `read(2)`: for standard input that is not a terminal, a dumb
/// terminal, or when libedit cannot start. No echo or cursor tricks; the terminal (if any)
/// edits the line itself. Ctrl-C still abandons the line.
public final class PlainLineReader: LineReader {
    let fd: Int32
    let showsPrompt: Bool
    let writePrompt: (String) -> Void
    private var pending: [UInt8] = []
    private var atEnd = false

    /// `showsPrompt`: print prompts (when a person is typing); `writePrompt` is where.
    public init(fd: Int32 = STDIN_FILENO, showsPrompt: Bool, writePrompt: @escaping (String) -> Void = PlainLineReader.writeToStandardOutput) {
        self.fd = fd
        self.showsPrompt = showsPrompt
        self.writePrompt = writePrompt
    }

    public var hasPendingInput: Bool { pending.contains(UInt8(ascii: "\n")) || inputIsWaiting(on: fd) }

    public static func writeToStandardOutput(_ text: String) { Terminal.writeAll(text, to: STDOUT_FILENO) }

    public func readLine(prompt: String) -> LineResult {
        if showsPrompt { writePrompt(prompt) }
        while true {
            if let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                var bytes = pending[..<newline]
                pending.removeSubrange(...newline)
                if bytes.last == UInt8(ascii: "\r") { bytes = bytes.dropLast() }
                return .line(String(decoding: bytes, as: UTF8.self))
            }
            if atEnd {
                guard !pending.isEmpty else { return .endOfInput }
                defer { pending = [] }
                return .line(String(decoding: pending, as: UTF8.self))
            }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = chunk.withUnsafeMutableBytes { raw in
                planq_read_input(fd, raw.baseAddress!.assumingMemoryBound(to: CChar.self), UInt(raw.count))
            }
            if count > 0 {
                pending += chunk[..<Int(count)]
            } else if count == 0 || count == -2 || Interrupt.terminationSignal != nil {
                atEnd = true
                if Interrupt.terminationSignal != nil { return .endOfInput }
            } else {
                // Ctrl-C: what was typed of this line is gone (the terminal flushed it and
                // echoed ^C).
                pending = []
                if showsPrompt { writePrompt("\n") }
                return .interrupted
            }
        }
    }
}

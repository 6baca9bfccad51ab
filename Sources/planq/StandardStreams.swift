import CLineEdit
import Diagnostics
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output and error, written with write(2). Output is gathered in one buffer and
/// written in large pieces: when the buffer is full, before anything goes to standard error
/// (so the two keep their order on a terminal or in one file), before planq waits for input,
/// and at exit; on a terminal, after every answer. A write that fails — a closed stream
/// (`planq >&-`), a full disk (`> /dev/full`) — is remembered instead of crashing planq; the
/// command then stops and exits 74 with one line on standard error, if that is open.
final class StandardStreams: @unchecked Sendable {
    static let shared = StandardStreams()

    /// Written out when it holds this much.
    static let bufferSize = 1 << 16

    /// Why writing standard output failed, once it has.
    private(set) var outputFailure: String?
    private(set) var errorFailed = false
    private var buffer: [UInt8] = []
    /// Standard output is a terminal: a person reads each answer as it comes.
    private lazy var outputIsTerminal = isatty(STDOUT_FILENO) != 0

    /// Call first: a stream closed at start gets a stand-in that fails every use, so that no
    /// file opened later takes its number (and planq's output).
    func guardClosedDescriptors() { _ = planq_guard_standard_descriptors() }

    func output(_ text: String) {
        guard outputFailure == nil else { return }
        if buffer.capacity < Self.bufferSize { buffer.reserveCapacity(Self.bufferSize) }
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.bufferSize || outputIsTerminal { flush() }
    }

    func output(bytes: [UInt8]) {
        guard outputFailure == nil else { return }
        if buffer.isEmpty && bytes.count >= Self.bufferSize {
            write(bytes)
            return
        }
        if buffer.capacity < Self.bufferSize { buffer.reserveCapacity(Self.bufferSize) }
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.bufferSize || outputIsTerminal { flush() }
    }

    /// Writes what is buffered.
    func flush() {
        guard !buffer.isEmpty else { return }
        if outputFailure == nil { write(buffer) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func write(_ bytes: [UInt8]) {
        if let code = Self.writeAll(bytes, to: STDOUT_FILENO) { outputFailure = String(cString: strerror(code)) }
    }

    /// One message on standard error, after the output written before it.
    func error(_ text: String, addingNewline: Bool = true) {
        flush()
        guard !errorFailed else { return }
        if Self.writeAll(Array((addingNewline ? text + "\n" : text).utf8), to: STDERR_FILENO) != nil { errorFailed = true }
    }

    var failed: Bool { outputFailure != nil || errorFailed }

    /// The message for a failed stream, written to standard error if it still works.
    func reportFailure() {
        if let outputFailure { error(DiagnosticPrinter().render(.error("cannot write standard output: \(outputFailure)"))) }
    }

    /// errno of the failed write, or nil when all of `bytes` was written.
    static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Int32? {
        bytes.withUnsafeBytes { buffer -> Int32? in
            var done = 0
            while done < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + done, buffer.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                done += n
            }
            return nil
        }
    }
}

func printError(_ text: String) { StandardStreams.shared.error(text) }

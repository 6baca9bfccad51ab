import CLineEdit
import Diagnostics
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output and error, written with write(2). A write that fails — a closed stream
/// (`planq >&-`), a full disk (`> /dev/full`) — is remembered instead of crashing planq; the
/// command then stops and exits 74 with one line on standard error, if that is open.
final class StandardStreams: @unchecked Sendable {
    static let shared = StandardStreams()

    /// Why writing standard output failed, once it has.
    private(set) var outputFailure: String?
    private(set) var errorFailed = false

    /// Call first: a stream closed at start gets a stand-in that fails every use, so that no
    /// file opened later takes its number (and planq's output).
    func guardClosedDescriptors() { _ = planq_guard_standard_descriptors() }

    func output(_ text: String) {
        guard outputFailure == nil else { return }
        if let code = Self.writeAll(text, to: STDOUT_FILENO) { outputFailure = String(cString: strerror(code)) }
    }

    func error(_ line: String) {
        guard !errorFailed else { return }
        if Self.writeAll(line + "\n", to: STDERR_FILENO) != nil { errorFailed = true }
    }

    var failed: Bool { outputFailure != nil || errorFailed }

    /// The message for a failed stream, written to standard error if it still works.
    func reportFailure() {
        if let outputFailure { error(DiagnosticPrinter().render(.error("cannot write standard output: \(outputFailure)"))) }
    }

    /// errno of the failed write, or nil when all of `text` was written.
    static func writeAll(_ text: String, to fd: Int32) -> Int32? {
        var text = text
        return text.withUTF8 { buffer -> Int32? in
            var done = 0
            while done < buffer.count {
                let n = write(fd, buffer.baseAddress! + done, buffer.count - done)
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

import CLineEdit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the shell needs to know about the terminal it runs on.
enum Terminal {
    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) != 0 }

    /// Columns of standard output's terminal, re-read each time (the window may have been
    /// resized since); nil when standard output is not a terminal.
    static var width: Int? {
        let columns = Int(planq_terminal_width(STDOUT_FILENO))
        return columns > 0 ? columns : nil
    }

    /// Writes all of `text` to `fd`, after whatever C's stdio still holds (Swift's `print`).
    static func writeAll(_ text: String, to fd: Int32) {
        fflush(nil)
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n > 0 { bytes = bytes.dropFirst(n) } else if n < 0 && errno == EINTR { continue } else { return }
        }
    }

    /// Colour only on a terminal, and never when `NO_COLOR` is set to anything (no-color.org).
    static func usesColor(environment: [String: String], outputIsTerminal: Bool) -> Bool {
        outputIsTerminal && (environment["NO_COLOR"] ?? "").isEmpty
    }
}

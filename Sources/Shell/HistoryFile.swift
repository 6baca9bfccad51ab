#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The shell's history on disk: one entry per line, oldest first, appended as each entry is
/// made. Every entry is one `write(2)` on an `O_APPEND` descriptor, so shells open at the
/// same time interleave whole entries and lose none, and a crash loses at most the line
/// being typed. The file is never rewritten.
///
/// A multi-line entry stays one line: a newline is written `\n`, a carriage return `\r`,
/// and a backslash `\\`.
///
/// Problems (a folder that cannot be made, a file that cannot be opened, written or read,
/// lines that do not decode) are reported once through `warn`; the shell keeps working,
/// without saving if it must.
public final class HistoryFile {
    public let path: String
    let warn: (String) -> Void
    private var fd: Int32 = -1
    private var opened = false
    private var warned = false

    public init(path: String, warn: @escaping (String) -> Void) {
        self.path = path
        self.warn = warn
    }

    deinit { if fd >= 0 { close(fd) } }

    /// `$XDG_STATE_HOME/planq/history`, else `~/.local/state/planq/history`; nil without a
    /// home folder. A relative `XDG_STATE_HOME` is ignored, as the XDG spec says.
    public static func defaultPath(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return state + "/planq/history"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/planq/history"
    }

    // MARK: - Reading

    /// At most this much of the end of the history file is read: the file is never
    /// rewritten, so it only grows, and a shell must start at once whatever its size.
    public static let maxBytesRead = 8 * 1024 * 1024

    /// The last `limit` entries, oldest first, from the last `maxBytes` of the file; an
    /// absent file has none, and anything but a regular file (a FIFO, a device) is not read.
    public func load(limit: Int = 10_000, maxBytes: Int = HistoryFile.maxBytesRead) -> [String] {
        let readFD = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard readFD >= 0 else {
            if errno != ENOENT { warnOnce("cannot read \(path): \(HistoryFile.describe(errno))") }
            return []
        }
        defer { close(readFD) }
        var info = stat()
        guard fstat(readFD, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            warnOnce("cannot read \(path): not a regular file")
            return []
        }
        let skipped = max(0, Int(info.st_size) - maxBytes)
        if skipped > 0 { lseek(readFD, off_t(skipped), SEEK_SET) }
        var data: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while data.count < maxBytes {
            let n = chunk.withUnsafeMutableBytes { read(readFD, $0.baseAddress, min($0.count, maxBytes - data.count)) }
            if n > 0 { data += chunk[..<n]; continue }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { warnOnce("cannot read \(path): \(HistoryFile.describe(errno))") }
            break
        }
        // Started mid-file: the first line is the tail of an older entry.
        if skipped > 0, let newline = data.firstIndex(of: UInt8(ascii: "\n")) { data.removeSubrange(...newline) }
        var entries: [String] = []
        var bad = 0
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
            if let entry = HistoryFile.decode(line) { entries.append(entry) } else { bad += 1 }
        }
        if bad > 0 { warnOnce("\(path): skipped \(bad) unreadable line\(bad == 1 ? "" : "s")") }
        return Array(entries.suffix(limit))
    }

    // MARK: - Appending

    /// Appends one entry with a single write. Returns false when it was not saved.
    @discardableResult
    public func append(_ entry: String) -> Bool {
        guard openForAppending() else { return false }
        let bytes = Array(HistoryFile.encode(entry).utf8) + [UInt8(ascii: "\n")]
        while true {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n == bytes.count { return true }
            if n < 0 && errno == EINTR { continue }
            warnOnce("cannot write \(path): " + (n < 0 ? HistoryFile.describe(errno) : "short write"))
            return false
        }
    }

    private func openForAppending() -> Bool {
        if opened { return fd >= 0 }
        opened = true
        let folder = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        if !folder.isEmpty, let problem = HistoryFile.makeFolders(folder) {
            warnOnce("history is not saved: cannot create \(folder): \(problem)")
            return false
        }
        fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        if fd < 0 { warnOnce("history is not saved: cannot open \(path): \(HistoryFile.describe(errno))") }
        return fd >= 0
    }

    /// Creates each missing folder of `path` with mode 0700; a description of the failure, or nil.
    static func makeFolders(_ path: String) -> String? {
        var current = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            current += "/" + part
            if mkdir(current, 0o700) != 0 && errno != EEXIST { return describe(errno) }
        }
        var info = stat()
        guard stat(path, &info) == 0 else { return describe(errno) }
        return (info.st_mode & S_IFMT) == S_IFDIR ? nil : "not a folder"
    }

    private func warnOnce(_ message: String) {
        guard !warned else { return }
        warned = true
        warn("planq: " + message)
    }

    static func describe(_ code: Int32) -> String { String(cString: strerror(code)) }

    // MARK: - One entry per line

    static func encode(_ entry: String) -> String {
        var out = ""
        for c in entry.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// The entry a line holds; nil for a line that is not valid UTF-8, holds a NUL, or has
    /// an unknown escape (a file someone else wrote, or a torn write).
    static func decode<Bytes: Collection<UInt8>>(_ line: Bytes) -> String? {
        let text = String(decoding: line, as: UTF8.self)
        guard !line.contains(0), text.utf8.elementsEqual(line) else { return nil }
        var out = ""
        var escaped = false
        for c in text.unicodeScalars {
            if escaped {
                switch c {
                case "\\": out += "\\"
                case "n": out += "\n"
                case "r": out += "\r"
                default: return nil
                }
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else {
                out.unicodeScalars.append(c)
            }
        }
        return escaped ? nil : out
    }
}

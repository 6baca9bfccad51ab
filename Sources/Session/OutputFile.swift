#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where `.output FILE` writes. Every decision that could lose data is made when FILE is
/// opened, and refused with a reason rather than guessed:
/// - a file planq has read (a plan file, a script, the history file) is never written;
/// - a folder, a missing folder, a file nobody may write (no write bit, as sqlite and vim
///   treat it) or one `access(2)` says this user may not write is refused;
/// - a device, FIFO or socket is written in place, never replaced (`/dev/null` stays a device);
/// - a regular file (or a new one) is written to a temporary file beside it, with its
///   permissions and owner, which replaces it only when the output is closed: an interrupted
///   run never leaves half a file. A symbolic link is followed: its target is replaced and
///   the link kept.
/// A write that fails (a full disk) is kept in `failure`, for the caller to report at once.
public final class OutputFile {
    /// FILE as the user wrote it.
    public let path: String
    /// The file written: `path` with symbolic links followed.
    let target: String
    /// The temporary file renamed over `target` when closed; nil when written in place.
    let temporary: String?
    var descriptor: Int32
    /// Why the last write failed; nothing more is written once it is set.
    public private(set) var failure: String?

    /// Told the temporary file's path when it is made, and nil when it is gone, so that a
    /// signal that ends planq can remove it (the executable hands it to its signal handler).
    nonisolated(unsafe) public static var temporaryChanged: (String?) -> Void = { _ in }

    /// A reason `.output` will not write FILE.
    public struct Refusal: Error {
        public let message: String
    }

    public init(path: String, filesInUse: FilesInUse = FilesInUse()) throws(Refusal) {
        self.path = path
        var info = stat()
        if stat(path, &info) == 0 {
            if let use = filesInUse.use(of: info) {
                let named = use.name == path ? "" : " ('\(use.name)')"
                throw Refusal(message: "'\(path)' is \(use.role.rawValue)\(named) planq has read; .output never writes over a file planq reads")
            }
            // The file the links lead to, to replace it beside itself; a link that does not
            // lead to a file of that name (`/dev/stdout` → `pipe:[…]`, or a file through
            // /proc) is written in place, as the device it stands for.
            let linked = try Self.followingLinks(path)
            var linkedInfo = stat()
            let named = stat(linked, &linkedInfo) == 0 && FilesInUse.Identity(linkedInfo) == FilesInUse.Identity(info)
            target = named ? linked : path
            let kind = info.st_mode & S_IFMT
            if kind == S_IFDIR { throw Refusal(message: "'\(path)' is a folder; .output needs a file name") }
            if kind == S_IFREG {
                if access(target, W_OK) != 0 { throw Refusal(message: "cannot write '\(path)': \(Self.reason(errno))") }
                if info.st_mode & 0o222 == 0 {
                    throw Refusal(message: "'\(path)' is read-only (mode \(String(info.st_mode & 0o7777, radix: 8))); .output does not replace a read-only file")
                }
            }
            if kind == S_IFREG && named {
                (temporary, descriptor) = try Self.temporary(beside: target, for: path, mode: info.st_mode & 0o7777)
                // Keep the owner too where planq may (it may when it runs as root).
                if info.st_uid != geteuid() || info.st_gid != getegid() { _ = fchown(descriptor, info.st_uid, info.st_gid) }
            } else {
                // A device, FIFO or socket: written in place. A FIFO nobody reads would block
                // forever, so it is opened without waiting and refused when no reader is there.
                let fd = open(path, O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC | (kind == S_IFREG ? O_TRUNC : 0))
                guard fd >= 0 else {
                    let code = errno
                    if code == ENXIO { throw Refusal(message: "no program is reading the FIFO '\(path)'") }
                    throw Refusal(message: "cannot write '\(path)': \(Self.reason(code))")
                }
                _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
                temporary = nil
                descriptor = fd
            }
        } else if errno == ENOENT || errno == ENOTDIR {
            // A new file, or a link to one that does not exist yet: made where the links lead.
            target = try Self.followingLinks(path)
            let folder = Self.folder(of: target)
            var folderInfo = stat()
            guard stat(folder, &folderInfo) == 0 else {
                throw Refusal(message: "cannot write '\(path)': folder '\(folder)' \(errno == ENOENT ? "does not exist" : Self.reason(errno))")
            }
            guard folderInfo.st_mode & S_IFMT == S_IFDIR else {
                throw Refusal(message: "cannot write '\(path)': '\(folder)' is not a folder")
            }
            // A new file gets the permissions any new file gets (0666 less the umask).
            (temporary, descriptor) = try Self.temporary(beside: target, for: path, mode: nil)
        } else {
            throw Refusal(message: "cannot write '\(path)': \(Self.reason(errno))")
        }
        if let temporary { Self.temporaryChanged(temporary) }
    }

    deinit { discard() }

    /// Output not yet written to the temporary file: it is written in pieces of this size.
    /// (A device or FIFO is written at once: a program may be reading it as planq runs.)
    static let bufferSize = 1 << 14
    var buffer: [UInt8] = []

    /// Writes all of `text` (buffered when it goes to a temporary file); after a failure,
    /// nothing (see `failure`).
    public func write(_ text: String) { write(Array(text.utf8)) }

    public func write(_ bytes: [UInt8]) {
        guard failure == nil, descriptor >= 0 else { return }
        if temporary == nil { return writeAll(bytes) }
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.bufferSize { flush() }
    }

    /// Writes what is buffered.
    func flush() {
        guard !buffer.isEmpty else { return }
        writeAll(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: [UInt8]) {
        guard failure == nil, descriptor >= 0 else { return }
        bytes.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                let n = systemWrite(descriptor, buffer.baseAddress! + done, buffer.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = Self.reason(errno)
                    return
                }
                done += n
            }
        }
    }

    /// Ends the output: the temporary file, flushed to disk, replaces FILE. On any failure
    /// FILE is left as it was and the reason is thrown.
    public func close() throws(Refusal) {
        guard descriptor >= 0 else { return }
        flush()
        if let failure {
            discard()
            throw Refusal(message: "cannot write '\(path)': \(failure)")
        }
        let fd = descriptor
        descriptor = -1
        guard let temporary else {
            if systemClose(fd) != 0 && errno != EINTR { throw Refusal(message: "cannot write '\(path)': \(Self.reason(errno))") }
            return
        }
        // fsync: a full disk is often only known when the data is written out.
        var problem: String?
        if fsync(fd) != 0 && errno != EINVAL { problem = Self.reason(errno) }
        if systemClose(fd) != 0 && problem == nil && errno != EINTR { problem = Self.reason(errno) }
        if problem == nil && rename(temporary, target) != 0 { problem = Self.reason(errno) }
        if let problem {
            unlink(temporary)
            Self.temporaryChanged(nil)
            throw Refusal(message: "cannot write '\(path)': \(problem)")
        }
        Self.temporaryChanged(nil)
    }

    /// Drops the output: FILE stays as it was.
    public func discard() {
        guard descriptor >= 0 else { return }
        _ = systemClose(descriptor)
        descriptor = -1
        if let temporary {
            unlink(temporary)
            Self.temporaryChanged(nil)
        }
    }

    // MARK: Paths

    /// `path` with every symbolic link along it followed, as far as it exists.
    static func followingLinks(_ path: String) throws(Refusal) -> String {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = readlink(current, &buffer, buffer.count - 1)
            guard n > 0 else { throw Refusal(message: "cannot write '\(path)': \(reason(errno))") }
            let link = String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = link.hasPrefix("/") ? link : folder(of: current) + "/" + link
        }
        throw Refusal(message: "cannot write '\(path)': \(reason(ELOOP))")
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// A new file `.NAME.planq-PID.tmp` beside `target`, made with `mode` (or the default
    /// permissions for a new file).
    static func temporary(beside target: String, for path: String, mode: mode_t?) throws(Refusal) -> (String, Int32) {
        let folder = folder(of: target)
        let name = target.lastIndex(of: "/").map { String(target[target.index(after: $0)...]) } ?? target
        for attempt in 0..<100 {
            let temporary = "\(folder)/.\(name).planq-\(getpid())\(attempt == 0 ? "" : "-\(attempt)").tmp"
            let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode ?? 0o666)
            if fd >= 0 {
                // open applies the umask; a replaced file keeps exactly its own permissions.
                if let mode { _ = fchmod(fd, mode) }
                return (temporary, fd)
            }
            if errno != EEXIST {
                throw Refusal(message: "cannot write '\(path)': cannot create a file in folder '\(folder)': \(reason(errno))")
            }
        }
        throw Refusal(message: "cannot write '\(path)': cannot create a temporary file in folder '\(folder)'")
    }

    static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}

// The system calls by other names: inside `OutputFile`, `write` and `close` are its own.
private func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int { write(fd, bytes, count) }
private func systemClose(_ fd: Int32) -> Int32 { close(fd) }

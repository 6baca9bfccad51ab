#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files planq has read — plan files, scripts, standard input when it is a file, the
/// history file — so that `.output` can refuse to write over one. A file is known by its
/// device and inode, not its name: `./p/../p/elz.yaml`, a symbolic link to it or a second
/// hard link are the same file.
public struct FilesInUse: Sendable {
    /// What a file is to planq, for the refusal message ("the plan file", "the script").
    public enum Role: String, Sendable {
        case planFile = "the plan file"
        case script = "the script"
        case history = "the history file"
        case standardInput = "standard input"
    }

    struct Identity: Equatable, Sendable {
        let device: UInt64
        let inode: UInt64
    }

    /// Files by identity, latest last. (A list, not a dictionary: a start that reads three files
    /// need not pay for the run-time conformance lookups of a hashed collection's first use.)
    var identities: [(identity: Identity, role: Role, name: String)] = []
    /// Files that may not exist yet when they are named (the history file is created by its
    /// first entry): looked up again at each check.
    var watched: [(role: Role, path: String)] = []

    public init() {}

    /// Remembers `path` (following symbolic links); a path that does not exist now is
    /// watched, so it is still refused once it does.
    public mutating func add(_ path: String, as role: Role) {
        if let identity = Self.identity(of: path) {
            identities.append((identity, role, path))
        } else {
            watched.append((role, path))
        }
    }

    /// Remembers standard input when it is a regular file (`planq < script.pq`).
    public mutating func addStandardInput() {
        var info = stat()
        guard fstat(STDIN_FILENO, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return }
        identities.append((Identity(info), .standardInput, "<stdin>"))
    }

    /// What the file at `info` is to planq, if planq has read it.
    func use(of info: stat) -> (role: Role, name: String)? {
        let identity = Identity(info)
        if let known = identities.last(where: { $0.identity == identity }) { return (known.role, known.name) }
        return watched.first { Self.identity(of: $0.path) == identity }.map { ($0.role, $0.path) }
    }

    static func identity(of path: String) -> Identity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Identity(info)
    }
}

extension FilesInUse.Identity {
    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}

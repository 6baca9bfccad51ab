import PlanModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat` says about a file or folder, as far as a change to it shows: a plan file
/// edited, replaced or touched, or a file added to or removed from a plan folder (which
/// changes the folder's own times), gives a different identity.
struct FileIdentity: Equatable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var modified: (seconds: Int64, nanoseconds: Int64)
    var changed: (seconds: Int64, nanoseconds: Int64)
    var isFolder: Bool

    /// nil when the path cannot be read.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        #if canImport(Darwin)
        modified = (Int64(info.st_mtimespec.tv_sec), Int64(info.st_mtimespec.tv_nsec))
        changed = (Int64(info.st_ctimespec.tv_sec), Int64(info.st_ctimespec.tv_nsec))
        #else
        modified = (Int64(info.st_mtim.tv_sec), Int64(info.st_mtim.tv_nsec))
        changed = (Int64(info.st_ctim.tv_sec), Int64(info.st_ctim.tv_nsec))
        #endif
        isFolder = info.st_mode & S_IFMT == S_IFDIR
    }

    init(device: UInt64, inode: UInt64, size: Int64, modified: (Int64, Int64), changed: (Int64, Int64), isFolder: Bool) {
        (self.device, self.inode, self.size, self.modified, self.changed, self.isFolder) = (device, inode, size, modified, changed, isFolder)
    }

    static func == (a: FileIdentity, b: FileIdentity) -> Bool {
        a.device == b.device && a.inode == b.inode && a.size == b.size && a.modified == b.modified
            && a.changed == b.changed && a.isFolder == b.isFolder
    }

    /// The running planq program: a snapshot written by another build of planq is not read.
    static let program: [UInt8] = {
        var bytes = Array("format \(Blob.formatVersion)".utf8)
        if let me = FileIdentity(path: "/proc/self/exe") {
            var w = RecordWriter()
            w.identity(me)
            bytes += w.bytes
        }
        return bytes
    }()
}

/// The absolute form of `path` with links resolved, or nil.
func resolvedPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
}

import PlanFiles
import PlanModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a snapshot whole or not at all: into a temporary file beside it, renamed into
/// place. Any failure leaves no file behind and costs only the next start's time.
enum SnapshotWriter {
    /// The given paths and the plan files in given folders, each with its identity now, and
    /// the plan files to read; nil when one cannot be read (the load will say why).
    static func identities(_ paths: [String]) -> (watched: [(path: String, identity: FileIdentity)], files: [String])? {
        var out: [(String, FileIdentity)] = []
        for path in paths {
            guard let identity = FileIdentity(path: path) else { return nil }
            out.append((path, identity))
        }
        let (files, problems) = PlanFileReader.expand(paths)
        guard problems.isEmpty else { return nil }
        for file in files where !paths.contains(file) {
            guard let identity = FileIdentity(path: file) else { return nil }
            out.append((file, identity))
        }
        return (out, files)
    }

    static func write(_ loaded: LoadedPlans, paths: [String], watched: [(path: String, identity: FileIdentity)], to location: SnapshotLocation) {
        let manifest = SnapshotFile.Manifest(program: FileIdentity.program, paths: paths, watched: watched, files: loaded.files).bytes
        let graphOffset = (SnapshotFile.header + manifest.count + 7) & ~7
        var head = [UInt8](repeating: 0, count: graphOffset)
        head.withUnsafeMutableBytes { h in
            h.storeBytes(of: SnapshotFile.magic, toByteOffset: 0, as: UInt64.self)
            h.storeBytes(of: UInt64(manifest.count), toByteOffset: 8, as: UInt64.self)
            h.storeBytes(of: manifest.withUnsafeBytes { Blob.checksum(of: $0) }, toByteOffset: 16, as: UInt64.self)
            h.storeBytes(of: UInt64(graphOffset), toByteOffset: 24, as: UInt64.self)
            h.baseAddress!.advanced(by: SnapshotFile.header).copyMemory(from: manifest, byteCount: manifest.count)
        }
        guard makeFolder(location.folder) else { return }
        var template = Array((location.file + ".XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return }
        let temporary = String(cString: template)
        // The graph is written from its columns, section by section; its checksum, known at
        // the end, goes into its header last.
        var written = head.withUnsafeBytes { writeAll(fd, $0) }
        if written, let sum = loaded.graph.write({ writeAll(fd, $0) }) {
            written = withUnsafeBytes(of: sum) { pwrite(fd, $0.baseAddress!, 8, off_t(graphOffset + PlanGraph.checksumOffset)) == 8 }
        } else {
            written = false
        }
        guard close(fd) == 0, written, rename(temporary, location.file) == 0 else {
            unlink(temporary)
            return
        }
        CacheEviction.sweep(location.folder)
    }

    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var done = 0
        while done < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + done, bytes.count - done)
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return false }
            done += n
        }
        return true
    }

    /// The cache folder and its parents, private to the user.
    static func makeFolder(_ path: String) -> Bool {
        var info = stat()
        if stat(path, &info) == 0 { return info.st_mode & S_IFMT == S_IFDIR }
        let parent = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        if !parent.isEmpty && !makeFolder(parent) { return false }
        return mkdir(path, 0o700) == 0 || errno == EEXIST
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps the cache folder from growing without bound: every distinct list of plan paths
/// (each test's temporary folder, each zone analysed once) leaves a snapshot. After a
/// snapshot is written, the least recently used ones beyond `kept` are removed, and so are
/// temporary files that a killed planq left behind. A snapshot's modification time is its
/// last use: a start that maps one older than a day touches it.
enum CacheEviction {
    static let kept = 16
    static let day: Int = 86_400

    static func sweep(_ folder: String, now: Int = time(nil)) {
        guard let dir = opendir(folder) else { return }
        defer { closedir(dir) }
        var snapshots: [(path: String, used: Int)] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name.hasPrefix("plans-") else { continue }
            let path = folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
            let modified = Int(info.st_mtim.tv_sec)
            if name.hasSuffix(".snapshot") {
                snapshots.append((path, modified))
            } else if now - modified > 3_600 {
                unlink(path)        // a temporary file an hour old: its writer is gone
            }
        }
        guard snapshots.count > kept else { return }
        for old in snapshots.sorted(by: { $0.used > $1.used }).dropFirst(kept) { unlink(old.path) }
    }

    /// Marks a snapshot as used now, at most once a day (a start should not write).
    static func touch(_ path: String, modified: Int, now: Int = time(nil)) {
        guard now - modified > day else { return }
        utimes(path, nil)
    }
}

import Diagnostics
import PlanFiles
import PlanModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Plans loaded through a snapshot: after the plan files are read, their graph is written to
/// one file in the cache folder (`$XDG_CACHE_HOME/planq/`, else `~/.cache/planq/`), with what
/// `stat` said about each plan file and folder. The next load of the same paths checks those
/// (one `stat` a path) and maps the snapshot instead of reading the files.
///
/// A snapshot is never trusted: a change to any plan file or folder, another planq build, a
/// truncated, corrupt or foreign file each mean it is passed over and the files are read (and
/// a new snapshot written). It is written to a temporary file and renamed into place, so a
/// reader sees a whole snapshot or none, and two planq processes may write at once.
public enum PlanSnapshot {
    /// How a load went, for `--verbose` and tests.
    public enum Source: Equatable, Sendable {
        case snapshot
        /// Read from the plan files; `reason` says why no snapshot was used.
        case planFiles(reason: String)
    }

    /// Loads the plans at `paths`: from their snapshot when there is a good one, else from the
    /// files (writing a snapshot for next time when `cacheFolder` is given).
    public static func load(paths: [String], cacheFolder: String? = PlanSnapshot.defaultFolder)
        -> (result: Result<LoadedPlans, DiagnosticList>, source: Source) {
        switch cached(paths: paths, cacheFolder: cacheFolder) {
        case .success(let loaded): return (.success(loaded), .snapshot)
        case .failure(let miss): return (readFiles(paths: paths, cacheFolder: cacheFolder), .planFiles(reason: miss.reason))
        }
    }

    /// The plans from their snapshot, or why there is none to use.
    public static func cached(paths: [String], cacheFolder: String?) -> Result<LoadedPlans, SnapshotMiss> {
        guard let folder = cacheFolder else { return .failure(SnapshotMiss(reason: "no cache folder")) }
        guard let location = SnapshotLocation(paths: paths, folder: folder) else {
            return .failure(SnapshotMiss(reason: "a plan path cannot be resolved"))
        }
        return SnapshotReader.read(location.file, paths: paths)
    }

    /// The plans read from their files; a snapshot of them is written when `cacheFolder` is
    /// given.
    public static func readFiles(paths: [String], cacheFolder: String?) -> Result<LoadedPlans, DiagnosticList> {
        guard let folder = cacheFolder, let location = SnapshotLocation(paths: paths, folder: folder) else {
            return PlanLoader.load(paths: paths)
        }
        // What the files are now, taken before they are read: a file changed while it is read
        // leaves a snapshot that the next start passes over.
        // The files found are read as found: the folders are listed once.
        guard let found = SnapshotWriter.identities(paths) else { return PlanLoader.load(paths: paths) }
        let result = PlanLoader.load(found.files.map(PlanInput.path))
        if case .success(let loaded) = result {
            SnapshotWriter.write(loaded, paths: paths, watched: found.watched, to: location)
        }
        return result
    }

    /// `$XDG_CACHE_HOME/planq`, else `$HOME/.cache/planq`; nil when neither is set.
    public static var defaultFolder: String? {
        if let xdg = getenv("XDG_CACHE_HOME").map({ String(cString: $0) }), xdg.hasPrefix("/") { return xdg + "/planq" }
        if let home = getenv("HOME").map({ String(cString: $0) }), !home.isEmpty { return home + "/.cache/planq" }
        return nil
    }
}

/// Where the snapshot of a list of plan paths lives: one file per list and planq build, named
/// by a hash of the paths resolved and of the build (two builds used in turn, such as a static
/// and a dynamic one, would otherwise replace each other's snapshot at every start).
struct SnapshotLocation {
    let folder: String
    let file: String

    init?(paths: [String], folder: String) {
        var key: [UInt8] = []
        for path in paths {
            guard let resolved = resolvedPath(path) else { return nil }
            key += resolved.utf8
            key.append(0)
        }
        key += FileIdentity.program
        let hash = key.withUnsafeBytes { Blob.checksum(of: $0) }
        let hex = String(hash, radix: 16)
        self.folder = folder
        file = folder + "/plans-" + String(repeating: "0", count: 16 - hex.count) + hex + ".snapshot"
    }
}

/// Why a snapshot was not used.
public struct SnapshotMiss: Error, Equatable {
    public let reason: String
}

import Foundation

/// A planq executable to time as a one-shot command.
struct PlanqBinary {
    let label: String
    let path: String
    /// Whether this planq takes `--no-cache` (one from before the snapshot rejects the flag).
    var takesNoCache = false
}

/// The planq executables the one-shots compare: release builds as a static executable (as the
/// README builds planq: the runtime and every library linked in, nothing to load or relocate
/// at start) and with the Swift runtime linked dynamically. Built with SwiftPM unless given
/// with --planq / --planq-static.
enum PlanqBinaries {
    static func prepare(_ options: Options) throws -> [PlanqBinary] {
        // The scratch folder this benchmark was built in: <scratch>/<triple>/release/planq-bench.
        let scratch = URL(fileURLWithPath: LoadProbe.selfPath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let staticPath = try options.planqStatic ?? build(options, scratch: URL(fileURLWithPath: scratch.path + "-static"), static: true)
        let dynamicPath = try options.planq ?? build(options, scratch: scratch, static: false)
        let examples = options.repo.appendingPathComponent("Examples/plans").path
        let cache = try CacheHome.fresh("no-cache-probe")
        return [PlanqBinary(label: "planq (static executable)", path: staticPath),
                PlanqBinary(label: "planq (dynamic Swift runtime)", path: dynamicPath)].map { binary in
            var probed = binary
            let outcome = try? Spawn.launch([binary.path, examples, "-e", "goals of elz", "--no-cache"],
                                            environment: cache.environment, capture: false)
            probed.takesNoCache = outcome?.status == 0
            return probed
        }
    }

    static func build(_ options: Options, scratch: URL, static linked: Bool) throws -> String {
        var command = ["swift", "build", "-c", "release", "--product", "planq", "--package-path", options.repo.path,
                       "--scratch-path", scratch.path]
        if linked { command += ["-Xswiftc", "-static-executable"] }
        say("")
        say("building: \(command.joined(separator: " "))")
        let seconds = try Spawn.time(command, showErrors: true)
        say("  (\(Measure.format(seconds)))")
        return scratch.appendingPathComponent("release/planq").path
    }
}

/// A fresh, empty `XDG_CACHE_HOME` for planq's child processes, where planq keeps its snapshots
/// (`$XDG_CACHE_HOME/planq/`): no timed run finds a snapshot that an earlier benchmark, or the
/// user's own planq, left behind. All of them live in one temporary folder of this process,
/// removed at the end of the run.
struct CacheHome {
    let folder: URL

    static let root = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("planq-bench-cache-\(getpid())")

    static func fresh(_ name: String) throws -> CacheHome {
        let folder = root.appendingPathComponent(name)
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return CacheHome(folder: folder)
    }

    static func removeAll() { try? FileManager.default.removeItem(at: root) }

    var environment: [String: String] { ["XDG_CACHE_HOME": folder.path] }

    /// `none`, `1 file, 912 B`, `2 files, 41.3 MiB`.
    static func describe(_ snapshots: (files: Int, bytes: Int)) -> String {
        guard snapshots.files > 0 else { return "none" }
        let size = snapshots.bytes < 1024 ? "\(snapshots.bytes) B"
            : snapshots.bytes < 1 << 20 ? "\(grouped(snapshots.bytes / 1024)) KiB" : mebibytes(snapshots.bytes / 1024)
        return "\(snapshots.files) \(snapshots.files == 1 ? "file" : "files"), \(size)"
    }

    /// The files planq wrote under `planq/` and their bytes: (0, 0) when it keeps no snapshot.
    var snapshots: (files: Int, bytes: Int) {
        let planq = folder.appendingPathComponent("planq")
        guard let walker = FileManager.default.enumerator(at: planq, includingPropertiesForKeys: [.fileSizeKey, .isRegularFileKey])
        else { return (0, 0) }
        var files = 0, bytes = 0
        for case let url as URL in walker {
            let values = try? url.resourceValues(forKeys: [.fileSizeKey, .isRegularFileKey])
            guard values?.isRegularFile == true else { continue }
            files += 1
            bytes += values?.fileSize ?? 0
        }
        return (files, bytes)
    }
}

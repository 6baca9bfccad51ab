import Diagnostics
import Foundation

/// Reads plan files from disk with the loader's documented limits, so that a binary file,
/// a file that is not UTF-8 or a 100 MB export gets a clear error instead of a crash or hang.
public enum PlanFileReader {
    /// Largest plan file read, in bytes.
    public static let maximumFileSize = 64 * 1024 * 1024

    /// The `.yaml`/`.yml` files named, with folders expanded (sorted, not recursive into
    /// hidden folders), and the problems reading them: a path that does not exist or cannot
    /// be followed (a symbolic-link loop), one that is not a regular file or folder (a FIFO
    /// would block for ever, `/dev/zero` never ends), a folder without plan files, a `*.yaml`
    /// in a folder that is not a regular file. Every problem here is about reading, not
    /// about a plan file's content (the command line exits 74 for them, not 65).
    public static func expand(_ paths: [String]) -> (files: [String], problems: [Diagnostic]) {
        let (files, problems) = expandSized(paths)
        return (files.map(\.path), problems)
    }

    /// `expand`, with each file's size as the one look at it found (the loader reserves room
    /// for their text without looking at each file again).
    static func expandSized(_ paths: [String]) -> (files: [(path: String, size: Int)], problems: [Diagnostic]) {
        var files: [(path: String, size: Int)] = []
        var problems: [Diagnostic] = []
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else {
                problems.append(.error(errno == ENOENT ? "no such file or folder"
                                                       : "cannot read: \(String(cString: strerror(errno)))", in: named(path)))
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFREG:
                files.append((path, Int(info.st_size)))
            case S_IFDIR:
                let entries = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [])
                    .filter { !$0.hasPrefix(".") && ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) }.sorted()
                // Each entry is looked at from the folder (`fstatat`), not by its whole path: the
                // path walked again for every file was most of a large set's listing (perf).
                let folder = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                defer { if folder >= 0 { close(folder) } }
                let prefix = joinedPrefix(path)
                let looks = look(at: entries, in: folder, prefix: prefix)
                var found = 0
                for (entry, look) in zip(entries, looks) {
                    if look.known, look.mode == S_IFDIR { continue }  // a folder named x.yaml
                    found += 1
                    let file = prefix + entry
                    if look.known, look.mode == S_IFREG {
                        files.append((file, look.size))
                    } else {
                        problems.append(.error("cannot read: \(notRegular(file))", in: named(file)))
                    }
                }
                if found == 0 { problems.append(.error("no plan files (*.yaml) in this folder", in: named(path))) }
            default:
                problems.append(.error("cannot read: \(notRegular(path))", in: named(path)))
            }
        }
        return (files, problems)
    }

    /// What `fstatat` found for a folder's entry: whether it could look, the type, the size.
    struct EntryLook {
        var known = false
        var mode: mode_t = 0
        var size = 0
    }

    /// Folders with more entries than this are looked at on two threads: a stat is ≈ 1.4 µs
    /// in the kernel, ≈ 80 ms of a 10^6 set's 57,000 files (timing marks), on one core while
    /// the other waited.
    static let lookInHalvesFrom = 4_096

    /// Each entry of `folder` (a descriptor, -1 when it could not be opened: then by its path,
    /// `prefix` and the entry's name).
    static func look(at entries: [String], in folder: Int32, prefix: String) -> [EntryLook] {
        var looks = [EntryLook](repeating: EntryLook(), count: entries.count)
        looks.withUnsafeMutableBufferPointer { out in
            nonisolated(unsafe) let out = out
            let lookAt: @Sendable (Range<Int>) -> Void = { range in
                for i in range {
                    var info = stat()
                    let known = folder >= 0 ? fstatat(folder, entries[i], &info, 0) == 0 : stat(prefix + entries[i], &info) == 0
                    out[i] = EntryLook(known: known, mode: info.st_mode & S_IFMT, size: Int(info.st_size))
                }
            }
            let n = entries.count
            if n < lookInHalvesFrom {
                lookAt(0..<n)
            } else {
                DispatchQueue.concurrentPerform(iterations: 2) { half in lookAt(half == 0 ? 0..<n / 2 : n / 2..<n) }
            }
        }
        return looks
    }

    /// What a folder's path becomes before an entry's name, as
    /// `NSString.appendingPathComponent` joins them (one join per folder, not per file: the
    /// bridged join was ≈ 20 ms of a 10^6 set's listing). Entries hold no `/` and are never
    /// `.` or `..`, so joining does not depend on which entry follows.
    static func joinedPrefix(_ path: String) -> String {
        String((path as NSString).appendingPathComponent("x").dropLast())
    }

    /// A path as the file a diagnostic is about (`path: error: …`, as compilers write it).
    static func named(_ path: String) -> SourceFile { SourceFile(name: path, text: "") }

    /// Why a path that is not a regular file is not read as one.
    static func notRegular(_ path: String) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else { return String(cString: strerror(errno)) }
        switch info.st_mode & S_IFMT {
        case S_IFIFO: return "a FIFO, not a plan file (planq reads regular files only)"
        case S_IFCHR, S_IFBLK: return "a device, not a plan file (planq reads regular files only)"
        default: return "not a regular file (planq reads regular files only)"
        }
    }

    /// The file's text, or a diagnostic saying why it cannot be a plan file.
    public static func read(_ path: String) -> Result<SourceFile, Diagnostic> {
        let name = path
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(.error("cannot read \(path)"))
        }
        defer { try? handle.close() }
        // Read one byte past the limit to know whether the file is too large without reading it all.
        let data = (try? handle.read(upToCount: maximumFileSize + 1)) ?? Data()
        if data.count > maximumFileSize {
            return .failure(.error("\(path) is larger than the plan-file limit of \(maximumFileSize / 1024 / 1024) MiB"))
        }
        return decode([UInt8](data), name: name)
    }

    /// The text of a file's bytes (a BOM dropped), or why they cannot be a plan file.
    public static func decode(_ bytes: [UInt8], name: String) -> Result<SourceFile, Diagnostic> {
        var bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let nul = bytes.withUnsafeBufferPointer({ b in
            b.baseAddress.flatMap { memchr($0, 0, b.count) }.map { b.baseAddress!.distance(to: $0.assumingMemoryBound(to: UInt8.self)) }
        }) {
            return .failure(positioned(bytes, at: nul, name: name,
                                       "not a YAML plan file: it contains NUL bytes (a binary file?)"))
        }
        // Validated at once (the standard library's check); the invalid byte is looked for
        // only in a file that has one.
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let bad = firstInvalidUTF8(bytes) ?? 0
            return .failure(positioned(bytes, at: bad, name: name,
                                       "file is not valid UTF-8 (byte 0x\(String(bytes[bad], radix: 16, uppercase: true))); save it as UTF-8"))
        }
        return .success(SourceFile(name: name, text: text))
    }

    /// A diagnostic at byte `offset` of an undecodable file: the text before it is valid, so
    /// line and column are exact.
    public static func positioned(_ bytes: [UInt8], at offset: Int, name: String, _ message: String) -> Diagnostic {
        let before = String(decoding: bytes[..<offset], as: UTF8.self)
        let file = SourceFile(name: name, text: before + String(decoding: bytes[offset...].prefix { $0 != 10 }.map { $0 < 0x80 && $0 != 0 ? $0 : 0x3F }, as: UTF8.self))
        return .error(message, at: SourceRange(offset: before.utf8.count, length: 1), in: file)
    }

    /// Offset of the first byte that is not part of valid UTF-8, or nil.
    public static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s): offset += UTF8.width(s)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}

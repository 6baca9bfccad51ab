import Diagnostics

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One plan file to load: a path on disk, or bytes already in memory under a name (the fuzz
/// targets, tests). Both go through the same loader, fast path included.
public enum PlanInput: Sendable {
    case path(String)
    case bytes(name: String, [UInt8])
    /// A file whose own share of a load is done already (`ReadPlanFile`).
    case readOnce(ReadPlanFile)

    public var name: String {
        switch self {
        case .path(let path): return path
        case .bytes(let name, _): return name
        case .readOnce(let file): return file.input.name
        }
    }

    /// The file's bytes without a BOM, when reading them raises no question at all (a
    /// regular file within the size limit, read whole); nil otherwise, and `text()` then
    /// says what is wrong.
    func plainBytes() -> [UInt8]? {
        switch self {
        case .bytes(_, let bytes):
            guard bytes.count <= PlanFileReader.maximumFileSize else { return nil }
            return bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        case .path(let path):
            return Self.readRegularFile(path)
        case .readOnce(let file):
            return file.input.plainBytes()
        }
    }

    /// The file as text, or the diagnostic saying why it cannot be a plan file.
    public func text() -> Result<SourceFile, Diagnostic> {
        switch self {
        case .path(let path): return PlanFileReader.read(path)
        case .bytes(let name, let bytes):
            if bytes.count > PlanFileReader.maximumFileSize {
                return .failure(.error("\(name) is larger than the plan-file limit of \(PlanFileReader.maximumFileSize / 1024 / 1024) MiB"))
            }
            return PlanFileReader.decode(bytes, name: name)
        case .readOnce(let file): return file.input.text()
        }
    }

    /// A regular file's bytes, read with one `read` per chunk into an array of its size.
    static func readRegularFile(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG,
              info.st_size <= off_t(PlanFileReader.maximumFileSize) else { return nil }
        let size = Int(info.st_size)
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        let ok = bytes.withUnsafeMutableBytes { buffer -> Bool in
            while filled < size {
                let n = read(fd, buffer.baseAddress! + filled, size - filled)
                if n <= 0 { return false }
                filled += n
            }
            var probe: UInt8 = 0
            return read(fd, &probe, 1) == 0     // the file did not grow while read
        }
        guard ok else { return nil }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        return bytes
    }
}

import PlanFiles
import PlanModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Maps a snapshot and checks, before anything of it is used, that it is whole, that this
/// planq wrote it, and that no plan file or folder has changed since.
enum SnapshotReader {
    static func read(_ file: String, paths: [String]) -> Result<LoadedPlans, SnapshotMiss> {
        let fd = open(file, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(SnapshotMiss(reason: errno == ENOENT ? "no snapshot yet" : "snapshot cannot be opened")) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return .failure(SnapshotMiss(reason: "snapshot is not a file")) }
        let size = Int(info.st_size)
        guard size >= SnapshotFile.header else { return .failure(SnapshotMiss(reason: "snapshot is shorter than its header")) }
        guard let blob = Blob.mapping(descriptor: fd, count: size) else { return .failure(SnapshotMiss(reason: "snapshot cannot be mapped")) }
        let bytes = blob.bytes
        func word(_ at: Int) -> UInt64 { bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self) }
        guard word(0) == SnapshotFile.magic else { return .failure(SnapshotMiss(reason: "not a planq snapshot")) }
        let length = word(8), graphOffset = word(24)
        guard length <= UInt64(size - SnapshotFile.header), graphOffset >= UInt64(SnapshotFile.header) + length,
              graphOffset <= UInt64(size), graphOffset % 8 == 0 else {
            return .failure(SnapshotMiss(reason: "snapshot is truncated or its header is damaged"))
        }
        let manifestBytes = UnsafeRawBufferPointer(rebasing: bytes[SnapshotFile.header..<SnapshotFile.header + Int(length)])
        guard Blob.checksum(of: manifestBytes) == word(16), let manifest = SnapshotFile.Manifest(manifestBytes) else {
            return .failure(SnapshotMiss(reason: "snapshot manifest is damaged"))
        }
        guard manifest.program == FileIdentity.program else { return .failure(SnapshotMiss(reason: "snapshot was written by another planq build")) }
        guard manifest.paths == paths else { return .failure(SnapshotMiss(reason: "snapshot was made for other paths")) }
        for (path, identity) in manifest.watched where FileIdentity(path: path) != identity {
            return .failure(SnapshotMiss(reason: "\(path) changed since the snapshot"))
        }
        let graphBlob = blob.suffix(from: Int(graphOffset))
        if let problem = PlanGraph.problem(in: graphBlob) { return .failure(SnapshotMiss(reason: "snapshot graph: \(problem)")) }
        CacheEviction.touch(file, modified: Int(info.st_mtim.tv_sec))
        return .success(LoadedPlans(graph: PlanGraph.reading(graphBlob)!, warnings: [], files: manifest.files))
    }
}

import PlanModel

/// The layout of a snapshot file: a header, the manifest (what the snapshot was made from),
/// then the graph's blob, which checks itself.
///
/// `magic(8) manifestLength(8) manifestChecksum(8) graphOffset(8) manifest… graph…`
enum SnapshotFile {
    static let magic: UInt64 = 0x544F_4853_5150_4C50     // "PLPQSHOT" read as bytes
    static let header = 32

    /// The manifest: the program that wrote it, the plan paths as given, every path watched
    /// (the given ones and the files found in folders) with its identity, and the files the
    /// load read, in order.
    struct Manifest {
        var program: [UInt8]
        var paths: [String]
        var watched: [(path: String, identity: FileIdentity)]
        var files: [String]

        var bytes: [UInt8] {
            var w = RecordWriter()
            w.int(UInt64(program.count))
            w.bytes += program
            w.int(UInt64(paths.count))
            for p in paths { w.text(p) }
            w.int(UInt64(watched.count))
            for (path, identity) in watched {
                w.text(path)
                w.identity(identity)
            }
            w.int(UInt64(files.count))
            for f in files { w.text(f) }
            return w.bytes
        }

        init(program: [UInt8], paths: [String], watched: [(path: String, identity: FileIdentity)], files: [String]) {
            (self.program, self.paths, self.watched, self.files) = (program, paths, watched, files)
        }

        /// nil when the bytes are not a whole manifest.
        init?(_ bytes: UnsafeRawBufferPointer) {
            var r = RecordReader(bytes)
            guard let n = r.int(), n <= UInt64(bytes.count - r.at) else { return nil }
            program = Array(UnsafeRawBufferPointer(rebasing: bytes[r.at..<r.at + Int(n)]))
            r.at += Int(n)
            paths = []
            watched = []
            files = []
            guard let pathCount = r.int(), pathCount <= UInt64(bytes.count) else { return nil }
            for _ in 0..<pathCount { guard let p = r.text() else { return nil }; paths.append(p) }
            guard let watchedCount = r.int(), watchedCount <= UInt64(bytes.count) else { return nil }
            for _ in 0..<watchedCount {
                guard let p = r.text(), let identity = r.identity() else { return nil }
                watched.append((p, identity))
            }
            guard let fileCount = r.int(), fileCount <= UInt64(bytes.count) else { return nil }
            for _ in 0..<fileCount { guard let f = r.text() else { return nil }; files.append(f) }
            guard r.at == bytes.count else { return nil }
        }
    }
}

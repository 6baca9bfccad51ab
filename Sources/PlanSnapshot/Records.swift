/// Writes the little records a snapshot keeps about the files it was made from.
struct RecordWriter {
    var bytes: [UInt8] = []

    mutating func int(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { bytes += $0 } }
    mutating func int(_ v: Int64) { int(UInt64(bitPattern: v)) }

    mutating func text(_ s: String) {
        int(UInt64(s.utf8.count))
        bytes += s.utf8
    }

    mutating func identity(_ f: FileIdentity) {
        int(f.device); int(f.inode); int(f.size)
        int(f.modified.seconds); int(f.modified.nanoseconds); int(f.changed.seconds); int(f.changed.nanoseconds)
        int(UInt64(f.isFolder ? 1 : 0))
    }
}

/// Reads what `RecordWriter` wrote; any read past the end makes it fail (nil), never trap.
struct RecordReader {
    let bytes: UnsafeRawBufferPointer
    var at = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    mutating func int() -> UInt64? {
        guard at + 8 <= bytes.count else { return nil }
        defer { at += 8 }
        return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self))
    }

    mutating func signed() -> Int64? { int().map { Int64(bitPattern: $0) } }

    mutating func text() -> String? {
        guard let n = int(), n <= UInt64(bytes.count - at) else { return nil }
        defer { at += Int(n) }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[at..<at + Int(n)]), as: UTF8.self)
    }

    mutating func identity() -> FileIdentity? {
        guard let device = int(), let inode = int(), let size = signed(), let ms = signed(), let mn = signed(),
              let cs = signed(), let cn = signed(), let folder = int() else { return nil }
        return FileIdentity(device: device, inode: inode, size: size, modified: (ms, mn), changed: (cs, cn), isFolder: folder == 1)
    }
}

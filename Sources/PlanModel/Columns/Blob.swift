#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes a `PlanGraph` reads: its columns, one after another, behind a header that says
/// where each begins. The same bytes are the snapshot file, so a graph built from plan files
/// and one mapped from a snapshot are read by the same code.
///
/// Layout (native byte order; a snapshot is for the machine that wrote it):
/// `magic(8) version(4) sectionCount(4) totalLength(8) checksum(8)`, then per section
/// `offset(8) count(8)`, then the sections, each aligned to 8 bytes. The checksum covers every
/// byte after the header's first 32.
public final class Blob: @unchecked Sendable {
    public let base: UnsafeRawPointer
    public let count: Int
    private let release: (UnsafeRawPointer, Int) -> Void

    static let magic: UInt64 = 0x3130_504E_5351_4E50    // "PNSQNP01" read as bytes
    /// Raised whenever the layout or the meaning of a column changes.
    public static let formatVersion: UInt32 = 4
    static let fixedHeader = 32

    init(base: UnsafeRawPointer, count: Int, release: @escaping (UnsafeRawPointer, Int) -> Void) {
        self.base = base
        self.count = count
        self.release = release
    }

    deinit { release(base, count) }

    /// Bytes of its own, taken from `bytes`.
    static func owning(_ bytes: UnsafeMutableRawBufferPointer) -> Blob {
        Blob(base: UnsafeRawPointer(bytes.baseAddress!), count: bytes.count) { base, _ in free(UnsafeMutableRawPointer(mutating: base)) }
    }

    /// A file mapped read-only; nil when it cannot be mapped.
    public static func mapping(descriptor: Int32, count: Int) -> Blob? {
        guard count > 0, let address = mmap(nil, count, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else { return nil }
        return Blob(base: UnsafeRawPointer(address), count: count) { base, count in munmap(UnsafeMutableRawPointer(mutating: base), count) }
    }

    public var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

    /// The bytes from `offset` on, keeping these alive (a graph inside a snapshot file).
    public func suffix(from offset: Int) -> Blob {
        Blob(base: base + offset, count: count - offset) { _, _ in withExtendedLifetime(self) {} }
    }

    /// `checksum` of every byte, for records kept beside a blob.
    public static func checksum(of bytes: UnsafeRawBufferPointer) -> UInt64 { checksum(bytes, from: 0) }

    // MARK: Header

    func word64(at offset: Int) -> UInt64 { base.loadUnaligned(fromByteOffset: offset, as: UInt64.self) }
    func word32(at offset: Int) -> UInt32 { base.loadUnaligned(fromByteOffset: offset, as: UInt32.self) }

    var sectionCount: Int { Int(word32(at: 12)) }

    /// Where section `i` begins and how many elements it holds.
    func section(_ i: Int) -> (offset: Int, count: Int) {
        let entry = Blob.fixedHeader + 16 * i
        return (Int(truncatingIfNeeded: word64(at: entry)), Int(truncatingIfNeeded: word64(at: entry + 8)))
    }

    /// Why these bytes cannot be a graph of this planq (nil when they can): a wrong magic or
    /// version, a length that does not match, a section that runs past the end, or a checksum
    /// that does not match the bytes. Checked before anything is read from a snapshot.
    public func problem(expectingSections sections: Int, strides: [Int]) -> String? {
        guard count >= Blob.fixedHeader + 16 * sections else { return "shorter than its header" }
        guard word64(at: 0) == Blob.magic else { return "not a planq snapshot" }
        guard word32(at: 8) == Blob.formatVersion else { return "snapshot format \(word32(at: 8)), this planq reads \(Blob.formatVersion)" }
        guard sectionCount == sections else { return "\(sectionCount) sections, expected \(sections)" }
        guard word64(at: 16) == UInt64(count) else { return "length \(word64(at: 16)) but the file has \(count) bytes" }
        for i in 0..<sections {
            let (offset, n) = section(i)
            guard offset % 8 == 0, offset >= Blob.fixedHeader + 16 * sections, offset <= count,
                  n >= 0, n <= (count - offset) / max(1, strides[i]) else { return "section \(i) lies outside the file" }
        }
        guard word64(at: 24) == Blob.checksum(bytes, from: Blob.fixedHeader) else { return "checksum does not match" }
        return nil
    }

    /// A 64-bit hash of `bytes[from...]`: quick enough to check a large snapshot on every
    /// start, and any flipped bit changes it.
    static func checksum(_ bytes: UnsafeRawBufferPointer, from start: Int) -> UInt64 {
        var sum = Checksum()
        sum.add(UnsafeRawBufferPointer(rebasing: bytes[min(start, bytes.count)...]))
        return sum.value
    }
}

/// The checksum of a byte stream, fed in pieces of any size: four 8-byte lanes over each
/// 32-byte block, the tail byte by byte. A graph is written section by section and hashed as
/// it goes, and gets the same value as its bytes hashed at once.
struct Checksum {
    static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87, prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private var lanes: (UInt64, UInt64, UInt64, UInt64) = (prime1, prime2, prime1 ^ prime2, prime2 &* 31)
    private var pending: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    private var pendingCount = 0
    private var total = 0

    @inline(__always) static func mix(_ h: UInt64, _ w: UInt64) -> UInt64 {
        let x = (h ^ (w &* prime2)) &* prime1
        return (x << 31) | (x >> 33)
    }

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        total += bytes.count
        var i = 0
        // Finish a block begun by the last piece.
        while pendingCount > 0 && i < bytes.count {
            withUnsafeMutableBytes(of: &pending) { $0[pendingCount] = base.load(fromByteOffset: i, as: UInt8.self) }
            pendingCount += 1
            i += 1
            if pendingCount == 32 {
                block(pending)
                pendingCount = 0
            }
        }
        while i + 32 <= bytes.count {
            block((base.loadUnaligned(fromByteOffset: i, as: UInt64.self), base.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self),
                   base.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self), base.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self)))
            i += 32
        }
        while i < bytes.count {
            withUnsafeMutableBytes(of: &pending) { $0[pendingCount] = base.load(fromByteOffset: i, as: UInt8.self) }
            pendingCount += 1
            i += 1
        }
    }

    private mutating func block(_ w: (UInt64, UInt64, UInt64, UInt64)) {
        lanes.0 = Self.mix(lanes.0, w.0)
        lanes.1 = Self.mix(lanes.1, w.1)
        lanes.2 = Self.mix(lanes.2, w.2)
        lanes.3 = Self.mix(lanes.3, w.3)
    }

    var value: UInt64 {
        var h = Self.mix(Self.mix(Self.mix(Self.mix(UInt64(total), lanes.0), lanes.1), lanes.2), lanes.3)
        var tail = pending
        withUnsafeBytes(of: &tail) { t in
            for k in 0..<pendingCount { h = Self.mix(h, UInt64(t[k])) }
        }
        return h ^ (h >> 29)
    }
}

/// Where each section of a graph's bytes goes: after the header and the section table, each
/// aligned to 8 bytes.
struct BlobLayout {
    let counts: [Int]
    let byteCounts: [Int]
    let offsets: [Int]
    let total: Int

    init(counts: [Int], byteCounts: [Int]) {
        var offsets: [Int] = []
        var at = (Blob.fixedHeader + 16 * counts.count + 7) & ~7
        for size in byteCounts {
            offsets.append(at)
            at = (at + size + 7) & ~7
        }
        (self.counts, self.byteCounts, self.offsets, total) = (counts, byteCounts, offsets, at)
    }

    /// The header and section table, with 0 where the checksum goes, padded to the first section.
    var header: [UInt8] {
        var bytes = [UInt8](repeating: 0, count: offsets.first ?? total)
        bytes.withUnsafeMutableBytes { raw in
            raw.storeBytes(of: Blob.magic, toByteOffset: 0, as: UInt64.self)
            raw.storeBytes(of: Blob.formatVersion, toByteOffset: 8, as: UInt32.self)
            raw.storeBytes(of: UInt32(counts.count), toByteOffset: 12, as: UInt32.self)
            raw.storeBytes(of: UInt64(total), toByteOffset: 16, as: UInt64.self)
            for (i, count) in counts.enumerated() {
                raw.storeBytes(of: UInt64(offsets[i]), toByteOffset: Blob.fixedHeader + 16 * i, as: UInt64.self)
                raw.storeBytes(of: UInt64(count), toByteOffset: Blob.fixedHeader + 16 * i + 8, as: UInt64.self)
            }
        }
        return bytes
    }

    /// Where the checksum is stored, and from where it counts.
    static let checksumOffset = 24
}

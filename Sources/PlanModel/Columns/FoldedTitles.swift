#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every node's title folded (`FoldedKey`), one after another, for searches that scan all
/// titles at once. A graph a load built makes them the first time such a search runs, not
/// when it is loaded: they are as large as the titles, and a node's own title test needs them
/// only when the title is not ASCII (an ASCII title folds to itself lowercased, byte for
/// byte). A snapshot keeps them (written with it), so a graph mapped from one reads them in
/// place and never folds: a one-shot search on a large graph does not pay for folding.
final class FoldedTitles: @unchecked Sendable {
    /// A snapshot's folded titles; nil for a graph a load built.
    private let stored: (bytes: UnsafeBufferPointer<UInt8>, offsets: UnsafeBufferPointer<Int32>)?
    private let lock: UnsafeMutablePointer<pthread_mutex_t>
    /// Set once, under the lock; never changed after, so pointers into them stay valid.
    private var bytes: [UInt8]?
    private var offsets: [Int32] = []
    /// Titles folded one at a time so far, and the non-ASCII characters they had.
    private var foldedAlone = 0
    private var folder = FoldedKey.Folder()

    /// For a graph reading `columns`: their folded titles when they hold them (a snapshot's,
    /// one offset more than there are titles, ending where the bytes do).
    init(_ columns: GraphColumns) {
        let offsets = columns.foldedTitleOffsets
        let fits = offsets.count == columns.title.count + 1 && offsets.first == 0 && Int(offsets.last!) == columns.foldedTitles.count
        stored = fits ? (columns.foldedTitles, offsets) : nil
        lock = .allocate(capacity: 1)
        pthread_mutex_init(lock, nil)
    }

    deinit {
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }

    /// The folded titles and where each node's begins (one more offset than nodes), made
    /// from `columns` on the first call. Valid while this object lives.
    func get(_ columns: GraphColumns) -> (bytes: UnsafeBufferPointer<UInt8>, offsets: UnsafeBufferPointer<Int32>) {
        if let stored { return stored }
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        if bytes == nil { (bytes, offsets) = FoldedTitles.fold(columns) }
        // The arrays are not changed again, so their storage stays where it is.
        return (bytes!.withUnsafeBufferPointer { $0 }, offsets.withUnsafeBufferPointer { $0 })
    }

    /// Whether the folded titles are a snapshot's, read in place.
    var isStored: Bool { stored != nil }

    /// The folded titles, when a search has made them (for a snapshot written after it).
    var made: ([UInt8], [Int32])? {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        return bytes.map { ($0, offsets) }
    }

    /// Calls `body` with node `i`'s folded title. Until the folded titles are made, a title
    /// is folded alone; once as many have been as making them all would cost (a sixteenth of
    /// the titles), they are made: a session that tests titles one by one again and again
    /// then stops folding them each time.
    func withTitle<R>(_ i: Int, _ columns: GraphColumns, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let (all, offsets) = stored { return body(UnsafeBufferPointer(rebasing: all[Int(offsets[i])..<Int(offsets[i + 1])])) }
        pthread_mutex_lock(lock)
        if bytes == nil && foldedAlone < columns.title.count / 16 {
            foldedAlone += 1
            var folded: [UInt8] = []
            folder.appendScalars(columns.bytes(columns.title[i]), to: &folded)
            pthread_mutex_unlock(lock)
            return folded.withUnsafeBufferPointer(body)
        }
        pthread_mutex_unlock(lock)
        let (all, offsets) = get(columns)
        return body(UnsafeBufferPointer(rebasing: all[Int(offsets[i])..<Int(offsets[i + 1])]))
    }

    /// Two passes: the titles that are not ASCII are folded first, into a block of their own;
    /// then every folded title is written into one block of exactly the right size, ASCII ones
    /// lowercased as they are copied (no per-title array growth).
    static func fold(_ columns: GraphColumns) -> ([UInt8], [Int32]) {
        var folder = FoldedKey.Folder()
        var other: [UInt8] = [], otherEnds: [Int] = []
        var total = 0
        for ref in columns.title {
            let title = columns.bytes(ref)
            if isASCII(title) {
                total += title.count
            } else {
                folder.appendScalars(title, to: &other)
                total += other.count - (otherEnds.last ?? 0)
                otherEnds.append(other.count)
            }
        }
        precondition(total <= Int(Int32.max), "folded titles exceed 2 GiB")
        var offsets = [Int32](repeating: 0, count: columns.title.count + 1)
        let bytes = [UInt8](unsafeUninitializedCapacity: total) { out, count in
            var at = 0, nextOther = 0
            for (i, ref) in columns.title.enumerated() {
                let title = columns.bytes(ref)
                if isASCII(title) {
                    for j in 0..<title.count { out[at + j] = lower(title[j]) }
                    at += title.count
                } else {
                    let from = nextOther == 0 ? 0 : otherEnds[nextOther - 1], to = otherEnds[nextOther]
                    for j in from..<to { out[at + j - from] = other[j] }
                    at += to - from
                    nextOther += 1
                }
                offsets[i + 1] = Int32(at)
            }
            count = at
        }
        return (bytes, offsets)
    }

    /// An ASCII byte lowercased (`FoldedKey.lower`), without a branch.
    @inline(__always)
    static func lower(_ byte: UInt8) -> UInt8 { byte &+ (byte &- 65 < 26 ? 32 : 0) }

    @inline(__always)
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var any: UInt8 = 0
        for byte in bytes { any |= byte }
        return any < 0x80
    }
}

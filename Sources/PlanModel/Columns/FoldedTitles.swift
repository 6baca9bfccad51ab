#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every node's title folded (`FoldedKey`), one after another, for searches that scan all
/// titles at once. Made the first time such a search runs, not when the graph is loaded or
/// mapped: it is as large as the titles, and a node's own title test needs it only when the
/// title is not ASCII (an ASCII title folds to itself lowercased, byte for byte).
final class FoldedTitles: @unchecked Sendable {
    private let lock: UnsafeMutablePointer<pthread_mutex_t>
    /// Set once, under the lock; never changed after, so pointers into them stay valid.
    private var bytes: [UInt8]?
    private var offsets: [Int32] = []

    init() {
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
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        if bytes == nil { (bytes, offsets) = FoldedTitles.fold(columns) }
        // The arrays are not changed again, so their storage stays where it is.
        return (bytes!.withUnsafeBufferPointer { $0 }, offsets.withUnsafeBufferPointer { $0 })
    }

    static func fold(_ columns: GraphColumns) -> ([UInt8], [Int32]) {
        var folder = FoldedKey.Folder()
        var bytes: [UInt8] = [], offsets: [Int32] = [0]
        bytes.reserveCapacity(columns.title.reduce(0) { $0 + Int($1.length) })
        offsets.reserveCapacity(columns.title.count + 1)
        for ref in columns.title {
            let title = columns.bytes(ref)
            if isASCII(title) {
                for byte in title { bytes.append(FoldedKey.lower(byte)) }
            } else {
                folder.append(String(decoding: title, as: UTF8.self), to: &bytes)
            }
            offsets.append(Int32(bytes.count))
        }
        return (bytes, offsets)
    }

    @inline(__always)
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var any: UInt8 = 0
        for byte in bytes { any |= byte }
        return any < 0x80
    }
}

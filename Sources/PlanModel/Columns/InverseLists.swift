#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A sparse per-node list that is the inverse of what a graph keeps anyway — the role edges
/// naming each actor (from each edge's actor), the subjects contributing to each theme (from
/// each subject's themes) — made the first time a query reads it, not when the graph is
/// loaded: a first load does not hold it, and a graph that is never asked never makes it.
/// A snapshot keeps it (written with it, `PlanGraph.write`), so a graph mapped from one reads
/// it in place.
final class InverseLists: @unchecked Sendable {
    /// A snapshot's lists; nil when the columns do not hold them (a graph a load built).
    private let stored: (lists: SparseListColumns, entries: UnsafeBufferPointer<Int32>)?
    private let make: () -> SparseLists<Int32>
    private let lock: UnsafeMutablePointer<pthread_mutex_t>
    /// Set once, under the lock; never changed after, so pointers into it stay valid.
    private var made: SparseLists<Int32>?

    /// Lists read from `presence`, `offsets` and `entries` when they hold them (presence bits
    /// for `owners`), else made by `make` when first read.
    init(owners: Int, presence: UnsafeBufferPointer<UInt64>, offsets: UnsafeBufferPointer<Int32>, entries: UnsafeBufferPointer<Int32>,
         make: @escaping () -> SparseLists<Int32>) {
        let fits = owners == 0 || (presence.count == 2 * ((owners + 63) / 64) && !offsets.isEmpty)
        stored = fits ? (SparseListColumns(presence: presence, offsets: offsets), entries) : nil
        self.make = make
        lock = .allocate(capacity: 1)
        pthread_mutex_init(lock, nil)
    }

    deinit {
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }

    /// The lists, made on the first call. Valid while this object lives.
    func get() -> (lists: SparseListColumns, entries: UnsafeBufferPointer<Int32>) {
        if let stored { return stored }
        let m = sections()
        return (SparseListColumns(presence: m.presence, offsets: m.offsets), m.entries)
    }

    /// The three sections, made on the first call (for a snapshot, which keeps them).
    func sections() -> (presence: UnsafeBufferPointer<UInt64>, offsets: UnsafeBufferPointer<Int32>, entries: UnsafeBufferPointer<Int32>) {
        if let stored { return (stored.lists.presence, stored.lists.offsets, stored.entries) }
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        if made == nil { made = make() }
        // The arrays are not changed again, so their storage stays where it is.
        return (made!.presence.withUnsafeBufferPointer { $0 }, made!.offsets.withUnsafeBufferPointer { $0 },
                made!.entries.withUnsafeBufferPointer { $0 })
    }
}

extension InverseLists {
    /// Per actor, the role edges naming it, in edge order.
    static func rolesByActor(_ c: GraphColumns) -> InverseLists {
        InverseLists(owners: c.kind.count, presence: c.rolesByActorPresence, offsets: c.rolesByActorOffsets, entries: c.rolesByActor) {
            let actors = c.roleActor
            return inverted(owners: c.kind.count, targets: actors) { body in for e in actors.indices { body(Int32(e), actors[e]) } }
        }
    }

    /// Per theme, the nodes contributing to it, in node order.
    static func contributors(_ c: GraphColumns) -> InverseLists {
        InverseLists(owners: c.kind.count, presence: c.contributorPresence, offsets: c.contributorOffsets, entries: c.contributors) {
            let n = c.kind.count, lists = c.themeLists, themes = c.themes
            return inverted(owners: n, targets: themes) { body in
                for s in 0..<n { for k in lists.range(s) { body(Int32(s), themes[k]) } }
            }
        }
    }

    /// Lists by target of the entries `each` gives as (entry, target), in the order given;
    /// `targets` are every target given, counted first (a counting sort, no pairs kept).
    private static func inverted(owners n: Int, targets: UnsafeBufferPointer<Int32>,
                                 each: ((Int32, Int32) -> Void) -> Void) -> SparseLists<Int32> {
        var offsets = [Int32](repeating: 0, count: n + 1)
        for t in targets { offsets[Int(t) + 1] += 1 }
        for i in 0..<n { offsets[i + 1] += offsets[i] }
        var next = offsets
        var entries = [Int32](repeating: 0, count: targets.count)
        entries.withUnsafeMutableBufferPointer { e in
            next.withUnsafeMutableBufferPointer { next in
                each { entry, t in
                    e[Int(next[Int(t)])] = entry
                    next[Int(t)] += 1
                }
            }
        }
        var dense = FlatLists(perKind: [])
        (dense.offsets, dense.entries) = (offsets, entries)
        return SparseLists(dense: dense)
    }
}

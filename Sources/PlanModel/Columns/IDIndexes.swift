#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The id indexes of a graph being built (`GraphIndexes`): sorted arrays of nodes by folded
/// id. They read only the nodes' ids, kinds and plans, so they are sorted on another core
/// while the rest of the graph's indexes are built (`start`, then `wait`). The result is
/// the same whatever the timing: each sort is a total order (ties end in the node number).
final class IDIndexes: @unchecked Sendable {
    private var text: [UInt8]
    private var ids: [TextRef], presence: [UInt64], folded: [TextRef]
    private var plan: [Int32], kind: [UInt8]
    /// The nodes of each index, in node order, sorted in place on the other thread. They,
    /// and the room the sorts use, are allocated here, on the loader's thread: memory the
    /// other thread allocated and freed would stay with its allocator (glibc keeps a thread's
    /// arena), resident after the load.
    private var globalIDs: [Int32], plansByID: [Int32], byBareID: [Int32], byBarePlan: [Int32] = []
    private var lastOfEach: [Int32] = []
    private var places: [Place]
    /// The thread sorting them: a thread of its own, not a shared pool's, so that waiting for
    /// it can never wait for a pool that is full of waiting loads.
    #if os(Linux)
    private var thread = pthread_t()
    #else
    private var thread: pthread_t?
    #endif
    private var started = false

    /// Readies the id indexes of `c`, whose node columns are complete, with its text.
    init(_ c: Columns, text: [UInt8]) {
        (self.text, ids, presence, folded, plan, kind) = (text, c.ids, c.idKeyPresence, c.idKeys, c.plan, c.kind)
        let plan = c.plan, kind = c.kind
        let planCode = NodeKind.plan.code, actorCode = NodeKind.actor.code
        let all = (0..<Int32(kind.count))
        globalIDs = all.filter { plan[Int($0)] < 0 }
        plansByID = all.filter { kind[Int($0)] == planCode }
        byBareID = all.filter { plan[Int($0)] >= 0 || kind[Int($0)] == actorCode }
        lastOfEach.reserveCapacity(globalIDs.count)
        places = [Place](repeating: Place(prefix: 0, rest: 0), count: max(globalIDs.count, plansByID.count, byBareID.count))
    }

    /// Sorts them on another thread (on this one, when no thread can be started or
    /// `onThread` is false).
    func start(onThread: Bool = true) {
        guard onThread else { return sortAll() }
        let me = Unmanaged.passRetained(self).toOpaque()
        started = pthread_create(&thread, nil, { context in
            #if os(Linux)
            let indexes = Unmanaged<IDIndexes>.fromOpaque(context!).takeRetainedValue()
            #else
            let indexes = Unmanaged<IDIndexes>.fromOpaque(context).takeRetainedValue()
            #endif
            indexes.sortAll()
            return nil
        }, me) == 0
        if !started {
            Unmanaged<IDIndexes>.fromOpaque(me).release()
            sortAll()
        }
    }

    private func sortAll() {
        build()
        // Let go of the columns read, so that the builder's text is again its own when it
        // writes more into it (no copy).
        (text, ids, presence, folded, plan, kind, places) = ([], [], [], [], [], [], [])
    }

    /// The indexes, once sorted, written into `c`.
    func wait(into c: inout Columns) {
        #if os(Linux)
        if started { pthread_join(thread, nil) }
        #else
        if started, let thread { pthread_join(thread, nil) }
        #endif
        (c.globalIDs, c.plansByID, c.byBareID, c.byBarePlan) = (lastOfEach, plansByID, byBareID, byBarePlan)
        (globalIDs, lastOfEach, plansByID, byBareID, byBarePlan) = ([], [], [], [], [])
    }

    /// Plans and actors (the last of each id), plans, and plan nodes and actors by id alone
    /// and by id and plan.
    private func build() {
        let plan = self.plan
        IDKeys.with(text: text, ids: ids, presence: presence, folded: folded) { keys in
            places.withUnsafeMutableBufferPointer { room in
                Self.sort(&globalIDs, keys, room: room)
                for (i, node) in globalIDs.enumerated() {
                    let next = i + 1 < globalIDs.count ? globalIDs[i + 1] : nil
                    if next.map({ keys.compare(Int($0), Int(node)) != 0 }) ?? true { lastOfEach.append(node) }
                }
                globalIDs = []
                Self.sort(&plansByID, keys, room: room)
                Self.sort(&byBareID, keys, room: room)
                // A loader adds a plan's nodes together, so nodes of one id are almost always in
                // plan order already; only then is the second list left empty (read as the first).
                let inPlanOrder = zip(byBareID, byBareID.dropFirst()).allSatisfy { a, b in
                    plan[Int(a)] <= plan[Int(b)] || keys.compare(Int(a), Int(b)) != 0
                }
                if !inPlanOrder {
                    let kind = self.kind, actorCode = NodeKind.actor.code
                    byBarePlan = (0..<Int32(kind.count)).filter { plan[Int($0)] >= 0 || kind[Int($0)] == actorCode }
                    Self.sort(&byBarePlan, keys, then: plan, room: room)
                }
            }
        }
    }

    /// A node's place in a sort: eight bytes of its key, then its number (`then`, signed),
    /// then the node; compared as two unsigned numbers.
    struct Place: Comparable {
        var prefix: UInt64, rest: UInt64
        static func < (a: Place, b: Place) -> Bool { a.prefix != b.prefix ? a.prefix < b.prefix : a.rest < b.rest }
    }

    /// Sorts the nodes by key, then by `then` (when given), then by node number, as
    /// `KeyOrder.sort` does: by the keys' first eight bytes packed beside each node, then
    /// nodes whose keys share them and are longer by the next eight, and so on (ids are
    /// ASCII without NUL, so that is their order). `room` holds at least as many places.
    static func sort(_ entries: inout [Int32], _ keys: IDKeys, then: [Int32]? = nil, room: UnsafeMutableBufferPointer<Place>) {
        if then == nil, DistinctKeys.sort(&entries, keys, room: room) { return }
        sortEvery(&entries, keys, then: then, room: room)
    }

    /// `sort` by packing every entry's place (whether or not keys repeat).
    static func sortEvery(_ entries: inout [Int32], _ keys: IDKeys, then: [Int32]? = nil, room: UnsafeMutableBufferPointer<Place>) {
        let n = entries.count
        for (i, e) in entries.enumerated() {
            let number = then.map { UInt64(UInt32(bitPattern: $0[Int(e)]) ^ 0x8000_0000) } ?? 0
            room[i] = Place(prefix: keys.window(Int(e), at: 0), rest: number << 32 | UInt64(UInt32(bitPattern: e)))
        }
        let places = UnsafeMutableBufferPointer(rebasing: room[0..<n])
        refine(places, from: 0, keys)
        for i in 0..<n { entries[i] = Int32(bitPattern: UInt32(truncatingIfNeeded: places[i].rest)) }
    }

    /// Sorts `places`, whose keys' bytes before `start` are equal, by the bytes from `start` on.
    private static func refine(_ places: UnsafeMutableBufferPointer<Place>, from start: Int, _ keys: IDKeys) {
        QuickSort.sort(places)
        var i = 0
        while i < places.count {
            var j = i + 1
            while j < places.count && places[j].prefix == places[i].prefix { j += 1 }
            if j - i > 1 && places[i..<j].contains(where: { keys.length(node($0)) > start + 8 }) {
                let group = UnsafeMutableBufferPointer(rebasing: places[i..<j])
                for k in group.indices { group[k].prefix = keys.window(node(group[k]), at: start + 8) }
                refine(group, from: start + 8, keys)
            }
            i = j
        }
    }

    private static func node(_ p: Place) -> Int { Int(UInt32(truncatingIfNeeded: p.rest)) }
}

extension IDKeys {
    /// Eight bytes of node `i`'s key from byte `start` on (zeros past its end), the first
    /// highest: read as one word, lowered at once, then byte-swapped (byte by byte it was
    /// ≈ 80 instructions a node and sort, on the id indexes' thread).
    func window(_ i: Int, at start: Int) -> UInt64 {
        let (k, lowercase) = key(i)
        guard start < k.count, let base = k.baseAddress else { return 0 }
        let w = ByteWords.word(base + start, min(8, k.count - start))
        return (lowercase ? ByteWords.lowered(w) : w).byteSwapped
    }
}

/// An in-place sort of distinct values (no room taken, unlike the standard library's sort):
/// a quicksort on the median of three, insertion sort for short runs, the shorter side
/// first so that the stack stays shallow.
enum QuickSort {
    static func sort<T: Comparable>(_ a: UnsafeMutableBufferPointer<T>) {
        if a.count > 1 { sort(a, a.startIndex, a.endIndex - 1) }
    }

    private static func sort<T: Comparable>(_ a: UnsafeMutableBufferPointer<T>, _ first: Int, _ last: Int) {
        var lo = first, hi = last
        while hi - lo > 16 {
            let mid = lo + (hi - lo) / 2
            if a[mid] < a[lo] { a.swapAt(mid, lo) }
            if a[hi] < a[lo] { a.swapAt(hi, lo) }
            if a[hi] < a[mid] { a.swapAt(hi, mid) }
            let pivot = a[mid]
            var i = lo, j = hi
            while i <= j {
                while a[i] < pivot { i += 1 }
                while pivot < a[j] { j -= 1 }
                if i <= j { a.swapAt(i, j); i += 1; j -= 1 }
            }
            if j - lo < hi - i {
                if lo < j { sort(a, lo, j) }
                lo = i
            } else {
                if i < hi { sort(a, i, hi) }
                hi = j
            }
        }
        guard lo < hi else { return }
        for k in lo + 1...hi {
            let x = a[k]
            var m = k
            while m > lo && x < a[m - 1] { a[m] = a[m - 1]; m -= 1 }
            a[m] = x
        }
    }
}

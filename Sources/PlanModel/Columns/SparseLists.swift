/// Which owners (nodes, role edges) have something, one bit each, with the number of owners
/// that have something before each block of 64: an owner's place among those that have
/// something is one popcount away. Two words per block (the bits, then the count before
/// them), a quarter of a byte per owner, where an offset per owner costs four.
enum Presence {
    /// Notes whether owner `i` — the next one, owners are added in order — has something.
    static func append(_ has: Bool, owner i: Int, to words: inout [UInt64]) {
        if i & 63 == 0 {
            let before = words.count < 2 ? 0 : words[words.count - 1] + UInt64(words[words.count - 2].nonzeroBitCount)
            words.append(0)
            words.append(before)
        }
        if has { words[words.count - 2] |= 1 << UInt64(i & 63) }
    }

    /// The bits for owners `0..<count`, as `append` would make them one by one: each block's
    /// word is made whole, then stored with the count before it. (Appended one by one, the
    /// bits of a load's sparse columns were 1 % of its instructions, on one core.)
    @inline(__always)
    static func make(count: Int, has: (Int) -> Bool) -> [UInt64] {
        let blocks = (count + 63) / 64
        return [UInt64](unsafeUninitializedCapacity: 2 * blocks) { words, initialized in
            var before: UInt64 = 0
            for block in 0..<blocks {
                var bits: UInt64 = 0
                for i in 64 * block..<min(count, 64 * block + 64) where has(i) { bits |= 1 << UInt64(i & 63) }
                words[2 * block] = bits
                words[2 * block + 1] = before
                before += UInt64(bits.nonzeroBitCount)
            }
            initialized = 2 * blocks
        }
    }

    /// Owner `i`'s place among the owners that have something; nil when it has nothing.
    @inline(__always)
    static func place(_ words: UnsafeBufferPointer<UInt64>, _ i: Int) -> Int? {
        let block = 2 * (i >> 6)
        guard block + 1 < words.count else { return nil }
        let bits = words[block], bit = UInt64(1) << UInt64(i & 63)
        guard bits & bit != 0 else { return nil }
        return Int(words[block + 1]) + (bits & (bit &- 1)).nonzeroBitCount
    }

    static func place(_ words: [UInt64], _ i: Int) -> Int? { words.withUnsafeBufferPointer { place($0, i) } }
}

/// Lists of entries per owner where most owners have none (a node's notes, its links, an
/// actor's groups): offsets only for the owners that have entries (`Presence` says which).
/// Owner `i`'s entries are `entries[offsets[p]..<offsets[p + 1]]`, `p` its place.
struct SparseLists<Entry: BitwiseCopyable> {
    var presence: [UInt64] = []
    var offsets: [Int32] = [0]
    var entries: [Entry] = []
    /// Owners added so far (by `append`).
    private(set) var owners = 0

    init() {}

    /// The same lists kept with an offset for every owner.
    init(dense: FlatLists) where Entry == Int32 {
        let n = dense.offsets.count - 1
        let o = dense.offsets
        presence = Presence.make(count: n) { o[$0 + 1] > o[$0] }
        var compact: [Int32] = [0]
        compact.reserveCapacity(1 + presence.enumerated().reduce(0) { $0 + ($1.offset % 2 == 0 ? $1.element.nonzeroBitCount : 0) })
        for i in 0..<n where o[i + 1] > o[i] { compact.append(o[i + 1]) }
        offsets = compact
        entries = dense.entries
        owners = n
    }

    /// Adds the next owner's entries (none for most).
    mutating func append<S: Collection>(_ list: S) where S.Element == Entry {
        Presence.append(!list.isEmpty, owner: owners, to: &presence)
        owners += 1
        guard !list.isEmpty else { return }
        entries.append(contentsOf: list)
        offsets.append(Int32(entries.count))
    }
}

/// Values for the few owners whose value is not the usual one (a node's first day where it
/// is not its period's first).
struct SparseColumn {
    var presence: [UInt64] = []
    var values: [Int32] = []

    /// The values of `dense` that differ from `usual`'s.
    init(_ dense: [Int32], differingFrom usual: [Int32]) {
        presence = Presence.make(count: dense.count) { dense[$0] != usual[$0] }
        for i in dense.indices where dense[i] != usual[i] { values.append(dense[i]) }
    }

    /// The values of `dense` other than `absent`.
    init(_ dense: [Int32], except absent: Int32) {
        presence = Presence.make(count: dense.count) { dense[$0] != absent }
        for v in dense where v != absent { values.append(v) }
    }

    init() {}
}

/// A sparse list's sections, read in place.
struct SparseListColumns {
    let presence: UnsafeBufferPointer<UInt64>
    let offsets: UnsafeBufferPointer<Int32>

    /// Where owner `i`'s entries lie in the entries section (empty when it has none).
    @inline(__always)
    func range(_ i: Int) -> Range<Int> {
        guard let p = Presence.place(presence, i) else { return 0..<0 }
        return Int(offsets[p])..<Int(offsets[p + 1])
    }
}

/// Which plan file each node comes from, as runs: nodes are added file by file, so a run
/// (first node, file) stands for every node up to the next run's first. File -1: no source.
enum SourceRuns {
    static func append(file: Int32, node i: Int, to runs: inout [Int32]) {
        if runs.count >= 2 && runs[runs.count - 1] == file { return }
        runs.append(Int32(i))
        runs.append(file)
    }

    /// The file index of node `i` (into the plan-file texts), -1 for none.
    static func file(of i: Int, in runs: UnsafeBufferPointer<Int32>) -> Int32 {
        let n = runs.count / 2
        let after = PartitionSearch.count(n) { runs[2 * $0] <= Int32(truncatingIfNeeded: i) }
        return after == 0 ? -1 : runs[2 * (after - 1) + 1]
    }
}

/// The id indexes' sort where keys repeat: a graph of many plans written on one template has
/// the same few hundred bare ids in every plan (`SD1`, `A1.1-output-2`), so its millions of
/// nodes have few distinct keys. Each node's key is found in a table of the distinct ones
/// (hashed a word at a time), the distinct keys alone are sorted, and the nodes are placed by
/// a counting sort on their key's rank. Nodes come in node order and the counting sort keeps
/// it, so nodes of one key end in node order: exactly the order of `IDIndexes.sort` (key,
/// then node). The packed-window quicksort of every node, sorted again past each shared
/// eight bytes, was ≈ 640 ms of a 10^6 load's id thread (perf).
enum DistinctKeys {
    /// Fewer entries are sorted the usual way (the table would not pay).
    static let fewest = 64

    /// Sorts `entries` (node numbers, ascending) by key, then node, and returns true; or
    /// returns false, having changed nothing, when more than one entry in eight has a key of
    /// its own (then sorting every node is as quick). `room` (16 bytes an entry) holds the
    /// table, each entry's key number and the sorted entries; the distinct keys' own sort
    /// takes at most 2 bytes an entry more.
    static func sort(_ entries: inout [Int32], _ keys: IDKeys, room: UnsafeMutableBufferPointer<IDIndexes.Place>) -> Bool {
        let n = entries.count
        guard n >= fewest, room.count >= n else { return false }
        let most = n / 8
        var slotCount = 16
        while slotCount < 2 * most { slotCount *= 2 }
        // The distinct keys: a node that has each, and its length and first two words (a
        // key of up to 16 bytes is compared by them alone).
        var firsts: [Int32] = [], words: [(length: Int, w0: UInt64, w1: UInt64)] = []
        firsts.reserveCapacity(min(most, 1024))
        words.reserveCapacity(min(most, 1024))
        let done: Bool = UnsafeMutableRawBufferPointer(room).withMemoryRebound(to: Int32.self) { ints in
            // ints: [0, n) each entry's key number; [n, 2n) the sorted entries; then the table.
            let keyOf = UnsafeMutableBufferPointer(rebasing: ints[0..<n])
            let sorted = UnsafeMutableBufferPointer(rebasing: ints[n..<2 * n])
            let slots = UnsafeMutableBufferPointer(rebasing: ints[2 * n..<2 * n + slotCount])
            slots.initialize(repeating: -1)
            let mask = slotCount - 1
            var previous: Int32 = -1
            for (j, e) in entries.enumerated() {
                guard e > previous else { return false }    // not in node order: the usual sort
                previous = e
                let (bytes, lowercase) = keys.key(Int(e))
                let length = bytes.count
                var w0: UInt64 = 0, w1: UInt64 = 0, hash = UInt64(truncatingIfNeeded: length) &* 0x9E37_79B9_7F4A_7C15
                if let base = bytes.baseAddress {
                    var at = 0
                    while at < length {
                        var w = ByteWords.word(base + at, min(8, length - at))
                        if lowercase { w = ByteWords.lowered(w) }
                        if at == 0 { w0 = w } else if at == 8 { w1 = w }
                        hash = (hash ^ w) &* 0xFF51_AFD7_ED55_8CCD
                        hash ^= hash >> 29
                        at += 8
                    }
                }
                var s = Int(truncatingIfNeeded: hash >> 32) & mask
                var found: Int32 = -1
                while slots[s] >= 0 {
                    let d = Int(slots[s])
                    let known = words[d]
                    if known.length == length && known.w0 == w0 && known.w1 == w1
                        && (length <= 16 || keys.compare(Int(firsts[d]), Int(e)) == 0) {
                        found = Int32(d)
                        break
                    }
                    s = (s + 1) & mask
                }
                if found < 0 {
                    guard firsts.count < most else { return false }
                    found = Int32(firsts.count)
                    slots[s] = found
                    firsts.append(e)
                    words.append((length, w0, w1))
                }
                keyOf[j] = found
            }
            // The distinct keys in order (their nodes are distinct, so the usual sort is exact),
            // then each key's rank, and where its entries start.
            var order = firsts
            var orderRoom = [IDIndexes.Place](repeating: IDIndexes.Place(prefix: 0, rest: 0), count: order.count)
            orderRoom.withUnsafeMutableBufferPointer { IDIndexes.sortEvery(&order, keys, room: $0) }
            orderRoom = []
            var start = [Int32](repeating: 0, count: firsts.count)
            // Counts per key, by the key's number; then each key's start, in rank order.
            for j in 0..<n { start[Int(keyOf[j])] += 1 }
            var next: Int32 = 0
            for node in order {
                // A key's first node names it: its number is its place among the firsts.
                let d = Int(keyNumber(of: node, firsts: firsts))
                let count = start[d]
                start[d] = next
                next += count
            }
            for j in 0..<n {
                let d = Int(keyOf[j])
                sorted[Int(start[d])] = entries[j]
                start[d] += 1
            }
            for j in 0..<n { entries[j] = sorted[j] }
            return true
        }
        return done
    }

    /// The number of the distinct key whose first node is `node` (`firsts` is in node order,
    /// as the nodes were met in node order).
    private static func keyNumber(of node: Int32, firsts: [Int32]) -> Int32 {
        var low = 0, high = firsts.count
        while low < high {
            let mid = (low + high) / 2
            if firsts[mid] < node { low = mid + 1 } else { high = mid }
        }
        return Int32(low)
    }
}

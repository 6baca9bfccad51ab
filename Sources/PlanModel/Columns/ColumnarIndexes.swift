extension GraphEdges {
    /// Adds the edges' lists to `columns`, whose node columns are filled. Consumes the edges,
    /// so that the loader's lists of them are let go before the indexes are built.
    consuming func add(to c: inout Columns) {
        let n = c.kind.count
        func lists<S: Sequence>(_ pairs: S) -> SparseLists<Int32> where S.Element == (Int32, Int32) {
            SparseLists(dense: FlatLists(count: n, pairs: pairs))
        }
        c.rolesBySubject = lists(c.roleSubject.enumerated().lazy.map { ($1, Int32($0)) })
        // Edges added subject by subject list themselves in order: their numbers are not stored.
        if zip(c.roleSubject, c.roleSubject.dropFirst()).allSatisfy({ $0 <= $1 }) { c.rolesBySubject.entries = [] }
        c.themes = lists(contributions.lazy.map { ($0.subject.index, $0.theme.index) })
        // The edges by actor and the contributors by theme are made when first read (`InverseLists`).
        c.linksFrom = lists(links.lazy.map { ($0.from.index, $0.to.index) })
        c.linksTo = lists(links.lazy.map { ($0.to.index, $0.from.index) })
        // Dictionary order differs from run to run; groups are listed in node order.
        let groupOrder = members.keys.sorted()
        c.members = lists(groupOrder.lazy.flatMap { g in members[g]!.lazy.map { (g.index, $0.index) } })
        c.groups = lists(groupOrder.lazy.flatMap { g in members[g]!.lazy.map { ($0.index, g.index) } })
    }
}

/// The indexes of a graph whose node and edge columns are filled.
enum GraphIndexes {
    /// `idIndexes`: the id indexes, being sorted on another thread; waited for before the
    /// actor names, which write into the text it reads, and before the per-kind lists: made
    /// while its sort room (16 bytes a node) was still held, they raised a 10^5 load's peak
    /// from ≈ 965 to ≈ 1,010 bytes an activity, for no time gained (measured side by side).
    /// The hierarchy is built meanwhile.
    static func add(to c: inout Columns, text: inout TextWriter, idIndexes: IDIndexes) {
        FreedMemory.release(nodes: c.kind.count)
        hierarchy(&c)
        idIndexes.wait(into: &c)
        FreedMemory.release(nodes: c.kind.count)
        perKind(&c)
        FreedMemory.release(nodes: c.kind.count)
        actorNames(&c, text: &text)
    }

    /// The node above each node (its parent, else its plan), its children, and the preorder
    /// numbering that makes subtree tests two compares.
    private static func hierarchy(_ c: inout Columns) {
        let n = c.kind.count
        var roots: [Int32] = []
        var up = [Int32](repeating: -1, count: n)
        for i in 0..<n {
            let p = Hierarchy.up(parent: c.parent[i], kindCode: c.kind[i], plan: c.plan[i])
            if p >= 0 { up[i] = p } else { roots.append(Int32(i)) }
        }
        let children = FlatLists(count: n, pairs: (0..<n).lazy.compactMap { up[$0] >= 0 ? (up[$0], Int32($0)) : nil })
        up = []
        // Iterative (no recursion: a deep hierarchy cannot overflow the stack).
        var pre = [Int32](repeating: -1, count: n), end = [Int32](repeating: -1, count: n)
        var order: [Int32] = []
        order.reserveCapacity(n)
        var stack: [(node: Int32, next: Int32)] = []
        let offsets = children.offsets, entries = children.entries
        for root in roots {
            stack.append((root, offsets[Int(root)]))
            pre[Int(root)] = Int32(order.count)
            order.append(root)
            while let (node, next) = stack.last {
                if next < offsets[Int(node) + 1] {
                    stack[stack.count - 1].next += 1
                    let child = entries[Int(next)]
                    guard pre[Int(child)] < 0 else { continue }   // cycles are rejected by the loader
                    pre[Int(child)] = Int32(order.count)
                    order.append(child)
                    stack.append((child, offsets[Int(child)]))
                } else {
                    end[Int(node)] = Int32(order.count)
                    stack.removeLast()
                }
            }
        }
        (c.preorder, c.subtreeEnd, c.preorderNodes) = (pre, end, order)
        c.children = SparseLists(dense: children)
    }

    /// Per kind: its nodes in load order, its dated nodes by start, its period ends and its
    /// preorder numbers, sorted. Each is written once into its flat array (a counting sort by
    /// kind) and each kind's part sorted where it lies: no per-kind copies.
    private static func perKind(_ c: inout Columns) {
        let kinds = NodeKind.allCases.count, n = c.kind.count
        let kind = c.kind, starts = c.days.start, ends = c.days.end, preorder = c.preorder
        c.byKind = FlatLists(count: kinds, pairs: (0..<n).lazy.map { (Int32(kind[$0]), Int32($0)) })
        c.byStart = FlatLists(keeping: c.byKind) { starts[Int($0)] != .min ? $0 : nil }
        c.ends = FlatLists(keeping: c.byKind) { ends[Int($0)] != .min ? ends[Int($0)] : nil }
        c.preorderByKind = FlatLists(keeping: c.byKind) { preorder[Int($0)] }
        for k in 0..<kinds {
            // Stable, as the sort by start always was: equal starts keep load order (the
            // entries come in node order).
            let from = Int(c.byStart.offsets[k]), to = Int(c.byStart.offsets[k + 1])
            if to - from > 1 {
                if !SmallRange.sortStably(&c.byStart.entries[from..<to], by: { starts[Int($0)] }) {
                    // Sorted as (start, node) packed in one number, compared without a closure.
                    var packed = c.byStart.entries[from..<to].map { UInt64(UInt32(bitPattern: starts[Int($0)]) ^ 0x8000_0000) << 32 | UInt64(UInt32($0)) }
                    packed.sort()
                    for (i, p) in packed.enumerated() { c.byStart.entries[from + i] = Int32(truncatingIfNeeded: p) }
                }
            }
            let endRange = Int(c.ends.offsets[k])..<Int(c.ends.offsets[k + 1])
            if !SmallRange.sort(&c.ends.entries[endRange]) { c.ends.entries[endRange].sort() }
            let preRange = Int(c.preorderByKind.offsets[k])..<Int(c.preorderByKind.offsets[k + 1])
            if !SmallRange.sortDistinct(&c.preorderByKind.entries[preRange]) { c.preorderByKind.entries[preRange].sort() }
        }
    }

    /// Every actor's id, name and aliases, folded and sorted, each naming the actor once.
    private static func actorNames(_ c: inout Columns, text: inout TextWriter) {
        var pairs: [(key: TextRef, actor: Int32)] = []
        func string(_ r: TextRef) -> String { String(decoding: text.bytes[Int(r.offset)..<Int(r.offset + r.length)], as: UTF8.self) }
        let aliases = c.fieldNames.firstIndex { string($0) == "aliases" }.map(UInt32.init)
        for a in c.byKind.entries[Int(c.byKind.offsets[Int(NodeKind.actor.code)])..<Int(c.byKind.offsets[Int(NodeKind.actor.code) + 1])] {
            var names = [string(c.ids[Int(a)]), string(c.titles[Int(a)])]
            for f in c.fields.entries[Int(c.fields.offsets[Int(a)])..<Int(c.fields.offsets[Int(a) + 1])]
            where f.name == aliases && f.tag == FieldRecord.Tag.list.rawValue {
                let first = Int(f.payload & 0xFFFF_FFFF), count = Int(f.payload >> 32)
                names += c.listItems[first..<first + count].map(string)
            }
            for (i, name) in names.enumerated() {
                pairs.append((text.addFolded(name), a))
                if i > 0 { c.actorNameList.append(text.add(name)) }    // names and aliases; ids are for files
            }
        }
        let bytes = text.bytes
        let order = KeyOrder.sort(Array(0..<Int32(pairs.count)), key: { pairs[Int($0)].key }, then: { pairs[Int($0)].actor }, text: bytes)
        for p in order {
            let (key, actor) = pairs[Int(p)]
            if let lastKey = c.actorNameKeys.last, c.actorNameNodes.last == actor, KeyOrder.compare(lastKey, key, bytes) == 0 { continue }
            c.actorNameKeys.append(key)
            c.actorNameNodes.append(actor)
        }
    }
}

/// Counting sorts for the per-kind indexes, whose keys (days, preorder numbers) span a range
/// not much wider than their count: two passes and no comparisons, where comparison sorts of a
/// graph's nodes took most of the index building's time. Each declines (returning false,
/// having changed nothing) when the range would need more room than the comparison sort it
/// replaces (a graph's peak memory is built from such temporaries).
enum SmallRange {
    /// The lowest and highest key; nil for fewer than two entries (nothing to sort).
    private static func bounds(_ entries: ArraySlice<Int32>, _ key: (Int32) -> Int32) -> (low: Int32, span: Int)? {
        guard entries.count > 1 else { return nil }
        var low = Int32.max, high = Int32.min
        for e in entries {
            let v = key(e)
            low = min(low, v)
            high = max(high, v)
        }
        return (low, Int(high) - Int(low) + 1)
    }

    /// Sorts `entries` by `key`, keeping the order of equal keys. Room: a count per value in
    /// the range and a copy of the entries, at most 8 bytes an entry.
    static func sortStably(_ entries: inout ArraySlice<Int32>, by key: (Int32) -> Int32) -> Bool {
        guard let (low, span) = bounds(entries, key) else { return true }
        guard span <= entries.count else { return false }
        var next = [Int32](repeating: 0, count: span + 1)
        for e in entries { next[Int(key(e) - low) + 1] += 1 }
        for i in 0..<span { next[i + 1] += next[i] }
        let original = Array(entries)
        let base = entries.startIndex
        for e in original {
            let slot = Int(key(e) - low)
            entries[base + Int(next[slot])] = e
            next[slot] += 1
        }
        return true
    }

    /// Sorts numbers where they lie. Room: a count per value in the range, at most 8 bytes an
    /// entry.
    static func sort(_ entries: inout ArraySlice<Int32>) -> Bool {
        guard let (low, span) = bounds(entries, { $0 }) else { return true }
        guard span <= 2 * entries.count else { return false }
        var counts = [Int32](repeating: 0, count: span)
        for e in entries { counts[Int(e - low)] += 1 }
        var i = entries.startIndex
        for (offset, n) in counts.enumerated() where n > 0 {
            for _ in 0..<n {
                entries[i] = low + Int32(offset)
                i += 1
            }
        }
        return true
    }

    /// Sorts numbers that are all different (preorder numbers) where they lie. Room: a bit per
    /// value in the range, at most 8 bytes an entry. Declines if two are the same.
    static func sortDistinct(_ entries: inout ArraySlice<Int32>) -> Bool {
        guard let (low, span) = bounds(entries, { $0 }) else { return true }
        guard span <= 64 * entries.count else { return false }
        var seen = [UInt64](repeating: 0, count: (span + 63) / 64)
        for e in entries {
            let v = Int(e - low), bit = UInt64(1) << UInt64(v & 63)
            if seen[v >> 6] & bit != 0 { return false }
            seen[v >> 6] |= bit
        }
        var i = entries.startIndex
        for (w, word) in seen.enumerated() {
            var bits = word
            while bits != 0 {
                entries[i] = low + Int32(w * 64 + bits.trailingZeroBitCount)
                i += 1
                bits &= bits - 1
            }
        }
        return true
    }
}

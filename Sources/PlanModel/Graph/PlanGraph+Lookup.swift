/// Finding nodes by id and name, by title, and by period: binary searches over the sorted
/// index arrays, with keys folded as `FoldedKey` folds them.
extension PlanGraph {
    /// A plan by its id (case-insensitive).
    public func plan(named id: String) -> NodeRef? {
        lookUp(FoldedKey.of(id)).flatMap { kind(of: $0) == .plan ? $0 : nil }
    }

    /// A node by plan-qualified id (`zzl.SD3`) or actor id (`elz-leuven`), case-insensitive.
    public func node(qualifiedID: String) -> NodeRef? { lookUp(FoldedKey.of(qualifiedID)) }

    /// The node whose folded qualified id is `key`: a plan or actor by id, or `plan.id` — split
    /// at each dot in turn, as ids may contain dots. Where several match (a plan `a.b` and the
    /// node `b` of plan `a`), the one loaded last, as one dictionary of every qualified id gave.
    func lookUp(_ key: String) -> NodeRef? {
        var found = range(of: key, in: columns.globalIDs).map { NodeRef(Int(columns.globalIDs[$0.lowerBound])) }
        var from = key.utf8.startIndex
        while let dot = key.utf8[from...].firstIndex(of: UInt8(ascii: ".")) {
            let planKey = String(key[..<dot]), bare = String(key[key.utf8.index(after: dot)...])
            for i in range(of: planKey, in: columns.plansByID) ?? 0..<0 {
                let plan = NodeRef(Int(columns.plansByID[i]))
                if let node = node(bare: bare, in: plan), found.map({ node > $0 }) ?? true { found = node }
            }
            from = key.utf8.index(after: dot)
        }
        return found
    }

    /// The node of `plan` with folded id `bare` (the last loaded, if there are several).
    func node(bare: String, in plan: NodeRef) -> NodeRef? {
        let sorted = columns.byBarePlan.isEmpty ? columns.byBareID : columns.byBarePlan
        guard let ids = range(of: bare, in: sorted) else { return nil }
        let upTo = PartitionSearch.count(ids.count) { columns.plan[Int(sorted[ids.lowerBound + $0])] <= plan.index }
        guard upTo > 0 else { return nil }
        let last = sorted[ids.lowerBound + upTo - 1]
        return columns.plan[Int(last)] == plan.index ? NodeRef(Int(last)) : nil
    }

    /// Every node, in any plan, whose own id is `id` (case-insensitive), in load order:
    /// `SD3` finds zzl's and elz's. Read in place: a million matches copy nothing.
    public func nodes(withID id: String) -> NodeList {
        let r = range(of: FoldedKey.of(id), in: columns.byBareID) ?? 0..<0
        return NodeList(IndexList(owner: owner, entries: columns.byBareID, range: r))
    }

    /// Whether the node's id, folded, is `key` (folded UTF-8): compares bytes in place.
    public func hasFoldedID(_ ref: NodeRef, _ key: [UInt8]) -> Bool {
        key.withUnsafeBufferPointer { hasFoldedID(ref, $0) }
    }

    public func hasFoldedID(_ ref: NodeRef, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        columns.idKeys.compare(key, Int(ref.index)) == 0
    }

    /// Whether the node's plan-qualified id, folded, is `key` (`zzl.sd3`); false for plans
    /// and actors, whose qualified id is their id.
    public func hasFoldedQualifiedID(_ ref: NodeRef, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let plan = columns.plan[Int(ref.index)]
        guard plan >= 0 else { return false }
        let keys = columns.idKeys
        let cut = keys.length(Int(plan))
        guard key.count == cut + 1 + keys.length(Int(ref.index)), key[cut] == UInt8(ascii: ".") else { return false }
        return keys.compare(UnsafeBufferPointer(rebasing: key[..<cut]), Int(plan)) == 0
            && keys.compare(UnsafeBufferPointer(rebasing: key[(cut + 1)...]), Int(ref.index)) == 0
    }

    /// The positions in `sorted` (nodes sorted by folded id) whose id is `key`; nil for none.
    func range(of key: String, in sorted: UnsafeBufferPointer<Int32>) -> Range<Int>? {
        let r = equalRange(of: key, count: sorted.count) { k, j in columns.idKeys.compare(k, Int(sorted[j])) }
        return r.isEmpty ? nil : r
    }

    /// The positions `0..<count`, sorted by a key `compare(key, position)` compares `key`
    /// (folded UTF-8) with, whose key is `key`: two binary searches.
    func equalRange(of key: String, count: Int, compare: (UnsafeBufferPointer<UInt8>, Int) -> Int) -> Range<Int> {
        var key = key
        return key.withUTF8 { k in
            let lo = PartitionSearch.count(count) { compare(k, $0) > 0 }
            let hi = lo + PartitionSearch.count(count - lo) { compare(k, lo + $0) == 0 }
            return lo..<hi
        }
    }

    /// `zzl.SD3` for plan nodes, the id for actors and plans.
    public func qualifiedID(_ ref: NodeRef) -> String {
        let i = Int(ref.index)
        let own = columns.bytes(columns.id[i])
        guard columns.plan[i] >= 0 else { return String(decoding: own, as: UTF8.self) }
        let plan = columns.bytes(columns.id[Int(columns.plan[i])])
        return String(unsafeUninitializedCapacity: plan.count + 1 + own.count) { out in
            var j = 0
            for byte in plan { out[j] = byte; j += 1 }
            out[j] = UInt8(ascii: ".")
            j += 1
            for byte in own { out[j] = byte; j += 1 }
            return j
        }
    }

    /// Every id and qualified id, for "did you mean" suggestions.
    public var allIDs: [String] { (0..<count).map { qualifiedID(NodeRef($0)) } }

    /// Actors whose id, name or alias folds to `name`'s key.
    public func actors(named name: String) -> [NodeRef] {
        let keys = columns.actorNameKeys
        return equalRange(of: FoldedKey.of(name), count: keys.count) { k, j in columns.compare(k, keys[j]) }.map { NodeRef(Int(columns.actorNameNodes[$0])) }
    }

    // MARK: Titles
    //
    // A folded title is the title lowercased where it is ASCII (byte for byte, so it is
    // compared in place); other titles are read from the folded titles, made on first use.

    /// The node's title as UTF-8, and whether it is ASCII.
    func titleBytes(_ ref: NodeRef) -> (bytes: UnsafeBufferPointer<UInt8>, ascii: Bool) {
        let t = columns.bytes(columns.title[Int(ref.index)])
        return (t, FoldedTitles.isASCII(t))
    }

    /// Calls `body` with the node's folded title (`FoldedTitles.withTitle`).
    func withFoldedTitle<R>(_ ref: NodeRef, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        withExtendedLifetime(self) { foldedTitles.withTitle(Int(ref.index), columns, body) }
    }

    /// The node's title folded (lowercase, no accents), for `~` searches.
    public func titleKey(_ ref: NodeRef) -> String {
        let (t, ascii) = titleBytes(ref)
        guard ascii else { return withFoldedTitle(ref) { String(decoding: $0, as: UTF8.self) } }
        return String(unsafeUninitializedCapacity: t.count) { out in
            for j in 0..<t.count { out[j] = FoldedTitles.lower(t[j]) }
            return t.count
        }
    }

    /// Whether the node's folded title is `key` (folded UTF-8), compared in place.
    public func hasFoldedTitle(_ ref: NodeRef, _ key: [UInt8]) -> Bool {
        withExtendedLifetime(self) {
            let (t, ascii) = titleBytes(ref)
            guard ascii else {
                return withFoldedTitle(ref) { folded in
                    folded.count == key.count && (key.isEmpty || memcmp(folded.baseAddress!, key, key.count) == 0)
                }
            }
            guard t.count == key.count else { return false }
            for j in 0..<key.count where FoldedTitles.lower(t[j]) != key[j] { return false }
            return true
        }
    }

    /// Whether the node's folded title contains `needle`, itself folded (UTF-8 bytes).
    public func titleContains(_ ref: NodeRef, _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        return withExtendedLifetime(self) {
            let (t, ascii) = titleBytes(ref)
            guard ascii else { return withFoldedTitle(ref) { contains($0, needle, ascii: false) } }
            return contains(t, needle, ascii: true)
        }
    }

    /// Whether `hay` — a folded title, or an ASCII title lowercased as it is read — contains
    /// `needle` (folded, not empty).
    private func contains(_ hay: UnsafeBufferPointer<UInt8>, _ needle: [UInt8], ascii: Bool) -> Bool {
        let first = needle[0]
        guard hay.count >= needle.count else { return false }
        return needle.withUnsafeBufferPointer { pin in
            var j = 0
            if ascii {
                // Lowercased as compared: the folded title, without making it. The first
                // byte of the needle (folded) matches itself or its capital.
                let capital = first &- 97 < 26 ? first &- 32 : first
                while j <= hay.count - pin.count {
                    let byte = hay[j]
                    if byte == first || byte == capital {
                        var k = 1
                        while k < pin.count && FoldedTitles.lower(hay[j + k]) == pin[k] { k += 1 }
                        if k == pin.count { return true }
                    }
                    j += 1
                }
                return false
            }
            let base = hay.baseAddress!
            while j <= hay.count - pin.count {
                if base[j] == first && memcmp(base + j + 1, pin.baseAddress! + 1, pin.count - 1) == 0 { return true }
                j += 1
            }
            return false
        }
    }

    /// Every folded title, one after another, with the offset where each node's begins:
    /// for searches that scan all titles at once. The first call folds them.
    public func withFoldedTitles<R>(_ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<Int32>) -> R) -> R {
        withExtendedLifetime(self) {
            let (bytes, offsets) = foldedTitles.get(columns)
            return body(bytes, offsets)
        }
    }

    // MARK: Periods

    /// The node's effective period as day ordinals, nil where it has none; read from a flat
    /// array, for tests over many nodes.
    public func periodDays(_ ref: NodeRef) -> (start: Int32, end: Int32)? {
        let s = columns.periodStart[Int(ref.index)]
        return s == .min ? nil : (s, columns.periodEnd[Int(ref.index)])
    }

    /// The node's first and last day as queries read them: the day its own `start` field
    /// names, else its period's first day (likewise `end`); `Int32.min` where there is none.
    public func firstDay(_ ref: NodeRef) -> Int32 { columns.firstDay(Int(ref.index)) }
    public func lastDay(_ ref: NodeRef) -> Int32 { columns.lastDay(Int(ref.index)) }

    /// How many nodes of `kind` have a period overlapping `first...last` (day ordinals): those
    /// starting by `last` less those ending before `first` (which start before it too).
    public func countOverlapping(_ kind: NodeKind, _ first: Int32, _ last: Int32) -> Int {
        let sorted = list(columns.byStartOffsets, columns.byStart, Int(kind.code))
        let ends = list(columns.endsOffsets, columns.ends, Int(kind.code))
        let starts = PartitionSearch.count(sorted.count) { columns.periodStart[Int(sorted[sorted.startIndex + $0])] <= last }
        let endedBefore = PartitionSearch.count(ends.count) { ends[ends.startIndex + $0] < first }
        return starts - endedBefore
    }

    /// Nodes of `kind` whose effective period overlaps `period`, using the start-sorted index.
    public func nodes(of kind: NodeKind, overlapping period: Period) -> [NodeRef] {
        datedPrefix(of: kind, startingBy: period.end).filter { columns.periodEnd[Int($0.index)] >= period.start.ordinal }
    }

    /// The dated nodes of `kind` that start on or before `day`, in order of start: everything
    /// after them starts too late to overlap a period ending on `day`.
    func datedPrefix(of kind: NodeKind, startingBy day: Day) -> NodeList {
        let sorted = list(columns.byStartOffsets, columns.byStart, Int(kind.code))
        let n = PartitionSearch.count(sorted.count) { columns.periodStart[Int(sorted[sorted.startIndex + $0])] <= day.ordinal }
        return NodeList(IndexList(owner: owner, entries: columns.byStart, range: sorted.startIndex..<sorted.startIndex + n))
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where each node's period comes from: the one walk both the builder (`periodFrom`) and the
/// loader's containment check use.
enum PeriodSources {
    /// For each of `count` nodes, the index of the node whose own period it has: itself when
    /// `hasOwn`, else its nearest ancestor's (`up`: its parent, …, then its plan; -1 above the
    /// top) that has one; -1 for none. Each node is walked past once, so a chain 100,000 goals
    /// deep takes linear time; a cycle (which the loader reports) ends the walk.
    ///
    /// Inlined where it is called, so that `hasOwn` and `up` are too, and written through a
    /// buffer (each index checked once): as a call with two closures over an array it was
    /// ≈ 200 instructions a node, twice per load (the builder's periods and the checks').
    @inline(__always)
    static func of(count: Int, hasOwn: (Int) -> Bool, up: (Int) -> Int) -> [Int32] {
        let unknown: Int32 = -2, walking: Int32 = -3
        var path: [Int] = []
        return [Int32](unsafeUninitializedCapacity: count) { source, initialized in
            for i in 0..<count { source[i] = hasOwn(i) ? Int32(i) : unknown }
            initialized = count
            for i in 0..<count where source[i] == unknown {
                path.removeAll(keepingCapacity: true)
                var found: Int32 = -1
                var current = i
                while current >= 0 {
                    precondition(current < count, "a node above the last")
                    if source[current] >= -1 { found = source[current]; break }
                    if source[current] == walking { break }       // a cycle: nothing to inherit
                    source[current] = walking
                    path.append(current)
                    current = up(current)
                }
                for p in path { source[p] = found }
            }
        }
    }
}

extension PlanGraph {
    /// For each node, the node whose own period it would have if the nodes `passedOver` had
    /// none: itself, else its nearest ancestor with one; -1 for none. (The loader checks
    /// periods as the source gives them, before a node with only a start or an end is given
    /// its own.)
    public func periodSources(passingOver passedOver: [NodeRef]) -> [Int32] {
        // Passing over nothing, this is the builder's walk (the same own periods, the same
        // `Hierarchy.up`), whose answer the graph keeps: `periodFrom`, or the node itself where
        // it has its own. Walked again it was ≈ 110 ms of a 10^6 load, on one core.
        guard !passedOver.isEmpty else {
            return (0..<count).map { i in
                columns.periodFrom[i] >= 0 ? columns.periodFrom[i] : columns.ownPeriod(i) != nil ? Int32(i) : -1
            }
        }
        return walkedPeriodSources(passingOver: passedOver)
    }

    /// `periodSources`, by walking up from every node.
    func walkedPeriodSources(passingOver passedOver: [NodeRef]) -> [Int32] {
        var own = (0..<count).map { columns.ownPeriod($0) != nil }
        for ref in passedOver { own[Int(ref.index)] = false }
        return PeriodSources.of(count: count, hasOwn: { own[$0] }, up: { hierarchyParent(of: NodeRef($0)).map { Int($0.index) } ?? -1 })
    }
}

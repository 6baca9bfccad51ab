import PlanModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `title ~ "…"` over every node at once: one pass over all folded titles (kept one after
/// another by the graph), jumping (`memchr`) from one occurrence of the needle's rarest byte
/// to the next — rarest in a sample of the titles — and comparing the needle around it.
struct TitleSearch {
    let graph: PlanGraph

    /// The nodes of `kind` whose folded title contains `needle` (folded too), in load order.
    func nodes(containing needle: [UInt8], kind: NodeKind) -> [NodeRef] {
        guard !needle.isEmpty else { return Array(graph.nodes(of: kind)) }
        var out: [NodeRef] = []
        graph.withFoldedTitles { hay, offsets in
            needle.withUnsafeBufferPointer { pin in
                guard let base = hay.baseAddress, hay.count >= pin.count else { return }
                var seen = [Int](repeating: 0, count: 256)
                for byte in hay.prefix(1 << 18) { seen[Int(byte)] += 1 }
                let k = pin.indices.min { seen[Int(pin[$0])] < seen[Int(pin[$1])] }!
                var pos = k
                var title = 0
                let last = hay.count - pin.count + k       // the last place the rare byte can match
                while pos <= last, let hit = memchr(base + pos, Int32(pin[k]), last - pos + 1) {
                    let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) - k
                    guard memcmp(base + at, pin.baseAddress!, pin.count) == 0 else { pos = at + k + 1; continue }
                    // The title the match starts in; it counts only if it ends there too.
                    title += PartitionSearch.count(offsets.count - 1 - title) { offsets[title + $0 + 1] <= at }
                    let end = Int(offsets[title + 1])
                    if at + pin.count <= end {
                        let ref = NodeRef(title)
                        if graph.kind(of: ref) == kind { out.append(ref) }
                        pos = end + k
                    } else {
                        pos = at + k + 1
                    }
                }
            }
        }
        return out
    }
}

import PlanModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `title ~ "…"` over every node at once: one pass over all folded titles (kept one after
/// another by the graph), jumping from one occurrence of the needle's first byte to the next.
struct TitleSearch {
    let graph: PlanGraph

    /// The nodes of `kind` whose folded title contains `needle` (folded too), in load order.
    func nodes(containing needle: [UInt8], kind: NodeKind) -> [NodeRef] {
        guard let first = needle.first else { return graph.nodes(of: kind) }
        let (bytes, offsets) = graph.foldedTitles
        var out: [NodeRef] = []
        bytes.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                guard let base = hay.baseAddress, hay.count >= pin.count else { return }
                var pos = 0
                var title = 0
                let last = hay.count - pin.count
                while pos <= last, let hit = memchr(base + pos, Int32(first), last - pos + 1) {
                    let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    guard memcmp(base + at + 1, pin.baseAddress! + 1, pin.count - 1) == 0 else { pos = at + 1; continue }
                    // The title the match starts in; it counts only if it ends there too.
                    title += PartitionSearch.count(offsets.count - 1 - title) { offsets[title + $0 + 1] <= at }
                    let end = Int(offsets[title + 1])
                    if at + pin.count <= end {
                        let ref = NodeRef(title)
                        if graph[ref].kind == kind { out.append(ref) }
                        pos = end
                    } else {
                        pos = at + 1
                    }
                }
            }
        }
        return out
    }
}

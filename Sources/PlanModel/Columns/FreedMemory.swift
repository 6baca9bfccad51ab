#if os(Linux)
/// glibc's `malloc_trim` (declared in malloc.h, which the Glibc module does not bring in).
@_silgen_name("malloc_trim") private func mallocTrim(_ pad: Int) -> Int32
#endif

/// Hands the pages the allocator holds free back to the system. Building a graph's indexes
/// makes and drops large temporary arrays one after another; glibc keeps such memory once
/// freed (its mmap threshold rises after the first large free), so each stage's temporaries
/// would add to the resident peak of the next instead of being reused or returned.
enum FreedMemory {
    /// `nodes`: the graph being built; a small one's temporaries are too small to matter.
    static func release(nodes: Int) {
        if SmallGraph.contains(nodes) { return }
        #if os(Linux)
        _ = mallocTrim(0)
        #endif
    }
}

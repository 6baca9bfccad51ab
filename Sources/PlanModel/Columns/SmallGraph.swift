/// A graph of fewer nodes than this is finished on the calling thread alone, and gives no
/// freed memory back to the system on the way: starting a thread to sort its id indexes
/// and trimming the heap cost more than the work they save (a plan file or two, a fuzz
/// execution). The graph is the same either way.
enum SmallGraph {
    /// Set by tests only, to build one graph both ways.
    nonisolated(unsafe) static var nodes = 1024

    static func contains(_ count: Int) -> Bool { count < nodes }
}

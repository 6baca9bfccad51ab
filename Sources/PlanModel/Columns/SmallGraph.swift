/// A graph of fewer nodes than this is finished on the calling thread alone, and gives no
/// freed memory back to the system on the way: starting a thread to sort its id indexes
/// and trimming the heap cost more than the work they save (a plan file or two, a fuzz
/// execution). The graph is the same either way.
enum SmallGraph {
    /// Changed by tests only, to build one graph both ways (`SmallGraph.$nodes.withValue`):
    /// a task-local value, read on the thread that finishes the graph, so a test that
    /// changes it changes no other test's load.
    @TaskLocal static var nodes = 1024

    static func contains(_ count: Int) -> Bool { count < nodes }
}

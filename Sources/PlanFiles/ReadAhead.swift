import Foundation

/// Does each file's own work (`FileLoad`) on `readers` threads while the loader takes the
/// results, in file order, and adds them to the graph (the files' work runs on both cores).
/// A reader takes the next file not yet started; a result waits in its file's slot until the
/// loader takes it, so the order the loader sees never depends on which thread finished
/// first. At most `window` files are started ahead of the loader, so memory stays bounded.
final class ReadAhead<Result>: @unchecked Sendable {
    /// Guards `slots`, `started` and `taken`; readers and the loader wait on it.
    private let condition = NSCondition()
    private var slots: [Result?]
    private var started = 0
    private var taken = 0
    private let window = 32

    /// Starts the work for files `0..<count`.
    init(count: Int, readers: Int, work: @escaping @Sendable (Int) -> Result) {
        slots = Array(repeating: nil, count: count)
        for _ in 0..<max(1, readers) {
            let thread = Thread { [self] in
                while let i = next(count) {
                    let result = work(i)
                    condition.lock()
                    slots[i] = result
                    condition.broadcast()
                    condition.unlock()
                }
            }
            thread.stackSize = 4 << 20
            thread.start()
        }
    }

    /// The next file for a reader to start, once it is within the window; nil when every
    /// file is started.
    private func next(_ count: Int) -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while started < count && started >= taken + window { condition.wait() }
        guard started < count else { return nil }
        started += 1
        return started - 1
    }

    /// The `i`th file's result, once done; results are taken in order, each once.
    func take(_ i: Int) -> Result {
        condition.lock()
        defer { condition.unlock() }
        while slots[i] == nil { condition.wait() }
        let result = slots[i].take()!
        taken = i + 1
        condition.broadcast()
        return result
    }
}

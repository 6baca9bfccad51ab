import Foundation

/// Does each file's own work (`FileLoad`) on `readers` threads while the loader takes the
/// results, in file order, and adds them to the graph (the files' work runs on both cores).
/// Files go to readers in runs of `run` files: reader `k` does runs `k`, `k + readers`, … in
/// turn, and hands each run over at once (a thread woken for every file would wait for its
/// wake-up thousands of times). A result waits in its file's slot until the loader takes it,
/// so the order the loader sees never depends on which thread finished first. At most
/// `window` files are started ahead of the loader, so memory stays bounded. A result the loader is done with goes back to the reader that made it, which
/// frees it: memory is best freed by the thread that allocated it and last wrote it.
final class ReadAhead<Result>: @unchecked Sendable {
    /// Guards `slots`, `taken` and `spent`; readers and the loader wait on it.
    private let condition = NSCondition()
    private var slots: [Result?]
    private var taken = 0
    private let window = 64
    private let run = 8
    private let readers: Int
    /// Per reader, results the loader is done with.
    private var spent: [[Result]]

    /// Starts the work for files `0..<count`.
    init(count: Int, readers: Int, work: @escaping @Sendable (Int) -> Result) {
        slots = Array(repeating: nil, count: count)
        self.readers = max(1, readers)
        spent = Array(repeating: [], count: self.readers)
        for k in 0..<self.readers {
            let thread = Thread { [self] in
                for first in stride(from: k * run, to: count, by: self.readers * run) {
                    waitForRoom(first, reader: k)
                    let files = first..<min(first + run, count)
                    var results = files.map(work)
                    condition.lock()
                    for i in files.reversed() { slots[i] = results.removeLast() }
                    condition.broadcast()
                    condition.unlock()
                }
            }
            thread.stackSize = 4 << 20
            thread.start()
        }
    }

    /// Waits until the run from file `i` is within the window, and frees the reader's spent results.
    private func waitForRoom(_ i: Int, reader k: Int) {
        var garbage: [Result] = []
        condition.lock()
        while i + run > taken + window { condition.wait() }
        swap(&garbage, &spent[k])
        condition.unlock()
        garbage.removeAll()     // freed here, outside the lock
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

    /// Hands back the `i`th file's result, done with, to be freed by the reader that made it.
    func discard(_ i: Int, _ result: consuming Result) {
        condition.lock()
        spent[i / run % readers].append(result)
        condition.unlock()
    }
}

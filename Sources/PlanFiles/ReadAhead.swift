import Foundation

/// Does each file's own work (`FileLoad`) on `readers` threads while the loader takes the
/// results, in file order, and adds them to the graph (the files' work runs on every core).
/// Files are handed out in runs of `run` files, in order, to whichever thread asks first —
/// a reader, or the loader itself whenever the file it needs next is not done: it does the
/// next run the window allows rather than wait. So one reader and the loader keep two cores
/// busy, and no reader is time-sliced against the loader, whose merging is the one serial
/// part (measured at 10^5 on two cores: the files took 0.64–0.74 s so, 0.93–1.03 s with two
/// readers and a loader that waited). A result waits in its file's slot until the loader
/// takes it, so the order the loader sees never depends on which thread did the work or
/// finished first. At most `window` files are started ahead of the loader, so memory stays
/// bounded.
final class ReadAhead<Result>: @unchecked Sendable {
    /// Guards every property below; readers and the loader wait on it.
    private let condition = NSCondition()
    private var slots: [Result?]
    /// Files taken by the loader.
    private var taken = 0
    /// Runs handed out so far (run `r` is files `r * run ..< (r + 1) * run`).
    private var started = 0
    /// Which reader did each run; -1 for the loader.
    private var maker: [Int]
    /// Per reader, results the loader is done with: freed by the thread that made them
    /// (memory is freed best where it was allocated and last written).
    private var spent: [[Result]]
    private let count: Int
    private let window = 32
    private let run = 4
    private let work: @Sendable (Int) -> Result

    /// Starts the work for files `0..<count`.
    init(count: Int, readers: Int, work: @escaping @Sendable (Int) -> Result) {
        self.count = count
        self.work = work
        slots = Array(repeating: nil, count: count)
        maker = Array(repeating: -1, count: (count + run - 1) / run)
        spent = Array(repeating: [], count: max(1, readers))
        for k in 0..<max(1, readers) {
            let thread = Thread { [self] in
                while let r = claim(reader: k) { finish(r) }
            }
            thread.stackSize = 4 << 20
            thread.start()
        }
    }

    /// The next run for reader `k`, once within the window; nil when every run is handed
    /// out. Frees the reader's spent results on the way.
    private func claim(reader k: Int) -> Int? {
        var garbage: [Result] = []
        condition.lock()
        while started * run < count && (started + 1) * run > taken + window { condition.wait() }
        swap(&garbage, &spent[k])
        let r = started * run < count ? started : nil
        if let r {
            started += 1
            maker[r] = k
        }
        condition.unlock()
        garbage.removeAll()     // freed here, outside the lock
        return r
    }

    /// Does run `r` and stores its results.
    private func finish(_ r: Int) {
        let files = r * run..<min((r + 1) * run, count)
        var results = files.map(work)
        condition.lock()
        for i in files.reversed() { slots[i] = results.removeLast() }
        condition.broadcast()
        condition.unlock()
    }

    /// The `i`th file's result; results are taken in order, each once. Until it is done, the
    /// loader does runs itself: the one with file `i` when no reader has started it, else
    /// the next one within the window; it waits only when every run it may start is started.
    func take(_ i: Int) -> Result {
        condition.lock()
        while slots[i] == nil {
            if started * run < count && (i / run >= started || (started + 1) * run <= i + window) {
                let r = started
                started += 1
                condition.unlock()
                finish(r)
                condition.lock()
            } else {
                condition.wait()
            }
        }
        let result = slots[i].take()!
        taken = i + 1
        condition.broadcast()
        condition.unlock()
        return result
    }

    /// Hands back the `i`th file's result, done with, to be freed by the reader that made
    /// it (here, when the loader made it).
    func discard(_ i: Int, _ result: consuming Result) {
        condition.lock()
        let k = maker[i / run]
        if k >= 0 {
            spent[k].append(result)
            condition.unlock()
        } else {
            condition.unlock()
            _ = consume result
        }
    }
}

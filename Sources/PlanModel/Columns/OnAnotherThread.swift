#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A piece of a graph's build done on a thread of its own while the loader's thread does
/// another: `start`, then `wait` for its result. A thread of its own, not a shared pool's,
/// so that waiting for it can never wait for a pool full of waiting loads. The result is the
/// work's, whatever the timing: the work reads only what it was given.
final class OnAnotherThread<Result>: @unchecked Sendable {
    private var work: (() -> Result)?
    private var result: Result?
    private var thread: PlainThread?

    init(_ work: @escaping () -> Result) { self.work = work }

    /// Starts the work on another thread; on this one when `onThread` is false (a small graph,
    /// where a thread costs more than it saves) or no thread can be started.
    func start(onThread: Bool = true) {
        guard onThread else { return run() }
        thread = PlainThread { [self] in run() }
        if thread?.started != true { thread = nil; run() }
    }

    private func run() {
        result = work?()
        work = nil      // lets go of what it read
    }

    /// The work's result, once done (done here if it was never started).
    func wait() -> Result {
        thread?.join()
        thread = nil
        if result == nil { run() }
        return result!
    }
}

/// A POSIX thread running one closure (a C entry point cannot name a generic type).
final class PlainThread: @unchecked Sendable {
    private let body: () -> Void
    #if os(Linux)
    private var thread = pthread_t()
    #else
    private var thread: pthread_t?
    #endif
    private(set) var started = false

    init(_ body: @escaping () -> Void) {
        self.body = body
        let me = Unmanaged.passRetained(self).toOpaque()
        started = pthread_create(&thread, nil, { context in
            #if os(Linux)
            let runner = Unmanaged<PlainThread>.fromOpaque(context!).takeRetainedValue()
            #else
            let runner = Unmanaged<PlainThread>.fromOpaque(context).takeRetainedValue()
            #endif
            runner.body()
            return nil
        }, me) == 0
        if !started { Unmanaged<PlainThread>.fromOpaque(me).release() }
    }

    func join() {
        guard started else { return }
        #if os(Linux)
        pthread_join(thread, nil)
        #else
        if let thread { pthread_join(thread, nil) }
        #endif
        started = false
    }
}

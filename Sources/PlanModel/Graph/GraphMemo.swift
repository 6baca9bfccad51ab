#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Answers a later stage derives from a graph alone and is asked again and again — the field
/// catalog `.fields` shows, which looks through every node of a kind for an example of each
/// field — made the first time they are asked and kept with the graph. A graph never changes,
/// so a kept answer never goes stale; a new graph (a `.open`) starts with none.
public final class GraphMemo: @unchecked Sendable {
    private let lock: UnsafeMutablePointer<pthread_mutex_t>
    private var values: [String: Any] = [:]

    init() {
        lock = .allocate(capacity: 1)
        pthread_mutex_init(lock, nil)
    }

    deinit {
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }

    /// The answer kept under `key`, or the one `make` gives, kept. `make` runs outside the
    /// lock (it may ask for another answer); when two threads make one at once, the first kept
    /// is the one both get.
    public func value<Value>(_ key: String, make: () -> Value) -> Value {
        if let kept = withLock({ values[key] as? Value }) { return kept }
        let made = make()
        return withLock {
            if let kept = values[key] as? Value { return kept }
            values[key] = made
            return made
        }
    }

    private func withLock<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        return body()
    }
}

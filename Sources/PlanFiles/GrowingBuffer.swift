/// A growing array in memory of its own, for the fast reader's nodes and lists. An append is
/// a capacity check and a store: a Swift array's append asks whether its storage is shared
/// (a call) every time, ≈ 2.5 % of a load's instructions in the reader (callgrind). The
/// memory is handed to the document that keeps it (`take`) instead of copied. Not copyable,
/// so it has one owner, which frees it (`deinit`) whether the reader finishes or declines.
struct GrowingBuffer<Element: BitwiseCopyable>: ~Copyable {
    private var base: UnsafeMutablePointer<Element>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(16, capacity)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    var isEmpty: Bool { count == 0 }

    subscript(i: Int) -> Element {
        precondition(i >= 0 && i < count, "index out of range")
        return base[i]
    }

    @inline(__always) mutating func append(_ element: Element) {
        if count == capacity { grow(to: count + 1) }
        (base + count).initialize(to: element)
        count += 1
    }

    /// Appends `other[from...]` and removes it from `other`.
    mutating func moveTail(of other: inout GrowingBuffer<Element>, from: Int) {
        precondition(from >= 0 && from <= other.count, "index out of range")
        let n = other.count - from
        if count + n > capacity { grow(to: count + n) }
        (base + count).initialize(from: other.base + from, count: n)
        count += n
        other.count = from
    }

    /// The elements, in memory the caller now owns and frees; this buffer is left empty.
    mutating func take() -> UnsafeMutableBufferPointer<Element> {
        let taken = UnsafeMutableBufferPointer(start: base, count: count)
        capacity = 1
        base = .allocate(capacity: 1)
        count = 0
        return taken
    }

    @inline(never) private mutating func grow(to minimum: Int) {
        let larger = max(minimum, capacity * 2)
        let moved = UnsafeMutablePointer<Element>.allocate(capacity: larger)
        moved.initialize(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = larger
    }
}

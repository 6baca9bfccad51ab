/// Values in the order first given, each once (equal as `==` judges, as a set would). A node
/// has a handful of texts, actors or roles: each is compared with those kept rather than
/// hashed — hashing a `String` (in its normalised form) was most of `text`'s cost on the
/// query fuzz corpus, and a `Set` made for each node most of a grouping's (callgrind) — and a
/// set takes over past `linearUpTo`, so that a long list costs no more than it did.
struct FirstSeen<Element: Hashable> {
    static var linearUpTo: Int { 16 }
    private(set) var elements: [Element] = []
    private var seen: Set<Element>?

    init() {}
    init(_ first: Element) { elements = [first] }
    init<S: Sequence>(_ all: S) where S.Element == Element { for e in all { add(e) } }

    /// Adds `e` unless it is kept already; whether it was added.
    @discardableResult
    mutating func add(_ e: Element) -> Bool {
        if seen == nil {
            if elements.contains(e) { return false }
            elements.append(e)
            if elements.count > Self.linearUpTo { seen = Set(elements) }
            return true
        }
        guard seen!.insert(e).inserted else { return false }
        elements.append(e)
        return true
    }
}

extension Array where Element: Hashable {
    /// The elements, each once, in the order first given.
    func firstSeen() -> [Element] {
        count < 2 ? self : FirstSeen(self).elements
    }
}

extension Array where Element: Comparable {
    /// The elements sorted, each once.
    func sortedUnique() -> [Element] {
        var out: [Element] = []
        out.reserveCapacity(count)
        for e in sorted() where out.last != e { out.append(e) }
        return out
    }
}

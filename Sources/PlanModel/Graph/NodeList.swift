/// A run of a graph's flat index entries (role edge numbers, theme indices, …), read in place;
/// it keeps the graph's bytes alive while it is held.
public struct IndexList: RandomAccessCollection, @unchecked Sendable {
    /// What keeps the graph's columns alive (its blob or its column store).
    let owner: AnyObject
    let entries: UnsafeBufferPointer<Int32>
    let range: Range<Int>
    /// Entry `i` is `i` itself: a list of an index kept in the order it indexes (a graph's
    /// role edges are mostly added subject by subject), whose entries are not stored.
    var isIdentity = false

    public var startIndex: Int { range.lowerBound }
    public var endIndex: Int { range.upperBound }
    public subscript(i: Int) -> Int32 { isIdentity ? Int32(truncatingIfNeeded: i) : entries[i] }
}

/// Nodes of a graph listed in one of its flat arrays (a kind's nodes, a subtree in preorder),
/// read in place.
public struct NodeList: RandomAccessCollection, Sendable {
    let list: IndexList
    init(_ list: IndexList) { self.list = list }

    public var startIndex: Int { list.startIndex }
    public var endIndex: Int { list.endIndex }
    public subscript(i: Int) -> NodeRef { NodeRef(Int(list[i])) }
}

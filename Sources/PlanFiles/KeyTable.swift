#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PlanModel

/// The keys a mapping may have, each with its `Filler` type for a kind of node. A key is
/// found by comparing its bytes: no string is made and nothing hashed for the ten or so
/// keys of every item. A class whose look-ups copy nothing: the tables are shared by every
/// reader thread, and copying a key's bytes or name would count references to them from
/// both cores at once (a slow, contended write for each key of each item).
final class KeyTable: Sendable {
    let names: [String]
    let types: [Filler.FieldType]
    /// Every key's UTF-8, one after another: key `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private let bytes: [UInt8]
    private let starts: [Int]

    init(_ keys: [String], kind: NodeKind? = nil) {
        names = keys
        types = keys.map { key in kind.map { Filler.type(of: key, kind: $0) } ?? .skip }
        bytes = keys.flatMap(\.utf8)
        starts = keys.reduce(into: [0]) { starts, key in starts.append(starts.last! + key.utf8.count) }
    }

    /// The entry for a key node, by its text (any tag); nil for a key not in the table.
    func find(_ key: Int32, in document: PlanDocument) -> (name: String, type: Filler.FieldType)? {
        let node = document[key]
        guard node.kind == .scalar else { return nil }
        guard node.start >= 0 else {
            let text = document.decoded[Int(-1 - node.start)]
            return names.firstIndex(of: text).map { (names[$0], types[$0]) }
        }
        let count = Int(node.count)
        let found = document.bytes.withUnsafeBufferPointer { b in
            bytes.withUnsafeBufferPointer { k in
                starts.withUnsafeBufferPointer { s -> Int? in
                    for i in 0..<s.count - 1 where s[i + 1] - s[i] == count {
                        if memcmp(b.baseAddress! + Int(node.start), k.baseAddress! + s[i], count) == 0 { return i }
                    }
                    return nil
                }
            }
        }
        return found.map { (names[$0], types[$0]) }
    }
}

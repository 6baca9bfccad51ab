#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PlanModel

/// The keys a mapping may have, each with its `Filler` type for a kind of node. A key is
/// found by comparing its bytes: no string is made and nothing hashed for the ten or so
/// keys of every item.
struct KeyTable: Sendable {
    let entries: [(bytes: [UInt8], name: String, type: Filler.FieldType)]
    var names: [String] { entries.map(\.name) }

    init(_ keys: [String], kind: NodeKind? = nil) {
        entries = keys.map { key in (Array(key.utf8), key, kind.map { Filler.type(of: key, kind: $0) } ?? .skip) }
    }

    /// The entry for a key node, by its text (any tag); nil for a key not in the table.
    func find(_ key: Int32, in document: PlanDocument) -> (name: String, type: Filler.FieldType)? {
        let node = document[key]
        guard node.kind == .scalar else { return nil }
        guard node.start >= 0 else {
            let text = document.decoded[Int(-1 - node.start)]
            return entries.first { $0.name == text }.map { ($0.name, $0.type) }
        }
        return document.bytes.withUnsafeBufferPointer { b in
            for entry in entries where entry.bytes.count == Int(node.count) {
                let same = entry.bytes.withUnsafeBufferPointer { memcmp(b.baseAddress! + Int(node.start), $0.baseAddress!, $0.count) == 0 }
                if same { return (entry.name, entry.type) }
            }
            return nil
        }
    }
}

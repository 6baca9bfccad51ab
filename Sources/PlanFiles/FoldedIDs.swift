import PlanModel

/// Folded ids → nodes: the ids of a plan's nodes, for its references (`goal: OD1.1`,
/// `contributes: [T1]`). A reference is looked up by its scalar's bytes, folded as
/// `FoldedKey.of` folds, with no string made. A load resolves one or two references per
/// node: making a string, folding it into another and finding that in a `Dictionary` cost
/// about a thousand instructions a reference (callgrind), and a `Dictionary` alone, with
/// any key, over three hundred. An ASCII id of up to 32 bytes — almost every id — is held
/// as four words in a table of its own (`ShortKey`, hashed by a seeded mix of the words),
/// and so is any id whose folded text is one; any other id as its folded string.
struct FoldedIDs {
    /// Each slot holds an index into `entries` plus one (0: empty); a power of two of them,
    /// at most half in use.
    private var slots: [Int32] = Array(repeating: 0, count: 16)
    private var entries: [(key: ShortKey, ref: NodeRef)] = []
    private var long: [String: NodeRef] = [:]

    /// An ASCII id of up to 32 bytes, folded (its letters lowered) and zero-padded.
    struct ShortKey: Equatable {
        var w0: UInt64 = 0, w1: UInt64 = 0, w2: UInt64 = 0, w3: UInt64 = 0
        var length = 0

        init?(_ utf8: UnsafeBufferPointer<UInt8>) {
            let n = utf8.count
            guard n <= 32 else { return nil }
            length = n
            guard let p = utf8.baseAddress else { return }
            // Eight bytes at a time (`ByteWords.word`), each word lowered at once
            // (`ByteWords.lowered`): byte by byte this was ≈ 8 instructions a byte, for every
            // id and every reference.
            let a = ByteWords.word(p, min(n, 8))
            let b = n > 8 ? ByteWords.word(p + 8, min(n - 8, 8)) : 0
            let c = n > 16 ? ByteWords.word(p + 16, min(n - 16, 8)) : 0
            let d = n > 24 ? ByteWords.word(p + 24, n - 24) : 0
            guard (a | b | c | d) & 0x8080_8080_8080_8080 == 0 else { return nil }
            w0 = ByteWords.lowered(a)
            if n > 8 { w1 = ByteWords.lowered(b) }
            if n > 16 { (w2, w3) = (ByteWords.lowered(c), ByteWords.lowered(d)) }
        }

        /// A mix of the words and a seed drawn once per process, so that no file can be
        /// written whose ids all land in the same slots.
        var hash: Int {
            func mix(_ x: UInt64) -> UInt64 {
                var x = x
                x ^= x >> 33
                x = x &* 0xFF51_AFD7_ED55_8CCD
                x ^= x >> 33
                x = x &* 0xC4CE_B9FE_1A85_EC53
                return x ^ (x >> 33)
            }
            let s = FoldedIDs.seed
            var h = mix(w0 ^ s.0)
            if length > 8 { h = mix(h ^ w1 ^ s.1) }
            if length > 16 { h = mix(h ^ w2 ^ s.2) &+ mix(w3 ^ s.3) }
            return Int(truncatingIfNeeded: h ^ UInt64(length))
        }
    }

    static let seed = (UInt64.random(in: .min ... .max), UInt64.random(in: .min ... .max),
                       UInt64.random(in: .min ... .max), UInt64.random(in: .min ... .max))

    mutating func reserveCapacity(_ n: Int) {
        entries.reserveCapacity(n)
        var count = slots.count
        while count < 2 * n { count *= 2 }
        if count > slots.count { rehash(to: count) }
    }

    /// The node of an id written as `utf8` (not folded yet).
    func find(_ utf8: UnsafeBufferPointer<UInt8>) -> NodeRef? {
        switch Self.key(utf8) {
        case .short(let key):
            let e = slots[slot(of: key)]
            return e == 0 ? nil : entries[Int(e) - 1].ref
        case .long(let folded): return long[folded]
        }
    }

    func find(_ id: String) -> NodeRef? {
        var id = id
        return id.withUTF8 { find($0) }
    }

    /// Adds an id (not folded yet) for `ref`, unless it is there already.
    mutating func insert(_ id: String, _ ref: NodeRef) {
        var id = id
        switch id.withUTF8({ Self.key($0) }) {
        case .short(let key):
            if 2 * (entries.count + 1) > slots.count { rehash(to: 2 * slots.count) }
            let s = slot(of: key)
            guard slots[s] == 0 else { return }
            entries.append((key, ref))
            slots[s] = Int32(entries.count)
        case .long(let folded):
            if long[folded] == nil { long[folded] = ref }
        }
    }

    private enum Key {
        case short(ShortKey)
        case long(String)
    }

    /// Where an id is held: text that folds to a short ASCII id (`É1` → `e1`) with the ids
    /// written so.
    private static func key(_ utf8: UnsafeBufferPointer<UInt8>) -> Key {
        if let key = ShortKey(utf8) { return .short(key) }
        var folded = FoldedKey.of(String(decoding: utf8, as: UTF8.self))
        return folded.withUTF8 { ShortKey($0) }.map(Key.short) ?? .long(folded)
    }

    /// The slot holding `key`, or the empty one where it would go.
    private func slot(of key: ShortKey) -> Int {
        let mask = slots.count - 1
        var s = key.hash & mask
        while slots[s] != 0 && entries[Int(slots[s]) - 1].key != key { s = (s + 1) & mask }
        return s
    }

    private mutating func rehash(to count: Int) {
        slots = Array(repeating: 0, count: count)
        for i in entries.indices {
            var s = entries[i].key.hash & (count - 1)
            while slots[s] != 0 { s = (s + 1) & (count - 1) }
            slots[s] = Int32(i + 1)
        }
    }
}

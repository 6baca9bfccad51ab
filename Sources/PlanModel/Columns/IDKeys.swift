#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Nodes' ids as the keys they are found by (`FoldedKey`). An ASCII id's key is the id with
/// its capitals lowercased, byte for byte, so it is read from the id itself and lowercased as
/// it is compared; only the other ids keep a folded key of their own (`idKey`, for the nodes
/// `idKeyPresence` marks). Keys compare as `memcmp` compares the folded bytes.
struct IDKeys {
    let text: UnsafeBufferPointer<UInt8>
    let ids: UnsafeBufferPointer<TextRef>
    let presence: UnsafeBufferPointer<UInt64>
    let folded: UnsafeBufferPointer<TextRef>

    /// The key of node `i`: its bytes, and whether they are the id, to be lowercased as read.
    @inline(__always)
    func key(_ i: Int) -> (bytes: UnsafeBufferPointer<UInt8>, lowercase: Bool) {
        if let p = Presence.place(presence, i) { return (bytes(folded[p]), false) }
        return (bytes(ids[i]), true)
    }

    @inline(__always)
    func bytes(_ r: TextRef) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: text[Int(r.offset)..<Int(r.offset) + Int(r.length)])
    }

    /// The length of node `i`'s key in bytes.
    func length(_ i: Int) -> Int { key(i).bytes.count }

    /// How `key` (folded UTF-8) sorts against node `i`'s key: negative before, 0 equal.
    func compare(_ key: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let other = self.key(i)
        return IDKeys.compare(key, false, other.bytes, other.lowercase)
    }

    /// How node `a`'s key sorts against node `b`'s.
    func compare(_ a: Int, _ b: Int) -> Int {
        let x = key(a), y = key(b)
        return IDKeys.compare(x.bytes, x.lowercase, y.bytes, y.lowercase)
    }

    /// The first eight bytes of node `i`'s key as one number, the first byte highest.
    func prefix(_ i: Int) -> UInt64 {
        let (k, lowercase) = key(i)
        var p: UInt64 = 0
        for j in 0..<min(8, k.count) { p |= UInt64(lowercase ? FoldedKey.lower(k[j]) : k[j]) << (56 - 8 * UInt64(j)) }
        return p
    }

    static func compare(_ a: UnsafeBufferPointer<UInt8>, _ lowerA: Bool, _ b: UnsafeBufferPointer<UInt8>, _ lowerB: Bool) -> Int {
        let n = min(a.count, b.count)
        if !lowerA && !lowerB {
            let c = n == 0 ? 0 : memcmp(a.baseAddress!, b.baseAddress!, n)
            return c != 0 ? Int(c) : a.count - b.count
        }
        for j in 0..<n {
            let x = lowerA ? FoldedKey.lower(a[j]) : a[j], y = lowerB ? FoldedKey.lower(b[j]) : b[j]
            if x != y { return x < y ? -1 : 1 }
        }
        return a.count - b.count
    }

    /// The keys of a graph being built, for `body`.
    static func with<R>(text: [UInt8], ids: [TextRef], presence: [UInt64], folded: [TextRef], _ body: (IDKeys) -> R) -> R {
        text.withUnsafeBufferPointer { t in
            ids.withUnsafeBufferPointer { i in
                presence.withUnsafeBufferPointer { p in
                    folded.withUnsafeBufferPointer { f in body(IDKeys(text: t, ids: i, presence: p, folded: f)) }
                }
            }
        }
    }
}

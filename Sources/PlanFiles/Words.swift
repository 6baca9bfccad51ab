/// Bytes read as 64-bit words, for the look-ups that compare short texts a word at a time
/// (`KeyTable`, `FoldedIDs`).
enum Words {
    /// The `n` (0...8) bytes at `p` as a little-endian word, zero-padded, reading no byte
    /// past them: a short run is read as two overlapping loads, from its start and to its end.
    /// (A copy of a variable length was a call to `memcpy`, ≈ 40 instructions, for every key
    /// of every item; byte by byte, ≈ 8 a byte.)
    @inline(__always) static func word(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
        let raw = UnsafeRawPointer(p)
        switch n {
        case 8...: return UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        case 4...7:
            let low = UInt64(UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self)))
            let high = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)))
            return low | high << (8 * (n - 4))
        case 2...3:
            let low = UInt64(UInt16(littleEndian: raw.loadUnaligned(as: UInt16.self)))
            let high = UInt64(UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: n - 2, as: UInt16.self)))
            return low | high << (8 * (n - 2))
        case 1: return UInt64(p[0])
        default: return 0
        }
    }

    /// The first eight bytes of `text` as a word, zero-padded.
    @inline(__always) static func first(_ text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = text.baseAddress else { return 0 }
        return word(base, min(text.count, 8))
    }
}

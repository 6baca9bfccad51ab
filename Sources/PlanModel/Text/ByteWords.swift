/// Bytes read as 64-bit words, for the look-ups and sorts that compare short texts a word
/// at a time (the loader's key tables and id tables, the id indexes' sort).
public enum ByteWords {
    /// The `n` (0...8) bytes at `p` as a little-endian word, zero-padded, reading no byte
    /// past them: a short run is read as two overlapping loads, from its start and to its end.
    /// (A copy of a variable length was a call to `memcpy`, ≈ 40 instructions, for every key
    /// of every item; byte by byte, ≈ 8 a byte.)
    @inlinable @inline(__always)
    public static func word(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
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
    @inlinable @inline(__always)
    public static func first(_ text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = text.baseAddress else { return 0 }
        return word(base, min(text.count, 8))
    }

    /// A word with its ASCII capitals lowered, as `FoldedKey.lower` lowers each byte: a byte's
    /// high bit, after adding 0x80 - 0x41 and 0x80 - 0x5B to its low seven bits, differs
    /// exactly when it is from 0x41 ('A') to 0x5A ('Z'), and adding 0x20 to those is or-ing it
    /// in; a byte from 0x80 up is left as it is.
    @inlinable @inline(__always)
    public static func lowered(_ w: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let low7 = w & ~highs
        let capital = ((low7 &+ ones &* (0x80 - 0x41)) ^ (low7 &+ ones &* (0x80 - 0x5B))) & ~w & highs
        return w | (capital >> 2)
    }
}

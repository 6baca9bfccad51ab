/// Scans of UTF-8 text eight bytes at a time: a word is read at once and its bytes are tested
/// together ("SWAR"), so finding the few bytes that matter (a non-ASCII byte, a control, a
/// quote) costs one test a word instead of one a byte. Texts are mostly plain, so most words
/// pass at once. (Tested byte by byte, such loops were the dearest part of the query fuzz
/// target's inputs: in a fuzzing build every comparison also calls a coverage hook.)
///
/// A word test returns the word with the high bit set in each byte it flags. The tests below
/// flag exactly the lowest matching byte (a higher byte may be flagged wrongly, by a borrow
/// from a match below it), which is all `first` reads.
package enum ByteScan {
    @usableFromInline static let ones: UInt64 = 0x0101_0101_0101_0101
    @usableFromInline static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The index of the first byte at or after `start` that `flags` flags, or `bytes.count`.
    /// The last bytes, fewer than eight, are tested in a word filled out with `padding`, a
    /// byte the test must not flag.
    @inlinable
    package static func first(in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0, padding: UInt8 = 0x30,
                              _ flags: (UInt64) -> UInt64) -> Int {
        guard let base = bytes.baseAddress else { return bytes.count }
        let count = bytes.count
        var index = start
        while index + 8 <= count {
            let found = flags(UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)))
            if found != 0 { return index + found.trailingZeroBitCount / 8 }
            index += 8
        }
        guard index < count else { return count }
        var word = UInt64(padding) &* ones
        withUnsafeMutableBytes(of: &word) { $0.baseAddress!.copyMemory(from: base + index, byteCount: count - index) }
        let found = flags(UInt64(littleEndian: word))
        return found == 0 ? count : min(count, index + found.trailingZeroBitCount / 8)
    }

    /// Bytes 0x80 and above: not ASCII.
    @inlinable
    package static func nonASCII(_ word: UInt64) -> UInt64 { word & highs }

    /// Bytes equal to `byte`.
    @inlinable
    package static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let zeroed = word ^ (UInt64(byte) &* ones)
        return (zeroed &- ones) & ~zeroed & highs
    }

    /// Bytes below `limit` (at most 0x80).
    @inlinable
    package static func below(_ word: UInt64, _ limit: UInt8) -> UInt64 {
        (word &- UInt64(limit) &* ones) & ~word & highs
    }

    /// The ASCII capitals A–Z of a word of ASCII bytes (every byte below 0x80: adding to one
    /// then carries into no other, and this test flags exactly the capitals).
    @inlinable
    package static func asciiCapitals(_ word: UInt64) -> UInt64 {
        let fromA = word &+ (0x80 - 0x41) &* ones      // high bit set from 'A' on
        let pastZ = word &+ (0x80 - 0x5B) &* ones      // high bit set after 'Z'
        return fromA & ~pastZ & highs
    }

    /// Whether any byte is not ASCII.
    @inlinable
    package static func hasNonASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        first(in: bytes, nonASCII) < bytes.count
    }

    /// Lowers the ASCII capitals of `bytes` in place (other bytes are kept).
    @inlinable
    package static func lowerASCIICapitals(_ bytes: UnsafeMutableBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        var index = 0
        while index + 8 <= bytes.count {
            let raw = UnsafeMutableRawPointer(base + index)
            let word = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
            if word & highs == 0 {
                // A capital and its small letter differ in 0x20 alone: the flag moved there.
                raw.storeBytes(of: (word | asciiCapitals(word) >> 2).littleEndian, as: UInt64.self)
            } else {
                for k in index..<index + 8 where bytes[k] &- 65 < 26 { bytes[k] += 32 }
            }
            index += 8
        }
        for k in index..<bytes.count where bytes[k] &- 65 < 26 { bytes[k] += 32 }
    }
}

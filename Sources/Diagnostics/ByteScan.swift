/// Scans of UTF-8 text eight bytes at a time: a word is read at once and its bytes are tested
/// together ("SWAR"), so finding the few bytes that matter (a non-ASCII byte, a control, a
/// quote) costs one test a word instead of one a byte. Texts are mostly plain, so most words
/// pass at once. (Tested byte by byte, such loops were the dearest part of the query fuzz
/// target's inputs: in a fuzzing build every comparison also calls a coverage hook.)
///
/// The bytes looked for are a `BytePattern`, a value (not a closure: the scan is called from
/// other modules, and a closure would be called for every word).
package enum ByteScan {
    /// The index of the first byte at or after `start` that `pattern` matches, or `bytes.count`.
    package static func first(in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0, _ pattern: BytePattern) -> Int {
        guard let base = bytes.baseAddress else { return bytes.count }
        let count = bytes.count
        var index = start
        while index + 8 <= count {
            let found = pattern.flags(UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)))
            if found != 0 { return index + found.trailingZeroBitCount / 8 }
            index += 8
        }
        guard index < count else { return count }
        // The last bytes, fewer than eight, in a word filled out with bytes no pattern matches.
        var word = BytePattern.padding
        withUnsafeMutableBytes(of: &word) { $0.baseAddress!.copyMemory(from: base + index, byteCount: count - index) }
        let found = pattern.flags(UInt64(littleEndian: word))
        return found == 0 ? count : min(count, index + found.trailingZeroBitCount / 8)
    }

    /// Whether any byte is not ASCII.
    package static func hasNonASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        first(in: bytes, BytePattern.nonASCIIBytes) < bytes.count
    }

    /// Whether any byte is an ASCII capital, A–Z.
    package static func hasASCIICapital(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var index = 0
        while index + 8 <= bytes.count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            if word & BytePattern.highs == 0 ? BytePattern.asciiCapitals(word) != 0 : bytes[index..<index + 8].contains(where: isCapital) {
                return true
            }
            index += 8
        }
        return bytes[index...].contains(where: isCapital)
    }

    /// Lowers the ASCII capitals of `bytes` in place (other bytes are kept).
    package static func lowerASCIICapitals(_ bytes: UnsafeMutableBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        var index = 0
        while index + 8 <= bytes.count {
            let raw = UnsafeMutableRawPointer(base + index)
            let word = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
            if word & BytePattern.highs == 0 {
                // A capital and its small letter differ in 0x20 alone: the flag moved there.
                raw.storeBytes(of: (word | BytePattern.asciiCapitals(word) >> 2).littleEndian, as: UInt64.self)
            } else {
                for k in index..<index + 8 where isCapital(bytes[k]) { bytes[k] += 32 }
            }
            index += 8
        }
        for k in index..<bytes.count where isCapital(bytes[k]) { bytes[k] += 32 }
    }

    @inline(__always)
    static func isCapital(_ byte: UInt8) -> Bool { byte &- 65 < 26 }
}

/// The bytes a `ByteScan` looks for: up to four given bytes, the bytes below a limit (at most
/// 0x80), and the bytes that are not ASCII (0x80 and above).
package struct BytePattern {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080
    /// What a shown line's controls start with (`replacingTabs`): below 0x20, DEL, C2.
    static let mayNeedReplacing = BytePattern(0x7F, 0xC2, below: 0x20)
    /// Bytes other than ASCII.
    package static let nonASCIIBytes = BytePattern(nonASCII: true)
    /// '0', which no pattern here looks for: fills out a last short word.
    static let padding: UInt64 = 0x3030_3030_3030_3030

    let equal: (UInt64, UInt64, UInt64, UInt64)
    /// All ones when a byte is given, else zero (the four tests then flag nothing).
    let anyEqual: UInt64
    let limit: UInt64
    let nonASCII: UInt64

    package init(_ a: UInt8? = nil, _ b: UInt8? = nil, _ c: UInt8? = nil, _ d: UInt8? = nil,
                 below limit: UInt8 = 0, nonASCII: Bool = false) {
        // An unused slot repeats the first byte: it finds nothing the first does not.
        let first = a ?? 0
        equal = (UInt64(first) &* Self.ones, UInt64(b ?? first) &* Self.ones, UInt64(c ?? first) &* Self.ones,
                 UInt64(d ?? first) &* Self.ones)
        anyEqual = a == nil ? 0 : ~0
        self.limit = UInt64(min(limit, 0x80)) &* Self.ones
        self.nonASCII = nonASCII ? Self.highs : 0
    }

    /// The word with the high bit set in each byte the pattern matches — exactly in the lowest
    /// such byte; a higher one may be flagged wrongly, by a borrow from a match below it, which
    /// `ByteScan.first` never reads.
    @inline(__always)
    func flags(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let z0 = word ^ equal.0, z1 = word ^ equal.1, z2 = word ^ equal.2, z3 = word ^ equal.3
        let equals = ((z0 &- ones) & ~z0 | (z1 &- ones) & ~z1 | (z2 &- ones) & ~z2 | (z3 &- ones) & ~z3) & anyEqual
        // A limit of zero: nothing is below it, and the subtraction borrows nothing.
        let below = (word &- limit) & ~word
        return (equals | below) & highs | word & nonASCII
    }

    /// The ASCII capitals A–Z of a word of ASCII bytes (every byte below 0x80: adding to one
    /// then carries into no other, and this flags exactly the capitals).
    @inline(__always)
    static func asciiCapitals(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let fromA = word &+ (0x80 - 0x41) &* ones      // high bit set from 'A' on
        let pastZ = word &+ (0x80 - 0x5B) &* ones      // high bit set after 'Z'
        return fromA & ~pastZ & highs
    }
}

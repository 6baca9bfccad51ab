import Diagnostics

/// `Folding.key`, quicker for the text that is almost all of a large plan set — ids, and
/// titles without accents — where folding only lowercases ASCII letters. Other text is
/// folded by `Folding.key` itself, so the result is always the same.
public enum FoldedKey {
    public static func of(_ text: String) -> String {
        var copy = text
        let shape = copy.withUTF8 { utf8 -> Int in       // 0 folded already, 1 ASCII with capitals, 2 other
            if ByteScan.hasNonASCII(utf8) { return 2 }
            return ByteScan.hasASCIICapital(utf8) ? 1 : 0
        }
        switch shape {
        case 0: return text
        case 1:
            return copy.withUTF8 { utf8 in
                String(unsafeUninitializedCapacity: utf8.count) { out in
                    _ = out.initialize(from: utf8)
                    ByteScan.lowerASCIICapitals(UnsafeMutableBufferPointer(rebasing: out[..<utf8.count]))
                    return utf8.count
                }
            }
        default: return Folding.key(text)
        }
    }

    /// Folds many texts one after another: a non-ASCII character is folded by `Folding.key`
    /// once, then remembered (folding works character by character, so this is exact).
    /// Read from the text's bytes: a scalar below U+0800 (Latin, Greek, Cyrillic, …) is found
    /// by its value in a table, any other in a dictionary. (Decoding a copy of the text and
    /// hashing every non-ASCII scalar was 25,000 instructions a text on the query fuzz corpus.)
    public struct Folder {
        var folded: [UInt32: [UInt8]] = [:]
        /// For U+0000–U+07FF: where a scalar's folded bytes are in `pool`, `offset << 8 | count`;
        /// -1 when not folded yet. Made at the first such scalar.
        var small: [Int32] = []
        var pool: [UInt8] = []

        public init() {}

        /// Appends the folded text's UTF-8 to `bytes`.
        public mutating func append(_ text: String, to bytes: inout [UInt8]) {
            var text = text
            text.withUTF8 { utf8 in
                let mark = bytes.count
                bytes.append(contentsOf: utf8)
                guard ByteScan.hasNonASCII(utf8) else {
                    bytes.withUnsafeMutableBufferPointer { ByteScan.lowerASCIICapitals(UnsafeMutableBufferPointer(rebasing: $0[mark...])) }
                    return
                }
                bytes.removeSubrange(mark...)
                appendScalars(utf8, to: &bytes)
            }
        }

        /// Appends the folds of UTF-8 bytes to `bytes`, scalar by scalar: ASCII lowercased, any
        /// other scalar as `Folding.key` folds it, remembered. The lead byte says how long a
        /// scalar is; a scalar cut short by the end, or a value that is no scalar (bytes that
        /// were not UTF-8), folds as U+FFFD. (The folded titles fold their bytes with this too.)
        public mutating func appendScalars(_ utf8: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
            var i = 0
            bytes.reserveCapacity(bytes.count + utf8.count)
            while i < utf8.count {
                let lead = utf8[i]
                if lead < 0x80 {
                    // A run of ASCII copied at once, then lowered in place (not appended byte by byte).
                    let end = ByteScan.first(in: utf8, from: i + 1, .nonASCIIBytes)
                    let start = bytes.count
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[i..<end]))
                    bytes.withUnsafeMutableBufferPointer { ByteScan.lowerASCIICapitals(UnsafeMutableBufferPointer(rebasing: $0[start...])) }
                    i = end
                    continue
                }
                let width = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                var value = UInt32(lead) & (0xFF >> (width + 1))
                for k in 1..<min(width, utf8.count - i) { value = value << 6 | UInt32(utf8[i + k] & 0x3F) }
                i += width
                if value < 0x800 {
                    appendSmall(value, to: &bytes)
                } else if let known = folded[value] {
                    bytes.append(contentsOf: known)
                } else {
                    let key = Self.fold(value)
                    folded[value] = key
                    bytes.append(contentsOf: key)
                }
            }
        }

        private mutating func appendSmall(_ value: UInt32, to bytes: inout [UInt8]) {
            if small.isEmpty { small = [Int32](repeating: -1, count: 0x800) }
            var entry = small[Int(value)]
            if entry < 0 {
                let key = Self.fold(value)
                entry = Int32(pool.count) << 8 | Int32(key.count)
                pool += key
                small[Int(value)] = entry
            }
            let offset = Int(entry >> 8), count = Int(entry & 0xFF)
            // Most fold to one letter (é → e): appended as a byte, not as a slice.
            if count == 1 { bytes.append(pool[offset]) } else { bytes.append(contentsOf: pool[offset..<offset + count]) }
        }

        /// One scalar folded as `Folding.key` folds it (a value that is no scalar as U+FFFD).
        static func fold(_ value: UInt32) -> [UInt8] {
            Array(Folding.key(Unicode.Scalar(value).map { String($0) } ?? "\u{FFFD}").utf8)
        }
    }

    /// An ASCII capital lowered, any other byte as it is: how ASCII text folds.
    @inlinable
    public static func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
}

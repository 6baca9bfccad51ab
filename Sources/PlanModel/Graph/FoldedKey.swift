/// `Folding.key`, quicker for the text that is almost all of a large plan set — ids, and
/// titles without accents — where folding only lowercases ASCII letters. Other text is
/// folded by `Folding.key` itself, so the result is always the same.
public enum FoldedKey {
    public static func of(_ text: String) -> String {
        var copy = text
        let shape = copy.withUTF8 { utf8 -> Int in       // 0 folded already, 1 ASCII with capitals, 2 other
            var upper = false
            for byte in utf8 {
                if byte >= 0x80 { return 2 }
                if byte &- 65 < 26 { upper = true }
            }
            return upper ? 1 : 0
        }
        switch shape {
        case 0: return text
        case 1:
            return copy.withUTF8 { utf8 in
                String(unsafeUninitializedCapacity: utf8.count) { out in
                    for i in 0..<utf8.count { out[i] = lower(utf8[i]) }
                    return utf8.count
                }
            }
        default: return Folding.key(text)
        }
    }

    /// Folds many texts one after another: a non-ASCII character is folded by `Folding.key`
    /// once, then remembered (folding works character by character, so this is exact).
    public struct Folder {
        var folded: [UInt32: [UInt8]] = [:]

        public init() {}

        /// Appends the folded text's UTF-8 to `bytes`.
        public mutating func append(_ text: String, to bytes: inout [UInt8]) {
            var text = text
            text.withUTF8 { utf8 in
                let mark = bytes.count
                bytes.append(contentsOf: utf8)
                guard utf8.contains(where: { $0 >= 0x80 }) else {
                    for i in mark..<bytes.count where bytes[i] &- 65 < 26 { bytes[i] += 32 }
                    return
                }
                bytes.removeSubrange(mark...)
                for scalar in String(decoding: utf8, as: UTF8.self).unicodeScalars {
                    if scalar.isASCII {
                        bytes.append(lower(UInt8(scalar.value)))
                    } else if let known = folded[scalar.value] {
                        bytes.append(contentsOf: known)
                    } else {
                        let key = Array(Folding.key(String(scalar)).utf8)
                        folded[scalar.value] = key
                        bytes.append(contentsOf: key)
                    }
                }
            }
        }
    }

    /// An ASCII capital lowered, any other byte as it is: how ASCII text folds.
    @inlinable
    public static func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
}

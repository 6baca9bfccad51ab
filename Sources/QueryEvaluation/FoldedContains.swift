import PlanModel

/// `haystack.contains(needle)` for two folded keys, as `String.contains` answers it (the
/// standard library's search by characters), without that general search when both are plain
/// ASCII: there every byte is a character of its own — save a carriage return, which joins a
/// following line feed into one character — so comparing bytes gives the same answer. A
/// `where … ~ "x"` test asks this for every node, and the character search was most of its cost.
enum FoldedContains {
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        var hay = haystack, pin = needle
        let plain = hay.withUTF8 { isPlainASCII($0) } && pin.withUTF8 { isPlainASCII($0) }
        guard plain else { return byCharacters(haystack, needle) }
        return Folding.containsKey(hay, pin)
    }

    /// `String.contains` as this module calls it: the standard library's (Foundation's, which a
    /// test target sees, answers differently, e.g. for an empty needle).
    static func byCharacters(_ haystack: String, _ needle: String) -> Bool {
        haystack.contains(needle)
    }

    static func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte >= 0x80 || byte == 0x0D { return false }
        return true
    }
}

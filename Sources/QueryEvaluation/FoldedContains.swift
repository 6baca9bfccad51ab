import Diagnostics
import PlanModel

/// `haystack.contains(needle)` for two folded keys, as `String.contains` answers it (the
/// standard library's search by characters), without that general search when each scalar
/// of both is a character of its own that equals no other: plain ASCII save a carriage
/// return (which joins a following line feed into one character), and the one-column scalars
/// of plan text (`oneColumnScalarLength`: Latin letters, typographic dashes and quotes,
/// currency signs, arrows — none joins a neighbour, none is canonically equal to another
/// scalar). There comparing bytes gives the same answer: a match of whole scalars is a match
/// of whole characters. A `where … ~ "x"` test asks this for every node, and the character
/// search was most of its cost.
enum FoldedContains {
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        var hay = haystack, pin = needle
        let bytewise = hay.withUTF8 { isOneCharacterAScalar($0) } && pin.withUTF8 { isOneCharacterAScalar($0) }
        guard bytewise else { return byCharacters(haystack, needle) }
        return Folding.containsKey(hay, pin)
    }

    /// `String.contains` as this module calls it: the standard library's (Foundation's, which a
    /// test target sees, answers differently, e.g. for an empty needle).
    static func byCharacters(_ haystack: String, _ needle: String) -> Bool {
        haystack.contains(needle)
    }

    static func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        ByteScan.first(in: bytes, notPlain) == bytes.count
    }

    /// Whether every scalar of `bytes` is ASCII other than a carriage return, or one-column.
    static func isOneCharacterAScalar(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = ByteScan.first(in: bytes, notPlain)
        while index < bytes.count {
            guard bytes[index] != 0x0D, let length = oneColumnScalarLength(bytes, at: index) else { return false }
            index = ByteScan.first(in: bytes, from: index + length, notPlain)
        }
        return true
    }

    /// The bytes that are not plain ASCII: non-ASCII, or a carriage return.
    static let notPlain = BytePattern(0x0D, nonASCII: true)
}

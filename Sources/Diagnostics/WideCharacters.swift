/// Whether a scalar is East Asian Wide or Fullwidth, other than the emoji (which
/// `Unicode.Scalar.Properties.isEmojiPresentation` already knows, from the standard
/// library's own Unicode tables).
func isEastAsianWide(_ value: UInt32) -> Bool {
    guard value >= 0x1100 else { return false }
    var low = 0
    var high = wideRanges.count - 1
    while low <= high {
        let middle = (low + high) / 2
        let range = wideRanges[middle]
        if value < range.first { high = middle - 1 } else if value > range.last { low = middle + 1 } else { return true }
    }
    return false
}

/// The non-emoji Wide and Fullwidth ranges of Unicode's EastAsianWidth.txt, sorted,
/// with neighbouring ranges merged across unassigned gaps (those draw 2 wide when assigned).
private let wideRanges: [(first: UInt32, last: UInt32)] = [
    (0x1100, 0x115F),    // Hangul Jamo leading consonants
    (0x2329, 0x232A),    // angle brackets
    (0x2E80, 0x2FFF),    // CJK radicals, Kangxi radicals, ideographic description
    (0x3000, 0x303E),    // CJK symbols and punctuation (combining marks in it are 0 by category)
    (0x3041, 0x33FF),    // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, enclosed CJK, …
    (0x3400, 0x4DBF),    // CJK extension A
    (0x4E00, 0xA4CF),    // CJK unified ideographs, Yi
    (0xA960, 0xA97F),    // Hangul Jamo extended A
    (0xAC00, 0xD7A3),    // Hangul syllables
    (0xF900, 0xFAFF),    // CJK compatibility ideographs
    (0xFE10, 0xFE19),    // vertical forms
    (0xFE30, 0xFE6F),    // CJK compatibility forms, small form variants
    (0xFF00, 0xFF60),    // fullwidth ASCII
    (0xFFE0, 0xFFE6),    // fullwidth signs
    (0x16FE0, 0x16FFF),  // ideographic symbols
    (0x17000, 0x18CFF),  // Tangut, Khitan
    (0x18D00, 0x18D7F),  // Tangut supplement
    (0x1AFF0, 0x1B2FF),  // Kana supplement and extensions, Nüshu
    (0x1F200, 0x1F2FF),  // enclosed ideographic supplement
    (0x20000, 0x2FFFD),  // CJK extensions B–F, compatibility supplement
    (0x30000, 0x3FFFD),  // CJK extensions G–H
]

/// How many terminal columns `s` takes when printed.
///
/// Counted per grapheme cluster (what a reader sees as one character), the way current
/// terminals draw them: a letter with any combining marks is 1 (`é` and `e\u{301}` alike),
/// an East Asian wide or fullwidth character 2, an emoji 2 — with skin tones, ZWJ
/// sequences and flags still 2. Control characters take no columns, and ANSI escape
/// sequences (colors, hyperlinks) are skipped, so styled text measures as its plain text.
/// Text from data should go through `escapeForTerminal` first, so that what is measured
/// is what is printed.
public func displayWidth(_ s: String) -> Int {
    if let count = oneColumnCount(s) { return count }
    var width = 0
    var escape = EscapeSequenceSkipper()
    for character in s where !escape.skips(character) {
        width += columns(of: character)
    }
    return width
}

/// The width of a string of one-column characters (`oneColumnScalarLength`), which is its
/// count of scalars; nil for any other string. Most plan text is like that, and needs no
/// grapheme breaking.
private func oneColumnCount(_ s: String) -> Int? {
    var s = s
    // Over the contiguous bytes (a table measures every cell, several times a row).
    return s.withUTF8 { bytes -> Int? in
        // Printable ASCII, eight bytes at a time: a word leaves this loop when any byte has its
        // high bit set, is below 0x20 or is 0x7F (the tests may say so of a byte that is not;
        // the loop below looks again).
        var start = 0
        if let base = bytes.baseAddress {
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            while start + 8 <= bytes.count {
                let w = UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self)
                let del = w ^ (ones &* 0x7F)
                if (w | ((w &- ones &* 0x20) & ~w) | ((del &- ones) & ~del)) & highs != 0 { break }
                start += 8
            }
        }
        var count = start, index = start
        while index < bytes.count {
            guard let length = oneColumnScalarLength(bytes, at: index) else { return nil }
            count += 1
            index += length
        }
        return count
    }
}

/// The length in bytes of the scalar at `index` of valid UTF-8 when it is a character of its
/// own and one column wide, whatever stands around it, as long as that is such scalars too;
/// nil for any other. They are printable ASCII, Latin below U+0300 (where the first combining
/// marks start) other than the C1 controls, and the typographic punctuation, currency signs and
/// arrows of plan text: U+2010–U+2027 (dashes, quotes, `•`, `…`), U+2030–U+205E, U+20A0–U+20C0
/// and U+2190–U+21FF; and U+FFFD, the replacement character. None of these joins a neighbour
/// into one grapheme cluster (no mark, joiner, prepended or regional-indicator scalar, no CR),
/// and none is wide (`DisplayWidthTests` checks each). Measuring and wrapping take the bytes of
/// such text, one column a scalar.
@inlinable
package func oneColumnScalarLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
    let lead = bytes[index]
    switch lead {
    case 0x20..<0x7F: return 1
    case 0xC2:   // U+0080–U+00BF; 80–9F are the C1 controls
        return index + 1 < bytes.count && bytes[index + 1] >= 0xA0 ? 2 : nil
    case 0xC3...0xCB: return index + 1 < bytes.count ? 2 : nil   // U+00C0–U+02FF
    case 0xE2:
        guard index + 2 < bytes.count else { return nil }
        let value = 0x2000 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
        switch value {
        case 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0, 0x2190...0x21FF: return 3
        default: return nil
        }
    case 0xEF:   // U+FFFD, what a byte that is not UTF-8 became when the text was read
        return index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] == 0xBD ? 3 : nil
    default: return nil
    }
}

/// How many characters the bytes `from..<to` of one line hold, when each is ASCII or a
/// one-column scalar (`oneColumnScalarLength`), so that each scalar is a character of its own
/// (within a line: CR LF, the one ASCII pair that is one character, ends it); nil for any
/// other. A scalar `to` cuts is left out, as slicing a string there rounds down.
@inlinable
package func oneColumnCharacters(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
    var index = from, count = 0
    while index < to {
        let length = bytes[index] < 0x80 ? 1 : oneColumnScalarLength(bytes, at: index)
        guard let length else { return nil }
        if index + length > to { break }
        count += 1
        index += length
    }
    return count
}

/// Columns taken by one grapheme cluster: its first scalar decides, except that an emoji
/// variation selector (U+FE0F) makes any emoji-capable base 2 wide, a text variation selector
/// (U+FE0E) makes it 1, and a pair of regional indicators is a flag, 2 wide.
package func columns(of character: Character) -> Int {
    var scalars = character.unicodeScalars.makeIterator()
    let base = scalars.next()!
    var emojiVariant = false
    var textVariant = false
    var regionalIndicators = 0
    while let scalar = scalars.next() {
        switch scalar.value {
        case 0xFE0F: emojiVariant = true
        case 0xFE0E: textVariant = true
        case 0x1F1E6...0x1F1FF: regionalIndicators += 1
        default: break
        }
    }
    if regionalIndicators > 0 && (0x1F1E6...0x1F1FF).contains(base.value) { return 2 }
    if emojiVariant && base.properties.isEmoji { return 2 }
    if textVariant && base.properties.isEmoji { return 1 }
    return columns(of: base)
}

/// Columns taken by a scalar standing first in its cluster, after wcwidth: 0 for controls,
/// combining and format characters, 2 for East Asian Wide and Fullwidth, else 1.
func columns(of scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x7F { return value >= 0x20 ? 1 : 0 }
    if value < 0xA0 { return 0 }  // DEL and the C1 controls
    if value < 0x300 { return 1 }  // Latin-1 and Latin Extended, before the first combining mark
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format, .control, .lineSeparator, .paragraphSeparator:
        return 0
    default:
        break
    }
    // Hangul vowels and final consonants join the leading consonant before them.
    if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return 0 }
    if isEastAsianWide(value) || scalar.properties.isEmojiPresentation { return 2 }
    return 1
}

/// Recognises ANSI escape sequences one character at a time: CSI (`ESC [ … final`), OSC
/// (`ESC ] … BEL` or `ESC ] … ESC \`) and two-character escapes.
package struct EscapeSequenceSkipper {
    private enum State { case text, escape, controlSequence, operatingSystemCommand, stringTerminator }
    private var state = State.text

    package init() {}

    /// Whether `character` belongs to an escape sequence (and so takes no columns).
    package mutating func skips(_ character: Character) -> Bool {
        switch state {
        case .text:
            guard character == "\u{1B}" else { return false }
            state = .escape
        case .escape:
            state = character == "[" ? .controlSequence : character == "]" ? .operatingSystemCommand : .text
        case .controlSequence:
            if let value = character.unicodeScalars.first?.value, (0x40...0x7E).contains(value) {
                state = .text
            }
        case .operatingSystemCommand:
            if character == "\u{07}" { state = .text } else if character == "\u{1B}" { state = .stringTerminator }
        case .stringTerminator:
            state = .text
        }
        return true
    }
}

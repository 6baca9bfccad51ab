import Diagnostics

/// `s` made safe to print inside one line of a table: nothing in it can start a new line,
/// move the cursor, change colors or reorder the text around it.
///
/// A line break (LF, CR, CRLF, VT, FF, NEL, U+2028, U+2029) becomes `⏎`, so a cell stays on
/// one line and the break is still visible; a tab becomes one space. Every other control
/// character, and the bidirectional embeddings, overrides and isolates, are spelled out
/// as Swift writes them: ESC becomes `\u{1B}`.
public func escapeForTerminal(_ s: String) -> String {
    if isTerminalSafe(s) { return s }
    var result = ""
    result.reserveCapacity(s.utf8.count + 8)
    for character in s {
        if character.isNewline {
            result += "⏎"
        } else if character == "\t" {
            result += " "
        } else if let scalar = character.unicodeScalars.first, needsEscape(scalar) {
            result += "\\u{" + hex(scalar.value) + "}"
        } else {
            result.append(character)
        }
    }
    return result
}

/// The lines of `s`, split at every kind of line break `Character.isNewline` knows.
func lines(of s: String) -> [Substring] {
    // Over the contiguous bytes: an expanded answer asks this of every value. A line break is
    // a character of its own (a control, which no mark joins), so its bytes alone tell.
    var copy = s
    let plain = copy.withUTF8 { bytes in !hasLineBreak(bytes) }
    if plain { return [s[...]] }
    return s.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
}

/// Whether `bytes` hold a line break: LF, VT, FF, CR, NEL (C2 85), U+2028 or U+2029 (E2 80 A8–A9).
func hasLineBreak(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = ByteScan.first(in: bytes, mayStartLineBreak)
    while index < bytes.count {
        switch bytes[index] {
        case 0x0A...0x0D: return true
        case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0x85: return true
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (0xA8...0xA9).contains(bytes[index + 2]):
            return true
        default: index = ByteScan.first(in: bytes, from: index + 1, mayStartLineBreak)
        }
    }
    return false
}

/// The bytes `hasLineBreak` looks at: those below 0x0E (LF, VT, FF, CR and the controls
/// before them, passed over), C2 and E2.
private let mayStartLineBreak = BytePattern(0xC2, 0xE2, below: 0x0E)

private func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
}

private func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return digits.count < 2 ? "0" + digits : digits
}

/// A quick pass over the UTF-8 bytes for anything `escapeForTerminal` would change:
/// C0 controls and DEL, C1 controls (C2 80–9F), U+2028–U+202E (E2 80 A8–AE)
/// and U+2066–U+2069 (E2 81 A6–A9).
func isTerminalSafe(_ s: String) -> Bool {
    var s = s
    return s.withUTF8 { bytes in
        // Only a control (below 0x20, DEL) or a byte that starts a C1 control (C2) or a line
        // or direction mark (E2) can start something escaped: found eight bytes at a time (a
        // table asks this of every cell), then looked at one by one.
        var index = ByteScan.first(in: bytes, mayStartEscape)
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 || byte == 0x7F { return false }
            if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) { return false }
            if byte == 0xE2, index + 2 < bytes.count {
                let second = bytes[index + 1], third = bytes[index + 2]
                if second == 0x80 && (0xA8...0xAE).contains(third) { return false }
                if second == 0x81 && (0xA6...0xA9).contains(third) { return false }
            }
            index = ByteScan.first(in: bytes, from: index + 1, mayStartEscape)
        }
        return true
    }
}

/// The bytes `isTerminalSafe` looks at: controls, DEL, C2 and E2.
private let mayStartEscape = BytePattern(0x7F, 0xC2, 0xE2, below: 0x20)

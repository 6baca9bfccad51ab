import Diagnostics

/// `text` broken into lines of at most `width` display columns, at spaces where it can and
/// inside a word only when the word alone is too wide. Spaces at a break are dropped.
/// `text` should hold no line breaks (split it first) and be terminal-safe.
public func wrap(_ text: String, toWidth width: Int) -> [String] {
    guard width > 0 else { return [text] }
    var bytes = text
    if let lines = bytes.withUTF8({ wrapLatin($0, toWidth: width) }) { return lines }
    return wrapCharacters(text, toWidth: width)
}

/// `wrap` for any text, a character and a word at a time.
func wrapCharacters(_ text: String, toWidth width: Int) -> [String] {
    guard width > 0, displayWidth(text) > width else { return [text] }
    var lines: [String] = []
    var current = ""
    var currentWidth = 0
    for word in text.split(separator: " ", omittingEmptySubsequences: false) {
        let word = String(word)
        let wordWidth = displayWidth(word)
        if !current.isEmpty {
            if currentWidth + 1 + wordWidth <= width {
                current += " " + word
                currentWidth += 1 + wordWidth
                continue
            }
            lines.append(trimmingTrailingSpaces(current))
        }
        if wordWidth <= width {
            current = word
            currentWidth = wordWidth
        } else {
            var pieces = breakWord(word, toWidth: width)
            current = pieces.removeLast()
            currentWidth = displayWidth(current)
            lines += pieces
        }
    }
    if !current.isEmpty || lines.isEmpty { lines.append(trimmingTrailingSpaces(current)) }
    return lines
}

/// A word cut into pieces of at most `width` columns (a character wider than `width`
/// gets a piece of its own).
private func breakWord(_ word: String, toWidth width: Int) -> [String] {
    var pieces: [String] = []
    var piece = ""
    var pieceWidth = 0
    for character in word {
        let columns = columns(of: character)
        if pieceWidth + columns > width && !piece.isEmpty {
            pieces.append(piece)
            piece = ""
            pieceWidth = 0
        }
        piece.append(character)
        pieceWidth += columns
    }
    pieces.append(piece)
    return pieces
}

private func trimmingTrailingSpaces(_ line: String) -> String {
    var line = line
    while line.last == " " { line.removeLast() }
    return line
}

/// `wrap` for text of printable ASCII and precomposed Latin letters only (nil for any other:
/// what `displayWidth` counts as one column a scalar), where every scalar is a character one
/// column wide: the same lines, cut from the bytes, without a string made and measured for
/// every word (an expanded answer wraps every value).
func wrapLatin(_ text: UnsafeBufferPointer<UInt8>, toWidth width: Int) -> [String]? {
    // Where each character starts, and the end: the text in columns.
    var starts: [Int] = []
    starts.reserveCapacity(text.count + 1)
    var previous: UInt8 = 0
    for (offset, byte) in text.enumerated() {
        switch byte {
        case 0x20..<0x7F, 0xC2...0xCB: starts.append(offset)   // printable ASCII, or the lead byte of U+0080–U+02FF
        case 0x80...0xBF: if previous == 0xC2 && byte <= 0x9F { return nil }   // after C2, 80–9F is a C1 control
        default: return nil
        }
        previous = byte
    }
    let count = starts.count
    starts.append(text.count)
    guard count > width else { return [String(decoding: text, as: UTF8.self)] }
    var lines: [String] = []
    func line(_ start: Int, _ end: Int) {
        var end = end
        while end > start, text[starts[end - 1]] == 0x20 { end -= 1 }      // spaces at a break are dropped
        lines.append(String(decoding: UnsafeBufferPointer(rebasing: text[starts[start]..<starts[end]]), as: UTF8.self))
    }
    // In columns: the current line is [start, end) (empty when start == end), the word [wordStart, wordEnd).
    var start = 0, end = 0
    var wordStart = 0
    while wordStart <= count {
        var wordEnd = wordStart
        while wordEnd < count, text[starts[wordEnd]] != 0x20 { wordEnd += 1 }
        let wordWidth = wordEnd - wordStart
        defer { wordStart = wordEnd + 1 }
        if end > start {
            if end - start + 1 + wordWidth <= width {
                end = wordEnd
                continue
            }
            line(start, end)
        }
        if wordWidth <= width {
            (start, end) = (wordStart, wordEnd)
        } else {
            var piece = wordStart
            while wordEnd - piece > width {
                line(piece, piece + width)
                piece += width
            }
            (start, end) = (piece, wordEnd)
        }
    }
    if end > start || lines.isEmpty { line(start, end) }
    return lines
}

import Diagnostics

/// `text` broken into lines of at most `width` display columns, at spaces where it can and
/// inside a word only when the word alone is too wide. Spaces at a break are dropped.
/// `text` should hold no line breaks (split it first) and be terminal-safe.
public func wrap(_ text: String, toWidth width: Int) -> [String] {
    guard width > 0 else { return [text] }
    var bytes = text
    if let lines = bytes.withUTF8({ wrapPrintableASCII($0, toWidth: width) }) { return lines }
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

/// `wrap` for text of printable ASCII only (nil for any other), where every byte is a
/// character one column wide: the same lines, cut from the bytes, without a string made and
/// measured for every word (an expanded answer wraps every value).
func wrapPrintableASCII(_ text: UnsafeBufferPointer<UInt8>, toWidth width: Int) -> [String]? {
    for byte in text where byte < 0x20 || byte > 0x7E { return nil }
    guard text.count > width else { return [String(decoding: text, as: UTF8.self)] }
    var lines: [String] = []
    func line(_ start: Int, _ end: Int) {
        var end = end
        while end > start, text[end - 1] == 0x20 { end -= 1 }      // spaces at a break are dropped
        lines.append(String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self))
    }
    // The current line is text[start..<end] (empty while start == end and nothing is held).
    var start = 0, end = 0
    var wordStart = 0
    while wordStart <= text.count {
        var wordEnd = wordStart
        while wordEnd < text.count, text[wordEnd] != 0x20 { wordEnd += 1 }
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

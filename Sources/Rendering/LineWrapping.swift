import Diagnostics

/// `text` broken into lines of at most `width` display columns, at spaces where it can and
/// inside a word only when the word alone is too wide. Spaces at a break are dropped.
/// `text` should hold no line breaks (split it first) and be terminal-safe.
public func wrap(_ text: String, toWidth width: Int) -> [String] {
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

/// Breaks a title into lines of at most `width` characters at spaces, so long Dutch titles
/// are wrapped, never cut. A word longer than a line is split (with no hyphen) rather than
/// sticking out of its box. Control characters become spaces.
func wrap(_ text: String, width: Int) -> [String] {
    let clean = String(text.map { $0.isNewline || $0.unicodeScalars.allSatisfy({ $0.value < 0x20 || $0.value == 0x7F }) ? " " : $0 })
    var lines: [String] = []
    var line = ""
    for word in clean.split(separator: " ", omittingEmptySubsequences: true) {
        var word = Substring(word)
        while word.count > width {
            if !line.isEmpty { lines.append(line); line = "" }
            lines.append(String(word.prefix(width)))
            word = word.dropFirst(width)
        }
        if line.isEmpty { line = String(word) } else if line.count + 1 + word.count <= width { line += " " + word } else {
            lines.append(line)
            line = String(word)
        }
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
}

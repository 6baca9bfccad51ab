/// Turns diagnostics into the text the shell, batch mode and `check` print: the summary line,
/// the source line, a caret marker under the range, then notes and the suggestion.
public struct DiagnosticPrinter: Sendable {
    public var showsSourceLine: Bool

    public init(showsSourceLine: Bool = true) {
        self.showsSourceLine = showsSourceLine
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        var lines = [diagnostic.summary]
        if showsSourceLine, let file = diagnostic.file, let range = diagnostic.range {
            let (line, column) = file.lineColumn(of: range.offset)
            let text = file.lineText(line)
            // In an ASCII line (most are) each byte is one character, and once shown one column:
            // no grapheme breaking needed. (CR LF, the one ASCII pair that is one character, ends
            // a line and is never inside one.) So is each scalar of a line of one-column scalars
            // (typographic quotes, the replacement character of a byte that was not UTF-8).
            let simple = text.utf8.allSatisfy { $0 < 0x80 } ? text.utf8.count : file.oneColumnLength(ofLine: line)
            let length = simple ?? text.count
            if length <= 400 {
                let shown = text.replacingTabs()
                lines.append("  " + shown)
                // The line's end, where its last character ends: the line's start and its bytes.
                let endOffset = min(range.end, file.offset(line: line, column: 1) + text.utf8.count)
                let (_, endColumn) = file.lineColumn(of: endOffset)
                // Columns on screen, not characters: a wide character (日本) takes two, so the
                // caret is placed and stretched by the display width of the shown text.
                let before: Int, under: Int
                if simple != nil {
                    before = min(column - 1, length)
                    under = min(max(0, endColumn - column), length - before)
                } else {
                    before = displayWidth(String(shown.prefix(column - 1)))
                    under = displayWidth(String(shown.dropFirst(column - 1).prefix(max(0, endColumn - column))))
                }
                lines.append("  " + spaces(before) + "^" + String(repeating: "~", count: max(1, under) - 1))
                // The suggestion as a fix-it under the words it would replace (as clang shows
                // one), so the correction is seen in place as well as named in the message.
                if let suggestion = diagnostic.suggestion, !suggestion.isEmpty, !suggestion.contains("\n") {
                    lines.append("  " + spaces(before) + String(suggestion.replacingTabs()))
                }
            }
        }
        for note in diagnostic.notes { lines.append("note: \(note)") }
        // Appended into one string (`joined` cost as much as making the lines).
        var text = lines[0]
        for line in lines.dropFirst() {
            text += "\n"
            text += line
        }
        return text
    }

    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined(separator: "\n")
    }

    /// `count` spaces, made from bytes (`String(repeating:count:)` repeats a string, ≈ 3,000
    /// instructions for a caret's indent on the query fuzz corpus).
    private func spaces(_ count: Int) -> String {
        String(unsafeUninitializedCapacity: count) { buffer in
            buffer.initialize(repeating: 0x20)
            return count
        }
    }
}

extension StringProtocol {
    /// The line as it can be shown safely: tabs as spaces, other control characters as `?`
    /// (one column each, so the caret stays under its place).
    func replacingTabs() -> String {
        // Most lines have nothing to replace: no C0 byte, DEL, or C1 (0xC2 0x80–0x9F), found
        // eight bytes at a time.
        var line = String(self)
        let plain = line.withUTF8 { bytes in
            let mayReplace = BytePattern.mayNeedReplacing
            var index = ByteScan.first(in: bytes, mayReplace)
            while index < bytes.count {
                guard bytes[index] == 0xC2, index + 1 < bytes.count, !(0x80...0x9F).contains(bytes[index + 1]) else { return false }
                index = ByteScan.first(in: bytes, from: index + 1, mayReplace)
            }
            return true
        }
        if plain { return line }
        // Byte by byte: a control character is a character of its own (Unicode's grapheme
        // rules break before and after one), except CR LF, which is one character and kept as it
        // is; and each is one byte, or two for a C1 control (C2 80–9F). (Mapped character by
        // character, as `ReplacingTabsTests` still does to check this, a line cost ≈ 25,000
        // instructions on the query fuzz corpus, whose lines are full of control bytes; scalar
        // by scalar, 5,000.)
        let source = Array(line.utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(source.count)
        var i = 0
        while i < source.count {
            let byte = source[i]
            if byte == 0x0D, i + 1 < source.count, source[i + 1] == 0x0A {
                bytes.append(0x0D)
                bytes.append(0x0A)
                i += 2
            } else if byte == 0xC2, i + 1 < source.count, (0x80...0x9F).contains(source[i + 1]) {
                bytes.append(0x3F)
                i += 2
            } else {
                bytes.append(byte == 0x09 ? 0x20 : byte < 0x20 || byte == 0x7F ? 0x3F : byte)
                i += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

import Diagnostics

/// `text` broken into lines of at most `width` display columns, at spaces where it can and
/// inside a word only when the word alone is too wide (a character wider than `width` gets a
/// line of its own). Spaces at a break are dropped. `text` should hold no line breaks (split
/// it first) and be terminal-safe.
///
/// The text is measured once, as characters and their columns (`TextColumns`), and its lines
/// are cut from its bytes: a string made and measured for every word cost an expanded
/// answer most of its time on text with a typographic quote or dash (callgrind, the query
/// fuzz corpus).
public func wrap(_ text: String, toWidth width: Int) -> [String] {
    guard width > 0 else { return [text] }
    var bytes = text
    return bytes.withUTF8 { utf8 in
        // No character is wider than its bytes (a wide one is three or four), so a text of no
        // more bytes than the width fits as it is, unmeasured (most cells of an answer).
        if utf8.count <= width { return [text] }
        let columns = TextColumns(oneColumn: utf8) ?? TextColumns(characters: text)
        guard columns.width > width else { return [text] }
        return columns.wrap(utf8, toWidth: width)
    }
}

/// A text as the characters a reader sees, each with the columns it takes: where each starts
/// in the UTF-8 bytes, and the columns before it.
struct TextColumns {
    /// Where character `i` starts, and the text's end (one more than the characters).
    var starts: [Int] = []
    /// The columns before character `i`, and the text's width; nil when each character is
    /// one column (then it is `i`).
    var before: [Int]?

    var count: Int { starts.count - 1 }
    var width: Int { columns(before: count) }
    func columns(before i: Int) -> Int { before?[i] ?? i }

    /// A text of one-column characters (`oneColumnScalarLength`: ASCII, Latin and the
    /// typographic punctuation of plan text), where every scalar is a character one column
    /// wide; nil for any other text.
    init?(oneColumn text: UnsafeBufferPointer<UInt8>) {
        starts.reserveCapacity(text.count + 1)
        var offset = 0
        while offset < text.count {
            // A run of printable ASCII, found eight bytes at a time, is a column a byte.
            let run = ByteScan.first(in: text, from: offset, notPrintableASCII)
            starts.append(contentsOf: offset..<run)
            offset = run
            guard offset < text.count else { break }
            guard let length = oneColumnScalarLength(text, at: offset) else { return nil }
            starts.append(offset)
            offset += length
        }
        starts.append(text.count)
    }

    /// Any text, a grapheme cluster at a time, measured as `displayWidth` measures it (escape
    /// sequences take no columns).
    init(characters text: String) {
        var offset = 0, columns = 0
        var before: [Int] = []
        var escape = EscapeSequenceSkipper()
        for character in text {
            starts.append(offset)
            before.append(columns)
            offset += character.utf8.count
            if !escape.skips(character) { columns += Diagnostics.columns(of: character) }
        }
        starts.append(offset)
        before.append(columns)
        self.before = before
    }

    /// Whether character `i` is a space (one byte, 0x20: a space with a combining mark on it
    /// is a character of its own, and not one).
    func isSpace(_ i: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        starts[i + 1] - starts[i] == 1 && text[starts[i]] == 0x20
    }

    /// The lines, as `wrap` says.
    func wrap(_ text: UnsafeBufferPointer<UInt8>, toWidth width: Int) -> [String] {
        var lines: [String] = []
        func line(_ start: Int, _ end: Int) {
            var end = end
            while end > start, isSpace(end - 1, in: text) { end -= 1 }      // spaces at a break are dropped
            lines.append(String(decoding: UnsafeBufferPointer(rebasing: text[starts[start]..<starts[end]]), as: UTF8.self))
        }
        // In characters: the current line is [start, end) (empty when start == end), the word [wordStart, wordEnd).
        var start = 0, end = 0
        var wordStart = 0
        while wordStart <= count {
            var wordEnd = wordStart
            while wordEnd < count, !isSpace(wordEnd, in: text) { wordEnd += 1 }
            let wordWidth = columns(before: wordEnd) - columns(before: wordStart)
            defer { wordStart = wordEnd + 1 }
            if end > start {
                // The line, a space and the word.
                if columns(before: wordEnd) - columns(before: start) <= width {
                    end = wordEnd
                    continue
                }
                line(start, end)
            }
            if wordWidth <= width {
                (start, end) = (wordStart, wordEnd)
            } else {
                // Pieces of the word as wide as fit; the last one goes on.
                var piece = wordStart
                for i in wordStart..<wordEnd where i > piece && columns(before: i + 1) - columns(before: piece) > width {
                    line(piece, i)
                    piece = i
                }
                (start, end) = (piece, wordEnd)
            }
        }
        if end > start || lines.isEmpty { line(start, end) }
        return lines
    }
}

/// The bytes that end a run of printable ASCII: controls, DEL, and bytes other than ASCII.
private let notPrintableASCII = BytePattern(0x7F, below: 0x20, nonASCII: true)

/// The text before the cursor, split into the word being typed and what comes before it.
struct TypedWord: Equatable {
    /// Everything before the word: the context that decides what the word may be.
    var context: String
    /// The partial word, with its opening quote when the cursor is inside a string.
    var word: String
    /// The cursor is inside a `#` or `--` comment: nothing to complete.
    var inComment: Bool

    /// The word without its opening quote: what candidates are matched against.
    var stem: String { WordText.openingQuote(of: word) == nil ? word : String(word.dropFirst()) }

    init(context: String, word: String, inComment: Bool = false) {
        self.context = context
        self.word = word
        self.inComment = inComment
    }

    /// Splits query text. A string still open at the cursor is the word (so names with
    /// spaces complete); otherwise the word is the run of word characters before the cursor.
    init(query text: String) {
        let chars = Array(text)
        var quoteStart: Int?
        var quote: Character = "\""
        var comment = false
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if comment {
                if c == "\n" || c == "\r" { comment = false }
            } else if quoteStart != nil {
                if c == "\\" { i += 1 } else if c == quote { quoteStart = nil }
            } else if c == "\"" || c == "'" {
                quoteStart = i
                quote = c
            } else if c == "#" || (c == "-" && i + 1 < chars.count && chars[i + 1] == "-") {
                comment = true
            }
            i += 1
        }
        if comment {
            self.init(context: text, word: "", inComment: true)
        } else if let start = quoteStart {
            self.init(context: String(chars[..<start]), word: String(chars[start...]))
        } else {
            var start = chars.count
            while start > 0, WordText.isWordCharacter(chars[start - 1]) { start -= 1 }
            self.init(context: String(chars[..<start]), word: String(chars[start...]))
        }
    }

    /// Splits a meta command line: words are separated by blanks only (paths keep their `/`).
    init(meta text: String) {
        var start = text.endIndex
        while start > text.startIndex, !text[text.index(before: start)].isWhitespace {
            start = text.index(before: start)
        }
        self.init(context: String(text[..<start]), word: String(text[start...]))
    }
}

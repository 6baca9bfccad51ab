import Diagnostics

/// Turns query text into tokens. It never fails: what it cannot read becomes an `.invalid`
/// token that the parser reports, and the last token is always `.end`.
///
/// Words are letters, digits and `_`, joined by single `.` or `-` (`elz.A2.1`, `stad-leuven`,
/// `2024-03`, `Q1-Q2`); a word of digits only is a number. `..` between words is a range.
/// Comments run from `#` or `--` to the end of the line.
public struct Lexer {
    /// Every keyword, lowercase, in grammar order. `Grammar/query.ebnf` names exactly these;
    /// their Dutch aliases (`Keyword.spellings`) are listed in `Grammar/keywords.tsv`.
    public static let keywords: [String] = Keyword.table.map(\.keyword.rawValue)

    /// The text's bytes, read in place: valid while `tokenize` runs, which makes the lexer
    /// and uses it up (a copy of them was read through bounds checks).
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var sawLineBreak = false
    /// `Keyword.spellings`, read once here: a global's lazy start is checked at every use.
    private let spellings = Keyword.spellings

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// All tokens of `text`, ending with `.end`.
    public static func tokenize(_ text: String) -> [Token] {
        var text = text
        return text.withUTF8 { bytes in
            var lexer = Lexer(bytes: bytes)
            var tokens: [Token] = []
            // A token is two bytes or more with the space after it (a line is lexed as it comes:
            // growing the array a token at a time cost more than lexing a short line).
            tokens.reserveCapacity(bytes.count / 2 + 1)
            while true {
                let token = lexer.next()
                tokens.append(token)
                if token.kind == .end { return tokens }
            }
        }
    }

    mutating func next() -> Token {
        skipSpaceAndComments()
        let start = position
        let startsLine = sawLineBreak
        sawLineBreak = false
        func make(_ kind: Token.Kind, length: Int) -> Token {
            position = start + length
            return Token(kind, text(start, start + length), SourceRange(offset: start, length: length),
                         startsLine: startsLine)
        }
        guard position < bytes.count else {
            return Token(.end, "", SourceRange(offset: start, length: 0), startsLine: startsLine)
        }
        let byte = bytes[position]
        switch byte {
        case UInt8(ascii: "("): return make(.leftParen, length: 1)
        case UInt8(ascii: ")"): return make(.rightParen, length: 1)
        case UInt8(ascii: "["): return make(.leftBracket, length: 1)
        case UInt8(ascii: "]"): return make(.rightBracket, length: 1)
        case UInt8(ascii: ","): return make(.comma, length: 1)
        case UInt8(ascii: ";"): return make(.semicolon, length: 1)
        case UInt8(ascii: "."):
            if self.byte(at: position + 1) == UInt8(ascii: ".") { return make(.dotDot, length: 2) }
            return make(.invalid(.dot), length: 1)
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            var token = string(quote: byte)
            token.startsLine = startsLine
            return token
        case UInt8(ascii: "="), UInt8(ascii: "!"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "~"):
            var end = position
            while end < bytes.count, Self.isOperatorByte(bytes[end]) { end += 1 }
            if let op = Operator(rawValue: text(start, end)) { return make(.op(op), length: end - start) }
            return make(.invalid(.operator), length: end - start)
        default:
            let (scalar, width) = decode(at: position)
            if Self.isWordScalar(scalar) { return word(start: start, startsLine: startsLine) }
            return make(.invalid(.character), length: width)
        }
    }

    // MARK: - Words, numbers, keywords

    private mutating func word(start: Int, startsLine: Bool) -> Token {
        var asciiDigitsOnly = true
        while position < bytes.count {
            let byte = bytes[position]
            if byte < 0x80 {
                // ASCII, most of a query: read from the byte (no scalar decoded).
                if Self.isASCIIWordByte(byte) {
                    if byte &- 0x30 >= 10 { asciiDigitsOnly = false }
                    position += 1
                } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-"), position + 1 < bytes.count,
                          isWordScalar(at: position + 1) {
                    asciiDigitsOnly = false
                    position += 1
                } else {
                    break
                }
                continue
            }
            let (scalar, width) = decode(at: position)
            guard Self.isWordScalar(scalar) else { break }
            asciiDigitsOnly = false
            position += width
        }
        let written = text(start, position)
        let range = SourceRange(offset: start, length: position - start)
        if asciiDigitsOnly {
            if let value = Int(written) { return Token(.number(value), written, range, startsLine: startsLine) }
            return Token(.invalid(.largeNumber), written, range,
                         startsLine: startsLine)
        }
        if let keyword = Keyword.spelled(written, among: spellings) {
            // `thema's`: a Dutch plural written with an apostrophe is one keyword, not a string.
            if self.byte(at: position) == UInt8(ascii: "'"), let s = self.byte(at: position + 1), s | 0x20 == UInt8(ascii: "s"),
               !(self.byte(at: position + 2).map { Self.isWordScalar(Unicode.Scalar($0)) } ?? false),
               let plural = Keyword.spelled(written + "'s", among: spellings) {
                position += 2
                return Token(.keyword(plural), written + text(position - 2, position),
                             SourceRange(offset: start, length: position - start), startsLine: startsLine)
            }
            return Token(.keyword(keyword), written, range, startsLine: startsLine)
        }
        return Token(.word, written, range, startsLine: startsLine)
    }

    // MARK: - Strings

    /// `"…"` or `'…'`; a backslash escapes the quote and itself. A string may span lines.
    private mutating func string(quote: UInt8) -> Token {
        let start = position
        position += 1
        var contents: [UInt8] = []
        var badEscape: SourceRange?
        while position < bytes.count {
            // The run up to the next quote or backslash, found eight bytes at a time, is kept whole.
            let stop = ByteScan.first(in: bytes, from: position, quote == UInt8(ascii: "'") ? Self.singleQuotedEnds : Self.doubleQuotedEnds)
            contents.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[position..<stop]))
            position = stop
            guard position < bytes.count else { break }
            let byte = bytes[position]
            if byte == quote {
                position += 1
                let range = SourceRange(offset: start, length: position - start)
                if let badEscape {
                    let escape = text(badEscape.offset, badEscape.end)
                    return Token(.invalid(.escape), escape, badEscape)
                }
                return Token(.string(String(decoding: contents, as: UTF8.self)), text(start, position), range)
            }
            if byte == UInt8(ascii: "\\"), position + 1 < bytes.count {
                let next = bytes[position + 1]
                if next == UInt8(ascii: "\\") || next == UInt8(ascii: "\"") || next == UInt8(ascii: "'") {
                    contents.append(next)
                } else if badEscape == nil {
                    let width = decode(at: position + 1).width
                    badEscape = SourceRange(offset: position, length: 1 + width)
                }
                position += 2
                continue
            }
            contents.append(byte)
            position += 1
        }
        position = bytes.count
        return Token(.unterminatedString, text(start, position), SourceRange(offset: start, length: position - start))
    }

    // MARK: - Space and comments

    private mutating func skipSpaceAndComments() {
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                sawLineBreak = true
                position += 1
            } else if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                position += 1
            } else if byte == UInt8(ascii: "#")
                        || (byte == UInt8(ascii: "-") && self.byte(at: position + 1) == UInt8(ascii: "-")) {
                position = ByteScan.first(in: bytes, from: position, Self.lineBreaks)
            } else if byte >= 0x80 {
                let (scalar, width) = decode(at: position)
                guard scalar.properties.isWhitespace else { return }
                if scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\u{85}" { sawLineBreak = true }
                position += width
            } else {
                return
            }
        }
    }

    // MARK: - Bytes

    private func byte(at index: Int) -> UInt8? { index < bytes.count ? bytes[index] : nil }

    private func text(_ from: Int, _ to: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
    }

    /// The scalar starting at `index`. The bytes come from a Swift String, so they are valid UTF-8.
    private func decode(at index: Int) -> (scalar: Unicode.Scalar, width: Int) {
        let lead = bytes[index]
        let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard index + width <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = width == 1 ? UInt32(lead) : UInt32(lead) & (0xFF >> (width + 1))
        for i in 1..<width { value = value << 6 | UInt32(bytes[index + i] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }

    /// Whether the scalar at `index` is a word's (an ASCII one read from its byte).
    private func isWordScalar(at index: Int) -> Bool {
        let byte = bytes[index]
        return byte < 0x80 ? Self.isASCIIWordByte(byte) : Self.isWordScalar(decode(at: index).scalar)
    }

    /// `isWordScalar` of an ASCII byte — a digit, a letter or `_` — from two masks of the 128
    /// (bits 48–57: the digits; bits 1–26, 31 and 33–58 of the upper 64: A–Z, `_`, a–z).
    static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        byte < 64 ? (0x03FF_0000_0000_0000 as UInt64) >> byte & 1 != 0
            : byte < 128 && (0x07FF_FFFE_87FF_FFFE as UInt64) >> (byte - 64) & 1 != 0
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII {
            let v = s.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || v == 0x5F
        }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// Where a string's plain run ends (its quote, a backslash), and a comment (LF, CR).
    private static let singleQuotedEnds = BytePattern(UInt8(ascii: "'"), 0x5C)
    private static let doubleQuotedEnds = BytePattern(UInt8(ascii: "\""), 0x5C)
    private static let lineBreaks = BytePattern(0x0A, 0x0D)

    private static func isOperatorByte(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "=") || b == UInt8(ascii: "!") || b == UInt8(ascii: "<") || b == UInt8(ascii: ">")
            || b == UInt8(ascii: "~")
    }

    /// Operators from other languages, and the one planq spells for them.
    static let operatorMistakes: [String: String] = [
        "==": "=", "===": "=", "<>": "!=", "=!": "!=", "!==": "!=", "=<": "<=", "=>": ">=",
        "=~": "~", "~=": "~",
    ]
}

import Diagnostics
import XCTest

/// A line and column (as YAML parsers report them) to a UTF-8 offset: found from the line's
/// bytes, it must be what counting the line's characters (or Unicode scalars) finds, for
/// every column of every line, whatever the text holds: accents written as one scalar or as
/// a letter and a combining mark, CJK, emoji, tabs, CR LF and lone CR line ends, columns
/// past the line's end, and a file whose first line is not 1.
final class SourcePositionTests: XCTestCase {
    static let texts = [
        "plan:\n  id: x\n  title: Zürich\n",
        "a\u{301}b: e\u{301}\ncafé: 中文字\n👍🏽 x: 🇧🇪🇳🇱\n",
        "key: value\r\nother: v\r\n\r\nlast",
        "a\rb: c\r\r\nd\n\n\t- e\u{301}\u{302}f",
        "", "\n", "x", "é", "e\u{301}", "ab\u{200D}c\n",
    ]

    func testCharacterColumnsAreCountedAsCharacters() {
        for text in Self.texts {
            for firstLine in [1, 5] {
                let file = SourceFile(name: "t", text: text, firstLine: firstLine)
                for line in firstLine - 1...firstLine + file.lineCount {
                    for column in -1...Self.characters(file, line) + 2 {
                        XCTAssertEqual(file.offset(line: line, column: column), Self.characterOffset(file, line, column),
                                       "\(text.debugDescription) line \(line) column \(column)")
                    }
                }
            }
        }
    }

    /// An offset's column counts the characters before it on its line (bytes, when those are
    /// ASCII): at every offset, inside a multi-byte character and a CR LF too.
    func testTheColumnOfEveryOffsetCountsTheCharactersBeforeIt() {
        for text in Self.texts + ["ab\r\ncd", "x\u{301}y", "日本\nab", "a’\u{FFFD}\tb’\u{301}c", "\u{2019}\u{2019}x\n’\u{1}y"] {
            let file = SourceFile(name: "t", text: text, firstLine: 5)
            let bytes = Array(text.utf8)
            for offset in -1...bytes.count + 1 {
                let clamped = max(0, min(offset, bytes.count))
                let start = (bytes[..<clamped].lastIndex(of: 0x0A) ?? -1) + 1
                let utf8 = text.utf8
                let prefix = text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: clamped)]
                let line = 5 + bytes[..<clamped].filter { $0 == 0x0A }.count
                XCTAssertTrue(file.lineColumn(of: offset) == (line, prefix.count + 1), "\(text.debugDescription) at \(offset)")
            }
        }
    }

    func testScalarColumnsAreCountedAsUnicodeScalars() {
        for text in Self.texts {
            for firstLine in [1, 5] {
                let file = SourceFile(name: "t", text: text, firstLine: firstLine)
                for line in firstLine - 1...firstLine + file.lineCount {
                    for column in -1...file.lineText(line).unicodeScalars.count + 2 {
                        XCTAssertEqual(file.offset(line: line, scalarColumn: column), Self.scalarOffset(file, line, column),
                                       "\(text.debugDescription) line \(line) column \(column)")
                    }
                }
            }
        }
    }

    func testAColumnAfterAnAccentedLetterCountsItOnce() {
        let file = SourceFile(name: "t", text: "x: e\u{301}y\n")
        XCTAssertEqual(file.offset(line: 1, column: 4), 3)
        XCTAssertEqual(file.offset(line: 1, column: 5), 6, "é written as e and a combining accent is one character")
        XCTAssertEqual(file.offset(line: 1, scalarColumn: 5), 4, "and two scalars")
        XCTAssertEqual(file.offset(line: 1, scalarColumn: 6), 6)
    }

    static func characters(_ file: SourceFile, _ line: Int) -> Int { file.lineText(line).count }

    /// Counting the line's characters from its start.
    static func characterOffset(_ file: SourceFile, _ line: Int, _ column: Int) -> Int {
        guard line >= file.firstLine, line < file.firstLine + file.lineCount else { return file.text.utf8.count }
        var offset = lineStart(file, line)
        for ch in file.lineText(line).prefix(max(0, column - 1)) { offset += ch.utf8.count }
        return offset
    }

    /// Counting the line's Unicode scalars from its start.
    static func scalarOffset(_ file: SourceFile, _ line: Int, _ column: Int) -> Int {
        guard line >= file.firstLine, line < file.firstLine + file.lineCount else { return file.text.utf8.count }
        var offset = lineStart(file, line)
        for scalar in file.lineText(line).unicodeScalars.prefix(max(0, column - 1)) { offset += UTF8.width(scalar) }
        return offset
    }

    static func lineStart(_ file: SourceFile, _ line: Int) -> Int {
        var start = 0
        for text in file.text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).prefix(line - file.firstLine) {
            start += text.count + 1
        }
        return start
    }
}

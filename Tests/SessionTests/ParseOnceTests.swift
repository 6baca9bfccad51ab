import Diagnostics
import QuerySyntax
@testable import Session
import XCTest

/// A script's statement is parsed once: the parse that finds it complete goes on with it to be
/// run. Only a statement that grows by a line is parsed again (it is a new text).
final class ParseOnceTests: XCTestCase {
    struct Split {
        var parsedTexts: [String] = []
        var chunks: [(text: String, parsed: ParseResult?)] = []
    }

    func split(_ text: String) -> Split {
        var split = Split()
        let script = Script(file: SourceFile(name: "s.pq", text: text))
        script.forEachChunk(parse: { piece, tokens in
            split.parsedTexts.append(piece.text)
            return tokens.parse(piece)
        }, continues: { tokens, next in
            tokens.continues(with: next)
        }, shouldStop: { false }) { chunk in
            if case .statements(let piece, let parsed) = chunk { split.chunks.append((piece.text, parsed)) }
            return true
        }
        return split
    }

    func testEachStatementIsParsedOnceAndItsParseIsHandedOn() {
        let split = split("count goals of elz;\nactivities of zzl where theme = T04 limit 3;\ngoals of elz\n")
        XCTAssertEqual(split.parsedTexts, ["count goals of elz;", "activities of zzl where theme = T04 limit 3;", "goals of elz"])
        XCTAssertEqual(split.chunks.map(\.text), split.parsedTexts)
        for chunk in split.chunks {
            XCTAssertEqual(chunk.parsed, Parser.parse(SourceFile(name: "s.pq", text: chunk.text)), chunk.text)
        }
    }

    /// A comment line before a statement is passed over, not gathered and parsed with the next
    /// line; a CR inside it ends the comment (as it does for the lexer), so that line is read.
    func testCommentLinesBeforeAStatementAreNotParsed() {
        let split = split("# about goals\n  -- and more\ngoals of elz\n# trailing\n--\r goals of zzl\n")
        XCTAssertEqual(split.parsedTexts, ["goals of elz", "--\r goals of zzl"])
        XCTAssertEqual(split.chunks.map(\.text), split.parsedTexts)
        XCTAssertEqual(split.chunks.last?.parsed?.statements?.count, 1, "the text after the CR is a statement")
    }

    /// `and` leaves the first line incomplete: it is parsed, then parsed again with the next line.
    func testAStatementOverTwoLinesIsParsedForEachLine() {
        let split = split("activities of elz with lead ELZ and\n  with partner ELZ\n")
        XCTAssertEqual(split.parsedTexts, ["activities of elz with lead ELZ and", "activities of elz with lead ELZ and\n  with partner ELZ"])
        XCTAssertEqual(split.chunks.count, 1)
        XCTAssertNotNil(split.chunks.first?.parsed?.statements)
    }
}

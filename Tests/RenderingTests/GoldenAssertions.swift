import XCTest
import Rendering

/// Checks `table` rendered as `format` against `expected`, written as the lines of the output
/// without the final newline (every format ends in one). On a mismatch the message shows
/// both texts with their escapes, so a stray `\r` or space is visible.
func assertRendered(
    _ table: ResultTable, as format: OutputFormat, width: Int? = nil, color: Bool = false,
    _ expected: String, file: StaticString = #filePath, line: UInt = #line
) {
    let output = Renderer(format: format, width: width, color: color).render(table)
    XCTAssertEqual(output, expected + "\n", "\n\(output.debugDescription)\n≠\n\((expected + "\n").debugDescription)", file: file, line: line)
}

/// The text of `s` with ANSI escape sequences taken out.
func removingEscapeSequences(_ s: String) -> String {
    var result = ""
    var inSequence = false
    for character in s {
        if inSequence {
            if character.isLetter { inSequence = false }
        } else if character == "\u{1B}" {
            inSequence = true
        } else {
            result.append(character)
        }
    }
    return result
}

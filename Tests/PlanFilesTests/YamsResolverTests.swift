@testable import PlanFiles
import Diagnostics
import XCTest
import Yams

/// The resolver Yams reads plan files with puts rules first that tag most scalars at once
/// (text, and the empty null): every scalar must still get the tag Yams's default resolver gives it, since the tags
/// decide which keys of a mapping are the same key (`yes` and `"yes"` are not).
final class YamsResolverTests: XCTestCase {
    static let table = [
        "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
        "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL", "~", "",
        "yes\n", "no\n", "null\n", "Off\r\n", "yes ", "yess", "nO", "oN", "tRUE", "Nul", "nullx", "n", "N", "y", "Y",
        "0", "-1", "+12", "0x1F", "0b101", "0o17", "017", "1_000", "190:20:30", "1.5", ".5", "1e3", "-2.5E+3",
        ".inf", "-.Inf", ".NaN", ".nan", "<<", "=", "2024-01-31", "2024-1-1 10:00:00", "2001-12-14t21:59:43.10-05:00",
        "id", "title", "activities", "a1", "x y", "Zürich", "é", "ärm", " id", "_x", "-x", "lead", "Yes!", "NoNo",
        "-", "+", "- a", "-}aA", "+.5", "-.inf", "+.Inf", "-1", "+0x1F", "-0b1", "-2024-01-01", "?a", "? - ala",
        "\u{2028}", "x\u{2028}", "yes\u{2028}", "null\u{85}", "\u{85}", "\r", "\r\n", "\t", "\u{0B}", "\u{0C}",
        "[a]", "{x}", "!x", "&a", "*a", "%", "@", "`", "|", ">", "'", "\"", "#", "😀", "1a", ".", ".x", "<", "<<<", "==",
    ]

    func testEveryScalarGetsTheDefaultTag() {
        XCTAssertEqual(YamsDocument.resolver.rules.map(\.tag), [.str, .null] + Resolver.default.rules.map(\.tag),
                       "the rules put first are valid regular expressions")
        var texts = Self.table
        // And every text of up to two characters from those the rules look at.
        let alphabet = Array("nNoOyYlLtTfF01.-+_:~<=eE \n\r\t?x\u{85}\u{2028}")
        for a in alphabet {
            texts.append(String(a))
            for b in alphabet { texts.append(String([a, b])) }
        }
        for text in texts {
            let fast = Node(text, Tag(.implicit, YamsDocument.resolver)).tag.description
            XCTAssertEqual(fast, Node(text).tag.description, "tag of \(text.debugDescription)")
        }
    }

    func testKeysAreTheSameKeyExactlyAsYamsSaysByDefault() {
        let cases: [(String, Bool)] = [
            ("a: 1\na: 2\n", true), ("true: 1\ntrue: 2\n", true), ("1: x\n'1': y\n", false),
            ("yes: 1\n'yes': 2\n", false), ("title: a\n\"title\": b\n", true), ("~: a\nnull: b\n", false),
        ]
        for (text, duplicate) in cases {
            let file = SourceFile(name: "d.yaml", text: text)
            let parsed = YamsDocument.parse(file)
            var message: String?
            if case .failure(let problem) = parsed { message = problem.message }
            XCTAssertEqual(message?.contains("written twice in one mapping") ?? false, duplicate, "\(text.debugDescription): \(message ?? "no problem")")
            let byDefault = (try? Yams.compose(yaml: text)) == nil
            XCTAssertEqual(byDefault, duplicate, "Yams's default for \(text.debugDescription)")
        }
    }
}

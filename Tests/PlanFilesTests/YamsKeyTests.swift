import Diagnostics
@testable import PlanFiles
import XCTest

/// A key read by Yams is found by its text exactly when Yams's own `mapping[text]` would find
/// it: same text and same resolved tag. The converter remembers each text's tag (a run of
/// regular expressions) instead of asking again for every key; these are the cases where
/// the tag decides.
final class YamsKeyTests: XCTestCase {
    func testAKeyIsFoundByItsTextWhenItsTagIsTheTextsOwn() throws {
        let text = "a: 1\n!!str b: 2\n!!str 3: 4\ntrue: 5\n!!str null: 6\n'7': 8\n3: 9\na2: 10\n"
        let document = try YamsDocument.parse(SourceFile(name: "k.yaml", text: text)).get()
        let root = try XCTUnwrap(document.root)
        func found(_ key: String) -> String? { document.value(root, key).flatMap(document.scalar) }
        XCTAssertEqual(found("a"), "1")
        XCTAssertEqual(found("b"), "2")
        XCTAssertEqual(found("3"), "9", "'!!str 3' is not the integer key 3")
        XCTAssertEqual(found("true"), "5")
        XCTAssertNil(found("null"), "'!!str null' is not what the text null resolves to")
        XCTAssertNil(found("7"), "a quoted '7' is text, the plain 7 an integer")
        XCTAssertEqual(found("a2"), "10")
    }
}

import FuzzTargets
import PlanFiles
import XCTest

/// How the file-set fuzz target cuts an input into files: at lines that are exactly `---`,
/// at most `maxFiles` files, named in order.
final class FileSetSplitTests: XCTestCase {
    func pieces(_ text: String) -> [String] {
        FileSetTarget.files(Array(text.utf8)).map { input -> String in
            guard case .bytes(_, let bytes) = input else { return "not bytes" }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    func testCutsAtLinesThatAreExactlyThreeDashes() {
        let cases: [(String, [String])] = [
            ("a\n---\nb\n", ["a\n", "b\n"]),
            ("a\n---\nb", ["a\n", "b"]),
            ("a\n---\n", ["a\n"]),
            ("a\n---", ["a\n"]),
            ("---\nb\n", ["", "b\n"]),
            ("---\n---\n", ["", ""]),
            ("a\n--- \nb\n", ["a\n--- \nb\n"]),
            ("a\n----\nb\n", ["a\n----\nb\n"]),
            ("a\r\n---\r\nb\r\n", ["a\r\n---\r\nb\r\n"]),
            ("x: ---\n", ["x: ---\n"]),
            ("", [""]),
        ]
        for (input, expected) in cases {
            XCTAssertEqual(pieces(input), expected, input.debugDescription)
        }
    }

    func testNamesFollowInputOrderAndTheLastFileTakesTheRest() {
        let text = (1...20).map { "f\($0)\n" }.joined(separator: "---\n")
        let files = FileSetTarget.files(Array(text.utf8))
        XCTAssertEqual(files.count, 16)
        XCTAssertEqual(files.map(\.name).prefix(3), ["set-01.yaml", "set-02.yaml", "set-03.yaml"])
        XCTAssertEqual(files.last?.name, "set-16.yaml")
        XCTAssertEqual(pieces(text).last, (16...20).map { "f\($0)\n" }.joined(separator: "---\n"))
    }
}

import Diagnostics
import Foundation
@testable import PlanFiles
import XCTest

/// A mapping with a key written twice fails in Yams, which names the keys and one place. The
/// diagnostic is the same on every load of the same bytes, on any thread: Yams's place comes
/// from a sort that is total only over keys of distinct text, so for other keys (collections,
/// one text with two tags) the diagnostic names the file and no line.
final class YamsDuplicateKeyTests: XCTestCase {
    static func summary(_ text: String) -> String {
        guard case .failure(let diagnostic) = YamsDocument.parse(SourceFile(name: "d.yaml", text: text)) else { return "parsed" }
        return diagnostic.summary
    }

    /// Summaries gathered from several threads.
    final class Seen: @unchecked Sendable {
        let lock = NSLock()
        var summaries = Set<String>()
        func insert(_ summary: String) { lock.withLock { _ = summaries.insert(summary) } }
    }

    func testKeysOfDistinctTextArePlacedAtTheFirstKeysFirstPlace() {
        XCTAssertEqual(Self.summary("b: 1\na: 1\nb: 2\na: 2\n"), "d.yaml:2:1: error: invalid YAML: keys 'a', 'b' are written twice in one mapping (the first 'a' here)")
        XCTAssertEqual(Self.summary("plan:\n  id: p\n  id: q\n"), "d.yaml:2:3: error: invalid YAML: key 'id' is written twice in one mapping")
    }

    /// The place Yams gives for these changes with the address of a dictionary it builds, so
    /// each is parsed many times, on this thread and on others, between allocations that move
    /// that address.
    func testKeysYamsCannotOrderGiveOneDiagnosticOnEveryLoad() {
        let texts = [
            "? [x]\n: 1\nb: 1\na: 1\n? [x]\n: 2\nb: 2\na: 2\n? {y: 1}\n: 3\n? {y: 1}\n: 4\n",
            "1: a\n'1': b\n1: c\n'1': d\n",
        ]
        let expected = [
            "d.yaml: error: invalid YAML: keys 'a', 'b', 2 keys that are collections are written twice in one mapping (the YAML reader cannot place keys that are collections, or of one text and two types)",
            "d.yaml: error: invalid YAML: key '1' (as 2 types) is written twice in one mapping (the YAML reader cannot place keys that are collections, or of one text and two types)",
        ]
        for (text, expected) in zip(texts, expected) {
            let seen = Seen()
            var keep: [[Int]] = []
            for round in 0..<40 {
                keep.append(Array(repeating: round, count: round * 7))
                seen.insert(Self.summary(text))
            }
            DispatchQueue.concurrentPerform(iterations: 40) { _ in seen.insert(Self.summary(text)) }
            XCTAssertEqual(seen.summaries, [expected], "\(text.debugDescription), with \(keep.count) allocations between")
        }
    }
}

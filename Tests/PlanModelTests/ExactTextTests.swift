@testable import PlanModel
import XCTest

/// A graph keeps each text as written, byte for byte, where it stores a text once for many
/// nodes (a field's short values, a title its field repeats, a source document, a plan
/// file). Swift's strings compare equal when canonically equivalent — `é` as one scalar or
/// as `e` and a combining accent — so matching them as strings gave a node another node's
/// spelling of its text.
final class ExactTextTests: XCTestCase {
    let composed = "caf\u{E9}", decomposed = "cafe\u{301}"

    func testCanonicallyEquivalentTextsAreEachKeptAsWritten() throws {
        XCTAssertEqual(composed, decomposed, "the two are equal as Swift strings: the case this test is about")
        var b = PlanGraphBuilder()
        let plan = b.add(PlanNode(kind: .plan, id: "p", plan: nil, title: "Plan"))
        var refs: [NodeRef] = []
        for (i, (text, file)) in [(composed, "\(composed).yaml"), (decomposed, "\(decomposed).yaml")].enumerated() {
            var node = PlanNode(kind: .goal, id: "g\(i)", plan: plan, title: i == 0 ? text : composed)
            node.fields = [("title", .text(text)), ("phase", .text(text))]
            node.source = Provenance(document: "\(text).txt", lines: "1", section: nil, planFile: file, planLine: 1)
            refs.append(b.add(node))
        }
        let graph = b.build()
        for (ref, text) in zip(refs, [composed, decomposed]) {
            let node = graph[ref]
            XCTAssertEqual(node.field("title").map(scalars), scalars(.text(text)), "title field of \(node.id)")
            XCTAssertEqual(node.field("phase").map(scalars), scalars(.text(text)), "phase of \(node.id)")
            XCTAssertEqual(node.source.map { Array($0.document!.unicodeScalars) }, Array("\(text).txt".unicodeScalars))
            XCTAssertEqual(node.source.map { Array($0.planFile.unicodeScalars) }, Array("\(text).yaml".unicodeScalars))
        }
        XCTAssertEqual(Array(graph[refs[1]].title.unicodeScalars), Array(composed.unicodeScalars))
    }

    private func scalars(_ value: FieldValue) -> [Unicode.Scalar] {
        guard case .text(let t) = value else { return [] }
        return Array(t.unicodeScalars)
    }
}

@testable import PlanModel
import XCTest

/// A field that holds the node's title (a goal's `title`, an actor's `name`, an indicator's
/// `text`) is not a second copy of it in the text block: it reads the title's bytes, and
/// reads back as given, in the graph a load built and in its bytes mapped again.
final class TitleTextTests: XCTestCase {
    func testAFieldEqualToTheTitleReadsTheTitlesBytes() throws {
        var b = PlanGraphBuilder()
        let plan = b.add(PlanNode(kind: .plan, id: "p", plan: nil, title: "Plan"))
        var goal = PlanNode(kind: .goal, id: "g", plan: plan, title: "Zorgzame buurten in Aalst")
        goal.fields = [("title", .text("Zorgzame buurten in Aalst")), ("level", .text("strategic"))]
        let g = b.add(goal)
        var other = PlanNode(kind: .goal, id: "h", plan: plan, title: "Thuiszorg")
        other.fields = [("title", .text("Thuiszorg versterken"))]    // not the title: a text of its own
        let h = b.add(other)
        let built = b.build()
        // Ids, titles, the field names, and the texts that are not a title.
        let texts = ["p", "Plan", "g", "Zorgzame buurten in Aalst", "title", "level", "strategic", "h", "Thuiszorg", "Thuiszorg versterken"]
        XCTAssertEqual(built.columns.text.count, texts.reduce(0) { $0 + $1.utf8.count }, "each text once")
        let raw = UnsafeMutableRawBufferPointer.allocate(byteCount: built.bytes.count, alignment: 8)
        raw.copyMemory(from: UnsafeRawBufferPointer(start: built.bytes, count: built.bytes.count))
        let mapped = try XCTUnwrap(PlanGraph.reading(Blob.owning(raw)))
        for graph in [built, mapped] {
            XCTAssertEqual(graph[g].fields.map(\.name), ["title", "level"])
            XCTAssertEqual(graph[g].fields.map(\.value), [.text("Zorgzame buurten in Aalst"), .text("strategic")])
            XCTAssertEqual(graph[h].fields.map(\.value), [.text("Thuiszorg versterken")])
            XCTAssertEqual(graph[g].title, "Zorgzame buurten in Aalst")
        }
    }
}

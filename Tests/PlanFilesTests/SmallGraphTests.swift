import Diagnostics
@testable import PlanFiles
@testable import PlanModel
import XCTest

/// A small graph is finished on the loader's thread alone (no thread sorts its id indexes,
/// no memory is trimmed): the graph, its warnings and every lookup by id must be the same as
/// when it is finished the large graph's way.
final class SmallGraphTests: XCTestCase {
    func testAGraphIsTheSameFinishedAloneOrWithAThread() throws {
        let paths = ["Examples/plans", "Tests/FuzzCorpus/actors.yaml"].map { ReaderEquivalenceTests.repo.appendingPathComponent($0).path }
        var texts: [String] = []
        for threshold in [0, Int.max] {
            try SmallGraph.$nodes.withValue(threshold) {
                for path in paths {
                    let loaded = try PlanLoader.load(paths: [path]).get()
                    XCTAssertEqual(SmallGraph.contains(loaded.graph.count), threshold == Int.max)
                    texts.append(LoadComparison.text(loaded) + Self.lookups(loaded.graph))
                }
            }
        }
        XCTAssertEqual(texts.count, 4)
        for i in 0..<2 {
            XCTAssertTrue(texts[i].contains("plan -1"), "no node loaded from \(paths[i])")
            XCTAssertNil(LoadComparison.firstDifference(texts[i], texts[i + 2]), paths[i])
        }
    }

    /// Every node found by its own id, its plan-qualified id, and each plan by its name.
    static func lookups(_ g: PlanGraph) -> String {
        var out = ""
        for i in 0..<g.count {
            let node = g[NodeRef(i)]
            out += "\(i) \(g.nodes(withID: node.id).map(\.index))"
            let qualified = node.plan.map { "\(g[$0].id).\(node.id)" } ?? node.id
            out += " \(g.node(qualifiedID: qualified)?.index ?? -1) \(g.plan(named: node.id)?.index ?? -1)\n"
        }
        return out
    }
}

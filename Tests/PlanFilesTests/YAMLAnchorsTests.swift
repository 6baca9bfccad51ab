import Diagnostics
import Foundation
@testable import PlanFiles
import XCTest

/// Plan files may hold no anchor or alias. Which `&` and `*` are anchors is YAML's question,
/// answered by libyaml's events (`YAMLAnchors`): the text scan it replaced both refused valid
/// files (`, *ook*` in a plain title) and let a bomb through (anchors after a tab, or right
/// after a quoted key's `:` in a flow mapping), which then took minutes to load.
final class YAMLAnchorsTests: XCTestCase {
    func testAnchorsAndAliasesAreFoundWhereYAMLSeesThem() {
        let cases: [(text: String, place: (Int, Int)?)] = [
            ("a: &x 1\nb: *x\n", (1, 4)),
            ("a: 1\nb: [c, *x]\n", (2, 8)),                 // an alias alone: libyaml reports it before the composer would
            ("k: [a, &b c]\n", (1, 8)),
            ("x: {\"a\":&a [1], \"b\":*a}\n", (1, 9)),      // after a quoted key, `:` needs no space
            ("a:\t&a [1]\n", (1, 4)),                      // a tab separates as a space does
            ("- title: x >\n  other: &a 1\n", (2, 10)),    // `x >` is a plain text, not a block header
            ("- &a\n", (1, 3)),
            ("a: \"&x\"\n", nil),
            ("t: \"zorg & welzijn\"\n", nil),
            ("t: 5 * 3\n", nil),
            ("t: Overleg met partners, *ook* huisartsen\n", nil),   // a comma starts no node outside [ ] and { }
            ("t: a - *b, &c\n", nil),
            ("a: |\n  &x not an anchor\nb: 1\n", nil),
            ("n: \"first\n  &second line\"\n", nil),
            ("# &a comment\n", nil),
            ("", nil),
        ]
        for c in cases {
            let found = YAMLAnchors.first(in: c.text)
            XCTAssertEqual(found?.line, c.place?.0, c.text)
            XCTAssertEqual(found?.column, c.place?.1, c.text)
        }
    }

    /// A value with `, *word` in a plain block text is text, and loads (it was refused).
    func testAStarredWordAfterACommaIsText() throws {
        let text = """
        plan:
          id: p
          title: Overleg met partners, *ook* huisartsen
          period: "2024"
        goals:
          - id: SD1
            level: strategic
            text: Zorg & welzijn, *samen*, &tevens
        """
        for reader in [PlanLoader.Reader.fastWherePossible, .general] {
            let loaded = try PlanLoader.load([.bytes(name: "p.yaml", Array(text.utf8))], reader: reader).get()
            let plan = try XCTUnwrap(loaded.graph.node(qualifiedID: "p"))
            XCTAssertEqual(loaded.graph[plan].title, "Overleg met partners, *ook* huisartsen")
            let goal = try XCTUnwrap(loaded.graph.node(qualifiedID: "p.SD1"))
            XCTAssertEqual(loaded.graph[goal].title, "Zorg & welzijn, *samen*, &tevens")
        }
    }

    /// The same refusal whichever reader is asked first, at the first anchor in the text.
    func testAHiddenAliasBombIsRefusedAtItsFirstAnchor() throws {
        var text = "plan: {id: p, title: Test, period: \"2024\"}\nx: {\"a\":&a [x, x, x, x, x, x, x, x, x]}\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            let aliases = (1...9).map { "\"\($0)\":*\(previous)" }.joined(separator: ",")
            text += "\(name): {\"0\":&\(name) {\(aliases)}}\n"
            previous = name
        }
        for reader in [PlanLoader.Reader.fastWherePossible, .general] {
            guard case .failure(let problems) = PlanLoader.load([.bytes(name: "bomb.yaml", Array(text.utf8))], reader: reader) else {
                return XCTFail("a file of anchors and aliases loaded")
            }
            XCTAssertEqual(problems.diagnostics.map(\.summary),
                           ["bomb.yaml:2:9: error: anchors and aliases (&name, *name) are not allowed in plan files"])
        }
    }
}

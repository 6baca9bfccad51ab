import Diagnostics
import PlanFiles
@testable import PlanImport
import XCTest

/// Whatever characters a source document holds, the plan file written from it is YAML that
/// planq loads, and gives the texts back as they were: YAML refuses control characters anywhere
/// in a file (C0 but tab and line breaks, DEL, C1), and a line break inside a comment ends it.
final class WriterEscapeTests: XCTestCase {
    static let awkward = "a\u{1}b\u{1A}c\u{7F}d\u{80}e\u{85}f\u{9F}g\u{2028}h\u{2029}i\u{FEFF}j\u{FFFE}k\u{FFFF}l\tm\"n\\o\u{1F600}"

    func testAwkwardCharactersAreWrittenSoThatThePlanLoadsWithThem() throws {
        let plan = ImportedPlan(template: .elzActionPlan, id: "p", title: Self.awkward, document: Self.awkward,
                                file: "dir\nwith a line break/\u{1}doc.txt")
        let yaml = PlanWriter.yaml(plan)
        let header = try XCTUnwrap(yaml.split(separator: "\n").first)
        XCTAssertTrue(header.hasPrefix("# a\\u0001b\\u001Ac"), String(header))
        XCTAssertTrue(header.contains("from dir\\u000Awith a line break/\\u0001doc.txt"), String(header))
        let loaded = try PlanLoader.load(sources: [SourceFile(name: "p.yaml", text: yaml)]).get()
        let node = loaded.graph[try XCTUnwrap(loaded.graph.plan(named: "p"))]
        XCTAssertTrue(node.title.unicodeScalars.elementsEqual(Self.awkward.unicodeScalars), node.title.debugDescription)
    }
}

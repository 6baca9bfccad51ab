import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Drawing
import PlanModel
import Rendering
import XCTest

/// Every picture format checked by what reads it: SVG by an XML parser (and every title must be
/// there as text, whole), DOT by Graphviz itself, Mermaid by a checker of its grammar.
final class PictureFormatTests: XCTestCase {
    func testSVGIsWellFormedXMLWithEveryTitleWholeAsText() throws {
        for (statement, plans) in Drawn.cases {
            if statement.hasPrefix("graph"), Graphviz.missing { continue }
            let svg = Drawn.output(statement, .svg, plans: plans)
            let texts = try SVGTexts.read(svg)
            XCTAssertTrue(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\""), statement)
            XCTAssertTrue(svg.contains("xmlns=\"http://www.w3.org/2000/svg\""), statement)
            guard !statement.hasPrefix("graph") else { continue }  // Graphviz's own SVG; its labels are checked in DOT
            XCTAssertFalse(texts.byNode.isEmpty, statement)
            let graph = Drawn.graph(plans)
            for (id, text) in texts.byNode {
                let ref = try XCTUnwrap(graph.node(qualifiedID: id), "\(statement): unknown data-id \(id)")
                XCTAssertTrue(text.contains(normalized(graph[ref].title)),
                              "\(statement): the title of \(id) is not whole in its box:\n\(text)\nexpected\n\(graph[ref].title)")
            }
        }
    }

    /// The title as the pictures write it: control characters and line breaks as spaces, runs of
    /// spaces as one (wrapping breaks lines at spaces).
    func normalized(_ title: String) -> String {
        title.map { $0.isNewline || $0.unicodeScalars.allSatisfy({ $0.value < 0x20 || $0.value == 0x7F }) ? " " : String($0) }
            .joined().split(separator: " ").joined(separator: " ")
    }

    func testDOTIsReadByGraphviz() throws {
        guard let dot = Tool.path("dot") else { return }
        for (statement, plans) in Drawn.cases where !statement.hasPrefix("timeline") {
            let source = Drawn.output(statement, .dot, plans: plans)
            let run = try Tool.run(dot, ["-Tsvg"], input: source)
            XCTAssertEqual(run.status, 0, "\(statement): dot failed: \(run.stderr)\n\(source)")
            XCTAssertEqual(run.stderr, "", "\(statement): dot warned")
            let svg = String(decoding: run.stdout, as: UTF8.self)
            let declared = source.split(separator: "\n").filter { $0.contains(" [label=") && !$0.contains(" -> ") }.count
            XCTAssertEqual(svg.components(separatedBy: "class=\"node\"").count - 1, declared,
                           "\(statement): Graphviz drew a different number of nodes than declared (an id broke)")
            XCTAssertNoThrow(try SVGTexts.read(svg), statement)
        }
    }

    func testMermaidFollowsItsGrammar() {
        for (statement, plans) in Drawn.cases {
            let text = Drawn.output(statement, .mermaid, plans: plans)
            XCTAssertTrue(text.hasPrefix(statement.hasPrefix("timeline") ? "gantt\n" : "flowchart "), statement)
            XCTAssertEqual(MermaidChecker.problems(text), [], "\(statement):\n\(text)")
        }
    }

    /// The checker can fail: each broken text is rejected with the problem named.
    func testMermaidCheckerRejectsBrokenText() {
        let cases: [(text: String, problem: String)] = [
            ("flowchart LR\n  n0[\"a \"quoted\" title\"]\n", "'\"' inside a quoted label"),
            ("flowchart LR\n  n0[\"one # two\"]\n", "'#' that starts no entity code"),
            ("flowchart LR\n  n0[\"<script>x</script>\"]\n", "raw '<'"),
            ("flowchart LR\n  n0[\"a\"]\n  n0 --> n1\n", "undeclared node n1"),
            ("flowchart LR\n  n0[\"a\"\n", "not a node"),
            ("graph LR\n  n0[\"a\"]\n", "expected 'flowchart DIR' or 'gantt'"),
            ("gantt\n  title t\n  Actie: twee :t0, 2024-01-01, 2024-02-01\n", "task data is not"),
            ("gantt\n  title t\n  Actie # twee :t0, 2024-01-01, 2024-02-01\n", "':', ';' or '#' in gantt text"),
            ("gantt\n  section A #1\n  x :t0, 2024-01-01, 2024-02-01\n", "':', ';' or '#' in gantt text"),
            ("gantt\n  x :t0, 2024-01-01, 2024-02-30\n", "task data is not"),
            ("gantt\n  x :t0, 2024-03-01, 2024-02-01\n", "ends before it starts"),
            ("gantt\n  x :t0, 2024-01-01, 2024-02-01\n  y :t0, 2024-01-01, 2024-02-01\n", "used twice"),
        ]
        for (text, problem) in cases {
            let found = MermaidChecker.problems(text)
            XCTAssertTrue(found.contains { $0.contains(problem) }, "\(text.debugDescription): expected '\(problem)', got \(found)")
        }
    }

    func testSamePlanGivesTheSameBytes() {
        for (statement, plans) in Drawn.cases {
            for format in [OutputFormat.svg, .dot, .mermaid, .html] {
                if statement.hasPrefix("timeline") && format == .dot { continue }
                if statement.hasPrefix("graph") && (format == .svg || format == .html) && Graphviz.missing { continue }
                let first = Drawn.output(statement, format, plans: plans)
                Drawn.loaded[plans.path] = nil  // load the plans again from disk
                XCTAssertEqual(first, Drawn.output(statement, format, plans: plans), "\(statement) --format \(format)")
            }
        }
        for plan in ["elz", "zzl"] {
            let page = Drawn.output("overview \(plan)", .html)
            Drawn.loaded[Drawn.examples.path] = nil
            XCTAssertEqual(page, Drawn.output("overview \(plan)", .html), "overview \(plan)")
        }
    }

    /// Every goal, activity, work package, actor and theme on the overview opens to the rows
    /// `describe` shows, ending with where it is written (plan file and line).
    func testOverviewNodesOpenToTheirFieldsAndProvenance() throws {
        let graph = Drawn.graph(Drawn.examples)
        for plan in ["elz", "zzl"] {
            let page = Drawn.output("overview \(plan)", .html)
            let ref = try XCTUnwrap(graph.plan(named: plan))
            let shown = graph.descendants(of: ref).filter { [.goal, .activity, .workPackage, .theme].contains(graph[$0].kind) }
            for node in shown {
                let id = graph.qualifiedID(node)
                let start = try XCTUnwrap(page.range(of: "data-id=\"\(id)\""), "\(id) is not on the page").upperBound
                let box = String(page[start...].prefix(20_000)).components(separatedBy: "data-id=")[0]
                let source = try XCTUnwrap(graph[node].source)
                let file = String(source.planFile.split(separator: "/").last!)
                XCTAssertTrue(box.contains("<tr><th>id</th><td>\(id)</td></tr>"), "\(id): its describe rows")
                XCTAssertTrue(box.contains("<tr><th>plan file</th><td>\(file) line \(source.planLine)</td></tr>"), "\(id): plan file and line")
            }
        }
    }

    /// Awkward titles come out escaped in every format (the parsers above check they still parse;
    /// these check the text is the user's, not mangled or executed).
    func testAwkwardTitlesAreEscapedNotLost() {
        let svg = Drawn.output("tree nasty", .svg, plans: Drawn.nasty)
        XCTAssertTrue(svg.contains("Plan &quot;Lastig&quot; &lt;script&gt;alert(1)&lt;/script&gt; &amp; co"))
        XCTAssertFalse(svg.contains("<script"))
        XCTAssertFalse(svg.contains("\u{07}"), "a control character is not allowed in XML")
        let dot = Drawn.output("graph activities of nasty", .dot, plans: Drawn.nasty)
        XCTAssertTrue(dot.contains(#""quote-actor" [label="quote-actor\nVzw \"De Brug\" & <b>Partners</b>\n| [team] {x}""#), dot)
        XCTAssertTrue(dot.contains(#"backslash \\ en \\N en"#))
        let mermaid = Drawn.output("graph activities of nasty", .mermaid, plans: Drawn.nasty)
        XCTAssertTrue(mermaid.contains("Vzw #34;De Brug#34; #38; #60;b#62;Partners#60;/b#62; |<br/>[team] {x}"), mermaid)
        XCTAssertTrue(mermaid.contains("Dienst #35;1; 50#37; — #37;#37;niet#37;#37; een"), mermaid)
        let gantt = Drawn.output("timeline activities of nasty", .mermaid, plans: Drawn.nasty)
        XCTAssertTrue(gantt.contains("nasty.A2 section x∶ y； z ＃ niet gantt :done, t"), gantt)
        XCTAssertTrue(gantt.contains("nasty.A3 Ongeveer met een belteken :active, t"), gantt)
        let page = Drawn.output("overview nasty", .html, plans: Drawn.nasty)
        XCTAssertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        XCTAssertEqual(page.components(separatedBy: "<script").count, 1, "no script element on the page")
        XCTAssertTrue(page.contains("Ongeveer   met een belteken"), "the bell character is a space on the page")
        XCTAssertFalse(page.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "no control character on the page")
    }
}

extension Graphviz {
    /// Graphviz is needed by the `graph` SVGs; its absence fails `testDOTIsReadByGraphviz` once,
    /// with the instruction, rather than every test.
    static var missing: Bool { program == nil }
}

/// The text of an SVG, per node box (`<g data-id=…>`), read with an XML parser: reading it at
/// all proves it well-formed.
final class SVGTexts: NSObject, XMLParserDelegate {
    var byNode: [String: String] = [:]
    var stack: [String?] = []
    var inText = false

    static func read(_ svg: String) throws -> SVGTexts {
        let reader = SVGTexts()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = reader
        guard parser.parse() else {
            let error = parser.parserError.map { "\($0)" } ?? "unknown"
            throw XMLProblem(message: "not well-formed XML at line \(parser.lineNumber), column \(parser.columnNumber): \(error)")
        }
        return reader
    }

    struct XMLProblem: Error, CustomStringConvertible { let message: String; var description: String { message } }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        stack.append(attributes["data-id"] ?? (stack.last ?? nil))
        if name == "text" { inText = true }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text", let id = stack.last ?? nil { byNode[id, default: ""] += " " }
        if name == "text" { inText = false }
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard inText, let id = stack.last ?? nil else { return }
        byNode[id, default: ""] += string
    }
}

import Foundation
import Rendering
import XCTest

/// Which statement can be drawn in which format: everything else is a positioned error, never
/// a silent fall back to another format.
final class StatementFormatTests: XCTestCase {
    /// Statement, format, and the first line of the error it must give (file:line:col included).
    static let refused: [(String, OutputFormat, String)] = [
        ("goals of elz", .svg, "query:1:1: error: the svg format draws pictures (tree, timeline, path, graph, overview); this statement's answer is a table — use table, json, csv, markdown or expanded"),
        ("describe elz.A2.2", .mermaid, "query:1:1: error: the mermaid format draws pictures (tree, timeline, path, graph, overview); this statement's answer is a table — use table, json, csv, markdown or expanded"),
        ("count activities of zzl by goal", .html, "query:1:1: error: the html format draws pictures (tree, timeline, path, graph, overview); this statement's answer is a table — use table, json, csv, markdown or expanded"),
        ("explain activities of elz", .dot, "query:1:1: error: the dot format draws pictures (tree, timeline, path, graph, overview); this statement's answer is a table — use table, json, csv, markdown or expanded"),
        ("timeline activities of elz", .dot, "query:1:1: error: a timeline has no edges for Graphviz to lay out; draw it with svg, mermaid (a gantt chart) or html"),
        ("timeline count activities of elz", .svg, "query:1:10: error: timeline needs a list of nodes, not a count"),
        ("timeline activities of elz where title ~ \"geen zulke titel\"", .svg, "query:1:10: error: nothing to draw: no node in the answer has a period"),
        ("graph count activities", .dot, "query:1:7: error: graph needs a list of nodes, not a count"),
        ("graph activities of elz where title ~ \"geen zulke titel\"", .mermaid, "query:1:7: error: nothing to draw: the query found no nodes"),
        ("overview elz", .table, "query:1:1: error: overview writes one HTML page: use --format html (or .format html) and .output FILE"),
        ("overview elz", .svg, "query:1:1: error: overview writes one HTML page: use --format html (or .format html) and .output FILE"),
        ("overview elz.SD1", .html, "query:1:10: error: overview draws a whole plan; 'elz.SD1' is not a plan but elz.SD1 (goal) — the plans are elz, zzl"),
    ]

    func testStatementsRefuseFormatsTheyCannotBeDrawnIn() {
        for (statement, format, expected) in Self.refused {
            let r = Drawn.run(statement, format)
            XCTAssertEqual(r.status, .queryError, "\(statement) --format \(format)")
            XCTAssertEqual(r.output, "", "\(statement) --format \(format): nothing may be written on an error")
            XCTAssertEqual(r.errors.split(separator: "\n").first.map(String.init), expected, "\(statement) --format \(format)")
        }
    }

    func testEachDrawingStatementInEachOfItsFormats() {
        let drawn: [(String, [OutputFormat: String])] = [
            ("tree elz", [.svg: "<?xml", .dot: "digraph planq {", .mermaid: "flowchart LR", .html: "<!DOCTYPE html>"]),
            ("timeline activities of elz", [.svg: "<?xml", .mermaid: "gantt", .html: "<!DOCTYPE html>"]),
            ("path from elz.A3.1 to zzl.A2.7", [.svg: "<?xml", .dot: "digraph planq {", .mermaid: "flowchart TB", .html: "<!DOCTYPE html>"]),
            ("graph activities of elz", [.svg: "<?xml", .dot: "digraph planq {", .mermaid: "flowchart LR", .html: "<!DOCTYPE html>"]),
            ("overview zzl", [.html: "<!DOCTYPE html>"]),
        ]
        for (statement, formats) in drawn {
            for (format, start) in formats {
                XCTAssertTrue(Drawn.output(statement, format).hasPrefix(start), "\(statement) --format \(format)")
            }
        }
    }

    /// In a table format, `graph` answers with its edges.
    func testGraphInATableFormatListsItsEdges() {
        let csv = Drawn.output("graph activities of elz for SD2", .csv)
        let lines = csv.split(separator: "\r\n").map(String.init)
        XCTAssertEqual(lines.first, "from,via,to,from title,to title")
        XCTAssertTrue(lines.contains("elz.A2.1,belongs to,elz.OD2.1,Exploratiegesprekken,Tegen eind juni 2024 is een samenwerking met ELZ Leuven Noord en Leuven Zuid geëxploreerd."), csv)
        // One edge per actor and node, its roles in the order lead … audience.
        XCTAssertTrue(lines.contains("elz-leuven,\"lead, responsible, audience\",elz.A2.1,ELZ Leuven,Exploratiegesprekken"), csv)
        XCTAssertTrue(lines.contains("elz.OD2.1,belongs to,elz.SD2,Tegen eind juni 2024 is een samenwerking met ELZ Leuven Noord en Leuven Zuid geëxploreerd.,ELZ Leuven werkt samen met andere ELZ’s binnen de regio."), csv)
    }

    /// Without Graphviz an actor network cannot be laid out as SVG: planq says so and what to use.
    func testGraphAsSVGWithoutGraphvizSaysSo() {
        setenv("PLANQ_DOT", "/nonexistent/dot", 1)
        defer { unsetenv("PLANQ_DOT") }
        let r = Drawn.run("graph activities of elz", .svg)
        XCTAssertEqual(r.status, .queryError)
        XCTAssertEqual(r.output, "")
        XCTAssertTrue(r.errors.hasPrefix("query:1:1: error: drawing an actor network as SVG needs Graphviz's 'dot', which is not installed (Debian: apt-get install graphviz); --format dot or mermaid need no Graphviz"), r.errors)
        XCTAssertEqual(Drawn.run("graph activities of elz", .dot).status, .success, "DOT never needs Graphviz")
        XCTAssertEqual(Drawn.run("graph activities of elz", .mermaid).status, .success, "Mermaid never needs Graphviz")
    }
}

/// Pictures go where `.output FILE` sends them, like any answer; an error writes no file.
final class PictureOutputTests: XCTestCase {
    func testOutputFileGetsThePicture() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planq-output-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let svg = folder.appendingPathComponent("tree.svg"), page = folder.appendingPathComponent("zzl.html")
        let bad = folder.appendingPathComponent("bad.svg")
        let script = folder.appendingPathComponent("pictures.pq")
        try """
            .format svg
            .output \(svg.path)
            tree elz
            .format html
            .output \(page.path)
            overview zzl
            .output
            """.write(to: script, atomically: true, encoding: .utf8)
        let run = try Tool.run(try PlanqBinary.url.path, [Drawn.examples.path, "-f", script.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(try String(contentsOf: svg, encoding: .utf8), Drawn.output("tree elz", .svg))
        XCTAssertEqual(try String(contentsOf: page, encoding: .utf8), Drawn.output("overview zzl", .html))

        let failing = try Tool.run(try PlanqBinary.url.path, [Drawn.examples.path, "-e", ".format svg", "-e", ".output \(bad.path)",
                                                              "-e", "goals of elz"])
        XCTAssertEqual(failing.status, 1)
        XCTAssertTrue(failing.stderr.contains("error: the svg format draws pictures"), failing.stderr)
        XCTAssertEqual((try? String(contentsOf: bad, encoding: .utf8)) ?? "", "", "nothing drawn, nothing written")
    }

    /// The issue's four commands, through the built binary.
    func testTheIssuesCommandsWork() throws {
        let commands: [(String, String, String)] = [
            ("tree elz", "svg", "<?xml"), ("timeline activities of elz", "mermaid", "gantt\n"),
            ("graph activities of elz", "dot", "digraph planq {"), ("overview zzl", "html", "<!DOCTYPE html>"),
        ]
        for (statement, format, start) in commands {
            let run = try Tool.run(try PlanqBinary.url.path, [Drawn.examples.path, "-e", statement, "--format", format])
            XCTAssertEqual(run.status, 0, "\(statement): \(run.stderr)")
            XCTAssertEqual(run.stderr, "")
            XCTAssertTrue(String(decoding: run.stdout, as: UTF8.self).hasPrefix(start), statement)
        }
    }

    /// 800 activities, each led by its own actor: 1,602 nodes, over Graphviz's limit.
    func testAHugeActorNetworkIsRefusedNotLaidOutForever() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planq-huge-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let n = 800
        try ("actors:\n" + (0..<n).map { "  - {id: a\($0), name: \"Actor \($0)\", type: organisation}\n" }.joined())
            .write(to: folder.appendingPathComponent("actors.yaml"), atomically: true, encoding: .utf8)
        try ("plan: {id: huge, title: Huge, owner: a0, period: \"2024\", source: {file: huge.txt}}\n"
            + "goals:\n  - {id: SD1, level: strategic, text: \"One goal\"}\nactivities:\n"
            + (0..<n).map { "  - {id: A\($0), goal: SD1, title: \"Activity \($0)\", actors: {lead: [a\($0)]}}\n" }.joined())
            .write(to: folder.appendingPathComponent("huge.yaml"), atomically: true, encoding: .utf8)
        let r = Drawn.run("graph activities of huge", .svg, plans: folder)
        XCTAssertEqual(r.status, .queryError)
        XCTAssertEqual(r.output, "")
        XCTAssertEqual(r.errors.split(separator: "\n").first.map(String.init),
                       "query:1:7: error: too large to lay out: 1601 nodes (at most 1500); narrow the query, or use --format dot or mermaid")
        XCTAssertEqual(Drawn.run("graph activities of huge", .dot, plans: folder).status, .success, "DOT has no limit")
    }
}

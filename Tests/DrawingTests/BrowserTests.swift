import Foundation
import PlanModel
import Rendering
import XCTest

/// The pictures and overview pages in a real browser (headless Chromium): they load with no
/// console message and no network request, the DOM holds every goal and activity, and a
/// screenshot matches a reviewed reference image loosely (same size, not blank, the same layout
/// within a tolerance). Re-record the references with `PLANQ_RECORD=1 swift test --filter
/// BrowserTests`, then look at every changed PNG in References/ before committing it.
final class BrowserTests: XCTestCase {
    static let pages = FileManager.default.temporaryDirectory.appendingPathComponent("planq-browser-\(getpid())")
    static let references = Drawn.tests.appendingPathComponent("References")
    /// Largest layout distance (mean difference of 32 × 40 grids of mean luminance, 0…1) still
    /// counted as the same layout. Measured on zzl's overview against its reference: the same
    /// page again 0.000; text 1 px larger 0.032; another font (Liberation Sans) 0.033; elz's
    /// page 0.056. So anti-aliasing and small rendering differences pass, a changed layout or
    /// font does not (`scripts/ensure-deps --dev` installs the DejaVu fonts the pages name first).
    static let tolerance = 0.015

    /// What the browser is shown, as files: name, statement, format, and the screenshot's size.
    static let shown: [(name: String, statement: String, format: OutputFormat, size: (Int, Int))] = [
        ("overview-zzl.html", "overview zzl", .html, (1280, 1600)),
        ("overview-elz.html", "overview elz", .html, (1280, 1600)),
        ("tree-elz.svg", "tree elz", .svg, (800, 1400)),
        ("tree-zzl-SD2.html", "tree zzl.SD2", .html, (900, 900)),
        ("timeline-elz.svg", "timeline activities of elz", .svg, (1280, 700)),
        ("path-elz-zzl.svg", "path from elz.A3.1 to zzl.A2.7", .svg, (700, 700)),
        ("graph-elz.svg", "graph activities of elz", .svg, (1400, 1400)),
    ]

    func write(_ text: String, as name: String) throws -> URL {
        try FileManager.default.createDirectory(at: Self.pages, withIntermediateDirectories: true)
        let url = Self.pages.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    func testPagesLoadOfflineWithoutErrorsAndHoldEveryGoalAndActivity() throws {
        guard let chromium = Chromium(in: Self.pages) else { return }
        let graph = Drawn.graph(Drawn.examples)
        for (name, statement, format, _) in Self.shown {
            let visit = try chromium.visit(try write(Drawn.output(statement, format), as: name))
            XCTAssertEqual(visit.console, [], "\(name): console messages")
            XCTAssertEqual(visit.requests, [], "\(name): network requests")
            XCTAssertFalse(visit.dom.contains("parsererror"), "\(name): the browser could not parse it")
            guard name.hasPrefix("overview") else {
                XCTAssertTrue(visit.dom.contains("<svg"), name)
                continue
            }
            let plan = try XCTUnwrap(graph.plan(named: String(statement.dropFirst("overview ".count))))
            let nodes = graph.descendants(of: plan).filter { [.goal, .activity].contains(graph[$0].kind) }
            XCTAssertGreaterThan(nodes.count, 10)
            for ref in nodes {
                XCTAssertTrue(visit.dom.contains("data-id=\"\(graph.qualifiedID(ref))\""), "\(name): \(graph.qualifiedID(ref)) missing")
            }
            XCTAssertEqual(Self.count("<a href=\"http", in: visit.dom) + Self.count("src=\"", in: visit.dom), 0, "\(name): links out")
        }
        // Titles with quotes, markup, a control character and an emoji load as text, not as markup.
        let nasty = try chromium.visit(try write(Drawn.output("overview nasty", .html, plans: Drawn.nasty), as: "overview-nasty.html"))
        XCTAssertEqual(nasty.console, [], "overview nasty: console messages")
        XCTAssertEqual(nasty.requests, [], "overview nasty: network requests")
        XCTAssertTrue(nasty.dom.contains("Plan \"Lastig\" &lt;script&gt;alert(1)&lt;/script&gt; &amp; co"), "the title as text")
        for id in ["nasty.SD1", "nasty.SD2", "nasty.A1", "nasty.A2", "nasty.A3"] { XCTAssertTrue(nasty.dom.contains("data-id=\"\(id)\""), id) }
        let zzl = try chromium.visit(try write(Drawn.output("overview zzl", .html), as: "overview-zzl.html")).dom
        let matrix = try XCTUnwrap(zzl.range(of: "<table class=\"matrix\">")).upperBound
        let table = String(zzl[matrix...].prefix { _ in true }).components(separatedBy: "</table>")[0]
        XCTAssertEqual(Self.count("<tr data-id=\"zzl.A", in: table), 28, "zzl's matrix has 28 activity rows")
        XCTAssertEqual(Self.count("<th class=\"theme\"", in: table), 15, "zzl's matrix has 15 theme columns")
        XCTAssertEqual(Self.count("class=\"mark on\"", in: table),
                       graph.nodes(of: .activity).filter { graph[graph[$0].plan!].id == "zzl" }.map { graph.themes(of: $0).count }.reduce(0, +))
    }

    func testScreenshotsMatchTheReviewedReferences() throws {
        guard let chromium = Chromium(in: Self.pages) else { return }
        for (name, statement, format, size) in Self.shown {
            let page = try write(Drawn.output(statement, format), as: name)
            let shot = Self.pages.appendingPathComponent(name + ".png")
            try chromium.screenshot(page, width: size.0, height: size.1, to: shot)
            let reference = Self.references.appendingPathComponent(name + ".png")
            if Drawn.recording {
                try? FileManager.default.removeItem(at: reference)
                try FileManager.default.copyItem(at: shot, to: reference)
                continue
            }
            let image = try PNGImage(contentsOf: shot)
            XCTAssertEqual([image.width, image.height], [size.0, size.1], name)
            XCTAssertGreaterThan(image.inkShare, 0.03, "\(name): the screenshot is (nearly) blank")
            guard let expected = try? PNGImage(contentsOf: reference) else {
                XCTFail("\(name): no reference image; record with PLANQ_RECORD=1 and review it")
                continue
            }
            XCTAssertEqual([image.width, image.height], [expected.width, expected.height], name)
            let distance = image.layoutDistance(to: expected)
            XCTAssertLessThan(distance, Self.tolerance, "\(name): layout differs from References/\(name).png (\(distance)); "
                + "look at \(shot.path), and re-record with PLANQ_RECORD=1 if the change is intended")
        }
    }

    /// The checks can fail: a page with an outside image, a stylesheet and a script is caught by
    /// the console and request checks; a blank image and another plan's page by the screenshot checks.
    func testTheChecksCatchABrokenPage() throws {
        guard let chromium = Chromium(in: Self.pages) else { return }
        let csp = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"
        let broken = try write("""
            <!DOCTYPE html><html><head><meta charset="utf-8">\(csp)<title>broken</title></head>
            <body><p>x</p><img src="http://example.com/logo.png"><script>undefinedFunction()</script></body></html>
            """, as: "broken-with-csp.html")
        let visit = try chromium.visit(broken)
        XCTAssertTrue(visit.console.contains { $0.contains("example.com/logo.png") && $0.contains("Content Security Policy") }, "\(visit.console)")
        XCTAssertTrue(visit.console.contains { $0.contains("inline script") || $0.contains("inline execution") }, "\(visit.console)")
        let open = try write("""
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>no policy</title></head>
            <body><p>x</p><img src="http://example.com/logo.png"></body></html>
            """, as: "broken-without-csp.html")
        XCTAssertEqual(try chromium.visit(open).requests, ["http://example.com/logo.png"])

        let blank = Self.pages.appendingPathComponent("blank.png")
        try chromium.screenshot(try write("<!DOCTYPE html><title>blank</title>", as: "blank.html"), width: 400, height: 300, to: blank)
        XCTAssertLessThan(try PNGImage(contentsOf: blank).inkShare, 0.001)

        let elz = Self.pages.appendingPathComponent("elz-as-zzl.png")
        try chromium.screenshot(try write(Drawn.output("overview elz", .html), as: "elz.html"), width: 1280, height: 1600, to: elz)
        let zzlReference = try PNGImage(contentsOf: Self.references.appendingPathComponent("overview-zzl.html.png"))
        XCTAssertGreaterThan(try PNGImage(contentsOf: elz).layoutDistance(to: zzlReference), Self.tolerance * 2,
                             "another plan's page must not pass for zzl's")
    }

    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    override class func tearDown() {
        try? FileManager.default.removeItem(at: pages)
        super.tearDown()
    }
}

import Foundation
import XCTest

/// The overview page is written from Sources/Drawing/Templates/*.mustache. The planq binary
/// carries them embedded (EmbeddedTemplates.swift), so it needs no resource files and runs
/// from any folder; this test keeps the embedded copy equal to the template files.
/// After editing a template: `PLANQ_RECORD=1 swift test --filter TemplateEmbeddingTests`.
final class TemplateEmbeddingTests: XCTestCase {
    static let drawing = Drawn.repo.appendingPathComponent("Sources/Drawing")

    static func embedded() throws -> String {
        let folder = drawing.appendingPathComponent("Templates")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".html.mustache") }.sorted()
        var out = """
            // Generated from Templates/*.mustache by TemplateEmbeddingTests; re-record with
            // PLANQ_RECORD=1 swift test --filter TemplateEmbeddingTests. Do not edit by hand.

            /// The HTML templates, embedded so that the planq binary needs no resource files and runs from anywhere.
            enum EmbeddedTemplates {

            """
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            XCTAssertFalse(text.contains("\"\"\"#"), "\(name) cannot be embedded in a raw string")
            let property = String(name.prefix { $0 != "." })
            out += "    /// Templates/\(name)\n    static let \(property) = #\"\"\"\n\(text)\"\"\"#\n"
        }
        return out + "}\n"
    }

    func testEmbeddedTemplatesEqualTheTemplateFiles() throws {
        let file = Self.drawing.appendingPathComponent("EmbeddedTemplates.swift")
        let expected = try Self.embedded()
        if Drawn.recording {
            try expected.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), expected,
                       "a template changed: PLANQ_RECORD=1 swift test --filter TemplateEmbeddingTests, then rebuild")
    }

    /// The built binary, copied into an empty folder elsewhere, still writes the page.
    func testTheBinaryWritesTheOverviewFromAnyFolder() throws {
        let binary = try PlanqBinary.url
        let elsewhere = FileManager.default.temporaryDirectory.appendingPathComponent("planq-anywhere-\(getpid())")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        let copy = elsewhere.appendingPathComponent("planq")
        try FileManager.default.copyItem(at: binary, to: copy)
        let run = try Tool.run(copy.path, [Drawn.examples.path, "-e", "overview zzl", "--format", "html"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let page = String(decoding: run.stdout, as: UTF8.self)
        XCTAssertTrue(page.hasPrefix("<!DOCTYPE html>"))
        XCTAssertEqual(page, Drawn.output("overview zzl", .html), "the binary and the library write the same page")
    }
}

/// The `planq` executable SwiftPM built beside the test bundle.
enum PlanqBinary {
    static var url: URL {
        get throws {
            var dir = Bundle.main.bundleURL
            for _ in 0..<4 {
                let candidate = dir.appendingPathComponent("planq")
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
                dir = dir.deletingLastPathComponent()
            }
            let fallback = Drawn.repo.appendingPathComponent(".build/debug/planq")
            guard FileManager.default.isExecutableFile(atPath: fallback.path) else {
                XCTFail("planq binary not built")
                throw CocoaError(.fileNoSuchFile)
            }
            return fallback
        }
    }
}

import Foundation
import Rendering
import XCTest

/// Examples/demo/pictures holds the pictures a trainer puts on slides, made by planq from the
/// example plans. This test keeps them equal to what planq makes now, and their README listing
/// each with the command that makes it. After a deliberate change: `PLANQ_RECORD=1 swift test
/// --filter DemoPicturesTests`, then look at the changed pictures before committing them.
final class DemoPicturesTests: XCTestCase {
    static let folder = Drawn.repo.appendingPathComponent("Examples/demo/pictures")

    static let pictures: [(file: String, statement: String, format: OutputFormat)] = [
        ("tree-elz.svg", "tree elz", .svg),
        ("tree-elz.mmd", "tree elz", .mermaid),
        ("tree-zzl-SD2.svg", "tree zzl.SD2", .svg),
        ("timeline-elz.svg", "timeline activities of elz", .svg),
        ("timeline-elz.mmd", "timeline activities of elz", .mermaid),
        ("timeline-zzl-events.svg", "timeline events of zzl", .svg),
        ("path-elz-zzl.svg", "path from elz.A3.1 to zzl.A2.7", .svg),
        ("graph-elz.svg", "graph activities of elz", .svg),
        ("graph-elz.dot", "graph activities of elz", .dot),
        ("overview-elz.html", "overview elz", .html),
        ("overview-zzl.html", "overview zzl", .html),
    ]

    func testDemoPicturesAreUpToDate() throws {
        for (file, statement, format) in Self.pictures {
            let made = Drawn.output(statement, format)
            XCTAssertFalse(made.contains(Drawn.repo.path), "\(file) names a folder of this machine")
            let url = Self.folder.appendingPathComponent(file)
            if Drawn.recording {
                try made.write(to: url, atomically: true, encoding: .utf8)
                continue
            }
            let kept = try? String(contentsOf: url, encoding: .utf8)
            XCTAssertEqual(kept, made, "Examples/demo/pictures/\(file) is not what `\(statement)` --format \(format) makes now;"
                + " re-record with PLANQ_RECORD=1 swift test --filter DemoPicturesTests and look at it")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0 != "README.md" }.sorted()
        XCTAssertEqual(files, Self.pictures.map(\.file).sorted(), "a picture in the folder that no statement makes, or one missing")
    }

    func testTheFolderSaysHowEachPictureIsMade() throws {
        let readme = try String(contentsOf: Self.folder.appendingPathComponent("README.md"), encoding: .utf8)
        for (file, statement, format) in Self.pictures {
            XCTAssertTrue(readme.contains("planq -e '\(statement)' --format \(format.rawValue) > \(file)"),
                          "README.md does not say how \(file) is made")
        }
    }
}

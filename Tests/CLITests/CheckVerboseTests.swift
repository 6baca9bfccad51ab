import Foundation
import XCTest

/// `planq --check --verbose` names each file the fast YAML reader declined, with what it met
/// and where (those files are read with Yams); plain `--check` does not.
final class CheckVerboseTests: XCTestCase {
    func testVerboseCheckSaysWhichFilesNeededTheGeneralReaderAndWhy() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planq-verbose-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let files = [
            "a.yaml": "actors:\n  - id: x\n    name: X\n    type: organisation\n",
            "b.yaml": "actors:\n  - id: y\n    name: Y\n    type: organisation\n    description: one\n      two\n",
            "c.yaml": "actors:\r\n  - id: z\r\n    name: Z\r\n    type: organisation\r\n",
            "d.yaml": "actors:\n  - id: w\n    name: !!str W\n    type: organisation\n",
        ]
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let verbose = try PlanqProcess.run(["--check", "--verbose", "."], in: folder)
        XCTAssertEqual(verbose.status, 0, verbose.stderr)
        XCTAssertEqual(verbose.stdout, """
            ./b.yaml:6:7: note: read with the general YAML reader: the fast reader does not read a plain value continued on the next line
            ./c.yaml:1:8: note: read with the general YAML reader: the fast reader does not read a carriage return (CRLF line ends)
            ./d.yaml:3:11: note: read with the general YAML reader: the fast reader does not read a value starting with '!' (an anchor, alias, tag or other indicator)
            3 of 4 files needed the general YAML reader
            4 files checked: 0 errors, 0 warnings

            """)
        let plain = try PlanqProcess.run(["--check", "."], in: folder)
        XCTAssertEqual(plain.stdout, "4 files checked: 0 errors, 0 warnings\n")
    }

    /// Yams prints a line to standard output when `YAMS_DEFAULT_ENCODING` is set, and reads
    /// the environment on every parse: planq gives it the encoding, so nothing is printed.
    func testTheGeneralReaderPrintsNothingWhateverTheEnvironment() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planq-yams-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        try "actors:\n  - id: w\n    name: !!str W\n    type: organisation\n"
            .write(to: folder.appendingPathComponent("d.yaml"), atomically: true, encoding: .utf8)
        let result = try PlanqProcess.run(["--no-cache", ".", "-e", "count actors", "--format", "csv"], in: folder,
                                          environment: ["YAMS_DEFAULT_ENCODING": "UTF16"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "count\r\n1\r\n", "no line from Yams")
    }
}

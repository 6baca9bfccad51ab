import Diagnostics
import Foundation
import PlanFiles
import PlanModel
import Rendering
import Session
import XCTest

/// Runs statements over a plan folder the way `planq -e STATEMENT --format F` does, in process.
enum Drawn {
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let repo = tests.deletingLastPathComponent().deletingLastPathComponent()
    static let examples = repo.appendingPathComponent("Examples/plans")
    static let nasty = tests.appendingPathComponent("Fixtures/nasty")

    nonisolated(unsafe) static var loaded: [String: PlanGraph] = [:]

    static func graph(_ folder: URL) -> PlanGraph {
        if let g = loaded[folder.path] { return g }
        guard case .success(let plans) = PlanLoader.load(paths: [folder.path]) else {
            fatalError("plans in \(folder.path) do not load")
        }
        loaded[folder.path] = plans.graph
        return plans.graph
    }

    struct Result {
        var output: String
        var errors: String
        var status: Batch.Status
    }

    static func run(_ statement: String, _ format: OutputFormat, plans: URL = examples) -> Result {
        var output = "", errors = ""
        let batch = Batch(session: Session(graph: graph(plans), format: format),
                          writeOutput: { output += $0 }, writeError: { errors += $0 })
        let status = batch.run([SourceFile(name: "query", text: statement)], asScripts: false)
        return Result(output: output, errors: errors, status: status)
    }

    /// The output of a statement that must succeed.
    static func output(_ statement: String, _ format: OutputFormat, plans: URL = examples,
                       file: StaticString = #filePath, line: UInt = #line) -> String {
        let r = run(statement, format, plans: plans)
        XCTAssertEqual(r.status, .success, "\(statement) --format \(format): \(r.errors)", file: file, line: line)
        XCTAssertEqual(r.errors, "", file: file, line: line)
        return r.output
    }

    /// The statements a trainer draws, on both example plans and the fixture with awkward titles.
    static let cases: [(statement: String, plans: URL)] = [
        ("tree elz", examples), ("tree zzl.SD2", examples), ("tree nasty", nasty),
        ("timeline activities of elz", examples), ("timeline activities of zzl", examples),
        ("timeline goals of elz", examples), ("timeline activities of nasty", nasty),
        ("path from elz.A3.1 to zzl.A2.7", examples), ("path from nasty.A3 to hash-actor", nasty),
        ("graph activities of elz", examples), ("graph activities of zzl for SD1", examples),
        ("graph activities of nasty", nasty),
    ]

    static let recording = ProcessInfo.processInfo.environment["PLANQ_RECORD"] == "1"
}

/// A program the tests need; missing is a failure that says how to install it, never a skip.
enum Tool {
    static func path(_ name: String, file: StaticString = #filePath, line: UInt = #line) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        XCTFail("'\(name)' is not installed; run scripts/ensure-deps --dev (the README's test command)", file: file, line: line)
        return nil
    }

    struct Run {
        var status: Int32
        var stdout: Data
        var stderr: String
    }

    /// Runs a program to its end, with `input` on its standard input.
    static func run(_ program: String, _ arguments: [String], input: String? = nil, timeout: TimeInterval = 120) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let out = Pipe(), err = Pipe(), stdin = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdin
        try process.run()
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data(), errData = Data()
        DispatchQueue.global().async(group: group) { outData = out.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { errData = err.fileHandleForReading.readDataToEndOfFile() }
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        if group.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            XCTFail("\(program) \(arguments.joined(separator: " ")) took over \(Int(timeout)) s")
        }
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: outData, stderr: String(decoding: errData, as: UTF8.self))
    }
}

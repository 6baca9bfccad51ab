import Foundation

/// Runs the terminal-driving Python scripts of this folder for the XCTest wrappers.
enum ScriptProcess {
    /// Runs a command with its output in files (no pipe can fill while it runs); stops it
    /// after `backstop` seconds.
    static func run(_ arguments: [String], backstop: TimeInterval) throws -> (status: Int32, output: String, errors: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planq-script-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("out"), errURL = folder.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        let deadline = Date().addingTimeInterval(backstop)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        var timedOut = false
        if process.isRunning {
            timedOut = true
            process.terminate()   // the script's planq processes lose their terminals and end
        }
        process.waitUntilExit()
        let errors = try String(contentsOf: errURL, encoding: .utf8)
        return (timedOut ? -1 : process.terminationStatus, try String(contentsOf: outURL, encoding: .utf8),
                timedOut ? "stopped after \(Int(backstop)) s\n" + errors : errors)
    }
}

import Foundation

/// Lays out an actor network with Graphviz's `dot`, when it is installed. A network has no
/// natural order to draw it in, and Graphviz places nodes and edges far better than a
/// hand-written layout would; trees, timelines and paths need no such help.
public enum Graphviz {
    /// Why no SVG could be made.
    public struct Unavailable: Error, Equatable {
        public let message: String
    }

    /// The largest actor network planq asks Graphviz to lay out.
    public static let maxNodes = 1500

    /// The `dot` program on PATH (or `$PLANQ_DOT`), if any.
    public static var program: String? {
        let env = ProcessInfo.processInfo.environment
        if let explicit = env["PLANQ_DOT"] { return FileManager.default.isExecutableFile(atPath: explicit) ? explicit : nil }
        for dir in (env["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(dir)/dot"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// `dot -Tsvg` of `source`; fails with a message that says what to do instead.
    public static func svg(_ source: String) -> Result<String, Unavailable> {
        guard let dot = program else {
            return .failure(Unavailable(message: "drawing an actor network as SVG needs Graphviz's 'dot', which is not installed"
                + " (Debian: apt-get install graphviz); --format dot or mermaid need no Graphviz"))
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dot)
        process.arguments = ["-Tsvg"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch {
            return .failure(Unavailable(message: "could not run Graphviz's '\(dot)': \(error.localizedDescription)"))
        }
        // Read both pipes while writing, so a large graph cannot fill a pipe and stall dot.
        let group = DispatchGroup()
        nonisolated(unsafe) var svg = Data(), problems = Data()
        DispatchQueue.global().async(group: group) { svg = output.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { problems = errors.fileHandleForReading.readDataToEndOfFile() }
        input.fileHandleForWriting.write(Data(source.utf8))
        try? input.fileHandleForWriting.close()
        group.wait()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let text = String(data: svg, encoding: .utf8) else {
            let why = String(decoding: problems, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            return .failure(Unavailable(message: "Graphviz's dot failed (status \(process.terminationStatus)): \(why)"))
        }
        return .success(text)
    }
}

import Diagnostics
import PlanFiles
import Rendering

/// The dot-commands of the shell and of scripts (`.format json`, `.read file.pq`, …).
/// Each is listed by `.help`.
public struct MetaCommands {
    public struct Command: Sendable {
        public let name: String
        public let usage: String
        public let summary: String
    }

    public static let all: [Command] = [
        Command(name: ".help", usage: ".help [TOPIC]", summary: "list commands, or show a topic with examples (.help queries, .help periods, .help roles, .help pictures)"),
        Command(name: ".load", usage: ".load PATH ...", summary: "load plan files or folders instead of the current plans"),
        Command(name: ".plans", usage: ".plans", summary: "list the loaded plans with their counts"),
        Command(name: ".fields", usage: ".fields KIND", summary: "list the fields of a kind, with their types and an example from the loaded plans"),
        Command(name: ".format", usage: ".format [table|json|csv|markdown|expanded|svg|dot|mermaid|html]", summary: "choose the output format (svg, dot, mermaid and html draw tree, timeline, path, graph and overview); without one, show it"),
        Command(name: ".timer", usage: ".timer on|off", summary: "print how long each statement took"),
        Command(name: ".output", usage: ".output [FILE]", summary: "write results to FILE (replaced when closed; never a file planq has read); without FILE, back to the terminal"),
        Command(name: ".read", usage: ".read FILE", summary: "run the statements of a script file"),
        Command(name: ".explain", usage: ".explain on|off", summary: "show how each query was understood before its answer"),
        Command(name: ".quit", usage: ".quit", summary: "leave planq (also .exit, Ctrl-D)"),
    ]

    /// What a meta command asks of its caller beyond what it did itself.
    public enum Effect {
        case none
        case quit
        /// Run this script (for `.read`).
        case read(Script)
        case output(path: String?)
        case timer(Bool)
        case text(String)
    }

    let session: Session

    public init(session: Session) { self.session = session }

    /// Runs one command line; problems are positioned in `file` at `line`.
    public func run(_ text: String, line: Int, in file: SourceFile) -> Result<Effect, DiagnosticList> {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        let name = words.first ?? ""
        let args = Array(words.dropFirst())
        let range = SourceRange(offset: file.offset(line: line, column: 1) + leadingSpaces(file, line), length: name.utf8.count)
        func fail(_ message: String) -> Result<Effect, DiagnosticList> { .failure(DiagnosticList([.error(message, at: range, in: file)])) }
        switch name {
        case ".help":
            if args.first?.lowercased() == "fields" {
                return .success(.text(HelpText.text(topic: "fields") + FieldList(session: session).summary()))
            }
            return .success(.text(HelpText.text(topic: args.first)))
        case ".fields":
            return FieldList(session: session).run(args.joined(separator: " "), at: range, in: file).mapError { DiagnosticList([$0]) }
        case ".quit", ".exit":
            return .success(.quit)
        case ".format", ".mode":
            if args.isEmpty { return .success(.text("format: \(session.format.rawValue)\n")) }
            guard args.count == 1, let format = OutputFormat(rawValue: args[0].lowercased()) else {
                return fail("usage: .format " + OutputFormat.allCases.map(\.rawValue).joined(separator: "|"))
            }
            session.format = format
            return .success(.none)
        case ".explain", ".timer":
            guard args.count == 1, ["on", "off"].contains(args[0].lowercased()) else { return fail("usage: \(name) on|off") }
            let on = args[0].lowercased() == "on"
            if name == ".explain" { session.explainsQueries = on; return .success(.none) }
            return .success(.timer(on))
        case ".output":
            guard args.count <= 1 else { return fail("usage: .output [FILE]") }
            return .success(.output(path: args.first))
        case ".read":
            guard args.count == 1 else { return fail("usage: .read FILE") }
            switch ScriptLines.open(args[0]) {
            case .failure(let problem): return fail(problem.message)
            case .success(let lines):
                session.filesInUse.add(args[0], as: .script)
                return .success(.read(Script(lines: lines)))
            }
        case ".plans":
            return .success(.text(PlansSummary.text(session.graph)))
        case ".load":
            guard !args.isEmpty else { return fail("usage: .load PATH ...") }
            let result = PlanLoader.load(paths: args)
            // Ctrl-C during a slow load: the new plans are dropped, as on any error.
            if session.shouldStop() { return fail("interrupted: plans not loaded, the current plans stay") }
            switch result {
            case .success(let loaded):
                session.replace(graph: loaded.graph)
                for file in loaded.files { session.filesInUse.add(file, as: .planFile) }
                return .success(.text(PlansSummary.text(loaded.graph)))
            case .failure(let problems):
                // Each problem as the loader found it, at its own file, line and column; then
                // what that means for the session, at the command.
                let count = problems.errors.count
                return .failure(DiagnosticList(problems.diagnostics + [.error(
                    "plans not loaded (\(count) error\(count == 1 ? "" : "s") above); the current plans stay", at: range, in: file)]))
            }
        default:
            let close = Suggestions.closest(to: name, among: MetaCommands.all.map(\.name))
            return fail("unknown command '\(name)'" + (Suggestions.phrase(close).map { " — \($0)" } ?? " — .help lists the commands"))
        }
    }

    func leadingSpaces(_ file: SourceFile, _ line: Int) -> Int {
        file.lineText(line).prefix { $0 == " " || $0 == "\t" }.utf8.count
    }
}

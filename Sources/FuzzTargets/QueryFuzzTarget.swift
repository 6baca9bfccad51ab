import Diagnostics
import PlanFiles
import PlanModel
import QueryBinding
import QueryEvaluation
import QuerySyntax
import Rendering
import Session

/// One fuzz input for the query pipeline: any bytes, run as a query script over the example
/// plans through every stage (lexer, parser, binder, evaluator, renderers). It must return;
/// a crash, a hang or an uncaught error is a bug.
public enum QueryFuzzTarget {
    /// The input's length picks the output format it is rendered in: every format is
    /// exercised (inputs of every length come by), each input runs once (running every input
    /// in two formats halved the executions a second), and a found input replays alike.
    static let formats: [OutputFormat] = [.table, .json, .csv, .markdown, .expanded]

    /// With `printing`, what the input writes — answers, then errors marked `error output:` —
    /// goes to standard output, and a line `--- end of input` after it: two builds replaying
    /// one corpus (`PLANQ_FUZZ_PRINT=1 planq-fuzz-query FILE…`) can be compared input by input.
    public static func run(_ bytes: [UInt8], graph: PlanGraph, printing: Bool = false) {
        let text = String(decoding: bytes, as: UTF8.self)
        let session = Session(graph: graph)
        session.width = 60
        session.format = formats[bytes.count % formats.count]
        // Answers go out as bytes, as planq writes them (decoding them into a string only to
        // drop it was 4 % of an input's instructions).
        let batch = printing
            ? Batch(session: session, writeOutputBytes: { print(String(decoding: $0, as: UTF8.self), terminator: "") },
                    writeError: { print("error output: " + $0, terminator: "") })
            : Batch(session: session, writeOutputBytes: { _ in }, writeError: { _ in })
        batch.keepGoing = true
        _ = batch.run([SourceFile(name: "fuzz", text: text)], asScripts: true)
        if printing { print("--- end of input") }
    }
}

/// The example plans, loaded once per fuzzing process.
public enum FuzzPlans {
    public static func load(from folder: String) -> PlanGraph {
        switch PlanLoader.load(paths: [folder]) {
        case .success(let loaded): return loaded.graph
        case .failure(let problems): fatalError("example plans do not load: \(problems)")
        }
    }
}

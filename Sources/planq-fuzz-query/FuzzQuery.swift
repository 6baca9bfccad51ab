// The query fuzz target. `scripts/fuzz query SECONDS` builds it with libFuzzer
// (-sanitize=fuzzer) and fuzzes; built normally it replays inputs:
// `planq-fuzz-query FILE...` runs each file once (a regression check for found crashes).
import CFuzzDriver
import FuzzTargets
import Foundation
import PlanModel

enum QueryFuzz {
    static let graph: PlanGraph = FuzzPlans.load(from: ProcessInfo.processInfo.environment["PLANQ_EXAMPLES"]
        ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Examples/plans").path)
}

@main
struct FuzzQuery {
    static func main() {
        _ = QueryFuzz.graph
        let fuzzed = planq_fuzz_run(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
            QueryFuzzTarget.run(Array(UnsafeBufferPointer(start: data, count: size)), graph: QueryFuzz.graph)
            return 0
        }
        guard fuzzed < 0 else { exit(fuzzed) }
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            QueryFuzzTarget.run([UInt8](data), graph: QueryFuzz.graph)
        }
    }
}

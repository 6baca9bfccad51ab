// The plan-loader fuzz target. `scripts/fuzz plan SECONDS` builds it with libFuzzer and
// fuzzes; built normally it replays inputs: `planq-fuzz-plan FILE...`.
import CFuzzDriver
import FuzzTargets
import Foundation
import PlanFiles

enum PlanFuzz {
    /// Read once, outside the loop: each input is loaded beside it.
    static let actors = FuzzActors.input(examples: ProcessInfo.processInfo.environment["PLANQ_EXAMPLES"]
        ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Examples/plans").path)
}

@main
struct FuzzPlan {
    static func main() {
        _ = PlanFuzz.actors
        let fuzzed = planq_fuzz_run(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
            PlanFuzzTarget.run(Array(UnsafeBufferPointer(start: data, count: size)), beside: PlanFuzz.actors)
            return 0
        }
        guard fuzzed < 0 else { exit(fuzzed) }
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            PlanFuzzTarget.run([UInt8](data), beside: PlanFuzz.actors)
        }
    }
}

// The plan-loader fuzz target. `scripts/fuzz plan SECONDS` builds it with libFuzzer and
// fuzzes; built normally it replays inputs: `planq-fuzz-plan FILE...`.
import CFuzzDriver
import FuzzTargets
import Foundation

@main
struct FuzzPlan {
    static func main() {
        let fuzzed = planq_fuzz_run(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
            PlanFuzzTarget.run(Array(UnsafeBufferPointer(start: data, count: size)))
            return 0
        }
        guard fuzzed < 0 else { exit(fuzzed) }
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            PlanFuzzTarget.run([UInt8](data))
        }
    }
}

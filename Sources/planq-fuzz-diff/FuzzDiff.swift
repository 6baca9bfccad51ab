// The differential fuzz target: the fast YAML reader against Yams on the same bytes.
// `scripts/fuzz diff SECONDS` builds it with libFuzzer and fuzzes; built normally it
// replays inputs: `planq-fuzz-diff FILE...` (a disagreement stops it with the first difference).
import CFuzzDriver
import FuzzTargets
import Foundation
import PlanFiles

enum DiffFuzz {
    /// Read once, outside the loop: each input is loaded beside it.
    static let actors = FuzzActors.input(examples: ProcessInfo.processInfo.environment["PLANQ_EXAMPLES"]
        ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Examples/plans").path)
}

@main
struct FuzzDiff {
    static func main() {
        _ = DiffFuzz.actors
        let fuzzed = planq_fuzz_run(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
            ReaderDifferenceTarget.run(Array(UnsafeBufferPointer(start: data, count: size)), beside: DiffFuzz.actors)
            return 0
        }
        guard fuzzed < 0 else { exit(fuzzed) }
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            ReaderDifferenceTarget.run([UInt8](data), beside: DiffFuzz.actors)
        }
    }
}

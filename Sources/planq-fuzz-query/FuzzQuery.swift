// The query fuzz target. `scripts/fuzz query SECONDS` builds it with libFuzzer
// (-sanitize=fuzzer) and fuzzes; built normally it replays inputs:
// `planq-fuzz-query FILE...` runs each file once (a regression check for found crashes);
// with `PLANQ_FUZZ_PRINT` set, it prints what each input writes (`QueryFuzzTarget.run`).
import Foundation
import FuzzTargets

@main
struct FuzzQuery {
    static func main() {
        // Loaded once, outside the loop.
        let graph = FuzzPlans.load(from: FuzzEntry.examples)
        let printing = ProcessInfo.processInfo.environment["PLANQ_FUZZ_PRINT"] != nil
        FuzzEntry.run { QueryFuzzTarget.run($0, graph: graph, printing: printing) }
    }
}

// The query fuzz target. `scripts/fuzz query SECONDS` builds it with libFuzzer
// (-sanitize=fuzzer) and fuzzes; built normally it replays inputs:
// `planq-fuzz-query FILE...` runs each file once (a regression check for found crashes).
import FuzzTargets

@main
struct FuzzQuery {
    static func main() {
        // Loaded once, outside the loop.
        let graph = FuzzPlans.load(from: FuzzEntry.examples)
        FuzzEntry.run { QueryFuzzTarget.run($0, graph: graph) }
    }
}

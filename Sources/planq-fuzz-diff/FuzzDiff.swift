// The differential fuzz target: the fast YAML reader against Yams on the same bytes.
// `scripts/fuzz diff SECONDS` builds it with libFuzzer and fuzzes; built normally it
// replays inputs: `planq-fuzz-diff FILE...` (a disagreement stops it with the first difference).
import FuzzTargets

@main
struct FuzzDiff {
    static func main() {
        // Read once, outside the loop: each input is loaded beside it.
        let actors = FuzzActors.input()
        FuzzEntry.run { ReaderDifferenceTarget.run($0, beside: actors) }
    }
}

// The plan-loader fuzz target. `scripts/fuzz plan SECONDS` builds it with libFuzzer and
// fuzzes; built normally it replays inputs: `planq-fuzz-plan FILE...`.
import FuzzTargets

@main
struct FuzzPlan {
    static func main() {
        // Read once, outside the loop: each input is loaded beside it.
        let actors = FuzzActors.input()
        FuzzEntry.run { PlanFuzzTarget.run($0, beside: actors) }
    }
}

// The file-set fuzz target. `scripts/fuzz files SECONDS` builds it with libFuzzer and fuzzes;
// built normally it replays inputs: `planq-fuzz-files FILE...`.
import FuzzTargets

@main
struct FuzzFiles {
    static func main() {
        // Read once, outside the loop: each set is loaded beside it.
        let actors = FuzzActors.input()
        FuzzEntry.run { FileSetTarget.run($0, beside: actors) }
    }
}

// The import fuzz target: any bytes as a source document for `planq import`.
// `scripts/fuzz import SECONDS` builds it with libFuzzer and fuzzes; built normally it
// replays inputs: `planq-fuzz-import FILE...` (an importer bug stops it, saying what).
import FuzzTargets

@main
struct FuzzImport {
    static func main() {
        // Read once, outside the loop: each document is resolved against them.
        let actors = ImportFuzzTarget.Actors.examples()
        FuzzEntry.run { ImportFuzzTarget.run($0, actors: actors) }
    }
}

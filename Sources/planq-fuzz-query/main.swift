// The query fuzz target. Built with libFuzzer by `scripts/fuzz query SECONDS`
// (-sanitize=fuzzer -parse-as-library -DFUZZING); built normally it replays inputs:
// `planq-fuzz-query FILE...` runs each file once (regression check for found crashes).
import FuzzTargets
import Foundation
import PlanModel

let examples = ProcessInfo.processInfo.environment["PLANQ_EXAMPLES"]
    ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples/plans").path
nonisolated(unsafe) let graph: PlanGraph = FuzzPlans.load(from: examples)

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    QueryFuzzTarget.run(Array(UnsafeBufferPointer(start: data, count: size)), graph: graph)
    return 0
}
#else
for path in CommandLine.arguments.dropFirst() {
    guard let data = FileManager.default.contents(atPath: path) else { continue }
    QueryFuzzTarget.run([UInt8](data), graph: graph)
}
#endif

// The plan-loader fuzz target. Built with libFuzzer by `scripts/fuzz plan SECONDS`;
// built normally it replays inputs: `planq-fuzz-plan FILE...`.
import FuzzTargets
import Foundation

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    PlanFuzzTarget.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
#else
for path in CommandLine.arguments.dropFirst() {
    guard let data = FileManager.default.contents(atPath: path) else { continue }
    PlanFuzzTarget.run([UInt8](data))
}
#endif

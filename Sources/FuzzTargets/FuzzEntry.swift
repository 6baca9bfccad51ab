import CFuzzDriver
import Foundation

/// What the fuzz executables share: where the example plans are, and the choice
/// between libFuzzer (built with -sanitize=fuzzer) and replaying the files named.
public enum FuzzEntry {
    /// `$PLANQ_EXAMPLES`, or Examples/plans of the source tree this was built from.
    public static let examples: String = ProcessInfo.processInfo.environment["PLANQ_EXAMPLES"]
        ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Examples/plans").path

    /// libFuzzer calls a C function, which cannot capture: the target waits here.
    nonisolated(unsafe) private static var target: ([UInt8]) -> Void = { _ in }

    /// Fuzzes `target` when libFuzzer is linked in; otherwise runs it once on each file named
    /// on the command line (a regression check for the inputs fuzzing found).
    public static func run(_ target: @escaping ([UInt8]) -> Void) -> Never {
        FuzzEntry.target = target
        let fuzzed = planq_fuzz_run(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
            FuzzEntry.target(Array(UnsafeBufferPointer(start: data, count: size)))
            return 0
        }
        if fuzzed >= 0 { exit(fuzzed) }
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            target([UInt8](data))
        }
        exit(0)
    }
}

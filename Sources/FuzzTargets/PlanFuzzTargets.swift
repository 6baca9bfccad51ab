import Foundation
import PlanFiles

/// One fuzz input for the plan loader: any bytes as a plan file beside the example actors,
/// through `PlanLoader.load` as `planq` calls it (the fast reader first, Yams where it declines).
public enum PlanFuzzTarget {
    public static func run(_ bytes: [UInt8], beside actors: PlanInput) {
        _ = PlanLoader.load([.bytes(name: "fuzz.yaml", bytes), actors])
    }
}

/// One fuzz input for the two readers: the same bytes read the way `planq` reads them and
/// with Yams alone must give the same graph and warnings, or the same diagnostics.
public enum ReaderDifferenceTarget {
    /// Where the two readings differ, or nil when they agree. Bytes the fast reader declines
    /// are read by Yams both ways, so only those it reads are compared.
    public static func difference(_ bytes: [UInt8], beside actors: PlanInput) -> String? {
        let inputs: [PlanInput] = [.bytes(name: "fuzz.yaml", bytes), actors]
        guard PlanLoader.fastReaderReads(inputs[0]) else { return nil }
        let fast = LoadComparison.text(PlanLoader.load(inputs))
        let general = LoadComparison.text(PlanLoader.load(inputs, reader: .general))
        return LoadComparison.firstDifference(fast, general)
    }

    public static func run(_ bytes: [UInt8], beside actors: PlanInput) {
        if let difference = difference(bytes, beside: actors) {
            fatalError("the fast reader and Yams disagree at \(difference)")
        }
    }
}

/// The actors file each plan input is loaded beside (Tests/FuzzCorpus/actors.yaml: the
/// actors the seeds name most), read, declared and filled once per fuzzing process
/// (`ReadPlanFile`): each execution merges it as the loader merges any file, but does not
/// parse and build the same file again (that was about a tenth of an execution).
public enum FuzzActors {
    /// `$PLANQ_FUZZ_ACTORS`, or the file in the source tree this was built from.
    public static let path: String = ProcessInfo.processInfo.environment["PLANQ_FUZZ_ACTORS"]
        ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Tests/FuzzCorpus/actors.yaml").path

    public static func input(path: String = FuzzActors.path) -> PlanInput {
        guard case .success(let file) = PlanInput.path(path).text() else { fatalError("cannot read \(path)") }
        return .readOnce(ReadPlanFile(name: path, bytes: Array(file.text.utf8)))
    }
}

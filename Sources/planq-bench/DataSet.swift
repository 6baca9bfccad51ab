import Foundation
import PlanBench

/// A generated plan set on disk: planq plan files in `plans/` and the same data as SQLite
/// tables in `plans.db`. Made once per size and seed, and made again whenever the sources
/// that make it change (a digest of them is kept beside the data).
struct DataSet {
    let folder: URL
    var plans: URL { folder.appendingPathComponent("plans") }
    var database: URL { folder.appendingPathComponent("plans.db") }
    var stamp: URL { folder.appendingPathComponent("made-by") }

    /// The files whose code decides what is generated, under `Sources/`.
    static let generatorSources = ["PlanBench/PlanSetGenerator.swift", "PlanBench/Vocabulary.swift", "PlanBench/PlanSet.swift",
                                   "PlanBench/YAMLPlanWriter.swift", "PlanBench/SQLitePlanWriter.swift",
                                   "SeededRandom/SplitMix.swift"]

    /// The data set for `activities` and `seed` under `root`, generated unless an identical one is
    /// there; `generated` is the time it took, nil when it was reused.
    static func prepare(activities: Int, seed: UInt64, root: URL, repo: URL) throws -> (DataSet, generated: Double?) {
        let data = DataSet(folder: root.appendingPathComponent("n\(activities)-seed\(seed)"))
        let made = "planq-bench data: \(activities) activities, seed \(seed), generator \(digest(repo: repo))\n"
        if (try? String(contentsOf: data.stamp, encoding: .utf8)) == made { return (data, nil) }
        try? FileManager.default.removeItem(at: data.folder)
        let seconds = try Measure.time {
            let set = PlanSetGenerator(activities: activities, seed: seed).makeSet()
            try YAMLPlanWriter(folder: data.plans).write(set)
            let db = try SQLiteDatabase(path: data.database.path)
            try SQLitePlanWriter.write(set, to: db)
        }
        try made.write(to: data.stamp, atomically: true, encoding: .utf8)
        return (data, seconds)
    }

    /// FNV-1a over the generator's sources, read from the source tree this binary was built from.
    static func digest(repo: URL) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for name in generatorSources {
            let url = repo.appendingPathComponent("Sources/\(name)")
            for byte in (try? Data(contentsOf: url)) ?? Data(name.utf8) {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
        }
        return String(hash, radix: 16)
    }
}

import Foundation

/// Batch throughput on the example plans: one `planq PLANS -f SCRIPT` process whose script
/// writes its answers to a file (`.output`) and then asks many simple queries.
enum BatchThroughput {
    struct Report {
        let queries: Int
        /// Median wall time of the whole process, and of the same process with one query.
        let seconds: Double
        let startup: Double

        var rate: Double { Double(queries) / seconds }
        /// Queries per second once planq has started and loaded the plans.
        var steadyRate: Double { Double(queries - 1) / (seconds - startup) }
    }

    static let simpleQueries = [
        "goals of zzl",
        "activities of elz",
        "count activities of zzl by goal",
        "actors of elz.SD2 order by name",
        "activities for zzl.SD3",
        "activities of zzl with \"UZ Leuven\"",
        "themes of zzl",
        "activities in 2024 Q1",
        "activities with lead ELZ",
        "count activities by plan",
    ]

    static func run(_ options: Options, planq: PlanqBinary) throws -> Report {
        let folder = options.data.appendingPathComponent("batch")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let examples = options.repo.appendingPathComponent("Examples/plans").path
        let output = folder.appendingPathComponent("answers.txt").path
        func script(_ n: Int) throws -> String {
            let path = folder.appendingPathComponent("queries-\(n).pq").path
            var text = ".output \(output)\n"
            for i in 0..<n { text += simpleQueries[i % simpleQueries.count] + "\n" }
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        // planq's snapshot of the example plans, if it keeps one, is made by the first run and used after.
        let cache = try CacheHome.fresh("batch")
        func median(_ n: Int, runs: Int) throws -> Double {
            let command = [planq.path, examples, "-f", try script(n)]
            return Measure.median(try (0..<runs).map { _ in
                // A fresh file each time: `.output` then only moves its temporary file into place.
                try? FileManager.default.removeItem(atPath: output)
                return try Spawn.time(command, environment: cache.environment)
            })
        }
        let startup = try median(1, runs: 11)
        // Size the run to take a few seconds at the rate a first, short run shows.
        let probe = try median(2_000, runs: 3)
        let rate = 2_000 / max(1e-6, probe - startup)
        let n = min(500_000, max(2_000, Int(rate * 3) / 1_000 * 1_000))
        let seconds = try median(n, runs: 3)
        let report = Report(queries: n, seconds: seconds, startup: startup)
        let written = ((try? FileManager.default.attributesOfItem(atPath: output))?[.size] as? NSNumber)?.intValue ?? 0
        say("")
        say("== batch throughput: \(planq.label) \(examples) -f SCRIPT (.output FILE, then simple queries; median of 3) ==")
        say("\(grouped(n)) queries in \(Measure.format(seconds)) = \(grouped(Int(report.rate))) queries/s"
              + " (\(grouped(Int(report.steadyRate))) queries/s after the \(Measure.format(startup)) of start-up and loading);"
              + " \(grouped(written / 1024)) KiB written")
        return report
    }
}

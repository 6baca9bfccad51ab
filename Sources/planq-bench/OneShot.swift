import Foundation
import PlanBench

/// The one-shot query on a generated plan set, whole process, as a user runs it:
/// `planq PLANS -e QUERY --format csv` with a fresh `XDG_CACHE_HOME`. The first run is cold (it
/// reads the plan files, and writes the snapshot where planq keeps one); the later runs are
/// warm (they find the snapshot); `--no-cache` runs read the plan files every time. A planq
/// without a snapshot is measured as it is: its warm runs cost what its cold one does.
enum OneShot {
    struct Report {
        let activities: Int
        let cold: Spawn.Outcome
        /// Median wall time and peak memory of the warm runs.
        let warm: Double
        let warmPeakKiB: Int
        let warmRuns: Int
        /// Median of the `--no-cache` runs; nil when this planq has no such flag.
        let noCache: Double?
        let noCacheRuns: Int
        let snapshots: (files: Int, bytes: Int)
        let difference: String?
    }

    static let minimumRuns = 3
    static let maximumRuns = 21
    /// Seconds of warm (and of `--no-cache`) runs beyond the minimum.
    static let budget = 3.0

    static func run(planq: PlanqBinary, plans: String, activities: Int, query: ReferenceQuery,
                    expected: [String]) throws -> Report {
        let cache = try CacheHome.fresh("n\(activities)")
        let command = [planq.path, plans, "-e", query.planq, "--format", "csv"]
        func answer(_ outcome: Spawn.Outcome, _ run: String) throws -> String? {
            guard outcome.status == 0 else { throw Spawn.Failure(description: "\(command.joined(separator: " ")) exited with status \(outcome.status)") }
            return Agreement.difference(planq: Agreement.rows(csv: outcome.output), sql: expected, ordered: query.ordered)
                .map { "\(run) run: \($0)" }
        }
        func series(_ arguments: [String]) throws -> (Double, Int, Int, String?) {
            let first = try Spawn.launch(arguments, environment: cache.environment, capture: true, alone: true)
            let difference = try answer(first, arguments.contains("--no-cache") ? "--no-cache" : "warm")
            var times = [first.seconds], peaks = [first.peakKiB]
            let deadline = ContinuousClock.now + .milliseconds(Int(budget * 1000))
            while times.count < minimumRuns || (times.count < maximumRuns && ContinuousClock.now < deadline) {
                let outcome = try Spawn.checked(arguments, Spawn.launch(arguments, environment: cache.environment, capture: false, alone: true))
                times.append(outcome.seconds)
                peaks.append(outcome.peakKiB)
            }
            return (Measure.median(times), Int(Measure.median(peaks.map(Double.init))), times.count, difference)
        }
        let cold = try Spawn.launch(command, environment: cache.environment, capture: true, alone: true)
        var difference = try answer(cold, "cold")
        let snapshots = cache.snapshots
        let (warm, warmPeak, warmRuns, warmDifference) = try series(command)
        difference = difference ?? warmDifference
        var noCache: Double?, noCacheRuns = 0
        if planq.takesNoCache {
            let (t, _, runs, d) = try series([planq.path, plans, "--no-cache", "-e", query.planq, "--format", "csv"])
            (noCache, noCacheRuns) = (t, runs)
            difference = difference ?? d
        }
        let report = Report(activities: activities, cold: cold, warm: warm, warmPeakKiB: warmPeak, warmRuns: warmRuns,
                            noCache: noCache, noCacheRuns: noCacheRuns, snapshots: snapshots, difference: difference)
        say("one-shot \(planq.label) PLANS -e '\(query.planq)' --format csv (whole process, fresh XDG_CACHE_HOME):")
        say("  cold (first run, no snapshot yet; the plan files are in the page cache): \(Measure.format(cold.seconds)), peak \(kib(cold.peakKiB, activities));"
              + " snapshot written: " + CacheHome.describe(snapshots))
        say("  warm (snapshot, if any; median of \(warmRuns)): \(Measure.format(warm)), peak \(kib(warmPeak, activities))"
              + (snapshots.files == 0 ? " — no snapshot, so warm is a second cold run" : ""))
        say("  --no-cache: " + (noCache.map { "\(Measure.format($0)) (median of \(noCacheRuns))" } ?? "not available (this planq rejects the flag)")
              + "; answers: " + (difference.map { "DIFFER: \($0)" } ?? "same as SQL (\(rowCount(expected.count)))"))
        return report
    }

    /// `41.2 MiB = 432 B/activity`.
    static func kib(_ kib: Int, _ activities: Int) -> String {
        "\(mebibytes(kib)) = \(grouped(kib * 1024 / max(1, activities))) B/activity"
    }
}

import Foundation
import PlanBench
import PlanFiles
import PlanModel

/// One rung of the ladder: a generated plan set of one size, loaded into planq and into an
/// in-memory SQLite database, and the reference queries asked of both.
struct Rung {
    struct QueryResult {
        let query: ReferenceQuery
        let planq: Double
        /// Of `planq`, the median share spent parsing the query and resolving its names.
        let binding: Double
        let sql: Double
        let rows: Int
        let runs: Int
        /// nil when planq and SQLite gave the same answer.
        let difference: String?

        var ratio: Double { planq / sql }
    }

    let activities: Int
    var load = LoadProbe.Probe()
    var queries: [QueryResult] = []

    /// Seconds of measuring each query may take (both systems together), beyond the minimum runs.
    static let minimumRuns = 5
    static let maximumRuns = 201

    static func run(activities: Int, seed: UInt64, options: Options) throws -> Rung {
        var rung = Rung(activities: activities)
        say("")
        say("== \(grouped(activities)) activities ==")
        let (data, generated) = try DataSet.prepare(activities: activities, seed: seed, root: options.data, repo: options.repo)
        say("data: \(data.folder.path) " + (generated.map { "(generated in \(Measure.format($0)))" } ?? "(reused)"))
        let probeRuns = activities >= 1_000_000 ? 1 : 3
        rung.load = try LoadProbe.measure(folder: data.plans.path, runs: probeRuns)
        let load = rung.load
        say("load (plan files → graph, fresh process, median of \(probeRuns)): \(Measure.format(load.seconds))"
              + " = \(grouped(Int(load.activitiesPerSecond))) activities/s (processor time \(Measure.format(load.cpuSeconds)));"
              + " \(grouped(load.nodes)) nodes;"
              + " peak memory +\(mebibytes(load.peakKiB - load.baselineKiB))"
              + " = \(grouped(Int(load.peakBytesPerActivity))) B/activity"
              + " (retained \(grouped(Int(load.retainedBytesPerActivity))) B/activity)")

        guard case .success(let loaded) = PlanLoader.load(paths: [data.plans.path]) else {
            throw Spawn.Failure(description: "\(data.plans.path) does not load")
        }
        let planq = PlanqAnswers(graph: loaded.graph)
        let db = try SQLiteDatabase.inMemoryCopy(of: data.database.path)
        say(pad("query", 28) + pad("planq", 11, right: true) + pad("(binding)", 11, right: true)
              + pad("SQLite", 11, right: true) + pad("ratio", 8, right: true) + pad("rows", 9, right: true) + "  answers")
        for query in ReferenceQueries.generated() {
            let sql = try SQLAnswers(query.sql, in: db)
            let mine = try planq.rows(query.planq), theirs = try sql.rows()
            let difference = Agreement.difference(planq: mine, sql: theirs, ordered: query.ordered)
            var p: [Double] = [], b: [Double] = [], s: [Double] = []
            let deadline = ContinuousClock.now + .milliseconds(Int(options.budget * 1000))
            while p.count < minimumRuns || (p.count < maximumRuns && ContinuousClock.now < deadline) {
                var binding = 0.0
                p.append(try Measure.time { _ = try planq.rows(query.planq, binding: &binding) })
                b.append(binding)
                s.append(try Measure.time { _ = try sql.rows() })
            }
            let result = QueryResult(query: query, planq: Measure.median(p), binding: Measure.median(b),
                                     sql: Measure.median(s), rows: mine.count, runs: p.count, difference: difference)
            rung.queries.append(result)
            say(pad(query.name, 28) + pad(Measure.format(result.planq), 11, right: true)
                  + pad("(\(Measure.format(result.binding)))", 11, right: true)
                  + pad(Measure.format(result.sql), 11, right: true)
                  + pad(String(format: "%.2f", result.ratio), 8, right: true) + pad(grouped(result.rows), 9, right: true)
                  + "  " + (difference.map { "DIFFER: \($0)" } ?? "same"))
        }
        return rung
    }
}

func grouped(_ n: Int) -> String {
    let digits = String(abs(n))
    var out = ""
    for (i, c) in digits.enumerated() {
        if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
        out.append(c)
    }
    return (n < 0 ? "-" : "") + out
}

func mebibytes(_ kib: Int) -> String { String(format: "%.1f MiB", Double(kib) / 1024) }

func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
    let gap = String(repeating: " ", count: max(0, width - text.count))
    return right ? gap + text : text + gap
}

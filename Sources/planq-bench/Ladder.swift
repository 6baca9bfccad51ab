import Foundation
import PlanBench
import PlanFiles
import PlanModel

/// One rung of the ladder: a generated plan set of one size, loaded into planq and into an
/// in-memory SQLite database, and the reference queries asked of both (SQLite in the naive
/// and, where it differs, the expert SQL form); at the sizes a one-shot is timed at, the
/// one-shot query as a whole planq process.
struct Rung {
    struct QueryResult {
        let query: ReferenceQuery
        let planq: Double
        /// Of `planq`, the median share spent parsing the query and resolving its names.
        let binding: Double
        /// Median time of each SQL form, the naive one first.
        let sql: [(form: SQLForm, seconds: Double)]
        let rows: Int
        let runs: Int
        /// nil when planq and every SQL form gave the same answer.
        let difference: String?

        /// The faster SQL form and its time: what planq is compared with.
        var fastest: (form: SQLForm, seconds: Double) { sql.min { $0.seconds < $1.seconds } ?? (.naive, .nan) }
        var ratio: Double { planq / fastest.seconds }
    }

    let activities: Int
    var load: LoadProbe.Series?
    var queries: [QueryResult] = []
    var oneShot: OneShot.Report?

    static let minimumRuns = 5
    static let maximumRuns = 201

    static func run(activities: Int, seed: UInt64, options: Options, oneShot planqBinary: PlanqBinary?) throws -> Rung {
        let queries = ReferenceQueries.generated()
        var rung = Rung(activities: activities)
        say("")
        say("== \(grouped(activities)) activities ==")
        let (data, generated) = try DataSet.prepare(activities: activities, seed: seed, root: options.data, repo: options.repo)
        say("data: \(data.folder.path) " + (generated.map { "(generated in \(Measure.format($0)))" } ?? "(reused)"))
        let series = try LoadProbe.measure(folder: data.plans.path, runs: LoadProbe.runs)
        rung.load = series
        let load = series.median, peak = series.highestPeak
        say("first load (plan files → graph, fresh process, median of \(series.runs.count)): \(Measure.format(load.seconds))"
              + " = \(grouped(Int(load.activitiesPerSecond))) activities/s"
              + " (runs \(Measure.format(series.fastest))–\(Measure.format(series.slowest)); processor time \(Measure.format(load.cpuSeconds)));"
              + " \(grouped(load.nodes)) nodes;"
              + " highest peak memory +\(mebibytes(peak.peakKiB - peak.baselineKiB))"
              + " = \(grouped(Int(peak.peakBytesPerActivity))) B/activity"
              + " (runs \(series.runs.map { grouped(Int($0.peakBytesPerActivity)) }.joined(separator: ", ")) B;"
              + " retained \(grouped(Int(load.retainedBytesPerActivity))) B/activity)")

        guard case .success(let loaded) = PlanLoader.load(paths: [data.plans.path]) else {
            throw Spawn.Failure(description: "\(data.plans.path) does not load")
        }
        let planq = PlanqAnswers(graph: loaded.graph)
        let db = try SQLiteDatabase.inMemoryCopy(of: data.database.path)
        say(pad("query", 28) + pad("planq", 11, right: true) + pad("(binding)", 11, right: true)
              + pad("SQL naive", 11, right: true) + pad("expert", 11, right: true)
              + pad("ratio", 8, right: true) + pad("rows", 9, right: true) + "  answers")
        for query in queries {
            let result = try measure(query, planq: planq, db: db, budget: options.budget)
            rung.queries.append(result)
            let expert = result.sql.first { $0.form == .expert }?.seconds
            say(pad(query.name, 28) + pad(Measure.format(result.planq), 11, right: true)
                  + pad("(\(Measure.format(result.binding)))", 11, right: true)
                  + pad(Measure.format(result.sql[0].seconds), 11, right: true)
                  + pad(expert.map(Measure.format) ?? "(same)", 11, right: true)
                  + pad(String(format: "%.2f", result.ratio), 8, right: true) + pad(grouped(result.rows), 9, right: true)
                  + "  " + (result.difference.map { "DIFFER: \($0)" } ?? "same"))
        }
        say("(ratio: planq over the faster SQL form)")
        if let planqBinary, let card = queries.first(where: { $0.name == "design card" }) {
            rung.oneShot = try OneShot.run(planq: planqBinary, plans: data.plans.path, activities: activities, query: card,
                                           expected: try SQLAnswers(card.sql, in: db).rows())
        } else if planqBinary == nil && options.coldStart {
            say("(the one-shot is timed up to \(grouped(options.oneShotUpTo)) activities: here a cold run alone reads the plan files"
                  + " for about as long as the first load above)")
        }
        return rung
    }

    /// Times planq and each SQL form of `query`, alternating, for at least `minimumRuns` each
    /// and then for `budget` seconds; checks that all of them give the same answer.
    static func measure(_ query: ReferenceQuery, planq: PlanqAnswers, db: SQLiteDatabase, budget: Double) throws -> QueryResult {
        let forms = try query.sqlForms.map { (form: $0.form, answers: try SQLAnswers($0.sql, in: db)) }
        let mine = try planq.rows(query.planq)
        var difference: String?
        for (form, answers) in forms {
            let theirs = try answers.rows()
            difference = difference ?? Agreement.difference(planq: mine, sql: theirs, ordered: query.ordered)
                .map { "\(form) SQL: \($0)" }
        }
        var p: [Double] = [], b: [Double] = [], s = Array(repeating: [Double](), count: forms.count)
        let deadline = ContinuousClock.now + .milliseconds(Int(budget * 1000))
        while p.count < minimumRuns || (p.count < maximumRuns && ContinuousClock.now < deadline) {
            var binding = 0.0
            p.append(try Measure.time { _ = try planq.rows(query.planq, binding: &binding) })
            b.append(binding)
            for (i, form) in forms.enumerated() { s[i].append(try Measure.time { _ = try form.answers.rows() }) }
        }
        return QueryResult(query: query, planq: Measure.median(p), binding: Measure.median(b),
                           sql: zip(forms, s).map { ($0.form, Measure.median($1)) }, rows: mine.count, runs: p.count,
                           difference: difference)
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

/// `1 row`, `6,778 rows`.
func rowCount(_ n: Int) -> String { n == 1 ? "1 row" : "\(grouped(n)) rows" }

func mebibytes(_ kib: Int) -> String { String(format: "%.1f MiB", Double(kib) / 1024) }

func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
    let gap = String(repeating: " ", count: max(0, width - text.count))
    return right ? gap + text : text + gap
}

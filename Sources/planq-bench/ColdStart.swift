import Foundation
import PlanBench
import PlanFiles

/// The one-shot query on the example plans: `planq PLANS -e QUERY` against
/// `sqlite3 plans.db "SQL"` (each SQL form), whole processes, with their answers checked alike.
/// planq runs with a fresh `XDG_CACHE_HOME`: the warm-up runs make its snapshot, if it keeps
/// one, and the timed runs use it, as a user's second and later runs would; with `--no-cache`
/// (where this planq has it) every run reads the plan files.
enum ColdStart {
    struct Row {
        let query: ReferenceQuery
        /// Median wall time of each planq command, in the order of `Report.planqLabels`.
        let planq: [Double]
        /// Median wall time of sqlite3 with each SQL form of the query.
        let sqlite3: [(form: SQLForm, seconds: Double)]
        let difference: String?

        /// sqlite3 with the faster SQL form: what planq is compared with.
        var fastestSQLite: Double { sqlite3.map(\.seconds).min() ?? .nan }
    }

    struct Report {
        let planqLabels: [String]
        let rows: [Row]
        /// Why the `--no-cache` runs are missing, when they are.
        let noCacheNote: String?
    }

    static let warmups = 5
    static let rounds = 41

    static func run(_ options: Options, binaries: [PlanqBinary]) throws -> Report {
        let examples = options.repo.appendingPathComponent("Examples/plans").path
        guard case .success(let loaded) = PlanLoader.load(paths: [examples]) else {
            throw Spawn.Failure(description: "the example plans do not load")
        }
        try FileManager.default.createDirectory(at: options.data, withIntermediateDirectories: true)
        let database = options.data.appendingPathComponent("examples.db").path
        try? FileManager.default.removeItem(atPath: database)
        try SQLitePlanWriter.write(PlanSet(graph: loaded.graph), to: SQLiteDatabase(path: database))
        let db = try SQLiteDatabase.inMemoryCopy(of: database)
        let planq = PlanqAnswers(graph: loaded.graph)
        var commands = binaries.map { (label: $0.label, arguments: [$0.path, examples, "-e"]) }
        var noCacheNote: String?
        if let first = binaries.first {
            if first.takesNoCache {
                commands.append((label: first.label + " --no-cache", arguments: [first.path, examples, "--no-cache", "-e"]))
            } else {
                noCacheNote = "\(first.label) --no-cache: not available (this planq rejects the flag)"
            }
        }

        // A cache folder for each planq: a snapshot is only read by the build that wrote it,
        // so two builds sharing one folder would replace each other's at every run.
        let caches = try commands.indices.map { try CacheHome.fresh("examples-\($0)") }
        say("")
        say("== one-shot query on the example plans (whole process, median of \(rounds) interleaved runs"
              + " after \(warmups) warm-ups; each planq with its own XDG_CACHE_HOME under \(caches[0].folder.deletingLastPathComponent().path)) ==")
        say("sqlite3 \(database) \"SQL\" (naive and expert SQL) against "
              + binaries.map { "\($0.path) \(examples) -e QUERY" }.joined(separator: ", "))
        if let noCacheNote { say(noCacheNote) }
        say(pad("query", 28) + commands.map { pad(shortLabel($0.label), 24, right: true) }.joined()
              + pad("sqlite3 naive", 15, right: true) + pad("expert", 10, right: true) + "  answers")
        var rows: [Row] = []
        for query in ReferenceQueries.examples {
            let expected = try SQLAnswers(query.sql, in: db).rows()
            var difference = Agreement.difference(planq: try planq.rows(query.planq), sql: expected, ordered: query.ordered)
            let sqliteCommands = query.sqlForms.map { (form: $0.form, arguments: ["sqlite3", database, $0.sql]) }
            for (form, sql) in query.sqlForms {
                // Each form's rows, in the library and from the sqlite3 shell (`a<TAB>b` lines).
                let rows = try SQLAnswers(sql, in: db).rows()
                difference = difference ?? Agreement.difference(planq: rows, sql: expected, ordered: query.ordered)
                    .map { "\(form) SQL against naive SQL: \($0)" }
                let shell = try Spawn.output(["sqlite3", "-separator", "\t", database, sql])
                    .split(whereSeparator: \.isNewline).map(String.init)
                difference = difference ?? Agreement.difference(planq: shell, sql: expected, ordered: query.ordered)
                    .map { "sqlite3 (\(form)): \($0)" }
            }
            let planqCommands = commands.map { $0.arguments + [query.planq] }
            // planq's answers before the warm-ups (from the plan files, for the first query) and
            // after them (from its snapshot, where it keeps one).
            func checkAnswers(_ run: String) throws {
                for (command, cache) in zip(planqCommands, caches) {
                    let csv = try Spawn.output(command + ["--format", "csv"], environment: cache.environment)
                    difference = difference ?? Agreement.difference(planq: Agreement.rows(csv: csv), sql: expected, ordered: query.ordered)
                        .map { "\(command[0]), \(run) run: \($0)" }
                }
            }
            try checkAnswers("before the warm-ups")
            for _ in 0..<warmups {
                for (command, cache) in zip(planqCommands, caches) { _ = try Spawn.time(command, environment: cache.environment) }
                for command in sqliteCommands { _ = try Spawn.time(command.arguments) }
            }
            try checkAnswers("after the warm-ups")
            var planqTimes = Array(repeating: [Double](), count: planqCommands.count)
            var sqliteTimes = Array(repeating: [Double](), count: sqliteCommands.count)
            for _ in 0..<rounds {
                for (i, command) in planqCommands.enumerated() {
                    planqTimes[i].append(try Spawn.time(command, environment: caches[i].environment))
                }
                for (i, command) in sqliteCommands.enumerated() { sqliteTimes[i].append(try Spawn.time(command.arguments)) }
            }
            let row = Row(query: query, planq: planqTimes.map(Measure.median),
                          sqlite3: zip(sqliteCommands, sqliteTimes).map { ($0.form, Measure.median($1)) },
                          difference: difference)
            rows.append(row)
            let naive = row.sqlite3.first { $0.form == .naive }?.seconds ?? .nan
            let expert = row.sqlite3.first { $0.form == .expert }?.seconds
            say(pad(query.name, 28) + row.planq.map { t in
                pad("\(Measure.format(t)) (\(String(format: "%.2f", t / row.fastestSQLite))×)", 24, right: true)
            }.joined() + pad(Measure.format(naive), 15, right: true) + pad(expert.map(Measure.format) ?? "(same)", 10, right: true)
                  + "  " + (difference.map { "DIFFER: \($0)" } ?? "same (\(rowCount(expected.count)))"))
        }
        let written = caches.map(\.snapshots).reduce((files: 0, bytes: 0)) { ($0.files + $1.files, $0.bytes + $1.bytes) }
        say("(× is planq over sqlite3 with the faster SQL form; snapshots in the cache folder afterwards: "
              + CacheHome.describe(written) + ")")
        return Report(planqLabels: commands.map(\.label), rows: rows, noCacheNote: noCacheNote)
    }

    /// `planq (static executable)` → `planq static`, `planq (dynamic Swift runtime)` →
    /// `planq dynamic`, for a column heading.
    static func shortLabel(_ label: String) -> String {
        label.replacingOccurrences(of: " Swift runtime)", with: "").replacingOccurrences(of: " executable)", with: "")
            .replacingOccurrences(of: "(", with: "")
    }
}

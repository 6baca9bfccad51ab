import Foundation
import PlanBench
import PlanFiles

/// A planq executable to time as a one-shot command.
struct PlanqBinary {
    let label: String
    let path: String
}

/// The planq executables the cold start compares: release builds with the Swift runtime linked
/// statically and dynamically (performance.md: static linking is what lets a Swift program
/// start as fast as sqlite3). Built with SwiftPM unless given with --planq / --planq-static.
enum PlanqBinaries {
    static func prepare(_ options: Options) throws -> [PlanqBinary] {
        // The scratch folder this benchmark was built in: <scratch>/<triple>/release/planq-bench.
        let scratch = URL(fileURLWithPath: LoadProbe.selfPath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let staticPath = try options.planqStatic ?? build(options, scratch: URL(fileURLWithPath: scratch.path + "-static"), static: true)
        let dynamicPath = try options.planq ?? build(options, scratch: scratch, static: false)
        return [PlanqBinary(label: "planq (static Swift runtime)", path: staticPath),
                PlanqBinary(label: "planq (dynamic Swift runtime)", path: dynamicPath)]
    }

    static func build(_ options: Options, scratch: URL, static linked: Bool) throws -> String {
        var command = ["swift", "build", "-c", "release", "--product", "planq", "--package-path", options.repo.path,
                       "--scratch-path", scratch.path]
        if linked { command.append("--static-swift-stdlib") }
        say("")
        say("building: \(command.joined(separator: " "))")
        let seconds = try Spawn.time(command, showErrors: true)
        say("  (\(Measure.format(seconds)))")
        return scratch.appendingPathComponent("release/planq").path
    }
}

/// The cold start of a one-shot query on the example plans: `planq PLANS -e QUERY` against
/// `sqlite3 plans.db "SQL"`, whole processes, with their answers checked alike.
enum ColdStart {
    struct Row {
        let query: ReferenceQuery
        /// Median wall time of each planq binary, in the order given.
        let planq: [Double]
        let sqlite3: Double
        let difference: String?
    }

    struct Report {
        let binaries: [PlanqBinary]
        let rows: [Row]
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

        say("")
        say("== cold start: one-shot query on the example plans (whole process, median of \(rounds) interleaved runs) ==")
        say("sqlite3 \(database) \"SQL\" against " + binaries.map { "\($0.path) \(examples) -e QUERY" }.joined(separator: ", "))
        say(pad("query", 28) + binaries.map { pad($0.label, 32, right: true) }.joined()
              + pad("sqlite3", 10, right: true) + "  answers")
        var rows: [Row] = []
        for query in ReferenceQueries.examples {
            let expected = try SQLAnswers(query.sql, in: db).rows()
            var difference = Agreement.difference(planq: try planq.rows(query.planq), sql: expected, ordered: query.ordered)
            let planqCommands = binaries.map { [$0.path, examples, "-e", query.planq] }
            let sqliteCommand = ["sqlite3", database, query.sql]
            // The commands' own output: planq's CSV rows and sqlite3's `a|b` lines, read as rows.
            let shell = try Spawn.output(["sqlite3", "-separator", "\t", database, query.sql])
                .split(whereSeparator: \.isNewline).map(String.init)
            difference = difference ?? Agreement.difference(planq: shell, sql: expected, ordered: query.ordered).map { "sqlite3: \($0)" }
            for command in planqCommands {
                let csv = try Spawn.output(command + ["--format", "csv"])
                difference = difference ?? Agreement.difference(planq: csvRows(csv), sql: expected, ordered: query.ordered)
                    .map { "\(command[0]): \($0)" }
            }
            for _ in 0..<warmups {
                for command in planqCommands + [sqliteCommand] { _ = try Spawn.time(command) }
            }
            var planqTimes = Array(repeating: [Double](), count: planqCommands.count)
            var sqliteTimes: [Double] = []
            for _ in 0..<rounds {
                for (i, command) in planqCommands.enumerated() { planqTimes[i].append(try Spawn.time(command)) }
                sqliteTimes.append(try Spawn.time(sqliteCommand))
            }
            let row = Row(query: query, planq: planqTimes.map(Measure.median), sqlite3: Measure.median(sqliteTimes),
                          difference: difference)
            rows.append(row)
            say(pad(query.name, 28) + row.planq.map { t in
                pad("\(Measure.format(t)) (\(String(format: "%.2f", t / row.sqlite3))×)", 32, right: true)
            }.joined() + pad(Measure.format(row.sqlite3), 10, right: true) + "  "
                  + (difference.map { "DIFFER: \($0)" } ?? "same (\(expected.count) rows)"))
        }
        return Report(binaries: binaries, rows: rows)
    }

    /// planq's CSV answer as rows: the id column of a list, `group<TAB>count` of counts.
    static func csvRows(_ csv: String) -> [String] {
        let lines = csv.split(whereSeparator: \.isNewline).map(String.init)     // CSV lines end in CRLF
        guard let header = lines.first else { return [] }
        return lines.dropFirst().map { line in
            header.hasPrefix("group,") ? line.replacingOccurrences(of: ",", with: "\t")
                : String(line.prefix { $0 != "," })
        }
    }
}

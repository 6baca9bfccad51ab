// planq-bench: planq against SQLite on generated plan sets of 10^3 to 10^6 activities, the
// one-shot query as a whole process (on the generated sets up to 10^5 and on the example plans),
// and batch throughput; then every performance target, met or MISSED. See README, "Performance".
//
//   planq-bench [--sizes 1000,10000,100000,1000000] [--seed 42] [--data DIR] [--budget SECONDS]
//               [--planq PATH] [--planq-static PATH] [--no-cold-start]
//   planq-bench explain DATABASE                                   (each SQL form's EXPLAIN QUERY PLAN)
//   planq-bench generate --activities N --out DIR [--seed 42]     (plan files and plans.db)
//   planq-bench load-probe FOLDER                                 (used by the ladder: one load, measured)
//   planq-bench repeat FOLDER QUERY N                              (one query N times, to profile it)
//   planq-bench complete FOLDER TEXT N                             (Tab after TEXT, N times: the first and the rest)
import Foundation
import PlanBench
import PlanFiles
import Shell

struct Options {
    var sizes = [1_000, 10_000, 100_000, 1_000_000]
    var seed: UInt64 = 42
    /// The source tree this binary was built from (examples, generator sources).
    var repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    var data: URL
    /// Seconds per reference query per size, beyond the minimum runs.
    var budget = 0.6
    var planq: String?
    var planqStatic: String?
    var coldStart = true
    /// Up to this size the one-shot query is also timed as a whole planq process (at 10^6 its
    /// cold run alone reads the plan files for half a minute; the target is set at 10^5).
    var oneShotUpTo = 100_000

    init() { data = repo.appendingPathComponent("bench-out") }
}

func usage(_ message: String) -> Never {
    FileHandle.standardError.write(Data("planq-bench: \(message)\n".utf8))
    exit(64)
}

/// The command line, consumed flag by flag.
struct Arguments {
    var rest = Array(CommandLine.arguments.dropFirst())

    mutating func value(after flag: String) -> String? {
        guard let i = rest.firstIndex(of: flag) else { return nil }
        guard i + 1 < rest.count else { usage("\(flag) needs a value") }
        let v = rest[i + 1]
        rest.removeSubrange(i...(i + 1))
        return v
    }

    mutating func number<T: LosslessStringConvertible>(after flag: String) -> T? {
        guard let text = value(after: flag) else { return nil }
        guard let n = T(text.replacingOccurrences(of: "_", with: "")) else { usage("\(flag) takes a number") }
        return n
    }

    mutating func flag(_ name: String) -> Bool {
        guard let i = rest.firstIndex(of: name) else { return false }
        rest.remove(at: i)
        return true
    }
}

var arguments = Arguments()
var options = Options()
if let seed: UInt64 = arguments.number(after: "--seed") { options.seed = seed }

switch arguments.rest.first {
case "spawn":
    // Used by the benchmark itself: runs a one-shot from a small process (see Spawn.launch).
    exit(Spawn.reportAlone(Array(CommandLine.arguments.drop { $0 != "spawn" }.dropFirst())))
case "load-probe":
    guard arguments.rest.count == 2 else { usage("load-probe FOLDER") }
    exit(LoadProbe.child(folder: arguments.rest[1]))
case "repeat":
    // For profiling one query (perf record planq-bench repeat FOLDER QUERY N): load, then run it N times.
    guard arguments.rest.count == 4, let n = Int(arguments.rest[3]) else { usage("repeat FOLDER QUERY N") }
    guard case .success(let loaded) = PlanLoader.load(paths: [arguments.rest[1]]) else { usage("\(arguments.rest[1]) does not load") }
    let answers = PlanqAnswers(graph: loaded.graph)
    var rows = 0
    let seconds = try Measure.time { for _ in 0..<n { rows = try answers.rows(arguments.rest[2]).count } }
    say("\(rows) rows; \(Measure.format(seconds / Double(n))) a run")
    exit(0)
case "complete":
    // Tab on a large plan set: the first press (which gathers the names) and the median of the rest.
    guard arguments.rest.count == 4, let n = Int(arguments.rest[3]), n >= 2 else { usage("complete FOLDER TEXT N") }
    guard case .success(let loaded) = PlanLoader.load(paths: [arguments.rest[1]]) else { usage("\(arguments.rest[1]) does not load") }
    let completer = Completer(graph: loaded.graph)
    var count = 0
    let first = Measure.time { count = completer.complete(arguments.rest[2]).candidates.count }
    var rest: [Double] = []
    for _ in 1..<n { rest.append(Measure.time { count = completer.complete(arguments.rest[2]).candidates.count }) }
    rest.sort()
    say("\(count) candidates; first \(Measure.format(first)), then \(Measure.format(rest[rest.count / 2])) a press (median of \(n - 1))")
    exit(0)
case "explain":
    // The plans SQLite chooses for each form of each reference query (ExpertSQL.swift quotes them).
    guard arguments.rest.count == 2 else { usage("explain DATABASE") }
    let db = try SQLiteDatabase(path: arguments.rest[1])
    for query in ReferenceQueries.generated() {
        for (form, sql) in query.sqlForms {
            say("== \(query.name), \(form) SQL")
            try db.queryPlan(sql).forEach { say($0) }
        }
    }
    exit(0)
case "generate":
    guard let n: Int = arguments.number(after: "--activities"), let out = arguments.value(after: "--out") else {
        usage("generate --activities N --out DIR")
    }
    let set = PlanSetGenerator(activities: n, seed: options.seed).makeSet()
    let folder = URL(fileURLWithPath: out)
    let bytes = try YAMLPlanWriter(folder: folder.appendingPathComponent("plans")).write(set)
    try SQLitePlanWriter.write(set, to: SQLiteDatabase(path: folder.appendingPathComponent("plans.db").path))
    say("\(set.plans.count) plans, \(set.activityCount) activities, \(set.actors.count) actors: "
          + "\(bytes / 1024) KiB of plan files in \(folder.path)/plans, tables in \(folder.path)/plans.db")
    exit(0)
default:
    break
}

if let s = arguments.value(after: "--sizes") {
    options.sizes = s.split(separator: ",").map { item in
        guard let n = Int(item.replacingOccurrences(of: "_", with: "")) else { usage("--sizes takes numbers") }
        return n
    }
}
if let d = arguments.value(after: "--data") { options.data = URL(fileURLWithPath: d) }
if let b: Double = arguments.number(after: "--budget") { options.budget = b }
options.planq = arguments.value(after: "--planq")
options.planqStatic = arguments.value(after: "--planq-static")
if arguments.flag("--no-cold-start") { options.coldStart = false }
guard arguments.rest.isEmpty else { usage("unknown arguments: \(arguments.rest.joined(separator: " "))") }

let started = ContinuousClock.now
say("planq-bench: planq against SQLite \(SQLiteVersion.text) (in memory, prepared statements); medians.")
say("machine: \(Measure.conditions)")
#if DEBUG
say("warning: a debug build; measure with swift run -c release planq-bench")
#endif
let binaries = options.coldStart ? try PlanqBinaries.prepare(options) : []
// The one-shots time the static build: the one the README builds, and the faster to start.
let oneShotBinary = binaries.first
if let binary = oneShotBinary, !binary.takesNoCache {
    say("note: \(binary.path) rejects --no-cache; the --no-cache runs are reported as not available")
}
var rungs: [Rung] = []
for size in options.sizes {
    rungs.append(try Rung.run(activities: size, seed: options.seed, options: options,
                              oneShot: size <= options.oneShotUpTo ? oneShotBinary : nil))
}
var cold: ColdStart.Report?
var batch: BatchThroughput.Report?
if options.coldStart {
    cold = try ColdStart.run(options, binaries: binaries)
    if let fast = oneShotBinary {
        batch = try BatchThroughput.run(options, planq: fast)
    }
}
Targets.report(rungs: rungs, cold: cold, batch: batch)
CacheHome.removeAll()
say("")
say("machine at the end: \(Measure.conditions); whole run \(Measure.format(Measure.seconds(ContinuousClock.now - started)))")

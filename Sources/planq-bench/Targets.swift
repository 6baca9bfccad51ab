import Foundation

/// The targets of the performance issue, each with what was measured and by how much it is
/// met or missed.
enum Targets {
    static func report(rungs: [Rung], cold: ColdStart.Report?, batch: BatchThroughput.Report?) {
        say("")
        say("== targets ==")
        let differences = rungs.flatMap { r in r.queries.filter { $0.difference != nil }.map { "\(r.activities): \($0.query.name)" } }
            + (cold?.rows.filter { $0.difference != nil }.map { "examples: \($0.query.name)" } ?? [])
        line("planq and SQLite give the same answers", differences.isEmpty ? "every query, every size" : "differ: \(differences.joined(separator: "; "))",
             met: differences.isEmpty, by: nil)
        if let top = rungs.max(by: { $0.activities < $1.activities }) {
            let at = "at \(grouped(top.activities)) activities"
            for q in top.queries {
                line("\(q.query.name): planq/SQLite ≤ 1.0 \(at)",
                     String(format: "%.2f (%@ vs %@)", q.ratio, Measure.format(q.planq), Measure.format(q.sql)),
                     met: q.ratio <= 1.0, by: q.ratio <= 1.0 ? nil : String(format: "%.0f %% slower than SQLite", (q.ratio - 1) * 100))
            }
            if let card = top.queries.first(where: { $0.query.name == "design card" }) {
                line("design card ≤ 1 ms \(at)", Measure.format(card.planq), met: card.planq <= 1e-3,
                     by: card.planq <= 1e-3 ? nil : String(format: "%.1f× the target", card.planq / 1e-3))
            }
            let rate = top.load.activitiesPerSecond
            line("load ≥ 200,000 activities/s \(at)", "\(grouped(Int(rate))) activities/s", met: rate >= 200_000,
                 by: rate >= 200_000 ? nil : String(format: "%.1f× too slow", 200_000 / rate))
            let memory = top.load.peakBytesPerActivity
            line("memory ≤ 1 KiB/activity \(at) (peak growth during the load)", "\(grouped(Int(memory))) B/activity",
                 met: memory <= 1024, by: memory <= 1024 ? nil : String(format: "%.1f× the target", memory / 1024))
        }
        if let cold {
            for row in cold.rows {
                for (binary, t) in zip(cold.binaries, row.planq) {
                    let ratio = t / row.sqlite3
                    line("cold one-shot ≤ 1.5× sqlite3, \(row.query.name), \(binary.label)",
                         String(format: "%.2f× (%@ vs %@)", ratio, Measure.format(t), Measure.format(row.sqlite3)),
                         met: ratio <= 1.5, by: ratio <= 1.5 ? nil : String(format: "%.1f× the allowed time", ratio / 1.5))
                }
            }
        }
        if let batch {
            line("batch ≥ 50,000 simple queries/s on the example plans, to a file",
                 "\(grouped(Int(batch.rate))) queries/s (whole process)", met: batch.rate >= 50_000,
                 by: batch.rate >= 50_000 ? nil : String(format: "%.1f× too slow", 50_000 / batch.rate))
        }
    }

    static func line(_ target: String, _ measured: String, met: Bool, by miss: String?) {
        say("\(met ? "met   " : "MISSED") \(target): \(measured)" + (miss.map { " — \($0)" } ?? ""))
    }
}

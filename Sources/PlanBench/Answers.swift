import Foundation
import Diagnostics
import PlanModel
import QueryBinding
import QueryEvaluation
import QuerySyntax

/// Runs a query text through planq's pipeline (parse → bind → evaluate) and gives the
/// answer as rows of text: what the benchmark times and compares with SQL.
public struct PlanqAnswers {
    public let graph: PlanGraph
    let evaluator: Evaluator

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public init(graph: PlanGraph) {
        self.graph = graph
        self.evaluator = Evaluator(graph: graph)
    }

    public func rows(_ text: String) throws -> [String] {
        var binding = 0.0
        return try rows(text, binding: &binding)
    }

    /// The rows, and in `binding` the seconds spent reading the query and resolving its names
    /// (the rest is evaluation and making the rows).
    public func rows(_ text: String, binding: inout Double) throws -> [String] {
        let start = ContinuousClock.now
        let file = SourceFile(name: "query", text: text)
        guard case .complete(let statements) = Parser.parse(file), statements.count == 1,
              case .query(let query) = statements[0].form else {
            throw Failure(description: "not one query: \(text)")
        }
        let bound: BoundQuery
        do {
            bound = try Binder(graph: graph).bind(query, in: file)
        } catch {
            throw Failure(description: DiagnosticPrinter(showsSourceLine: false).render(error.diagnostics))
        }
        let elapsed = ContinuousClock.now - start
        binding = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        switch evaluator.run(bound) {
        case .nodes(let refs): return refs.map(graph.qualifiedID)
        case .groups(let groups): return groups.map { "\($0.label)\t\($0.count)" }
        case .count(let n): return ["\(n)"]
        case .aggregate(_, let rows): return rows.map { "\($0.group ?? "")\t\($0.value.map { "\($0)" } ?? "")" }
        }
    }
}

/// A prepared SQL statement whose rows are read as text, columns joined by tabs.
public final class SQLAnswers {
    let statement: SQLiteStatement

    public init(_ sql: String, in db: SQLiteDatabase) throws {
        statement = try db.prepare(sql)
    }

    public func rows() throws -> [String] {
        defer { statement.reset() }
        var out: [String] = []
        let columns = statement.columnCount
        while try statement.step() {
            if columns == 1 {
                out.append(statement.text(0))
            } else {
                out.append((0..<columns).map { statement.text($0) }.joined(separator: "\t"))
            }
        }
        return out
    }
}

/// Whether two answers to a reference query are the same, and if not, how they differ.
public enum Agreement {
    /// nil when they agree; otherwise a short description of the first difference.
    public static func difference(planq: [String], sql: [String], ordered: Bool) -> String? {
        let (a, b) = ordered ? (planq, sql) : (planq.sorted(), sql.sorted())
        if a == b { return nil }
        if a.count != b.count {
            let extra = Set(a).subtracting(b).sorted().prefix(3), missing = Set(b).subtracting(a).sorted().prefix(3)
            return "planq \(a.count) rows, SQL \(b.count) rows; only in planq: \(Array(extra)), only in SQL: \(Array(missing))"
        }
        let i = a.indices.first { a[$0] != b[$0] }!
        return "row \(i + 1): planq '\(a[i])', SQL '\(b[i])'"
    }

    /// planq's answer as `--format csv` prints it, read as rows to compare: the id column of a
    /// list, `group<TAB>count` of a count by group (the lines end in CRLF).
    public static func rows(csv: String) -> [String] {
        let lines = csv.split(whereSeparator: \.isNewline).map(String.init)
        guard let header = lines.first else { return [] }
        return lines.dropFirst().map { line in
            header.hasPrefix("group,") ? line.replacingOccurrences(of: ",", with: "\t")
                : String(line.prefix { $0 != "," })
        }
    }
}

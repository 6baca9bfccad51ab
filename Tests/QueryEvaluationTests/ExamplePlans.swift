import Diagnostics
import PlanFiles
import PlanModel
import QueryBinding
import QuerySyntax
import XCTest

/// The example plans (Examples/plans), loaded once, and a query bound against them.
enum ExamplePlans {
    static let repository = URL(fileURLWithPath: #filePath)   // …/Tests/QueryEvaluationTests/ExamplePlans.swift
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let graph: PlanGraph = {
        switch PlanLoader.load(paths: [repository.appendingPathComponent("Examples/plans").path]) {
        case .success(let loaded): return loaded.graph
        case .failure(let problems): fatalError("example plans do not load: \(problems)")
        }
    }()

    /// The one query of `text`, bound; or the first diagnostic as `line:col: message`.
    static func bind(_ text: String) -> Bound {
        let file = SourceFile(name: "q", text: text)
        guard case .complete(let statements) = Parser.parse(file),
              statements.count == 1, case .query(let query) = statements[0].form else {
            return .failure("does not parse as one query")
        }
        do {
            return .success(try Binder(graph: graph).bind(query, in: file))
        } catch let error as DiagnosticList {
            let d = error.diagnostics[0]
            return .failure("\(d.location.map { $0 + ": " } ?? "")\(d.message)")
        } catch {
            return .failure("\(error)")
        }
    }

    enum Bound {
        case success(BoundQuery)
        case failure(String)
    }
}

import QueryEvaluation

extension ExamplePlans {
    /// The answer to one query: node ids (plan-qualified), a count, or `group: count` lines.
    static func answer(_ text: String) -> [String] {
        switch bind(text) {
        case .failure(let message): return ["error: " + message]
        case .success(let bound):
            switch Evaluator(graph: graph).run(bound) {
            case .count(let n): return [String(n)]
            case .nodes(let refs): return refs.map { graph.qualifiedID($0) }
            case .groups(let groups): return groups.map { "\($0.label): \($0.count)" }
            case .aggregate(_, let rows):
                // `group: value (counted/missing)`, the group left out without `by`.
                return rows.map { row in
                    (row.group.map { $0 + ": " } ?? "") + (row.value.map { "\($0)" } ?? "none") + " (\(row.counted)/\(row.missing))"
                }
            }
        }
    }
}

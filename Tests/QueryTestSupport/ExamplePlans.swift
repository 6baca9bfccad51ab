import Foundation
import Diagnostics
import PlanFiles
import PlanModel
import QueryBinding
import QuerySyntax

/// The example plans (Examples/plans), loaded once, and a query bound against them: shared by
/// the binding and evaluation tests.
public enum ExamplePlans {
    public static let repository = URL(fileURLWithPath: #filePath)   // …/Tests/QueryTestSupport/ExamplePlans.swift
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static let graph: PlanGraph = {
        switch PlanLoader.load(paths: [repository.appendingPathComponent("Examples/plans").path]) {
        case .success(let loaded): return loaded.graph
        case .failure(let problems): fatalError("example plans do not load: \(problems)")
        }
    }()

    /// The one query of `text`, bound; or the first diagnostic as `line:col: message`.
    public static func bind(_ text: String) -> Bound {
        let file = SourceFile(name: "q", text: text)
        guard case .complete(let statements) = Parser.parse(file),
              statements.count == 1, case .query(let query) = statements[0].form else {
            return .failure("does not parse as one query")
        }
        do {
            return .success(try Binder(graph: graph).bind(query, in: file))
        } catch {
            // `bind` throws only DiagnosticList (typed throws).
            let d = error.diagnostics[0]
            return .failure("\(d.location.map { $0 + ": " } ?? "")\(d.message)")
        }
    }

    public enum Bound {
        case success(BoundQuery)
        case failure(String)
    }
}

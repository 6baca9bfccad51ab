import PlanFiles
import PlanModel
import XCTest

/// The example plans (Examples/plans), loaded once for all shell tests.
enum ExamplePlans {
    static let repository = URL(fileURLWithPath: #filePath)   // …/Tests/ShellTests/ExamplePlans.swift
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let graph: PlanGraph = {
        switch PlanLoader.load(paths: [repository.appendingPathComponent("Examples/plans").path]) {
        case .success(let loaded): return loaded.graph
        case .failure(let problems): fatalError("example plans do not load: \(problems)")
        }
    }()
}

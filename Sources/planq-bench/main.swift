// planq-bench: prints load, parse and evaluation timings (medians) on the example plans and
// on a generated large plan set. Run: swift run -c release planq-bench [--activities N]
import Diagnostics
import Foundation
import PlanFiles
import PlanModel
import QueryBinding
import QueryEvaluation
import QuerySyntax

let arguments = CommandLine.arguments
let activityCount = arguments.firstIndex(of: "--activities").flatMap { Int(arguments[$0 + 1]) } ?? 50_000
let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Examples/plans").path

print("planq-bench — medians; release build recommended (swift run -c release planq-bench)")
print("")
let load = Measure.median(runs: 21) {
    guard case .success = PlanLoader.load(paths: [examples]) else { fatalError("example plans do not load") }
}
print("load Examples/plans (2 plans, YAML): \(Measure.format(load))")

guard case .success(let loaded) = PlanLoader.load(paths: [examples]) else { fatalError("example plans do not load") }
QueryBench.run(graph: loaded.graph, label: "example plans", queries: QueryBench.exampleQueries)

let generateStart = ContinuousClock.now
var generator = Generator(activities: activityCount, seed: 42)
let big = generator.graph()
print("")
print("generated graph: \(activityCount) activities, \(big.count) nodes, built in \(Measure.format(ContinuousClock.now - generateStart))")
QueryBench.run(graph: big, label: "generated", queries: QueryBench.generatedQueries)

import Diagnostics
import Foundation
import PlanModel
import QueryBinding
import QueryEvaluation
import QuerySyntax

/// Times parse, bind and evaluation of a fixed list of queries over a graph.
enum QueryBench {
    static let exampleQueries = [
        "activities of elz for SD2 in 2024 Q3 with lead ELZ",
        "activities for SD3 in 2024 Q1 with lead ELZ",
        "count activities of zzl by goal",
        "activities of zzl with \"UZ Leuven\"",
        "activities with partner \"Stad Leuven\" or with responsible \"Stad Leuven\"",
        "activities in 2024 H2 where title ~ \"mantelzorg\" order by start limit 5",
        "actors of elz.SD2 order by name",
        "count activities of zzl contributing to Equity",
    ]

    static let generatedQueries = [
        "activities of p7 for SD3 in 2024 Q3 with lead org12",
        "activities for p3.SD2 in 2024 Q1",
        "count activities of p5 by goal",
        "activities with involved grp3 in 2024 Q2 limit 10",
        "activities where title ~ \"zorgzame buurt 77\"",
        "activities in 2024 H2 order by start limit 5",
        "actors of p2.SD1",
        "activities with lead org12 in 2022",
    ]

    static func run(graph: PlanGraph, label: String, queries: [String]) {
        print("")
        print("queries on \(label): parse | bind | evaluate (median of 31) | results")
        for text in queries {
            let file = SourceFile(name: "bench", text: text)
            guard case .complete(let statements) = Parser.parse(file), case .query(let query)? = statements.first?.form else {
                print("  (does not parse) \(text)"); continue
            }
            let binder = Binder(graph: graph)
            guard let bound = try? binder.bind(query, in: file) else { print("  (does not bind) \(text)"); continue }
            let evaluator = Evaluator(graph: graph)
            let parse = Measure.median(runs: 31) { _ = Parser.parse(file) }
            let bind = Measure.median(runs: 31) { _ = try? binder.bind(query, in: file) }
            var answer: Answer = .count(0)
            let eval = Measure.median(runs: 31) { answer = evaluator.run(bound) }
            let size: String
            switch answer {
            case .nodes(let n): size = "\(n.count) nodes"
            case .groups(let g): size = "\(g.count) groups"
            case .count(let c): size = "count \(c)"
            }
            print("  \(Measure.format(parse)) | \(Measure.format(bind)) | \(Measure.format(eval)) | \(size) — \(text)")
        }
    }
}

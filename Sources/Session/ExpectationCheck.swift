import Diagnostics
import PlanModel
import QueryBinding
import QueryEvaluation
import QuerySyntax

/// `expect QUERY = VALUE`: compares an answer with what a script states it must be, and
/// says both sides when they differ.
struct ExpectationCheck {
    let graph: PlanGraph
    let binder: Binder
    let file: SourceFile

    func check(_ answer: Answer, against expectation: Expectation, query: BoundQuery) throws(DiagnosticList) -> Diagnostic? {
        switch (answer, expectation.form) {
        case (.count(let n), .count(let expected)):
            guard n != expected else { return nil }
            return failure("expected \(expected), got \(n)", expectation)
        case (.nodes(let refs), .count(let expected)):
            guard refs.count != expected else { return nil }
            return failure("expected \(expected) results, got \(refs.count)", expectation)
        case (.nodes(let refs), .references(let written)):
            var expected: [NodeRef] = []
            for ref in written { expected.append(try binder.node(ref, in: file, preferring: query.kind)) }
            let actual = Set(refs), wanted = Set(expected)
            guard actual != wanted else { return nil }
            let missing = expected.filter { !actual.contains($0) }.map { graph.qualifiedID($0) }
            let extra = refs.filter { !wanted.contains($0) }.map { graph.qualifiedID($0) }
            var notes: [String] = []
            if !missing.isEmpty { notes.append("missing: " + missing.joined(separator: ", ")) }
            if !extra.isEmpty { notes.append("unexpected: " + extra.joined(separator: ", ")) }
            let got = refs.map { graph.qualifiedID($0) }.joined(separator: ", ")
            let want = expected.map { graph.qualifiedID($0) }.joined(separator: ", ")
            return failure("expected [\(want)], got [\(got)]", expectation, notes: notes)
        case (.aggregate(let function, let rows), .count(let expected)) where query.groupBy == nil:
            // `expect sum share of staff of zzl = 315`: a whole-number aggregate compared with the number.
            if case .number(let n)? = rows.first?.value, n == Double(expected) { return nil }
            let got = rows.first?.value.map { v -> String in
                if case .number(let n) = v { return n == n.rounded() ? String(Int(n)) : String(n) }
                return "\(v)"
            } ?? "no value"
            return failure("expected \(function.rawValue) \(expected), got \(got)", expectation)
        case (.groups, _), (.count, .references), (.aggregate, _):
            throw DiagnosticList([.error("this expectation does not fit the query: compare a count with a number and a list with [ids]",
                                         at: expectation.range, in: file)])
        }
    }

    func failure(_ message: String, _ expectation: Expectation, notes: [String] = []) -> Diagnostic {
        Diagnostic(.error, "expectation failed: " + message, at: expectation.range, in: file, notes: notes)
    }
}

import Diagnostics
import PlanModel
import QueryBinding
import QueryEvaluation
import QuerySyntax
import Rendering

/// One planq session: the loaded plans, the queries named with `let`, and the output
/// settings. The shell, `-e` and `-f` all run statements through it, so they behave alike.
public final class Session {
    public private(set) var graph: PlanGraph
    public var format: OutputFormat
    /// Terminal width for tables; nil writes tables at their natural width.
    public var width: Int?
    public var color = false
    /// Print how each query was understood before its answer (`.explain on`).
    public var explainsQueries = false
    var named: [String: BoundQuery] = [:]
    /// Files planq has read, which `.output` refuses to write over.
    public var filesInUse = FilesInUse()
    /// Standard output is a terminal: CSV then escapes control characters as tables do, so
    /// that plan text cannot send escape sequences to it (CSV to a file keeps them, quoted).
    public var terminalOutput = false
    /// Output goes to a `.output` file for now.
    var writingToFile = false
    /// Asked during long work (evaluation, script statements); true stops it. The shell sets
    /// it to its Ctrl-C flag.
    public var shouldStop: () -> Bool = { false }

    public init(graph: PlanGraph, format: OutputFormat = .table) {
        self.graph = graph
        self.format = format
    }

    /// Names bound by `let` so far (the parser uses them to tell names from misspelt kinds).
    /// (Kept beside `named`, not made from it for each statement: a script of 10,000 `let`s
    /// would take the square of that.)
    public private(set) var queryNames: Set<String> = []

    public func replace(graph: PlanGraph) {
        self.graph = graph
        named = [:]
        queryNames = []
    }

    /// What running a text produced, in order.
    public enum Event: Sendable {
        case output(String)
        /// An answer rendered as bytes, to be written as they are (no string is made of them).
        case rendered([UInt8])
        case diagnostic(Diagnostic)
        /// An `expect` whose answer differed: the message shows both sides.
        case expectationFailed(Diagnostic)
    }

    public enum Outcome: Sendable, Equatable {
        case ok
        /// The text stops early; a prompt asks for more, a script reports it.
        case incomplete(Diagnostic)
        case failed
        case expectationFailed
    }

    /// Parses and runs every statement of `file`, reporting each result through `emit`;
    /// stops at the first failing statement.
    /// With `keepGoing`, a failing statement is reported and the ones after it still run
    /// (`--keep-going`: a script's later statements may share the failing one's lines).
    /// `parsed` is the text's parse when the caller has it already (made with the same names).
    public func run(_ file: SourceFile, keepGoing: Bool = false, parsed: ParseResult? = nil, emit: (Event) -> Void) -> Outcome {
        switch parsed ?? Parser.parse(file, queryNames: queryNames) {
        case .incomplete(let d): return .incomplete(d)
        case .failure(let ds):
            ds.forEach { emit(.diagnostic($0)) }
            return .failed
        case .complete(let statements):
            var outcome = Outcome.ok
            for statement in statements {
                do {
                    if let failure = try execute(statement, in: file, emit: emit) {
                        emit(.expectationFailed(failure))
                        if outcome != .failed { outcome = .expectationFailed }
                    }
                } catch {
                    error.diagnostics.forEach { emit(.diagnostic($0)) }
                    if !keepGoing { return .failed }
                    outcome = .failed
                }
            }
            return outcome
        }
    }

    /// Runs one statement; returns a diagnostic when it is an `expect` that failed.
    func execute(_ statement: Statement, in file: SourceFile, emit: (Event) -> Void) throws(DiagnosticList) -> Diagnostic? {
        // Made afresh for each use, so that none holds on to `named` while a `let` adds to it
        // (which would copy every named query, for every `let`).
        var binder: Binder { Binder(graph: graph, namedQueries: named) }
        if let picture = try drawing(statement, binder: binder, in: file) {
            emit(.output(picture))
            return nil
        }
        switch statement.form {
        case .query(let query):
            let bound = try binder.bind(query, in: file)
            var trace = Evaluator.Trace()
            trace.countsInherited = format == .table || format == .expanded
            let answer = evaluator.run(bound, trace: &trace)
            if explainsQueries { emit(.output(Explanation(graph: graph, query: bound, trace: trace).text)) }
            for r in bound.resolutions where r.ambiguous {
                emit(.diagnostic(Diagnostic(.note, "'\(r.written)' resolved to \(r.meaning)", at: r.range, in: file)))
            }
            emit(.rendered(renderBytes(AnswerTable(graph: graph).table(answer, for: bound))))
            if format == .table || format == .expanded {
                for note in notes(on: answer, of: bound, trace: trace) {
                    emit(.diagnostic(Diagnostic(.note, note.message, at: note.range, in: note.range.map { _ in file })))
                }
                // An aggregate says how many nodes had no value (left out, not read as zero).
                for note in AnswerTable(graph: graph).notes(answer, for: bound) {
                    emit(.diagnostic(Diagnostic(.note, note, at: nil, in: nil)))
                }
            }
        case .let(let name, let query):
            let key = name.text.lowercased()
            let bound = try binder.bind(query, in: file)
            named[key] = bound
            queryNames.insert(key)
        case .describe(let ref):
            let node = try resolve(ref, binder, file, emit)
            let fields = NodeDescription(graph: graph).table(node)
            // One record: field/value rows read best as a table; JSON and expanded want one object.
            let record = ResultTable(columns: fields.rows.map { cell in if case .text(let t) = cell[0] { t } else { "" } },
                                     rows: [fields.rows.map { $0[1] }])
            emit(.output(render(format == .json || format == .expanded ? record : fields)))
        case .explain(let query):
            let bound = try binder.bind(query, in: file)
            var trace = Evaluator.Trace()
            _ = evaluator.run(bound, trace: &trace)
            emit(.output(Explanation(graph: graph, query: bound, trace: trace).text))
        case .path(let from, let to):
            let a = try resolve(from, binder, file, emit), b = try resolve(to, binder, file, emit)
            emit(.output(render(PathFinder(graph: graph).table(from: a, to: b))))
        case .tree(let ref):
            let node = try resolve(ref, binder, file, emit)
            switch format {
            case .table: emit(.output(TreeDrawing(graph: graph, width: width).draw(node)))
            case .json: emit(.output(renderJSONTree(DrawingRows(graph: graph).treeJSON(node))))
            default: emit(.output(render(DrawingRows(graph: graph).treeRows(node))))
            }
        case .timeline(let query):
            let bound = try binder.bind(query, in: file)
            guard case .nodes(let refs) = evaluator.run(bound) else {
                throw DiagnosticList([.error("timeline needs a list of nodes, not a count or an aggregate", at: query.range, in: file)])
            }
            emit(.output(format == .table ? TimelineDrawing(graph: graph, width: width).draw(refs)
                                          : render(DrawingRows(graph: graph).timelineRows(refs))))
        case .expect(let query, let expectation):
            let bound = try binder.bind(query, in: file)
            return try ExpectationCheck(graph: graph, binder: binder, file: file)
                .check(evaluator.run(bound), against: expectation, query: bound)
        case .graph, .overview:
            break  // always answered by `drawing` above
        }
        return nil
    }

    /// Notes that keep an answer from being misread: why it is empty, or how many rows a time
    /// filter kept only on an inherited period.
    func notes(on answer: Answer, of query: BoundQuery, trace: Evaluator.Trace) -> [AnswerNotes.Note] {
        let notes = AnswerNotes(graph: graph)
        var empty = false
        switch answer {
        case .nodes(let refs): empty = refs.isEmpty
        case .count(let n): empty = n == 0
        case .groups(let groups): empty = groups.isEmpty
        case .aggregate(_, let rows): empty = trace.matched == 0 && rows.allSatisfy { $0.value == nil }
        }
        if empty, trace.matched == 0 { return notes.whyEmpty(query).map { [$0] } ?? [] }
        var said = notes.inheritedPeriods(query, kept: trace.matched, inheritedFrom: trace.inheritedFrom).map { [$0] } ?? []
        if trace.groupsReached, let note = notes.groupsReached(query) { said.append(note) }
        said += notes.keptUnknown(query, kept: trace.matched, trace.keptUnknown)
        said += notes.insideWords(query, kept: trace.matched, trace.insideWords)
        return said
    }

    /// The node a statement names, with a note when the name could mean another node too.
    func resolve(_ ref: Reference, _ binder: Binder, _ file: SourceFile, _ emit: (Event) -> Void) throws(DiagnosticList) -> NodeRef {
        let (node, notes) = try binder.resolveNode(ref, in: file)
        for r in notes { emit(.diagnostic(Diagnostic(.note, "'\(r.written)' resolved to \(r.meaning)", at: r.range, in: file))) }
        return node
    }

    var evaluator: Evaluator {
        var e = Evaluator(graph: graph)
        e.shouldStop = shouldStop
        return e
    }

    func render(_ table: ResultTable) -> String {
        String(decoding: renderBytes(table), as: UTF8.self)
    }

    func renderBytes(_ table: ResultTable) -> [UInt8] {
        let escaped = format == .csv && terminalOutput && !writingToFile
        var output: [UInt8] = []
        Renderer(format: format, width: width, color: color).render(escaped ? Self.escapingText(table) : table, into: &output)
        return output
    }

    static func escapingText(_ table: ResultTable) -> ResultTable {
        var table = table
        table.rows = table.rows.map { row in
            row.map { cell in
                switch cell {
                case .text(let t): .text(escapeForTerminal(t))
                case .list(let items): .list(items.map(escapeForTerminal))
                default: cell
                }
            }
        }
        return table
    }
}

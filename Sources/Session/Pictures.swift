import Diagnostics
import Drawing
import PlanModel
import QueryBinding
import QueryEvaluation
import QuerySyntax
import Rendering

/// The drawing statements in the picture formats (svg, dot, mermaid, html), `graph` in every
/// format, and `overview`. A statement that cannot be drawn in the chosen format is a
/// positioned error, never a silent fall back to another format.
extension Session {
    /// The text to print for `statement`, or nil when `execute` answers it as before
    /// (a query, or a tree or timeline for the terminal).
    func drawing(_ statement: Statement, binder: Binder, in file: SourceFile) throws(DiagnosticList) -> String? {
        func fail(_ message: String, at range: SourceRange? = nil) -> DiagnosticList {
            DiagnosticList([.error(message, at: range ?? statement.range, in: file)])
        }
        let builder = PictureBuilder(graph: graph)
        switch statement.form {
        case .query, .describe, .explain:
            guard format.isDrawing else { return nil }
            throw fail("the \(format.rawValue) format draws pictures (tree, timeline, path, graph, overview);"
                + " this statement's answer is a table — use table, json, csv, markdown or expanded")
        case .let, .expect:
            return nil
        case .tree(let ref):
            guard format.isDrawing else { return nil }
            let tree = builder.tree(try binder.node(ref, in: file))
            switch format {
            case .dot: return DOTWriter.tree(tree)
            case .mermaid: return MermaidWriter.tree(tree)
            case .html: return HTMLPage.picture(title: "tree \(tree.node.id) — \(tree.node.title)", svg: SVGTree.svg(tree))
            default: return SVGTree.svg(tree)
            }
        case .timeline(let query):
            guard format.isDrawing else { return nil }
            let refs = try nodes(of: query, binder: binder, in: file, for: "timeline")
            let timeline = builder.timeline(refs, title: "timeline " + SyntaxPrinter.canonical(query))
            if timeline.bars.isEmpty { throw fail("nothing to draw: no node in the answer has a period", at: query.range) }
            switch format {
            case .dot: throw fail("a timeline has no edges for Graphviz to lay out; draw it with svg, mermaid (a gantt chart) or html")
            case .mermaid: return MermaidWriter.gantt(timeline)
            case .html: return HTMLPage.picture(title: timeline.title, svg: SVGTimeline.svg(timeline))
            default: return SVGTimeline.svg(timeline)
            }
        case .path(let from, let to):
            guard format.isDrawing else { return nil }
            let a = try binder.node(from, in: file), b = try binder.node(to, in: file)
            guard let steps = PathFinder(graph: graph).path(from: a, to: b) else {
                throw fail("nothing to draw: \(graph.qualifiedID(a)) and \(graph.qualifiedID(b)) are not connected")
            }
            let chain = builder.chain(steps, title: "path from \(graph.qualifiedID(a)) to \(graph.qualifiedID(b))")
            switch format {
            case .dot: return DOTWriter.network(chain)
            case .mermaid: return MermaidWriter.network(chain)
            case .html: return HTMLPage.picture(title: chain.title, svg: SVGChain.svg(chain))
            default: return SVGChain.svg(chain)
            }
        case .graph(let query):
            let refs = try nodes(of: query, binder: binder, in: file, for: "graph")
            if refs.isEmpty { throw fail("nothing to draw: the query found no nodes", at: query.range) }
            let network = builder.network(refs, title: "graph " + SyntaxPrinter.canonical(query))
            switch format {
            case .dot: return DOTWriter.network(network)
            case .mermaid: return MermaidWriter.network(network)
            case .svg, .html:
                // Graphviz's layout time grows much faster than the graph; past this it would seem to hang.
                guard network.nodes.count <= Graphviz.maxNodes else {
                    throw fail("too large to lay out: \(network.nodes.count) nodes (at most \(Graphviz.maxNodes));"
                        + " narrow the query, or use --format dot or mermaid", at: query.range)
                }
                switch Graphviz.svg(DOTWriter.network(network)) {
                case .failure(let why): throw fail(why.message)
                case .success(let svg): return format == .svg ? svg : HTMLPage.picture(title: network.title, svg: svg)
                }
            default: return render(edgeTable(network))
            }
        case .overview(let ref):
            // A plan's id first: `zzl` is also the id of an actor (the Zorgzaam Leuven network).
            let plan: NodeRef
            if !ref.isQuoted, let named = graph.plan(named: ref.text) { plan = named } else { plan = try binder.node(ref, in: file) }
            guard graph[plan].kind == .plan else {
                let plans = graph.plans.map { graph[$0].id }.joined(separator: ", ")
                throw fail("overview draws a whole plan; '\(ref.text)' is not a plan but \(graph.qualifiedID(plan)) (\(graph[plan].kind.rawValue)) — the plans are \(plans)",
                           at: ref.range)
            }
            guard format == .html else {
                throw fail("overview writes one HTML page: use --format html (or .format html) and .output FILE")
            }
            let description = NodeDescription(graph: graph)
            return OverviewPage.html(OverviewBuilder(graph: graph, describe: { ref in
                description.table(ref).rows.map { row in (Self.plainText(row[0]), Self.plainText(row[1])) }
            }).model(plan))
        }
    }

    /// The nodes a drawing's query answers; a count cannot be drawn.
    func nodes(of query: Query, binder: Binder, in file: SourceFile, for statement: String) throws(DiagnosticList) -> [NodeRef] {
        let bound = try binder.bind(query, in: file)
        guard case .nodes(let refs) = evaluator.run(bound) else {
            throw DiagnosticList([.error("\(statement) needs a list of nodes, not a count", at: query.range, in: file)])
        }
        return refs
    }

    /// `graph` in a table format: one row per edge.
    func edgeTable(_ network: NetworkPicture) -> ResultTable {
        ResultTable(columns: ["from", "via", "to", "from title", "to title"], rows: network.edges.map { e in
            let a = network.nodes[e.from], b = network.nodes[e.to]
            return [.text(a.id), .text(e.label), .text(b.id), .text(a.title), .text(b.title)]
        })
    }

    static func plainText(_ cell: ResultTable.Cell) -> String {
        switch cell {
        case .text(let t): t
        case .integer(let i): String(i)
        case .number(let d): d.description
        case .bool(let b): b ? "true" : "false"
        case .list(let items): items.joined(separator: "\n")
        case .null: ""
        }
    }
}

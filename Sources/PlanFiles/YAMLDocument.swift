import Diagnostics
import Yams

/// A parsed plan file: its YAML tree plus the source text that marks point into.
struct YAMLDocument {
    let file: SourceFile
    let root: Node.Mapping?

    /// Parses `file`, or returns the YAML syntax error as a positioned diagnostic.
    static func parse(_ file: SourceFile) -> Result<YAMLDocument, Diagnostic> {
        // Plan files need no anchors; refusing them rules out alias bombs (billion laughs) and
        // keeps every value written where it is read.
        if let offset = AnchorScan.firstAnchorOrAlias(in: file.text) {
            return .failure(.error("anchors and aliases (&name, *name) are not allowed in plan files",
                                   at: SourceRange(offset: offset, length: 1), in: file))
        }
        do {
            guard let node = try Yams.compose(yaml: file.text) else {
                return .success(YAMLDocument(file: file, root: nil))
            }
            guard let mapping = node.mapping else {
                return .failure(.error("a plan file must be a mapping with 'plan:' or 'actors:' at the top",
                                       at: range(of: node, in: file), in: file))
            }
            return .success(YAMLDocument(file: file, root: mapping))
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, in: file))
        } catch {
            return .failure(.error("cannot parse YAML: \(error)", in: file))
        }
    }

    static func diagnostic(for error: YamlError, in file: SourceFile) -> Diagnostic {
        func at(_ mark: Mark, _ problem: String, _ context: YamlError.Context?) -> Diagnostic {
            let offset = file.offset(line: mark.line, scalarColumn: mark.column)
            if problem.hasPrefix("Maximum nesting level reached") {
                // libyaml's own limit (10,000 levels), which keeps deep input from overflowing the stack.
                return .error("invalid YAML: collections nested too deep (a plan file needs a few levels)",
                              at: SourceRange(offset: offset, length: 1), in: file)
            }
            var message = "invalid YAML: \(problem)"
            if let context { message += " \(context.text)" }
            return .error(message, at: SourceRange(offset: offset, length: 1), in: file)
        }
        switch error {
        case let .scanner(context, problem, mark, _): return at(mark, problem, context)
        case let .parser(context, problem, mark, _): return at(mark, problem, context)
        case let .composer(context, problem, mark, _): return at(mark, problem, context)
        case let .reader(problem, offset, _, _):
            return .error("invalid YAML: \(problem)", at: offset.map { SourceRange(offset: $0, length: 1) }, in: file)
        default:
            return .error("invalid YAML: \(error)", in: file)
        }
    }

    /// The source range a node covers (its first line; scalars their whole text).
    static func range(of node: Node, in file: SourceFile) -> SourceRange? {
        guard let mark = node.mark else { return nil }
        let offset = file.offset(line: mark.line, scalarColumn: mark.column)
        if let scalar = node.scalar {
            // Quoted scalars start at the quote; cover the quotes as well.
            let quoted = scalar.style == .doubleQuoted || scalar.style == .singleQuoted
            let length = scalar.string.contains("\n") ? 1 : scalar.string.utf8.count + (quoted ? 2 : 0)
            return SourceRange(offset: offset, length: max(1, length))
        }
        return SourceRange(offset: offset, length: 1)
    }
}

extension SourceFile {
    /// UTF-8 offset of a 1-based line and a column counted in Unicode scalars (libyaml's unit).
    func offset(line: Int, scalarColumn: Int) -> Int {
        let start = offset(line: line, column: 1)
        var offset = start
        var remaining = scalarColumn - 1
        for scalar in lineText(line).unicodeScalars {
            if remaining <= 0 { break }
            offset += UTF8.width(scalar)
            remaining -= 1
        }
        return offset
    }
}

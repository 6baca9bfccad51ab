import Diagnostics
import PlanModel
import Yams

/// A plan file read with Yams, which reads all of YAML: for the files the fast reader
/// declines, and to position a problem found in a fast-read file. Its nodes are converted into
/// the same arena the fast reader writes, with each node's range for diagnostics.
enum YamsDocument {
    /// Parses `file`, or returns the YAML syntax error as a positioned diagnostic.
    static func parse(_ file: SourceFile) -> Result<PlanDocument, Diagnostic> {
        if let place = YAMLAnchors.first(in: file.text) { return .failure(anchorOrAlias(at: place, in: file)) }
        do {
            let document = PlanDocument(name: file.name)
            document.source = file
            // The encoding is given: Yams's default reads the environment on every parse (and prints
            // a line to standard output when YAMS_DEFAULT_ENCODING is set).
            guard let node = try Yams.compose(yaml: file.text, resolver, constructor, .utf8) else { return .success(document) }
            guard node.mapping != nil else {
                return .failure(.error("a plan file must be a mapping with 'plan:' or 'actors:' at the top",
                                       at: range(of: node, in: file), in: file))
            }
            var converter = Converter(file: file)
            document.root = converter.add(node)
            if let alias = converter.alias { return .failure(anchorOrAlias(at: (alias.line, alias.column), in: file)) }
            document.setNodes(converter.nodes, children: converter.children)
            document.decoded = converter.decoded
            document.marks = converter.marks
            return .success(document)
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, in: file))
        } catch {
            return .failure(.error("cannot parse YAML: \(error)", in: file))
        }
    }

    static func anchorOrAlias(at place: (line: Int, column: Int), in file: SourceFile) -> Diagnostic {
        let offset = file.offset(line: place.line, scalarColumn: place.column)
        return .error("anchors and aliases (&name, *name) are not allowed in plan files",
                      at: SourceRange(offset: offset, length: 1), in: file)
    }

    /// Yams's default resolver with two rules put first, which give at once the tag the
    /// default rules give most scalars after trying several regular expressions (one each):
    /// `str` for a scalar that begins as no other default rule's match can — with a letter,
    /// unless it is a word read as a boolean or a null (`yes`, `Off`, `null`, …); with a sign
    /// not followed by a digit or a dot; with any other character but a digit, `.`, `<`,
    /// `~`, `=` or a line break (numbers, dates, `.inf`, `<<`, `~` and `=` begin so) — and
    /// `null` for an empty scalar. Every scalar gets the tag the default gives it, so which
    /// keys count as the same is the default's (a plain `1` and a quoted `"1"` differ, `true`
    /// and `"true"` too); but Yams resolves the tag of every key of every mapping, to find keys
    /// written twice, and a key like `title` now takes one regular expression instead of seven.
    static let resolver: Resolver = {
        let notWord = [Resolver.Rule.bool, .null].map { "(?!\($0.pattern.dropFirst()))" }.joined()
        let breaks = "\\n\\u000B\\u000C\\r\\u0085\\u2028\\u2029"
        guard let text = try? Resolver.Rule(.str, "^(?:\(notWord)[A-Za-z]|[-+](?![0-9.])|[^-+0-9.<~=A-Za-z\(breaks)])"),
              let empty = try? Resolver.Rule(.null, "^$") else { return .default }
        return Resolver.default.rules.reduce(Resolver.basic.appending(text).appending(empty)) { $0.appending($1) }
    }()

    /// Yams's default constructor, made once: `Constructor.default` makes a new one, with its
    /// tables, each time it is named (it was a fortieth of a fuzz execution). It is never
    /// changed (its tables are constants), so the reader threads share it.
    nonisolated(unsafe) static let constructor = Constructor.default

    /// Yams's nodes into the arena, children before their collection (as the fast reader
    /// writes them), each with what the builder asks of a node.
    struct Converter {
        let file: SourceFile
        var nodes: [PlanDocument.Node] = []
        var children: [Int32] = []
        var decoded: [String] = []
        var marks: [PlanDocument.Mark] = []

        /// The first alias met, were Yams to give one (see `convert`).
        var alias: Mark?

        /// No node has an anchor or is an alias: `YAMLAnchors` refused those texts before.
        mutating func add(_ node: Node, asKey: Bool = false) -> Int32 { convert(node, asKey: asKey) }

        /// Flags that need a scalar's resolved tag (Yams finds it by regular expressions, the
        /// slowest part of a conversion) are worked out only where they can matter: emptiness
        /// for YAML's null, and for keys whether a lookup by text finds them (a key `id` is
        /// text; `!!int id` is not), as Yams's own `mapping["id"]` would.
        mutating func convert(_ node: Node, asKey: Bool) -> Int32 {
            var flags: PlanDocument.Flags = []
            let line = Int32(clamping: node.mark?.line ?? 0)
            let range = YamsDocument.mark(of: node)
            switch node {
            case .scalar(let scalar):
                if scalar.style != .plain && scalar.style != .any { flags.insert(.quoted) }
                if scalar.string.isEmpty && node.tag.description == "tag:yaml.org,2002:null" { flags.insert(.emptyNull) }
                if asKey && node.tag.description == textTag(scalar.string) { flags.insert(.textKey) }
                decoded.append(scalar.string)
                return append(.init(kind: .scalar, flags: flags, line: line, start: Int32(-decoded.count), count: 0), range)
            case .mapping(let mapping):
                let kids = mapping.flatMap { [add($0.key, asKey: true), add($0.value)] }
                return collection(.mapping, kids, flags, line, range)
            case .sequence(let sequence):
                let kids = sequence.map { add($0) }
                return collection(.sequence, kids, flags, line, range)
            case .alias:
                // Yams's parser gives an alias as the node it names, never as `.alias`; were
                // one to come, the file is refused as `YAMLAnchors` would have refused it.
                alias = alias ?? node.mark
                return collection(.sequence, [], flags, line, range)
            }
        }

        /// The tag a plain key written as `string` has (what `mapping[string]` compares with),
        /// found once per text: the same few keys come back on every item, and each lookup is
        /// a run of regular expressions. The same test as `node == Node(string)`: equal texts,
        /// equal resolved tags.
        var textTags: [String: String] = [:]

        mutating func textTag(_ string: String) -> String {
            if let known = textTags[string] { return known }
            let tag = Node(string, Tag(.implicit, YamsDocument.resolver, YamsDocument.constructor)).tag.description
            textTags[string] = tag
            return tag
        }

        mutating func collection(_ kind: PlanDocument.Kind, _ kids: [Int32], _ flags: PlanDocument.Flags,
                                 _ line: Int32, _ range: PlanDocument.Mark) -> Int32 {
            let first = children.count
            children += kids
            return append(.init(kind: kind, flags: flags, line: line, start: Int32(first), count: Int32(kids.count)), range)
        }

        mutating func append(_ node: PlanDocument.Node, _ range: PlanDocument.Mark) -> Int32 {
            nodes.append(node)
            marks.append(range)
            return Int32(nodes.count - 1)
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
        case let .duplicatedKeysInMapping(keys, context):
            return duplicateKeys(keys, at: context.mark, in: file)
        default:
            return .error("invalid YAML: \(error)", in: file)
        }
    }

    /// Keys written twice in one mapping. Yams names them (a key that is a collection as
    /// `<uncovertable>`) and gives the first place of the least of them in its own order. That
    /// order is total only over keys of distinct text: keys of different kinds, or of one text
    /// and different tags (`1` and `"1"`), compare neither way, and which of them comes first
    /// then follows a dictionary's order, which differs between runs and threads. So the place
    /// is given only when the order is total; otherwise the diagnostic names the file alone
    /// rather than a line that could change from one load of the same bytes to the next.
    static func duplicateKeys(_ keys: [String], at mark: Mark, in file: SourceFile) -> Diagnostic {
        let collection = "<uncovertable>"
        // Their order too follows the dictionary's when the sort is not total. A text named
        // more than once is one text written with different tags (`1` and `"1"`).
        let texts = keys.filter { $0 != collection }.sorted()
        var names: [String] = []
        for (i, text) in texts.enumerated() where i == 0 || texts[i - 1] != text {
            let types = texts[i...].prefix { $0 == text }.count
            names.append("'\(Folding.showingInvisible(text))'" + (types > 1 ? " (as \(types) types)" : ""))
        }
        let collections = keys.count - texts.count
        if collections > 0 { names.append(collections == 1 ? "a key that is a collection" : "\(collections) keys that are collections") }
        let listed = names.count == 1 ? "key \(names[0]) is" : "keys \(names.joined(separator: ", ")) are"
        guard collections == 0, names.count == texts.count else {
            return .error("invalid YAML: \(listed) written twice in one mapping (the YAML reader cannot place keys that are collections, or of one text and two types)", in: file)
        }
        let offset = file.offset(line: mark.line, scalarColumn: mark.column)
        let here = names.count == 1 ? "" : " (the first \(names[0]) here)"
        return .error("invalid YAML: \(listed) written twice in one mapping\(here)",
                      at: SourceRange(offset: offset, length: 1), in: file)
    }

    /// Where a node is, kept until a diagnostic needs its range (`PlanDocument.range`).
    static func mark(of node: Node) -> PlanDocument.Mark {
        guard let mark = node.mark else { return PlanDocument.Mark(line: 0, column: 0, length: 1) }
        var length = 1
        if let scalar = node.scalar {
            // Quoted scalars start at the quote; cover the quotes as well.
            let quoted = scalar.style == .doubleQuoted || scalar.style == .singleQuoted
            length = max(1, scalar.string.utf8.contains(0x0A) ? 1 : scalar.string.utf8.count + (quoted ? 2 : 0))
        }
        return PlanDocument.Mark(line: Int32(clamping: mark.line), column: Int32(clamping: mark.column), length: Int32(clamping: length))
    }

    /// The source range a node covers (its first line; scalars their whole text).
    static func range(of node: Node, in file: SourceFile) -> SourceRange? {
        guard let mark = node.mark else { return nil }
        let offset = file.offset(line: mark.line, scalarColumn: mark.column)
        if let scalar = node.scalar {
            // Quoted scalars start at the quote; cover the quotes as well.
            let quoted = scalar.style == .doubleQuoted || scalar.style == .singleQuoted
            let length = scalar.string.utf8.contains(0x0A) ? 1 : scalar.string.utf8.count + (quoted ? 2 : 0)
            return SourceRange(offset: offset, length: max(1, length))
        }
        return SourceRange(offset: offset, length: 1)
    }
}

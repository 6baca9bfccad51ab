/// One node of a nested JSON answer (`tree` in `--format json`): its fields in order, then its
/// children under `"children"`.
public struct JSONTreeNode: Sendable {
    public var fields: [(name: String, value: ResultTable.Cell)]
    public var children: [JSONTreeNode]

    public init(fields: [(name: String, value: ResultTable.Cell)], children: [JSONTreeNode] = []) {
        self.fields = fields
        self.children = children
    }
}

/// A tree as one JSON object, each level indented two spaces more: the same strings and
/// numbers as the `json` format writes for tables.
public func renderJSONTree(_ root: JSONTreeNode) -> String {
    var output = ""
    write(root, indent: "", into: &output)
    return output + "\n"
}

/// Written depth-first without recursion on the Swift stack, so a deep hierarchy cannot
/// overflow it.
private func write(_ root: JSONTreeNode, indent: String, into output: inout String) {
    enum Step { case open(JSONTreeNode, String, last: Bool), close(String, last: Bool, hadChildren: Bool) }
    var steps: [Step] = [.open(root, indent, last: true)]
    while let step = steps.popLast() {
        switch step {
        case .open(let node, let indent, let last):
            output += indent + "{" + node.fields.map { jsonString($0.name) + ": " + jsonValue($0.value) }.joined(separator: ", ")
            if node.children.isEmpty {
                output += ", \"children\": []}" + (last ? "" : ",") + "\n"
                continue
            }
            output += ", \"children\": [\n"
            steps.append(.close(indent, last: last, hadChildren: true))
            for (i, child) in node.children.enumerated().reversed() {
                steps.append(.open(child, indent + "  ", last: i == node.children.count - 1))
            }
        case .close(let indent, let last, _):
            output += indent + "]}" + (last ? "" : ",") + "\n"
        }
    }
    if output.hasSuffix("\n") { output.removeLast() }
}

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
    var output: [UInt8] = []
    write(root, into: &output)
    output.append(.newline)
    return String(decoding: output, as: UTF8.self)
}

/// Written depth-first without recursion on the Swift stack, so a deep hierarchy cannot
/// overflow it.
private func write(_ root: JSONTreeNode, into output: inout [UInt8]) {
    enum Step { case open(JSONTreeNode, depth: Int, last: Bool), close(depth: Int, last: Bool) }
    var steps: [Step] = [.open(root, depth: 0, last: true)]
    while let step = steps.popLast() {
        switch step {
        case .open(let node, let depth, let last):
            output.append(.space, times: 2 * depth)
            output.append(UInt8(ascii: "{"))
            for (index, field) in node.fields.enumerated() {
                if index > 0 { output.append(", ") }
                writeJSONString(field.name, into: &output)
                output.append(": ")
                writeJSONValue(field.value, into: &output)
            }
            if node.children.isEmpty {
                output.append(", \"children\": []}")
                output.append(last ? "\n" : ",\n")
                continue
            }
            output.append(", \"children\": [\n")
            steps.append(.close(depth: depth, last: last))
            for (i, child) in node.children.enumerated().reversed() {
                steps.append(.open(child, depth: depth + 1, last: i == node.children.count - 1))
            }
        case .close(let depth, let last):
            output.append(.space, times: 2 * depth)
            output.append(last ? "]}\n" : "]},\n")
        }
    }
    if output.last == .newline { output.removeLast() }
}

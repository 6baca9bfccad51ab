import Foundation

/// A small structural checker for the Mermaid that planq writes, after Mermaid's flowchart and
/// gantt grammars (jison): what each line may be, which characters end a label or a task name,
/// and that edges name declared nodes. It returns the problems, empty when the text is fine.
enum MermaidChecker {
    static func problems(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        guard let header = lines.first?.trimmingCharacters(in: .whitespaces) else { return ["empty text"] }
        if header.range(of: #"^flowchart (TB|TD|LR|RL|BT)$"#, options: .regularExpression) != nil {
            return flowchart(Array(lines.dropFirst()))
        }
        if header == "gantt" { return gantt(Array(lines.dropFirst())) }
        return ["line 1: expected 'flowchart DIR' or 'gantt', found '\(header)'"]
    }

    static let id = #"[A-Za-z][A-Za-z0-9_]*"#
    /// Inside a quoted label: no `"`; `#` only as an entity code; HTML only as <b>, </b>, <br/>.
    static func labelProblem(_ label: String) -> String? {
        if label.contains("\"") { return "a '\"' inside a quoted label" }
        if label.contains(where: { $0.isNewline }) { return "a line break inside a label" }
        var rest = label[...]
        while let hash = rest.firstIndex(of: "#") {
            let after = rest[hash...]
            guard after.range(of: #"^#([0-9]+|[a-z]+);"#, options: .regularExpression) != nil else {
                return "'#' that starts no entity code"
            }
            rest = after.dropFirst()
        }
        let tagsRemoved = label.replacingOccurrences(of: #"<(b|/b|br/)>"#, with: "", options: .regularExpression)
        if tagsRemoved.contains("<") || tagsRemoved.contains(">") { return "raw '<' or '>' in a label" }
        return nil
    }

    static func flowchart(_ lines: [String]) -> [String] {
        var declared = Set<String>(), problems: [String] = []
        for (i, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces), at = "line \(i + 2)"
            if line.isEmpty || line.hasPrefix("%%") { continue }
            if line.range(of: "^classDef \(id) [a-z-]+:[^ ,]+( [^ ,]+)*(,[a-z-]+:[^ ,]+( [^ ,]+)*)*$", options: .regularExpression) != nil { continue }
            if let m = match(line, "^(\(id))(\\[\"|\\(\\[\")(.*)(\"\\]|\"\\]\\))(:::\(id))?$") {
                if declared.contains(m[1]) { problems.append("\(at): node \(m[1]) declared twice") }
                if (m[2] == "[\"") != (m[4] == "\"]") { problems.append("\(at): unbalanced shape brackets") }
                if let p = labelProblem(m[3]) { problems.append("\(at): \(p)") }
                declared.insert(m[1])
                continue
            }
            if let m = match(line, "^(\(id)) -->(\\|\"(.*)\"\\|)? (\(id))$") {
                for end in [m[1], m[4]] where !declared.contains(end) { problems.append("\(at): edge names undeclared node \(end)") }
                if let p = labelProblem(m[3]) { problems.append("\(at): \(p)") }
                continue
            }
            problems.append("\(at): not a node, edge, classDef or comment: \(line)")
        }
        if declared.isEmpty { problems.append("no nodes") }
        return problems
    }

    /// Gantt text has no quoting: a title, section or task name ends at ':' (task data), ';' or
    /// '#' (comments), and '%%' starts a comment.
    static func textProblem(_ text: String) -> String? {
        if text.contains(where: { ":;#".contains($0) }) { return "':', ';' or '#' in gantt text" }
        if text.contains("%%") { return "'%%' in gantt text" }
        if text.trimmingCharacters(in: .whitespaces).isEmpty { return "empty gantt text" }
        return nil
    }

    static func gantt(_ lines: [String]) -> [String] {
        var problems: [String] = [], ids = Set<String>(), tasks = 0
        for (i, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces), at = "line \(i + 2)"
            if line.isEmpty || line.hasPrefix("%%") { continue }
            if line.hasPrefix("title ") || line.hasPrefix("section ") {
                if let p = textProblem(String(line.drop(while: { $0 != " " }))) { problems.append("\(at): \(p)") }
                continue
            }
            if line == "dateFormat YYYY-MM-DD" || line.hasPrefix("axisFormat ") { continue }
            guard let colon = line.firstIndex(of: ":") else { problems.append("\(at): not a gantt statement: \(line)"); continue }
            if let p = textProblem(String(line[..<colon])) { problems.append("\(at): \(p)") }
            let data = line[line.index(after: colon)...].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            let tags = data.prefix { ["done", "active", "crit", "milestone"].contains($0) }
            let rest = Array(data.dropFirst(tags.count))
            guard rest.count == 3, rest[0].range(of: "^\(id)$", options: .regularExpression) != nil,
                  let start = day(rest[1]), let end = day(rest[2]) else {
                problems.append("\(at): task data is not [tags,] id, YYYY-MM-DD, YYYY-MM-DD: \(data)")
                continue
            }
            if !ids.insert(rest[0]).inserted { problems.append("\(at): task id \(rest[0]) used twice") }
            if end < start { problems.append("\(at): ends before it starts") }
            tasks += 1
        }
        if tasks == 0 { problems.append("no tasks") }
        return problems
    }

    static func day(_ text: String) -> Date? {
        guard text.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil else { return nil }
        let f = DateFormatter()
        f.dateFormat = "yyyy-MM-dd"
        f.timeZone = TimeZone(identifier: "UTC")
        f.isLenient = false
        return f.date(from: text)
    }

    /// The capture groups of `pattern` in `text` (index 0 the whole match; "" for a group that did not take part).
    static func match(_ text: String, _ pattern: String) -> [String]? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let m = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return (0..<m.numberOfRanges).map { Range(m.range(at: $0), in: text).map { String(text[$0]) } ?? "" }
    }
}

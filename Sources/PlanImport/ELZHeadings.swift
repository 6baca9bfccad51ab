/// The headings of the ELZ action-plan template: strategic goal, operational goal, action.
/// A heading may be split over two lines (label on one, text on the next) and may use a hyphen
/// or a dash; table-of-contents lines (dotted leaders and a page number) are not headings.
struct ELZHeading: Equatable {
    enum Kind: Equatable { case strategic, operational, action }
    var kind: Kind
    var number: String
    var text: String
    var line: Int
    var lastLine: Int
}

enum ELZHeadings {
    /// The patterns, applied line by line and parsed once (see `CellText.Tags`).
    enum Patterns {
        nonisolated(unsafe) static let leader = #/(\.{3,}|…)\s*[0-9]+\s*$/#
        nonisolated(unsafe) static let tabbedLeader = #/\.{3,}\s*\t\s*[0-9]+\s*$/#
        nonisolated(unsafe) static let strategic = #/^Strategische\s+doelstelling\s+([0-9]+)\s*[–—-]\s*(.*)$/#.ignoresCase()
        nonisolated(unsafe) static let operational = #/^Operationele\s+doelstelling\s+([0-9]+(?:\.[0-9]+)*)\s*[–—-]\s*(.*)$/#.ignoresCase()
        nonisolated(unsafe) static let action = #/^Actie\s*:\s*(.*)$/#.ignoresCase()
        nonisolated(unsafe) static let goalLabelAlone = #/^(Strategische|Operationele)\s+doelstelling(\s+[0-9]+(\.[0-9]+)*)?\s*[–—-]?\s*$/#.ignoresCase()
        nonisolated(unsafe) static let actionLabelAlone = #/^Actie\s*:\s*$/#.ignoresCase()
    }

    static func isTableOfContents(_ line: String) -> Bool {
        guard line.contains("...") || line.contains("…") else { return false }
        return line.contains(Patterns.leader) || line.contains(Patterns.tabbedLeader)
    }

    static func mayBeHeading(_ text: String) -> Bool {
        let head = text.prefix(12).lowercased()
        return head.hasPrefix("strategische") || head.hasPrefix("operationele") || head.hasPrefix("actie")
    }

    static func match(_ text: String) -> (ELZHeading.Kind, String, String)? {
        guard mayBeHeading(text) else { return nil }
        if let m = text.firstMatch(of: Patterns.strategic) {
            return (.strategic, String(m.1), String(m.2))
        }
        if let m = text.firstMatch(of: Patterns.operational) {
            return (.operational, String(m.1), String(m.2))
        }
        if let m = text.firstMatch(of: Patterns.action) {
            return (.action, "", String(m.1))
        }
        return nil
    }

    /// Whether a line starts a heading whose text (or number) is on the next line.
    static func isHeadingStart(_ text: String) -> Bool {
        guard mayBeHeading(text) else { return false }
        return text.contains(Patterns.goalLabelAlone) || text.contains(Patterns.actionLabelAlone)
    }

    /// Every heading, in order, with the lines it spans. `skip(n)` says whether line n is a
    /// page header or otherwise not text.
    static func find(in document: DocumentText, skip: (Int) -> Bool) -> [ELZHeading] {
        var headings: [ELZHeading] = []
        var n = 1
        while n <= document.lines.count {
            let raw = document.line(n)
            if skip(n) || isTableOfContents(raw) { n += 1; continue }
            var text = document.plain(n)
            var last = n
            if isHeadingStart(text) {
                var next = n + 1
                while next <= document.lines.count, skip(next) || document.plain(next).isEmpty { next += 1 }
                if next <= document.lines.count {
                    text += " " + document.plain(next)
                    last = next
                }
            }
            if let (kind, number, rest) = match(text), !rest.isEmpty {
                headings.append(ELZHeading(kind: kind, number: number, text: rest, line: n, lastLine: last))
                n = last + 1
            } else {
                n += 1
            }
        }
        return headings
    }
}

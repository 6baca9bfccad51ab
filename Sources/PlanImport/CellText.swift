import Foundation
import PlanModel

/// A piece of cell text with the document line it comes from.
struct Piece: Equatable {
    var text: String
    var line: Int
    /// A page header (or page break) lies between this piece and the one before it.
    var afterPageBreak = false
}

/// Turns one extracted line into the cell texts a reader sees: tabs and HTML block tags
/// (`<p>`, `<ul>`, `<td>` …) separate pieces, inline tags are dropped, entities decoded,
/// checkboxes become ☒ (checked) or ☐, markdown bold is dropped, whitespace collapsed.
enum CellText {
    static let checked = "☒", unchecked = "☐"

    static func pieces(of line: String, number: Int) -> [Piece] {
        cleaned(line).split(separator: "\u{1F}").compactMap { part in
            let text = collapsed(String(part))
            return text.isEmpty ? nil : Piece(text: text, line: number)
        }
    }

    /// HTML tags in a line. Every pattern the importer applies line by line or cell by cell is
    /// a stored constant: a regular expression literal is parsed again each time it is
    /// evaluated, which took over a third of an import.
    enum Tags {
        nonisolated(unsafe) static let checkedBox = #/<input[^>]*checked[^>]*>/#.ignoresCase()
        nonisolated(unsafe) static let checkbox = #/<input[^>]*checkbox[^>]*>/#.ignoresCase()
        nonisolated(unsafe) static let block = #/</?(p|ul|ol|li|td|th|tr|table|tbody|thead|br|div)(\s[^>]*)?/?>/#.ignoresCase()
        nonisolated(unsafe) static let any = #/<[^>]{1,200}>/#
    }

    /// The line with block boundaries as U+001F and everything else made plain.
    static func cleaned(_ line: String) -> String {
        var s = line
        // Byte tests: Foundation's `contains` on text copies the line into an NSString.
        if s.utf8.contains(UInt8(ascii: "<")) {
            s = s.replacing(Tags.checkedBox, with: " \(checked) ")
            s = s.replacing(Tags.checkbox, with: " \(unchecked) ")
            s = s.replacing(Tags.block, with: "\u{1F}")
            s = s.replacing(Tags.any, with: "")
        }
        s = s.replacingScalars { $0 == "\t" ? "\u{1F}" : nil }
        if s.utf8.contains(UInt8(ascii: "*")) { s = s.replacingOccurrences(of: "**", with: "") }
        if s.utf8.contains(UInt8(ascii: "&")) { for (entity, char) in [("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"),
                               ("&apos;", "'"), ("&amp;", "&")] {
            s = s.replacingOccurrences(of: entity, with: char)
        } }
        return s
    }

    /// The cells of a tab-separated table row, each made plain (pieces joined by a space).
    static func cells(of line: String, number: Int) -> [String] {
        line.split(separator: "\t", omittingEmptySubsequences: false).map { cell in
            pieces(of: String(cell), number: number).map(\.text).joined(separator: " ")
        }
    }

    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" || $0 == "\r" || $0 == "\n" })
            .joined(separator: " ")
    }

    /// Sentences of a text: split after `.`, `!` or `?` followed by a space and a capital (or an
    /// opening quote or parenthesis and a capital).
    static func sentences(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            current.append(chars[i])
            var next = i + 2
            while next < chars.count, "“\"‘'(".contains(chars[next]) { next += 1 }
            if ".!?".contains(chars[i]), next < chars.count, chars[i + 1] == " ", chars[next].isUppercase {
                out.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
                i += 1
            }
            i += 1
        }
        let rest = current.trimmingCharacters(in: .whitespaces)
        if !rest.isEmpty { out.append(rest) }
        return out
    }

    /// A folded key for comparing labels: case, accents, dashes, quotes and spacing ignored.
    static func labelKey(_ text: String) -> String {
        let s = Folding.key(text).replacingScalars { scalar in
            switch scalar {
            case "–", "—": "-"
            case "’", "‘": "'"
            case "“", "”": "\""
            default: nil
            }
        }
        return collapsed(s)
    }

    /// Lowercase letters and digits joined by `-`: `ELZ Leuven` → `elz-leuven`.
    static func slug(_ text: String) -> String {
        let key = Folding.key(text)
        var out = ""
        var dash = false
        for ch in key {
            if ch.isLetter && ch.isASCII || ch.isNumber && ch.isASCII {
                if dash && !out.isEmpty { out.append("-") }
                out.append(ch)
                dash = false
            } else {
                dash = true
            }
        }
        return out.isEmpty ? "x" : out
    }
}

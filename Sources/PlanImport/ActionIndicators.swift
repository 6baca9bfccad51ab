/// The evaluation cell of an action: its checked kinds and their indicators.
extension ActionReader {
    /// One indicator per checked evaluation kind; the output and outcome cells are split into
    /// their items ('Aantal …' measures, sentences), whose line breaks the extraction lost.
    mutating func indicators(_ fields: [ActionField: [Piece]], _ markerLines: [ActionField: [Int]],
                             _ checks: [ActionField: Bool?], id: String) -> [ImportedPlan.Indicator] {
        var out: [ImportedPlan.Indicator] = []
        for (kind, name) in [(ActionField.process, "process"), (.output, "output"), (.outcome, "outcome")] {
            guard let line = markerLines[kind]?.first else { continue }
            let text = (fields[kind] ?? []).map(\.text).joined(separator: " ")
            var checked = checks[kind] ?? nil
            if checked == nil {
                checked = !text.isEmpty
                guess("no checkbox readable before '\(kind.label)'; read as \(checked! ? "checked (it has text)" : "unchecked (no text)")", line: line)
            }
            guard checked == true else {
                if !text.isEmpty { guess("'\(kind.label)' is unchecked but has text; no indicator", line: line) }
                continue
            }
            guard !text.isEmpty else {
                guess("'\(kind.label)' is checked but names no indicator", line: line)
                continue
            }
            let items = kind == .process ? [text] : Self.indicatorItems(text)
            let origin = ImportedPlan.Origin(line: line, section: "Evaluatie")
            if items.count == 1 {
                out.append(.init(id: "\(id)-\(name)", kind: name, text: items[0], origin: origin))
            } else {
                for (i, item) in items.enumerated() {
                    var indicator = ImportedPlan.Indicator(id: "\(id)-\(name)-\(i + 1)", kind: name, text: item, origin: origin)
                    if i == 0 {
                        indicator.notes.append(findings.guess(
                            "the \(kind.label) cell is split into \(items.count) indicators at each 'Aantal …' item and sentence end (its line breaks were lost)",
                            line: line))
                    }
                    out.append(indicator)
                }
            }
        }
        return out
    }

    static func indicatorItems(_ text: String) -> [String] {
        var parts: [String] = []
        for sentence in CellText.sentences(text) {
            let pieces = sentence.split(separator: #/\s+(?=Aantal\s)/#).map { String($0) }
            parts.append(contentsOf: pieces)
        }
        return parts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

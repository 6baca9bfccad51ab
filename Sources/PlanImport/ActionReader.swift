import PlanModel

/// Reads one action of the ELZ template: its lines become tokens (prompts and text), the text
/// after each prompt is that field's, and the fields become an activity with roles, dates and
/// indicators. What had to be guessed is noted on the activity and warned about.
struct ActionReader {
    let document: DocumentText
    let findings: Findings
    let actors: ActorDirectory
    /// The plan's own zone: 'ELZ' as final responsibility and the own role are its.
    let zoneActor: String
    let isLast: Bool
    let skip: (Int) -> Bool

    private(set) var notes: [String] = []

    mutating func note(_ text: String) { notes.append(text) }
    mutating func guess(_ text: String, line: Int) { notes.append(findings.guess(text, line: line)) }

    mutating func read(id: String, title: String, headingLine: Int, bodyLines: ClosedRange<Int>) -> ImportedPlan.Activity {
        let (fields, markerLines, checks, lastLine) = collect(bodyLines)
        var a = ImportedPlan.Activity(id: id, title: title,
                                      origin: .init(line: headingLine, lastLine: max(headingLine, lastLine), section: "Actie: \(title)"))
        a.description = paragraphs(fields[.description], field: .description)
        a.why = paragraphs(fields[.why], field: .why)
        a.targetGroups = (fields[.targetGroups] ?? []).map(\.text)
        a.willDo = listItems(fields[.willDo], field: .willDo)
        a.willNotDo = listItems(fields[.willNotDo], field: .willNotDo)
        a.steps = listItems(fields[.steps], field: .steps)
        a.channels = listItems(fields[.channels], field: .channels)
        a.linksText = paragraphs(fields[.links], field: .links)
        a.ownRoleText = paragraphs(fields[.ownRole], field: .ownRole)
        a.partnersText = paragraphs(fields[.partners], field: .partners)
        if let timeline = paragraphs(fields[.timeline], field: .timeline) {
            note("Text in the 'Tijdpad' cell: \(timeline)")
        }
        note("The 'Tijdpad' month grid's marks (cell colours) are not in the text; `months` is left out.")
        readResponsible(fields[.responsible], into: &a, line: markerLines[.responsible]?.first ?? headingLine)
        readOwnRole(a.ownRoleText, into: &a, line: markerLines[.ownRole]?.first ?? headingLine)
        readPartners(a.partnersText, into: &a, line: markerLines[.partners]?.first ?? headingLine)
        a.start = date(fields[.start], field: .start, line: markerLines[.start]?.first)
        a.end = date(fields[.end], field: .end, line: markerLines[.end]?.first)
        if markerLines[.end] != nil, a.end == nil, (fields[.end] ?? []).isEmpty { note("No end date given (Einddatum is empty).") }
        if let s = a.start, let e = a.end, e < s {
            guess("end date \(e) is before start date \(s); the end is left out", line: markerLines[.end]!.first!)
            a.end = nil
        }
        a.indicators = indicators(fields, markerLines, checks, id: id)
        checkComplete(markerLines, title: title, headingLine: headingLine, lastLine: lastLine)
        a.notes = notes
        return a
    }

    /// The action's text as fields: each prompt starts its field; text goes to the current one.
    mutating func collect(_ lines: ClosedRange<Int>) -> ([ActionField: [Piece]], [ActionField: [Int]], [ActionField: Bool?], Int) {
        var fields: [ActionField: [Piece]] = [:]
        var markerLines: [ActionField: [Int]] = [:]
        var checks: [ActionField: Bool?] = [:]
        var current: ActionField?
        var pageBreak = false
        var lastLine = lines.lowerBound - 1
        var placeholderLines: [Int] = []
        for n in lines where n <= document.lines.count {
            if skip(n) { pageBreak = true; continue }
            for var piece in CellText.pieces(of: document.line(n), number: n) {
                if piece.text.contains(ActionField.placeholder) {
                    placeholderLines.append(n)
                    piece.text = CellText.collapsed(piece.text.replacingOccurrences(of: ActionField.placeholder, with: " "))
                    if piece.text.isEmpty { continue }
                }
                let key = CellText.labelKey(piece.text).trimmingCharacters(in: .init(charactersIn: "?: "))
                if ActionField.rowLabels.contains(key) && key != "korte omschrijving" && key != "doelgroep(en)" { continue }
                if piece.text.split(separator: " ").allSatisfy({ ActionField.monthWords.contains($0.lowercased()) }) { continue }
                if piece.text == CellText.checked || piece.text == CellText.unchecked { continue }
                piece.afterPageBreak = pageBreak
                for token in ActionToken.tokens(of: piece) {
                    switch token {
                    case .marker(let field, let line, let checked):
                        // "Proces evaluatie" and its kin are evaluation kinds only in the evaluation cell.
                        if field.isEvaluationKind && !(current == .evaluation || current?.isEvaluationKind == true) {
                            fields[current ?? .prompt, default: []].append(Piece(text: piece.text, line: line))
                            continue
                        }
                        pageBreak = false
                        lastLine = line
                        if field == .prompt { continue }
                        current = field
                        markerLines[field, default: []].append(line)
                        if field.isEvaluationKind { checks[field] = checked }
                    case .text(var p):
                        p.afterPageBreak = pageBreak
                        pageBreak = false
                        lastLine = p.line
                        p.text = p.text.replacingOccurrences(of: CellText.checked, with: "")
                            .replacingOccurrences(of: CellText.unchecked, with: "").trimmingCharacters(in: .whitespaces)
                        if p.text.isEmpty { continue }
                        fields[current ?? .prompt, default: []].append(p)
                    }
                }
            }
        }
        for line in placeholderLines {
            guess("placeholder '\(ActionField.placeholder)' left in the form at line \(line); dropped", line: line)
        }
        if let stray = fields[.prompt]?.first {
            guess("text before the first field of the form: '\(stray.text.prefix(60))…' is not read", line: stray.line)
        }
        return (fields, markerLines, checks, lastLine)
    }

    /// Text fields: pieces are paragraphs; a piece that continues a sentence across a page
    /// break is joined to the one before it, and that is noted.
    mutating func paragraphs(_ pieces: [Piece]?, field: ActionField) -> String? {
        guard let pieces, !pieces.isEmpty else { return nil }
        var text = pieces[0].text
        for (previous, piece) in zip(pieces, pieces.dropFirst()) {
            if piece.afterPageBreak {
                let endsSentence = previous.text.last.map { ".!?:".contains($0) } ?? true
                text += endsSentence ? "\n\n" + piece.text : " " + piece.text
                guess("the '\(field.label)' cell continues across a page break (lines \(previous.line) and \(piece.line)); joined", line: piece.line)
            } else {
                text += "\n\n" + piece.text
            }
        }
        return text
    }

    /// Parsed once (see `CellText.Tags`).
    nonisolated(unsafe) static let dashedItem = #/^[-–*]\s+(.*)$/#

    /// List fields: items at bullets (•) or at lines starting with a dash; a piece without
    /// bullets is one item as written.
    mutating func listItems(_ pieces: [Piece]?, field: ActionField) -> [String] {
        guard let pieces else { return [] }
        var items: [String] = []
        for (i, piece) in pieces.enumerated() {
            var parts = piece.text.split(separator: "•").map { CellText.collapsed(String($0)) }.filter { !$0.isEmpty }
            if parts.count == 1, let m = parts[0].firstMatch(of: Self.dashedItem) { parts = [String(m.1)] }
            if piece.afterPageBreak && i > 0 {
                guess("the '\(field.label)' list continues across a page break (lines \(pieces[i - 1].line) and \(piece.line)); joined", line: piece.line)
            }
            items.append(contentsOf: parts)
        }
        return items
    }

    /// A date field: every occurrence must give the same day.
    mutating func date(_ pieces: [Piece]?, field: ActionField, line: Int?) -> String? {
        guard let line else { return nil }
        var days: [String] = []
        for piece in pieces ?? [] {
            if let d = DutchDates.day(piece.text) { days.append(d) } else {
                guess("unreadable \(field.label) '\(piece.text.prefix(40))'; expected a date like 1/01/2024", line: piece.line)
            }
        }
        let distinct = Array(Set(days)).sorted()
        if distinct.count > 1 {
            guess("\(field.label) is given as \(distinct.joined(separator: " and ")); the first is kept", line: line)
        }
        if days.count > 1 && distinct.count == 1 { note("\(field.label) given \(days.count) times, all \(days[0]).") }
        return days.first
    }

    /// A form cut short: the last action must reach its evaluation; others are warned about.
    mutating func checkComplete(_ markerLines: [ActionField: [Int]], title: String, headingLine: Int, lastLine: Int) {
        let expected: [ActionField] = [.start, .evaluation]
        let missing = expected.filter { markerLines[$0] == nil }
        guard !missing.isEmpty else { return }
        let what = missing.map { "'\($0.label)'" }.joined(separator: " and ")
        if isLast {
            findings.error("the document ends in the middle of action '\(title)' (line \(headingLine)): expected \(what)",
                           line: max(lastLine, headingLine))
        } else {
            guess("action '\(title)' has no \(what) cell", line: headingLine)
        }
    }
}

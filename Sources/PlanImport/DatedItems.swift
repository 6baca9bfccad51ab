/// Dated items in a plan's text ("in mei 2024", "op 25 mei 2023", "Eind 2023") become events:
/// the title is the sentence that dates them, as written; rough dates are marked approximate.
enum DatedItems {
    static func events(in prose: [Piece], of plan: ImportedPlan, findings: Findings) -> [ImportedPlan.Event] {
        var sources: [(Piece, String)] = prose.map { ($0, "Inleiding") }
        for a in plan.activities {
            let section = "Actie: \(a.title)"
            let texts = [a.description, a.why, a.linksText, a.partnersText].compactMap { $0 } + a.willDo + a.steps + a.channels
            for text in texts { sources.append((Piece(text: text, line: a.origin.line), section)) }
            for i in a.indicators { sources.append((Piece(text: i.text, line: i.origin.line), section)) }
        }
        var seen: Set<String> = []
        var events: [ImportedPlan.Event] = []
        for (piece, section) in sources {
            for sentence in CellText.sentences(piece.text.replacingOccurrences(of: "\n\n", with: " ")) {
                for phrase in DutchDates.datedPhrases(in: sentence) {
                    let key = CellText.labelKey(sentence) + "|" + phrase.period
                    guard seen.insert(key).inserted else { continue }
                    var event = ImportedPlan.Event(id: "", kind: "event", title: sentence, date: phrase.period,
                                                   written: phrase.written, approximate: phrase.approximate,
                                                   origin: .init(line: piece.line, section: section))
                    event.notes.append("Dated item found in the text; the title is the sentence that dates it.")
                    if phrase.approximate { event.notes.append("'\(phrase.written)' read as \(phrase.period) (approximate).") }
                    events.append(event)
                }
            }
        }
        events.sort { $0.origin.line < $1.origin.line }
        for i in events.indices { events[i].id = "E" + DutchDates.pad(i + 1) }
        return events
    }
}

/// An action that names another action of the plan by its title in quotes ("Zie actie
/// “Opzetten proeftuin”", "voorgaande actie “Exploratiegesprekken”") is linked to it. Reading
/// a link out of prose is a guess: each is noted and warned about.
enum ActionLinks {
    /// A quoted title, looked for in every text of every action: parsed once (see `CellText.Tags`).
    nonisolated(unsafe) static let quotedTitle = #/[“"‘']([^”"’']{3,120})[”"’']/#

    static func link(_ activities: inout [ImportedPlan.Activity], findings: Findings) {
        let titles = activities.map { (id: $0.id, key: CellText.labelKey($0.title)) }
        for i in activities.indices {
            let a = activities[i]
            let texts = [a.description, a.why, a.linksText, a.partnersText].compactMap { $0 } + a.willDo + a.willNotDo + a.steps
                + a.indicators.map(\.text)
            var quoted: Set<String> = []
            for text in texts {
                for m in text.matches(of: Self.quotedTitle) { quoted.insert(CellText.labelKey(String(m.1))) }
            }
            for other in titles where other.id != a.id && quoted.contains(other.key) && !activities[i].links.contains(other.id) {
                activities[i].links.append(other.id)
                activities[i].notes.append(findings.guess(
                    "linked to \(other.id): its title is quoted in the text of this action", line: a.origin.line))
            }
        }
    }
}

/// The fields of the ELZ action template, found by the prompts and labels the form prints.
/// A field's content is whatever follows its prompt up to the next prompt.
enum ActionField: String, CaseIterable {
    case description, why, targetGroups, willDo, willNotDo, responsible, ownRole, partners, steps, links
    case start, end, timeline, channels, evaluation, process, output, outcome
    /// Form text that is not a field: what follows it belongs to the field before.
    case prompt

    /// How a reader names the field in a warning.
    var label: String {
        switch self {
        case .description: return "Korte omschrijving"
        case .why: return "Waarom?"
        case .targetGroups: return "Doelgroep(en)"
        case .willDo: return "Wat ga je wel doen?"
        case .willNotDo: return "Wat ga je niet doen?"
        case .responsible: return "Eindverantwoordelijke"
        case .ownRole: return "Welke rol neem je zelf op?"
        case .partners: return "samenwerkingen en partnerschappen"
        case .steps: return "Hoe? (stappenplan)"
        case .links: return "Link"
        case .start: return "Startdatum"
        case .end: return "Einddatum"
        case .timeline: return "Tijdpad"
        case .channels: return "Communicatie"
        case .evaluation: return "Evaluatie"
        case .process: return "Proces evaluatie"
        case .output: return "Resultaatgerichte evaluatie (Output)"
        case .outcome: return "Impact evaluatie (Outcome)"
        case .prompt: return "form text"
        }
    }

    var isEvaluationKind: Bool { self == .process || self == .output || self == .outcome }

    /// The form's words for each field (regular expressions, matched ignoring case; spaces
    /// match any run of white space).
    static let markers: [(ActionField, String)] = [
        (.description, "Korte omschrijving"),
        (.prompt, "Geef een korte beschrijving van je actie\\."),
        (.why, "Waarom deze actie\\? Waarom deze actie nu\\?"),
        (.prompt, "Noteer hier de context en waarom je deze actie waardevol vindt\\? Welke argumenten heb je om deze actie te verdedigen\\.? Maak hier de link naar je omgevingsanalyse ?,?(\\.\\.\\.|…)?"),
        (.targetGroups, "Doelgroep\\(en\\)"),
        (.prompt, "Lijst hier de doelgroep\\(en\\) die je wenst te bereiken met deze actie op\\."),
        (.prompt, "Formuleer duidelijk wat je wil bereiken\\."),
        (.willDo, "Wat ga je wel doen\\?"),
        (.willNotDo, "Wat ga je niet doen\\?"),
        (.responsible, "Eindverantwoordelijke ?:"),
        (.ownRole, "Welke rol neem je zelf op\\?"),
        (.partners, "Indien je een trekkende of faciliterende rol opneemt,? welke samenwerkingen en partnerschappen zet je op\\?"),
        (.steps, "Werk de actie verder uit en noteer hier hoe je deze actie gaat benaderen \\(stappenplan\\)\\.?"),
        (.links, "Welke link is er met andere acties en projecten\\?"),
        (.start, "Startdatum ?:"),
        (.end, "Einddatum ?:"),
        (.timeline, "Tijdpad [0-9]{4} \\(markeer hieronder de maanden waarin je aan deze actie gaat werken\\)"),
        (.channels, "Definieer de communicatiekanalen en -middelen die worden gebruikt om informatie te delen en stakeholders op de hoogte te houden\\."),
        (.evaluation, "Selecteer minstens één van onderstaande manieren voor evaluatie\\."),
        (.prompt, "Definieer de indicatoren en meetmethoden die worden gebruikt om de voortgang en/of het succes van de actie te evalueren\\."),
        (.process, "[☒☐]? ?Proces ?evaluatie(?! \\(zie)"),
        (.output, "[☒☐]? ?Resultaatgerichte evaluatie \\(Output\\)"),
        (.outcome, "[☒☐]? ?Impact ?evaluatie \\(Outcome\\)"),
    ]

    /// Each marker's first words, lowercased: a piece without them needs no regular expression.
    static let keys: [String] = markers.map { _, pattern in
        let words = pattern.replacingOccurrences(of: "[☒☐]? ?", with: "").split(separator: " ").prefix(2).joined(separator: " ")
        return String(words.lowercased().prefix { $0.isLetter || $0 == " " || $0 == "(" || $0 == "é" })
            .replacingOccurrences(of: "(", with: "").trimmingCharacters(in: .whitespaces)
    }

    /// The keys' bytes (every key is ASCII: `ActionFieldKeyTests` checks it).
    static let keyBytes: [[UInt8]] = keys.map { Array($0.utf8) }

    nonisolated(unsafe) static let compiled: [(ActionField, Regex<AnyRegexOutput>)] = markers.map { field, pattern in
        let spaced = pattern.replacingOccurrences(of: " ?", with: "\\s*").replacingOccurrences(of: " ", with: "\\s+")
        return (field, try! Regex(spaced).ignoresCase())
    }

    /// The row labels of the form's left column: dropped where they stand alone.
    static let rowLabels: Set<String> = ["korte omschrijving", "waarom", "voor wie", "wat", "met wie", "hoe", "link",
                                         "wanneer", "communicatie", "evaluatie", "doelgroep(en)"]

    static let monthWords: Set<String> = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt",
                                          "nov", "dec"]

    static let placeholder = "Klik of tik om tekst in te voeren."
}

/// One thing in an action's text: a field's prompt, or text that belongs to the current field.
enum ActionToken: Equatable {
    case marker(ActionField, line: Int, checked: Bool?)
    case text(Piece)
}

extension ActionToken {
    /// Whether `text` holds `key` byte for byte. The keys are ASCII, so this finds every place
    /// a search by characters finds (a `k` is a `k` however it was written before lowercasing),
    /// and a few more, which the prompt's pattern then rejects; searching by characters, or
    /// with Foundation, took a tenth of an import.
    static func holds(_ text: [UInt8], _ key: [UInt8]) -> Bool {
        guard let first = key.first, text.count >= key.count else { return key.isEmpty }
        var i = 0
        while i <= text.count - key.count {
            if text[i] == first, text[i..<i + key.count].elementsEqual(key) { return true }
            i += 1
        }
        return false
    }

    /// Splits a piece at every form prompt in it (the longest wins where prompts overlap).
    static func tokens(of piece: Piece) -> [ActionToken] {
        var hits: [(field: ActionField, range: Range<String.Index>)] = []
        let lower = Array(piece.text.lowercased().utf8)
        for (i, (field, regex)) in ActionField.compiled.enumerated() where holds(lower, ActionField.keyBytes[i]) {
            for m in piece.text.matches(of: regex) where !m.range.isEmpty { hits.append((field, m.range)) }
        }
        hits.sort {
            $0.range.lowerBound != $1.range.lowerBound ? $0.range.lowerBound < $1.range.lowerBound
                : $0.range.upperBound > $1.range.upperBound
        }
        var kept: [(field: ActionField, range: Range<String.Index>)] = []
        for hit in hits where !kept.contains(where: { $0.range.overlaps(hit.range) }) { kept.append(hit) }
        var out: [ActionToken] = []
        var cursor = piece.text.startIndex
        var first = true
        func emitText(_ s: Substring) {
            let t = CellText.collapsed(String(s))
            guard !t.isEmpty else { return }
            var p = piece
            p.text = t
            p.afterPageBreak = piece.afterPageBreak && first
            first = false
            out.append(.text(p))
        }
        for hit in kept {
            emitText(piece.text[cursor..<hit.range.lowerBound])
            let matched = piece.text[hit.range]
            var checked: Bool?
            if hit.field.isEvaluationKind {
                if matched.contains(CellText.checked) { checked = true }
                if matched.contains(CellText.unchecked) { checked = false }
            }
            out.append(.marker(hit.field, line: piece.line, checked: checked))
            first = false
            cursor = hit.range.upperBound
        }
        emitText(piece.text[cursor...])
        return out
    }
}

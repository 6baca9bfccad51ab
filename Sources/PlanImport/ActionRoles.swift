import PlanModel

/// The parties of an action: final responsibility, the zone's own role, and the partners the
/// partnership cell names.
extension ActionReader {
    /// "Eindverantwoordelijke: ELZ" is the zone itself; "Partner" is followed by the partner's
    /// name; other text names the parties ("ELZ Leuven en mantelzorgverenigingen").
    mutating func readResponsible(_ pieces: [Piece]?, into a: inout ImportedPlan.Activity, line: Int) {
        guard var pieces, !pieces.isEmpty else {
            guess("no 'Eindverantwoordelijke' filled in", line: line)
            return
        }
        let choice = Folding.key(pieces[0].text).trimmingCharacters(in: .punctuationCharacters)
        if choice == "elz" {
            a.add("responsible", zoneActor)
            note("Eindverantwoordelijke 'ELZ' (line \(pieces[0].line)) is the zone itself (\(zoneActor)).")
            pieces.removeFirst()
            if !pieces.isEmpty { guess("text after 'Eindverantwoordelijke: ELZ' not read as a party: '\(pieces.map(\.text).joined(separator: " "))'", line: pieces[0].line) }
            return
        }
        if choice == "partner" {
            pieces.removeFirst()
            guard !pieces.isEmpty else {
                guess("'Eindverantwoordelijke: Partner' names no partner", line: line)
                return
            }
            note("Eindverantwoordelijke: the form's choice 'Partner' followed by '\(pieces.map(\.text).joined(separator: " "))'.")
        }
        for piece in pieces {
            for name in Self.names(in: piece.text) { role("responsible", name, line: piece.line, into: &a) }
        }
    }

    /// The own role: Trekkende → lead, Faciliterende → facilitator, Ondersteunende → supporter.
    mutating func readOwnRole(_ text: String?, into a: inout ImportedPlan.Activity, line: Int) {
        guard let text else {
            guess("no own role ('Welke rol neem je zelf op?') filled in", line: line)
            return
        }
        let key = Folding.key(text)
        var roles: [String] = []
        if key.contains("trek") { roles.append("lead") }
        if key.contains("facilit") { roles.append("facilitator") }
        if key.contains("ondersteun") { roles.append("supporter") }
        if roles.isEmpty {
            guess("own role '\(text.prefix(60))' is none of Trekkende, Faciliterende or Ondersteunende rol; no role given", line: line)
        }
        for r in roles { a.add(r, zoneActor) }
        if roles.count > 1 { note("Own role '\(text.prefix(80))' gives \(roles.joined(separator: " and ")).") }
    }

    /// Partners: the known actors the partnership cell names (not the zone itself). Reading
    /// names out of prose is a guess, so each is noted and the activity warned about.
    mutating func readPartners(_ text: String?, into a: inout ImportedPlan.Activity, line: Int) {
        guard let text else { return }
        let found = actors.actors(namedIn: text).filter { $0.id != zoneActor }
        guard !found.isEmpty else { return }
        for f in found { a.add("partner", f.id, note: "'\(f.written)' is named in the partnership cell.") }
        guess("partners read from the names in the partnership cell: \(found.map(\.id).joined(separator: ", ")); check them", line: line)
    }

    /// Parsed once (see `CellText.Tags`).
    nonisolated(unsafe) static let nameSeparator = #/\s*(,|;|&|\s+en\s+|\s+and\s+)\s*/#

    static func names(in text: String) -> [String] {
        text.split(separator: Self.nameSeparator).map { String($0).trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    mutating func role(_ role: String, _ name: String, line: Int, into a: inout ImportedPlan.Activity) {
        let (id, isNew) = actors.resolve(name, origin: .init(line: line, section: "Actie: \(a.title)"))
        if isNew {
            guess("'\(name)' (\(role)) matches no actor of the actors file: added as new actor '\(id)'", line: line)
        }
        a.add(role, id)
    }
}

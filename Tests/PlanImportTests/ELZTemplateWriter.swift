@testable import PlanImport
import SeededRandom

/// Writes a plan as an ELZ action-plan document would look after text extraction, with the
/// variations real documents have: either dash, headings split over two lines, blank lines,
/// non-breaking spaces, CRLF, HTML cells or plain lines, page headers in random places (also
/// inside a cell), placeholders, and the month grid. The plan is the expected import.
struct ELZTemplateWriter {
    var random: SplitMix
    var lines: [String] = []
    var pageHeader = ""
    /// How many cells were split by a page break (each must give a warning).
    var splitCells = 0

    init(seed: UInt64) { random = SplitMix(seed: seed) }

    // MARK: the plan data

    static let zones = [("ELZ Leuven", "elz-leuven"), ("ELZ Dijleland", "elz-dijleland"),
                        ("ELZ Brugge & Ommeland", "elz-brugge-ommeland"), ("ELZ Waasland “Zuid”", "elz-waasland-zuid")]
    static let partnersInActorsFile = [("Stad Leuven", "stad-leuven"), ("UZ Leuven", "uz-leuven"), ("KU Leuven", "kul")]

    /// A random plan: zone, year, goals, actions with their form fields, roles and indicators.
    mutating func plan() -> ImportedPlan {
        let (zone, zoneID) = random.standardPick(Self.zones)
        let year = random.int(2022...2026)
        var plan = ImportedPlan(template: .elzActionPlan, id: CellText.slug(zone) + "-\(year)", title: "Actieplan \(zone)",
                                document: "Actieplan \(zone)", file: "doc.txt")
        plan.owner = zoneID
        plan.period = "\(year)"
        let origin = ImportedPlan.Origin(line: 0)
        for s in 1...random.int(1...4) {
            plan.goals.append(.init(id: "SD\(s)", level: "strategic", title: "", text: Phrases.text(&random, sentences: 1...2), origin: origin))
            for o in 1...random.int(1...3) {
                var goal = ImportedPlan.Goal(id: "OD\(s).\(o)", level: "operational", parent: "SD\(s)", title: "",
                                             text: Phrases.sentence(&random), origin: origin)
                switch random.int(0...3) {
                case 0: goal.text = "Tegen eind juni \(year) " + goal.text.lowercased(); goal.deadline = "\(year)-06"
                case 1: goal.text = "Eind \(year) " + goal.text.lowercased(); goal.deadline = "\(year)-12"
                case 2: goal.text = "In \(year) " + goal.text.lowercased(); goal.deadline = "\(year)"
                default: break
                }
                plan.goals.append(goal)
                for k in 1...random.int(1...2) {
                    plan.activities.append(action(id: "A\(s).\(o)" + (k > 1 ? ".\(k)" : ""), goal: goal.id, year: year, zone: zoneID))
                }
            }
        }
        return plan
    }

    mutating func action(id: String, goal: String, year: Int, zone: String) -> ImportedPlan.Activity {
        var a = ImportedPlan.Activity(id: id, title: Phrases.title(&random), origin: .init(line: 0))
        a.goal = goal
        a.description = Phrases.text(&random, sentences: 1...4)
        a.why = Phrases.text(&random)
        a.targetGroups = [Phrases.text(&random, sentences: 1...2)]
        a.willDo = (0..<random.int(1...4)).map { _ in Phrases.sentence(&random) }
        a.willNotDo = (0..<random.int(1...2)).map { _ in Phrases.sentence(&random) }
        a.steps = (0..<random.int(1...5)).map { _ in Phrases.sentence(&random) }
        a.channels = [Phrases.text(&random, sentences: 1...2)]
        a.linksText = Phrases.text(&random)
        a.partnersText = Phrases.text(&random)
        let roles: [(String, [String])] = [("Trekkende rol", ["lead"]), ("Faciliterende rol", ["facilitator"]),
                                           ("Ondersteunende rol", ["supporter"]), ("Trekken en ondersteunende rol", ["lead", "supporter"])]
        let (roleText, roleNames) = random.standardPick(roles)
        a.ownRoleText = roleText
        for r in roleNames { a.add(r, zone) }
        if random.standardChance(0.7) {
            a.add("responsible", zone)
        } else {
            let (_, id) = random.standardPick(Self.partnersInActorsFile)
            a.add("responsible", id)
        }
        let startMonth = random.int(1...12)
        a.start = "\(year)-\(DutchDates.pad(startMonth))-01"
        if random.standardChance(0.8) {
            let endMonth = random.int(startMonth...12)
            a.end = "\(year)-\(DutchDates.pad(endMonth))-\(DutchDates.daysIn(endMonth, year))"
        }
        if random.standardChance(0.8) { a.indicators.append(.init(id: "\(id)-process", kind: "process", text: Phrases.text(&random), origin: .init(line: 0))) }
        if random.standardChance(0.6) {
            let items = (0..<random.int(1...3)).map { _ in "Aantal " + Phrases.title(&random).lowercased() }
            a.indicators += indicators(id, "output", items)
        }
        if random.standardChance(0.5) {
            let items = (0..<random.int(1...3)).map { _ in Phrases.sentence(&random) }
            a.indicators += indicators(id, "outcome", items)
        }
        return a
    }

    func indicators(_ id: String, _ kind: String, _ items: [String]) -> [ImportedPlan.Indicator] {
        items.enumerated().map { i, text in
            .init(id: items.count == 1 ? "\(id)-\(kind)" : "\(id)-\(kind)-\(i + 1)", kind: kind, text: text, origin: .init(line: 0))
        }
    }

    // MARK: the document

    mutating func document(_ plan: ImportedPlan) -> String {
        pageHeader = plan.title
        lines = ["", "", plan.title, "", "TITEL\t\(plan.title)\tSTATUS\tGoedgekeurd", "", "Inhoud", ""]
        for g in plan.goals where g.level == "strategic" { lines.append("Strategische doelstelling \(g.id.dropFirst(2)) – \(g.text).....\t5") }
        lines += ["", "Inleiding", "", Phrases.text(&random, sentences: 2...4), "", "Acties \(plan.period!)", ""]
        for goal in plan.goals {
            heading(goal.level == "strategic" ? "Strategische doelstelling" : "Operationele doelstelling",
                    String(goal.id.dropFirst(2)), goal.text)
            for a in plan.activities where a.goal == goal.id { action(a, plan: plan) }
        }
        var text: [String] = []
        for line in lines {
            text.append(random.standardChance(0.2) ? line.replacingOccurrences(of: " ", with: "\u{00A0}", options: [], range: nil).replacingFirstSpaces(&random) : line)
            if random.standardChance(0.04) { text += ["", "", pageHeader, ""] }
            if random.standardChance(0.05) { text.append("") }
        }
        return text.joined(separator: random.standardChance(0.3) ? "\r\n" : "\n") + "\n"
    }

    mutating func heading(_ label: String, _ number: String, _ text: String) {
        let dash = random.standardPick(["–", "-", "—"])
        switch random.int(0...3) {
        case 0: lines += ["\(label) \(number) \(dash)", text, ""]
        case 1: lines += ["\(label) \(number)", "\(dash) \(text)", ""]
        default: lines += ["\(label) \(number) \(dash) \(text)", ""]
        }
    }

    mutating func action(_ a: ImportedPlan.Activity, plan: ImportedPlan) {
        lines += ["Actie: \(a.title)", ""]
        if random.standardChance(0.5) {
            lines.append("\t<p>Korte omschrijving</p> <p>\(a.description!)</p>")
        } else {
            lines += ["Korte omschrijving", "", "Geef een korte beschrijving van je actie.", ""]
            cell(a.description!)
        }
        lines += [" Waarom?\t<p>Waarom deze actie? Waarom deze actie nu? Noteer hier de context en waarom je deze actie waardevol vindt? Welke argumenten heb je om deze actie te verdedigen. Maak hier de link naar je omgevingsanalyse,...</p> <p>\(a.why!)</p>"]
        lines += [" Voor wie?\t<p>Doelgroep(en) Lijst hier de doelgroep(en) die je wenst te bereiken met deze actie op.</p> <p>\(a.targetGroups[0])</p>"]
        lines += ["Wat?", "", "Formuleer duidelijk wat je wil bereiken.", ""]
        list("Wat ga je wel doen?", a.willDo)
        list("Wat ga je niet doen?", a.willNotDo)
        let responsible = a.roles["responsible"]![0].actor
        if responsible == plan.owner {
            lines += [" Met wie?\tEindverantwoordelijke: ELZ\tKlik of tik om tekst in te voeren."]
        } else {
            let name = Self.partnersInActorsFile.first { $0.1 == responsible }!.0
            lines += [" Met wie?\tEindverantwoordelijke: Partner\t\(name)"]
        }
        lines += ["\t<p>Welke rol neem je zelf op? \(a.ownRoleText!)</p> <p>Indien je een trekkende of faciliterende rol opneemt welke samenwerkingen en partnerschappen zet je op? \(a.partnersText!)</p>"]
        lines += [" Hoe?", "", "Werk de actie verder uit en noteer hier hoe je deze actie gaat benaderen (stappenplan)."]
        if random.standardChance(0.5) {
            lines.append("\t<ul style=\"list-style-type: none\"> " + a.steps.map { "• \($0)" }.joined(separator: " ") + " </ul>")
        } else {
            lines += a.steps.map { "- \($0)" }
        }
        lines += ["Link", "", "Welke link is er met andere acties en projecten?", ""]
        cell(a.linksText!)
        let start = a.start.map(Self.written) ?? ""
        let end = a.end.map(Self.written) ?? ""
        lines += [" Wanneer?\tStartdatum: \(start)\tEinddatum: \(end)"]
        lines += ["\tTijdpad \(plan.period!) (markeer hieronder de maanden waarin je aan deze actie gaat werken) <table border=\"1\"> <tr> <td>Jan</td><td>Feb</td><td>Mrt</td><td>Apr</td><td>Mei</td><td>Jun</td><td>Jul</td><td>Aug</td><td>Sep</td><td>Okt</td><td>Nov</td><td>Dec</td> </tr> </table>\t\tJan\tFeb\tMrt"]
        lines += ["Jan\tFeb\tMrt\tApr\tMei\tJun\tJul\tAug\tSep\tOkt\tNov\tDec"]
        lines += [" Communicatie\t<p>Definieer de communicatiekanalen en -middelen die worden gebruikt om informatie te delen en stakeholders op de hoogte te houden.</p> <p>\(a.channels[0])</p>"]
        var evaluation = " Evaluatie\t<p>Selecteer minstens één van onderstaande manieren voor evaluatie. Definieer de indicatoren en meetmethoden die worden gebruikt om de voortgang en/of het succes van de actie te evalueren.</p>"
        for (kind, label) in [("process", "Proces evaluatie"), ("output", "Resultaatgerichte evaluatie (Output)"), ("outcome", "Impact evaluatie (Outcome)")] {
            let items = a.indicators.filter { $0.kind == kind }.map(\.text)
            let box = items.isEmpty ? "<input type=\"checkbox\"/>" : "<input checked=\"\" type=\"checkbox\"/>"
            evaluation += " <p>\(box) \(label) \(items.joined(separator: " "))</p>"
        }
        lines += [evaluation, ""]
    }

    /// A text cell; sometimes cut by a page break in the middle of a sentence.
    mutating func cell(_ text: String) {
        let words = text.split(separator: " ")
        if words.count > 4 && random.standardChance(0.3) {
            let cut = random.int(1...(words.count - 2))
            if words[cut - 1].last.map({ $0.isLetter }) == true {
                lines += [words[..<cut].joined(separator: " "), "", pageHeader, "", words[cut...].joined(separator: " "), ""]
                splitCells += 1
                return
            }
        }
        lines += [text, ""]
    }

    mutating func list(_ prompt: String, _ items: [String]) {
        if random.standardChance(0.5) {
            lines.append("\t<p>\(prompt.replacingOccurrences(of: "wel", with: "<u>wel</u>"))</p> <ul style=\"list-style-type: none\"> " + items.map { "• \($0)" }.joined(separator: " "))
        } else {
            lines += [prompt, ""] + items.map { "- \($0)" } + [""]
        }
    }

    /// `2024-03-01` → `1/03/2024`, as the form writes dates.
    static func written(_ iso: String) -> String {
        let parts = iso.split(separator: "-")
        return "\(Int(parts[2])!)/\(parts[1])/\(parts[0])"
    }
}

extension String {
    /// Turns a few spaces into non-breaking ones (real documents have them between words).
    func replacingFirstSpaces(_ r: inout SplitMix) -> String {
        String(map { $0 == "\u{00A0}" ? (r.standardChance(0.3) ? "\u{00A0}" : " ") : $0 })
    }
}

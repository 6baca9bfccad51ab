@testable import PlanImport
import SeededRandom

/// Writes a plan as a transition-plan document ("Vraag c" activity table) would look after
/// text extraction: goal rows with their label written in several ways, activity rows with `x`
/// marks under the theme columns and actor categories written as lists or ranges, page headers
/// between rows and inside a row's title, NBSP and CRLF. The plan is the expected import.
struct TransitionTemplateWriter {
    var random: SplitMix
    /// Titles cut by a page break (each must give a warning).
    var splitTitles = 0

    init(seed: UInt64) { random = SplitMix(seed: seed) }

    static let title = "Template transitieplan – Samenwerkingsverband geïntegreerde zorg"
    static let partnerships = [("Zorgzaam Leuven", "zzl"), ("Zorg & Welzijn “Kempen”", "zorg-welzijn-kempen"),
                               ("Netwerk Oost", "netwerk-oost")]
    static let themes = ["Ervaring Patient", "Meer waarde met beschikbare middelen", "Gezondheid bewaking", "Equity",
                         "Jobtevredenheid zorgactoren", "Patient centraal en empowerment", "Ondersteuning van het informeel netwerk",
                         "Zorg en welzijn in een bredere context", "Preventie en gezondheidsbevordering",
                         "Organisatie van zorgcapaciteit", "Horizontale en verticale integratie van zorg & welzijn",
                         "Innovatie van zorg & welzijn", "Innovatie van zorgproces", "Kwaliteitscultuur installeren",
                         "Implementatie van datamanagement"]

    mutating func plan() -> ImportedPlan {
        let (name, owner) = random.standardPick(Self.partnerships)
        // A partnership new to the actors file gets the actor id its name gives; the plan's id then differs.
        let id = CellText.slug(name) == owner ? CellText.slug(name) + "-transitieplan" : CellText.slug(name)
        var plan = ImportedPlan(template: .transitionPlan, id: id, title: "Transitieplan \(name)",
                                document: Self.title, file: "doc.txt")
        plan.owner = owner
        plan.period = "2023-01-01..2024-12-31"
        for s in 1...random.int(1...6) {
            plan.goals.append(.init(id: "SD\(s)", level: "strategic", title: "", text: Phrases.text(&random, sentences: 1...2),
                                    origin: .init(line: 0)))
            for k in 1...random.int(1...5) {
                var a = ImportedPlan.Activity(id: "A\(s).\(k)", title: Phrases.text(&random, sentences: 1...2), origin: .init(line: 0))
                a.goal = "SD\(s)"
                a.phase = "unknown"
                a.contributes = (1...15).filter { _ in random.standardChance(0.6) }.map { "T" + DutchDates.pad($0) }
                let categories = (1...11).filter { _ in random.standardChance(0.35) }
                for c in categories.isEmpty ? [1] : categories { a.add("involved", "\(id)-cat-\(c)") }
                plan.activities.append(a)
            }
        }
        return plan
    }

    mutating func document(_ plan: ImportedPlan) -> String {
        let name = Self.partnerships.first { $0.1 == plan.owner }!.0
        var lines = ["", "", Self.title, "", "Naam van het samenwerkingsverband:", "", name, "",
                     "Het transitieplan heeft betrekking op de transitieperiode (01/01/2023 - 31/12/2024).", "",
                     "Vraag c. Welke concrete activiteiten zullen jullie ondernemen?", "",
                     "A\tB: bijdragen aan de opdrachten (punt 2.2.1.)" + String(repeating: "\t", count: 15) + "C\tD\t\t\t",
                     "\t" + Self.themes.joined(separator: "\t") + "\t\tPotentiele connecties met actoren\tKleurcodes: Ontwikkeling = blauw\t"]
        let quarters = "\t2023 Q1-Q2\t2023 Q3-Q4\t2024 Q1-Q2\t2024 Q3-Q4"
        for goal in plan.goals {
            let n = goal.id.dropFirst(2)
            let label = random.standardPick(["Strategische doelstelling (SD) \(n):", "SD \(n):", "SD\(n):"])
            lines.append("\(label) \(goal.text)" + String(repeating: "\t", count: 16) + quarters)
            for a in plan.activities where a.goal == goal.id {
                let marks = (1...15).map { c in a.contributes.contains("T" + DutchDates.pad(c)) ? random.standardPick(["x", "x", "X"]) : "" }
                let row = "\t" + marks.joined(separator: "\t") + "\t" + categories(a) + "\t\t\t\t"
                let words = a.title.split(separator: " ")
                if words.count > 3 && random.standardChance(0.15) {
                    let cut = random.int(1...(words.count - 1))
                    lines += [words[..<cut].joined(separator: " "), "", Self.title, "", words[cut...].joined(separator: " ") + row]
                    splitTitles += 1
                } else {
                    lines.append(a.title + row)
                }
                if random.standardChance(0.1) { lines += ["", Self.title, ""] }
            }
            if random.standardChance(0.3) { lines.append("") }
        }
        lines += ["", "* Voor de indeling van de actoren werden volgende categorieën gebruikt: "
                  + (1...11).map { "(\($0)) Categorie \($0): leden" }.joined(separator: "; "), "", "Bijlage 1", ""]
        let text = lines.map { random.standardChance(0.2) ? $0.replacingOccurrences(of: " e", with: "\u{00A0}e") : $0 }
        return text.joined(separator: random.standardChance(0.4) ? "\r\n" : "\n")
    }

    /// "1,4, 5" or "2-6" (a range when the numbers run without a gap), sometimes unsorted.
    mutating func categories(_ a: ImportedPlan.Activity) -> String {
        let numbers = a.roles["involved"]!.map { Int($0.actor.split(separator: "-").last!)! }
        if numbers.count > 2 && numbers.last! - numbers.first! == numbers.count - 1 && random.standardChance(0.5) {
            return "\(numbers.first!)-\(numbers.last!)"
        }
        var written = numbers.map(String.init)
        if random.standardChance(0.3) { written.shuffle(using: &random) }
        return written.enumerated().map { i, n in i > 0 && random.standardChance(0.3) ? " " + n : n }.joined(separator: ",")
    }
}

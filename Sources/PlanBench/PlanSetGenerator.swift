import PlanModel
import SeededRandom

/// A deterministic generator of large plan sets in the proportions of the seed plans: yearly
/// plans of primary-care zones (60 zones a region, 2015–2024), each either an action plan
/// like ELZ Leuven's (strategic goals, operational goals below them and sometimes a third
/// level, activities with periods, roles and process/output/outcome indicators) or a
/// transition plan like Zorgzaam Leuven's (two years, fifteen themes the activities contribute
/// to, actor categories as groups in the `involved` role). The same seed and size give the
/// same set, byte for byte, on every machine.
public struct PlanSetGenerator {
    public let activityCount: Int
    public let seed: UInt64

    public static let firstYear = 2015
    public static let yearsPerZone = 10
    public static let zonesPerRegion = 60
    /// Actors of each region (`r1-uz`, …) and of each zone (`elz-z3`, `z3-hak`, …, four groups).
    static let regionalActors = ["uz", "az", "ggz", "logo", "hs", "cm"]
    static let zoneOrganisations = ["stad", "ocmw", "hak", "apk", "tv", "caw", "dc", "wgc"]
    static let zoneActorCount = 1 + zoneOrganisations.count + 4

    public init(activities: Int, seed: UInt64 = 42) {
        self.activityCount = activities
        self.seed = seed
    }

    // MARK: Names the reference queries use

    public static func town(zone: Int) -> String {
        let base = Vocabulary.towns[(zone - 1) % Vocabulary.towns.count]
        let round = (zone - 1) / Vocabulary.towns.count
        return round == 0 ? base : "\(base) \(round + 1)"
    }

    public static func planID(zone: Int, year: Int) -> String { "z\(zone)-\(year)" }
    public static func zoneOrganisation(zone: Int) -> String { "elz-z\(zone)" }
    public static func zoneAlias(zone: Int) -> String { "ELZ\(zone)" }
    /// The zone's group of care providers (general practitioners, pharmacists, home nursing, WGC).
    public static func careProvidersGroup(zone: Int) -> String { "Zorgaanbieders \(town(zone: zone))" }

    // MARK: Generating

    struct Shape {
        var transition: Bool
        var activities: Int
    }

    /// The kind and size of each plan, drawn first (from their own stream) so that the number
    /// of plans, zones and actors is known before any plan is made.
    func shapes() -> [Shape] {
        var rng = SplitMix(seed: seed ^ 0x5348_4150_4553)
        var out: [Shape] = []
        var total = 0
        while total < activityCount {
            let transition = rng.chance(0.35)
            var n = transition ? rng.between(15...40) : rng.between(4...20)
            n = min(n, activityCount - total)
            out.append(Shape(transition: transition, activities: n))
            total += n
        }
        return out
    }

    public func makeSet() -> PlanSet {
        let shapes = shapes()
        let zones = (shapes.count + Self.yearsPerZone - 1) / Self.yearsPerZone
        var set = PlanSet()
        var rng = SplitMix(seed: seed)
        addActors(zones: zones, to: &set)
        for (i, shape) in shapes.enumerated() {
            let zone = i / Self.yearsPerZone + 1
            let year = Self.firstYear + i % Self.yearsPerZone
            set.plans.append(makePlan(zone: zone, year: year, shape: shape, &rng))
        }
        return set
    }

    func regionBase(_ region: Int) -> Int {
        region * (Self.regionalActors.count + Self.zonesPerRegion * Self.zoneActorCount)
    }

    /// Index of the zone's first actor (its ELZ organisation); the organisations follow, then the groups.
    func zoneBase(_ zone: Int) -> Int {
        let region = (zone - 1) / Self.zonesPerRegion
        return regionBase(region) + Self.regionalActors.count + ((zone - 1) % Self.zonesPerRegion) * Self.zoneActorCount
    }

    func addActors(zones: Int, to set: inout PlanSet) {
        let regions = (zones + Self.zonesPerRegion - 1) / Self.zonesPerRegion
        for region in 0..<regions {
            let first = set.actors.count
            let r = region + 1
            let names = ["UZ Regio \(r)", "AZ Regio \(r)", "GGZ-netwerk Regio \(r)", "Logo Regio \(r)",
                         "Hogeschool Regio \(r)", "Ziekenfonds Regio \(r)"]
            for (code, name) in zip(Self.regionalActors, names) {
                set.actors.append(.init(id: "r\(r)-\(code)", name: name, kind: "organisation"))
            }
            let regional = first
            let lastZone = min(zones, (region + 1) * Self.zonesPerRegion)
            for zone in (region * Self.zonesPerRegion + 1)...lastZone {
                let base = set.actors.count
                let town = Self.town(zone: zone)
                set.actors.append(.init(id: Self.zoneOrganisation(zone: zone), name: "ELZ \(town)", kind: "organisation",
                                        aliases: [Self.zoneAlias(zone: zone)]))
                let names = ["Stad \(town)", "OCMW \(town)", "Huisartsenkring \(town)", "Apothekerskring \(town)",
                             "Thuisverpleging \(town)", "CAW \(town)", "Dienstencentrum \(town)", "WGC \(town)"]
                for (code, name) in zip(Self.zoneOrganisations, names) {
                    set.actors.append(.init(id: "z\(zone)-\(code)", name: name, kind: "organisation"))
                }
                // The zone's actor categories, as ZZL's: groups whose members are named.
                let groups: [(String, [Int])] = [
                    ("Lokale structuren \(town)", [base, base + 1, base + 2, regional + 3]),
                    (Self.careProvidersGroup(zone: zone), [base + 3, base + 4, base + 5, base + 8]),
                    ("Welzijn \(town)", [base + 6, base + 7, base + 2]),
                    ("Ziekenhuizen \(town)", [regional, regional + 1, regional + 2]),
                ]
                for (k, (name, members)) in groups.enumerated() {
                    set.actors.append(.init(id: "z\(zone)-cat-\(k + 1)", name: name, kind: "group", members: members))
                }
            }
            set.actorFiles.append((name: "actors-r\(r)", actors: first..<set.actors.count))
        }
    }

    func makePlan(zone: Int, year: Int, shape: Shape, _ rng: inout SplitMix) -> PlanSet.Plan {
        let town = Self.town(zone: zone)
        let base = zoneBase(zone)
        let regional = regionBase((zone - 1) / Self.zonesPerRegion)
        let lastYear = shape.transition ? year + 1 : year
        let period = Period(start: Day(year: year, month: 1, day: 1)!, end: Day(year: lastYear, month: 12, day: 31)!)
        var plan = PlanSet.Plan(
            id: Self.planID(zone: zone, year: year),
            title: shape.transition ? "Transitieplan \(town) \(year)-\(lastYear)" : "Actieplan ELZ \(town) \(year)",
            owner: base, periodText: shape.transition ? "\(year)-01-01..\(lastYear)-12-31" : "\(year)",
            period: period, version: "1.\(rng.below(3))")
        if shape.transition {
            plan.themes = Vocabulary.themes.enumerated().map { i, t in
                PlanSet.Theme(id: "T\(i < 9 ? "0" : "")\(i + 1)", name: t.name, family: t.family)
            }
        }
        // Goals: strategic goals, operational goals below some of them, and a third level below some of those.
        var leaves: [Int] = []
        var strategicOf: [Int] = []     // the number of each goal's strategic goal
        let strategic = shape.transition ? 8 : 5
        for s in 1...strategic {
            let topic = rng.pick(Vocabulary.topics)
            plan.goals.append(.init(id: "SD\(s)", level: "strategic", title: "ELZ \(town) zet in op \(topic)."))
            strategicOf.append(s)
            let sd = plan.goals.count - 1
            let operational = shape.transition ? (rng.chance(0.3) ? 1 : 0) : rng.between(1...2)
            if operational == 0 { leaves.append(sd) }
            for o in 0..<operational {
                let deadlineYear = rng.between(year...lastYear)
                let june = rng.chance(0.5)
                let deadline = "\(deadlineYear)-\(june ? "06" : "12")"
                plan.goals.append(.init(id: "OD\(s).\(o + 1)", level: "operational",
                                        title: "Tegen eind \(june ? "juni " : "")\(deadlineYear) is \(rng.pick(Vocabulary.topics)) uitgewerkt in \(town).",
                                        parent: sd, deadline: rng.chance(0.5) ? deadline : nil))
                strategicOf.append(s)
                let od = plan.goals.count - 1
                if rng.chance(0.25) {
                    plan.goals.append(.init(id: "OD\(s).\(o + 1).1", level: "operational",
                                            title: "Een werkgroep rond \(rng.pick(Vocabulary.topics)) is actief.", parent: od))
                    strategicOf.append(s)
                    leaves.append(plan.goals.count - 1)
                } else {
                    leaves.append(od)
                }
            }
        }
        var perStrategic = [Int](repeating: 0, count: strategic + 1)
        for a in 0..<shape.activities {
            let goal = leaves[a % leaves.count]
            let s = strategicOf[goal]
            perStrategic[s] += 1
            var activity = shape.transition
                ? transitionActivity(goal: goal, plan: plan, zone: zone, base: base, regional: regional, &rng)
                : actionActivity(goal: goal, plan: plan, zone: zone, base: base, regional: regional, &rng)
            activity.id = "A\(s).\(perStrategic[s])"
            if a > 0, rng.chance(0.15) { activity.links = [rng.below(a)] }
            if rng.chance(0.05) { activity.note = "Titel ingekort; de bron schrijft een langere omschrijving." }
            if !shape.transition { activity.indicators = indicators(activity.id, &rng) }
            plan.activities.append(activity)
        }
        for e in 1...(shape.transition ? 6 : 3) {
            let month = rng.between(1...12)
            let date = Day(year: rng.between(year...lastYear), month: month, day: rng.between(1...28))!
            plan.events.append(.init(id: "E0\(e)", kind: rng.chance(0.3) ? "milestone" : "event",
                                     title: rng.pick(Vocabulary.eventTitles), date: date))
        }
        return plan
    }

    func title(town: String, _ rng: inout SplitMix) -> String {
        var scope = rng.pick(Vocabulary.scopes)
        if scope == " in de buurt" { scope = " in \(town)" }
        return "\(rng.pick(Vocabulary.actions)) \(rng.pick(Vocabulary.topics))\(scope)"
    }

    func actionActivity(goal: Int, plan: PlanSet.Plan, zone: Int, base: Int, regional: Int,
                        _ rng: inout SplitMix) -> PlanSet.Activity {
        let town = Self.town(zone: zone)
        let year = plan.period.start.year
        var a = PlanSet.Activity(id: "", goal: goal, title: title(town: town, &rng), period: plan.period)
        if rng.chance(0.8) {
            a.description = "Via deze actie willen we \(rng.pick(Vocabulary.topics)) versterken in \(town). "
                + "We werken hiervoor samen met de partners van de zone en bouwen voort op de ervaringen van \(year - 1)."
        }
        if rng.chance(0.5) { a.targetGroups = [rng.pick(Vocabulary.targetGroups)] }
        if rng.chance(0.85) {
            let startMonth = rng.between(1...12)
            let endMonth = rng.between(startMonth...12)
            let start = Day(year: year, month: startMonth, day: 1)!
            let end = Day(year: year, month: endMonth, day: Day.daysIn(month: endMonth, year: year))!
            a.period = Period(start: start, end: end)
            if rng.chance(0.2) {
                a.startText = String(start.description.prefix(7))
                a.endText = String(end.description.prefix(7))
            } else {
                (a.startText, a.endText) = (start.description, end.description)
            }
        }
        if rng.chance(0.4) { a.phase = rng.pick(Vocabulary.phases) }
        let organisations = base + 1...base + Self.zoneOrganisations.count
        let lead = rng.chance(0.6) ? base : rng.between(organisations)
        if rng.chance(0.7) { a.roles.append(.init(role: .responsible, actor: base)) }
        a.roles.append(.init(role: .lead, actor: lead))
        if rng.chance(0.1) { a.roles.append(.init(role: .facilitator, actor: base)) }
        if rng.chance(0.1) { a.roles.append(.init(role: .supporter, actor: regional + rng.below(Self.regionalActors.count))) }
        var partners: [Int] = []
        for _ in 0..<rng.between(0...3) {
            let candidate: Int
            switch rng.below(10) {
            case 0..<6: candidate = rng.between(organisations)
            case 6..<8: candidate = regional + rng.below(Self.regionalActors.count)
            default: candidate = base + 1 + Self.zoneOrganisations.count + rng.below(4)     // a group
            }
            if candidate != lead, !partners.contains(candidate) { partners.append(candidate) }
        }
        for p in partners {
            a.roles.append(.init(role: .partner, actor: p, note: rng.chance(0.03) ? "Samenwerking nog te bevestigen." : nil))
        }
        if rng.chance(0.2) {
            a.roles.append(.init(role: .audience, actor: base + 1 + Self.zoneOrganisations.count + rng.below(4)))
        }
        a.sourceLine = rng.between(40...900)
        return a
    }

    func transitionActivity(goal: Int, plan: PlanSet.Plan, zone: Int, base: Int, regional: Int,
                            _ rng: inout SplitMix) -> PlanSet.Activity {
        let town = Self.town(zone: zone)
        var a = PlanSet.Activity(id: "", goal: goal, title: title(town: town, &rng), period: plan.period)
        if rng.chance(0.6) {
            // Half-years of the two-year span, written as quarters as the ZZL table's columns are.
            let first = plan.period.start.year
            let from = rng.below(4), to = rng.between(from...3)
            let start = Period.quarters(first + from / 2, from % 2 * 2 + 1, from % 2 * 2 + 1)!
            let end = Period.quarters(first + to / 2, to % 2 * 2 + 2, to % 2 * 2 + 2)!
            a.startText = start.description
            a.endText = end.description
            a.period = Period(start: start.start, end: end.end)
        }
        a.phase = rng.chance(0.7) ? "unknown" : rng.pick(Vocabulary.phases)
        let lead: Int
        switch rng.below(10) {
        case 0..<5: lead = base
        case 5..<8: lead = regional + rng.below(Self.regionalActors.count)
        default: lead = base + 1 + rng.below(Self.zoneOrganisations.count)
        }
        a.roles.append(.init(role: .lead, actor: lead))
        if rng.chance(0.1) && lead != base { a.roles.append(.init(role: .supporter, actor: base)) }
        if rng.chance(0.25) {
            let partner = base + 1 + rng.below(Self.zoneOrganisations.count)
            if partner != lead { a.roles.append(.init(role: .partner, actor: partner)) }
        }
        for g in rng.distinct(rng.between(2...4), of: 4) {
            a.roles.append(.init(role: .involved, actor: base + 1 + Self.zoneOrganisations.count + g))
        }
        a.contributes = rng.distinct(rng.between(8...15), of: Vocabulary.themes.count)
        return a
    }

    func indicators(_ activity: String, _ rng: inout SplitMix) -> [PlanSet.Indicator] {
        var out: [PlanSet.Indicator] = []
        if rng.chance(0.8) {
            out.append(.init(id: "\(activity)-process", kind: "process",
                             text: "Maandelijkse opvolging in het teamoverleg, met terugkoppeling naar het Bestuursorgaan."))
        }
        for k in 0..<rng.between(0...3) {
            out.append(.init(id: "\(activity)-output-\(k + 1)", kind: "output",
                             text: "Aantal bereikte \(rng.pick(["zorgverleners", "organisaties", "deelnemers", "inwoners"]))"))
        }
        if rng.chance(0.5) {
            out.append(.init(id: "\(activity)-outcome", kind: "outcome",
                             text: "Meer zorgverleners kennen en gebruiken het aanbod rond \(rng.pick(Vocabulary.topics))."))
        }
        return out
    }
}

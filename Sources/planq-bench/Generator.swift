import PlanModel

/// A deterministic generator of large plan sets in the proportions of the seed plans:
/// plans with strategic goals, operational goals below them, activities with periods,
/// several actors in several roles, groups with members, and themes.
struct Generator {
    let activities: Int
    var rng: SplitMix

    init(activities: Int, seed: UInt64) {
        self.activities = activities
        self.rng = SplitMix(seed: seed)
    }

    mutating func graph() -> PlanGraph {
        var b = PlanGraphBuilder()
        let organisations = max(50, activities / 10)
        var orgs: [NodeRef] = []
        for i in 0..<organisations {
            orgs.append(b.add(PlanNode(kind: .actor, id: "org\(i)", plan: nil, title: "Organisatie \(i)")))
        }
        var groups: [NodeRef] = []
        for g in 0..<11 {
            let group = b.add(PlanNode(kind: .actor, id: "grp\(g)", plan: nil, title: "Categorie \(g)"))
            groups.append(group)
            for _ in 0..<8 { b.addMember(orgs[rng.below(organisations)], to: group) }
        }
        let perPlan = 500
        let plans = max(1, activities / perPlan)
        let words = ["mantelzorg", "buurtteam", "zorgzame buurt", "preventie", "data", "proeftuin", "ELP", "GGZ"]
        var made = 0
        for p in 0..<plans {
            var plan = PlanNode(kind: .plan, id: "p\(p)", plan: nil, title: "Plan \(p)")
            plan.ownPeriod = Period(start: Day(year: 2023, month: 1, day: 1)!, end: Day(year: 2024, month: 12, day: 31)!)
            let planRef = b.add(plan)
            var themes: [NodeRef] = []
            for t in 0..<15 { themes.append(b.add(PlanNode(kind: .theme, id: "T\(t)", plan: planRef, title: "Thema \(t)"))) }
            for s in 1...8 {
                var sd = PlanNode(kind: .goal, id: "SD\(s)", plan: planRef, title: "Strategische doelstelling \(s)")
                sd.set("level", .text("strategic"))
                let sdRef = b.add(sd)
                for o in 1...2 {
                    var od = PlanNode(kind: .goal, id: "OD\(s).\(o)", plan: planRef, title: "Operationele doelstelling \(s).\(o)")
                    od.parent = sdRef
                    od.set("level", .text("operational"))
                    let odRef = b.add(od)
                    let count = perPlan / 16
                    for a in 0..<count where made < activities {
                        made += 1
                        var act = PlanNode(kind: .activity, id: "A\(s).\(o).\(a)", plan: planRef,
                                           title: "Actie \(words[rng.below(words.count)]) \(made % 1000)")
                        act.parent = odRef
                        let startMonth = 1 + rng.below(12)
                        let length = 1 + rng.below(12)
                        let year = 2023 + rng.below(2)
                        let start = Day(year: year, month: startMonth, day: 1)!
                        let endMonthIndex = min(startMonth + length - 1, 12)
                        let end = Day(year: year, month: endMonthIndex, day: Day.daysIn(month: endMonthIndex, year: year))!
                        act.ownPeriod = Period(start: start, end: end)
                        let ref = b.add(act)
                        b.addRole(.lead, actor: orgs[rng.below(organisations)], for: ref)
                        b.addRole(.partner, actor: orgs[rng.below(organisations)], for: ref)
                        b.addRole(.involved, actor: groups[rng.below(groups.count)], for: ref)
                        for _ in 0..<(3 + rng.below(8)) { b.addContribution(from: ref, to: themes[rng.below(15)]) }
                    }
                }
            }
        }
        return b.build()
    }
}

/// A small, fast, seeded random number generator (SplitMix64): the same seed gives the same plans.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}

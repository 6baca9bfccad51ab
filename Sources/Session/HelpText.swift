/// `.help [TOPIC]`: the commands, and topics with examples. Every example here is parsed by
/// a test, so the help cannot drift from the language.
public enum HelpText {
    public static let topics: [(name: String, summary: String, examples: [String])] = [
        ("queries", "ask for nodes of a kind, filtered and shaped", [
            "activities for SD3 in 2024 Q1 with lead ELZ",
            "activities of elz for SD2 in 2024 Q3 with lead ELZ",
            "goals of zzl",
            "count activities of zzl by goal",
            "activities of zzl with \"UZ Leuven\"",
            "activities with partner \"Stad Leuven\" or with responsible \"Stad Leuven\"",
            "activities in 2024 H2 where title ~ \"mantelzorg\" order by start limit 5",
            "actors of SD2 order by name",
            "activities contributing to Equity",
            "activities of zzl where not (theme = Equity)",
            "activities linked to \"Leuven Helpt\"",
            "activities where lead is unknown",
            "activities of elz show start, end, lead",
            "activities where theme = T04",
            "activities of zzl where involved = \"UZ Leuven\"",
            "actors of elz",
            "count actors of zzl by type",
            "count activities of zzl by goal order by count desc, group",
        ]),
        ("periods", "in, starting/ending in|before|after; both ends inclusive", [
            "activities in 2024",
            "activities in 2023 Q1-Q2",
            "activities in 2024-03",
            "activities in 2024-01-15..2024-03-31",
            "activities starting in 2024 H2",
            "activities ending before 2024-07",
            "events in 2023-01 order by period",
        ]),
        ("roles", "with [ROLE] ACTOR — lead, responsible, facilitator, supporter, partner, involved, audience", [
            "activities with lead ELZ",
            "activities with facilitator \"ELZ Leuven\"",
            "activities with ELZ",
            "count activities by actor",
            "count activities by role",
        ]),
        ("operations", "sum/average/min/max FIELD of QUERY [by F]; number of F; text; named queries with and, or, not", [
            "sum share of staff of zzl",
            "average share of staff by employer order by average desc",
            "min start of activities of elz",
            "max end of activities by plan",
            "activities of zzl where number of themes = 15",
            "activities of elz show number of indicators",
            "activities of zzl order by number of actors desc limit 5",
            "activities where text ~ \"Leuven Helpt\"",
            "actors of elz and of zzl",
            "let a = actors of elz; let b = actors of zzl; a and not b",
        ]),
        ("kinds", "plans, goals, activities, work packages, actors, themes, indicators, events, staff, success factors, achievements, core functions", [
            "staff of zzl show share, employer",
            "success factors where status = to_meet show area",
            "achievements show area",
            "core functions of zzl",
        ]),
        ("dutch", "Dutch words for kinds, keywords, roles and fields (Grammar/keywords.tsv); answers stay in English", [
            "activiteiten van elz met trekker ELZ",
            "doelen van elz",
            "tel acties van zzl per doel",
            "doelen waar niveau = strategic toon einde",
            "personeel van zzl sorteer op aandeel aflopend toon aandeel",
            "acties van elz toon aantal indicatoren",
            "werkpakketten van zzl",
            "thema's van zzl",
            "acties waar betrokken = \"UZ Leuven\"",
        ]),
        ("fields", "each kind's fields, with their types, an example and their Dutch words: .fields KIND (.fields activities)", [
            "activities of elz show start, end, lead, number of indicators",
            "staff where share >= 40 order by share desc show share",
            "events where type = milestone show date",
            "indicators of elz.A2.2 show type, text",
        ]),
        ("statements", "let, describe, explain, tree, timeline, path, expect, graph, overview (.help pictures)", [
            "let mine = activities with lead ELZ",
            "describe elz.A2.2",
            "explain activities for SD2 in 2024 Q3",
            "tree zzl",
            "tree plan zzl",
            "describe actor zzl",
            "timeline activities of elz",
            "path from elz.A3.1 to zzl",
            "expect count activities of zzl = 28",
            "expect activities of elz for SD2 in 2024 Q3 with lead ELZ = [elz.A2.2]",
        ]),
        ("pictures", ".format svg|dot|mermaid|html (or --format), then tree, timeline, path or graph; overview PLAN needs html; .output FILE writes it — in a table format graph lists its edges", [
            "graph activities of elz",
            "graph activities of zzl for SD1 with GGZ",
            "tree elz",
            "timeline activities of elz",
        ]),
    ]

    public static func text(topic: String?) -> String {
        if let topic, let t = topics.first(where: { $0.name == topic.lowercased() }) {
            return "\(t.name): \(t.summary)\n" + t.examples.map { "  " + $0 }.joined(separator: "\n") + "\n"
        }
        var lines: [String] = []
        if let topic { lines.append("no help topic '\(topic)'") }
        lines.append("Commands:")
        let width = MetaCommands.all.map(\.usage.count).max() ?? 0
        for c in MetaCommands.all {
            lines.append("  " + c.usage + String(repeating: " ", count: width - c.usage.count + 2) + c.summary)
        }
        lines.append("Topics (.help TOPIC): " + topics.map(\.name).joined(separator: ", "))
        lines.append("Example: " + topics[0].examples[0])
        return lines.joined(separator: "\n") + "\n"
    }
}

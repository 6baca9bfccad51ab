import Testing
@testable import QuerySyntax

/// Input → canonical form. The canonical form spells keywords in lowercase, kinds in their
/// two-word or plural spelling as written, `and` as juxtaposition, and parenthesizes only
/// where precedence needs it (like SQLite's `foreach {tn sql result}` tables).
let parseCases: [(input: String, canonical: String)] = [
    // the fixed forms
    ("activities for SD3 in 2024 Q1 with lead ELZ", "activities for SD3 in 2024 Q1 with lead ELZ"),
    ("activities of elz for SD2 in 2024 Q3 with lead ELZ", "activities of elz for SD2 in 2024 Q3 with lead ELZ"),
    ("goals of zzl", "goals of zzl"),
    ("count activities of zzl by goal", "count activities of zzl by goal"),
    ("activities of zzl with \"UZ Leuven\"", "activities of zzl with \"UZ Leuven\""),
    ("activities with partner \"Stad Leuven\" or with responsible \"Stad Leuven\"",
     "activities with partner \"Stad Leuven\" or with responsible \"Stad Leuven\""),
    ("activities in 2024 H2 where title ~ \"mantelzorg\" order by start limit 5",
     "activities in 2024 H2 where title ~ \"mantelzorg\" order by start limit 5"),
    ("actors of SD2 order by name", "actors of SD2 order by name"),
    // case, spelling, punctuation
    ("ACTIVITIES Of zzl", "activities of zzl"),
    ("Count Goals", "count goals"),
    ("workpackages of zzl", "work packages of zzl"),
    ("work_package of zzl", "work package of zzl"),
    ("work   packages", "work packages"),
    ("activities with lead 'UZ Leuven'", "activities with lead \"UZ Leuven\""),
    ("activities with 'it\\'s'", "activities with \"it's\""),
    ("activities with \"a \\\"b\\\" \\\\ c\"", "activities with \"a \\\"b\\\" \\\\ c\""),
    ("activities of zzl;", "activities of zzl"),
    ("activities # all of them", "activities"),
    ("activities -- all of them", "activities"),
    ("goals;;actors", "goals; actors"),
    // filters and precedence
    ("activities of zzl and with lead ELZ", "activities of zzl with lead ELZ"),
    ("activities with a or with b with c", "activities with a or with b with c"),
    ("activities (with a or with b) with c", "activities (with a or with b) with c"),
    ("activities ((with a))", "activities with a"),
    ("activities not (with a or with b)", "activities not (with a or with b)"),
    ("activities not (with a with b)", "activities not (with a with b)"),
    ("activities not not with a", "activities not not with a"),
    ("activities (of a of b) of c", "activities of a of b of c"),
    ("activities of a or (of b or of c)", "activities of a or of b or of c"),
    ("activities not contributing to Equity", "activities not contributing to Equity"),
    ("activities linked to \"Leuven Helpt\"", "activities linked to \"Leuven Helpt\""),
    ("activities with \"lead\"", "activities with \"lead\""),   // quoted: an actor named lead
    ("activities with leed ELZ", "activities with leed ELZ"),
    ("activities with goal", "activities with goal"),
    ("activities with 42", "activities with 42"),
    // periods
    ("activities in 2024 q1", "activities in 2024 Q1"),
    ("activities in 2023 Q1-Q2", "activities in 2023 Q1-Q2"),
    ("activities in 2023 h1-h2", "activities in 2023 H1-H2"),
    ("activities in 2024-3", "activities in 2024-03"),
    ("activities in 2024-1-5", "activities in 2024-01-05"),
    ("activities in 2024-02-29", "activities in 2024-02-29"),
    ("activities in 2024-01-15..2024-03-31", "activities in 2024-01-15..2024-03-31"),
    ("activities in 2024 Q1 .. 2024 Q3", "activities in 2024 Q1..2024 Q3"),
    ("activities starting before 2024 ending after 2024 Q2",
     "activities starting before 2024 ending after 2024 Q2"),
    ("activities starting in 2024-03 ending in 2024", "activities starting in 2024-03 ending in 2024"),
    // where
    ("activities where a = 1 and b = 2 or c = 3", "activities where a = 1 and b = 2 or c = 3"),
    ("activities where a = 1 and (b = 2 or c = 3)", "activities where a = 1 and (b = 2 or c = 3)"),
    ("activities where not (a = 1 or b = 2)", "activities where not (a = 1 or b = 2)"),
    ("activities where a != x and b<=2 and c>=3 and d<4 and e>5 and f~'g'",
     "activities where a != x and b <= 2 and c >= 3 and d < 4 and e > 5 and f ~ \"g\""),
    ("activities where goal in (SD1,SD2 , zzl.SD3)", "activities where goal in (SD1, SD2, zzl.SD3)"),
    ("activities where goal not in (\"x\")", "activities where goal not in (\"x\")"),
    ("activities where start in 2024 H1", "activities where start in 2024 H1"),
    ("activities where phase IS NOT UNKNOWN", "activities where phase is not unknown"),
    ("activities where start >= 2024 Q2", "activities where start >= 2024 Q2"),
    ("activities where start >= 2024", "activities where start >= 2024"),
    ("activities where start >= 2024..2025", "activities where start >= 2024..2025"),
    ("activities where start < 2024-03-01", "activities where start < 2024-03-01"),
    ("activities where kind = goal", "activities where kind = goal"),
    ("activities where title ~ \"x\" or with lead ELZ", "activities where title ~ \"x\" or with lead ELZ"),
    ("activities where title ~ \"x\" and not with lead ELZ", "activities where title ~ \"x\" not with lead ELZ"),
    ("activities where a = 1 and (with b or with c)", "activities where a = 1 (with b or with c)"),
    ("activities where a = 1 with lead ELZ", "activities where a = 1 with lead ELZ"),
    ("activities where a = 1 or where b = 2", "activities where a = 1 or where b = 2"),
    ("activities (where a = 1 or b = 2) in 2024", "activities where a = 1 or b = 2 in 2024"),
    // shaping
    ("activities order by start desc, title asc limit 10 show title, lead",
     "activities order by start desc, title limit 10 show title, lead"),
    ("activities show title limit 3 order by start by goal",
     "activities by goal order by start limit 3 show title"),
    ("count activities by goal order by count desc", "count activities by goal order by count desc"),
    ("activities order by goal", "activities order by goal"),
    // statements
    ("let mine = activities with lead ELZ", "let mine = activities with lead ELZ"),
    ("let mine = activities with lead ELZ; mine in 2024", "let mine = activities with lead ELZ; mine in 2024"),
    ("let acts = activities\nacts in 2024", "let acts = activities; acts in 2024"),
    ("describe SD3", "describe SD3"),
    ("DESCRIBE \"UZ Leuven\"", "describe \"UZ Leuven\""),
    ("explain count activities by goal", "explain count activities by goal"),
    ("tree zzl.SD3", "tree zzl.SD3"),
    // a kind word before a name picks the kind (issue 9)
    ("tree plan zzl", "tree plan zzl"),
    ("describe Actor zzl", "describe actor zzl"),
    ("path from elz.A3.1 to actor zzl", "path from elz.A3.1 to actor zzl"),
    ("activities of actor \"Zorgzaam Leuven\"", "activities of actor \"Zorgzaam Leuven\""),
    ("describe work package WP3", "describe work package WP3"),
    ("describe plan", "describe plan"),
    ("activities where kind = activity", "activities where kind = activity"),
    ("timeline activities of elz", "timeline activities of elz"),
    ("path from ELZ to zzl.SD3", "path from ELZ to zzl.SD3"),
    ("expect count activities = 28", "expect count activities = 28"),
    ("expect activities with lead ELZ = [elz.A2.1,elz.A2.2]", "expect activities with lead ELZ = [elz.A2.1, elz.A2.2]"),
    ("expect activities with lead X = empty", "expect activities with lead X = []"),
    ("expect activities with lead X = [ ]", "expect activities with lead X = []"),
    ("expect activities where a = 1 = 3", "expect activities where a = 1 = 3"),
    // lines
    ("goals of zzl\nactors of SD2", "goals of zzl; actors of SD2"),
    ("activities of zzl\n  in 2024\n  with lead ELZ", "activities of zzl in 2024 with lead ELZ"),
    ("activities with lead\nELZ", "activities with lead; ELZ"),
    ("activities with x\nor with y", "activities with x or with y"),
    ("describe SD3\ntree SD3", "describe SD3; tree SD3"),
    ("", ""),
    ("  # only a comment\n", ""),
    // unicode
    ("activities with \"Équipe ☂︎\"", "activities with \"Équipe ☂︎\""),
    ("activities of café", "activities of café"),
    ("activities\u{00A0}of zzl", "activities of zzl"),
]

@Suite struct ParseTableTests {
    @Test(arguments: parseCases.indices)
    func parsesToCanonicalForm(_ i: Int) {
        let (input, canonical) = parseCases[i]
        #expect(outcome(input) == canonical, "input: \(input)")
    }

    @Test(arguments: parseCases.indices)
    func canonicalFormIsAFixedPoint(_ i: Int) {
        let canonical = parseCases[i].canonical
        #expect(outcome(canonical) == canonical)
    }
}

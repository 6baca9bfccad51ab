import Testing
@testable import QuerySyntax

/// The operations of issue 9 §2 (aggregates, `number of`, named queries combined, the kinds
/// beside activities, Dutch words): input → canonical form, as in ParseTableTests.
let operationCases: [(input: String, canonical: String)] = [
    // kinds
    ("staff of zzl", "staff of zzl"),
    ("success factors where status = met", "success factors where status = met"),
    ("success_factor", "success factor"),
    ("core functions", "core functions"),
    ("Core Function of zzl", "core function of zzl"),
    ("achievements show area", "achievements show area"),
    // aggregates
    ("sum share of staff of zzl", "sum share of staff of zzl"),
    ("average budget_fte of work packages by plan", "average budget_fte of work packages by plan"),
    ("min start of activities of elz", "min start of activities of elz"),
    ("MAX end of activities by goal order by max desc", "max end of activities by goal order by max desc"),
    ("sum number of themes of activities of zzl", "sum number of themes of activities of zzl"),
    ("sum share of", "incomplete: expected a kind (activities, goals, actors, …) or a query name after 'of', found end of input @12+0"),
    ("sum share staff", "error: expected 'of' and a query (sum share of activities …) after 'share', found 'staff' @10+5"),
    // number of
    ("activities of zzl where number of themes = 15", "activities of zzl where number of themes = 15"),
    ("activities of elz show number of indicators", "activities of elz show number of indicators"),
    ("activities order by number of actors desc", "activities order by number of actors desc"),
    ("count activities by number of themes", "count activities by number of themes"),
    ("activities where number of", "incomplete: expected a field after 'of', found end of input @26+0"),
    ("activities where number of number of themes = 1", "error: 'number of number of' counts nothing @17+6"),
    // text
    ("activities where text ~ \"Leuven Helpt\"", "activities where text ~ \"Leuven Helpt\""),
    // named queries combined
    ("let a = actors of elz; let b = actors of zzl; a and not b", "let a = actors of elz; let b = actors of zzl; a and not b"),
    ("let a = actors of elz; let b = actors of zzl; a not b", "let a = actors of elz; let b = actors of zzl; a and not b"),
    ("let a = actors of elz; let b = actors of zzl; a or b", "let a = actors of elz; let b = actors of zzl; a or b"),
    ("let a = actors of elz; let b = actors of zzl; a and b with lead ELZ",
     "let a = actors of elz; let b = actors of zzl; a and b with lead ELZ"),
    ("let a = goals; a or of zzl", "let a = goals; a or of zzl"),
    ("let a = goals; a\nb", "let a = goals; a; b"),
    ("let a = goals; a or", "incomplete: expected a filter or a query name after 'or', found end of input @19+0"),
    ("actors of elz and of zzl", "actors of elz of zzl"),
    // Dutch
    ("activiteiten van elz met trekker ELZ", "activities of elz with trekker ELZ"),
    ("doelen van elz", "goals of elz"),
    ("tel acties van zzl per goal", "count activities of zzl by goal"),
    ("werkpakketten waar budget_fte > 0.5", "work packages where budget_fte > 0.5"),
    // a Dutch word stands as a name where a name is expected: `met` is a status value here
    ("success factors where status = met or status = to_meet", "success factors where status = met or status = to_meet"),
    ("activities with partner van", "activities with partner van"),
    ("thema's van zzl", "themes of zzl"),
    ("THEMA'S", "themes"),
    ("themas", "themes"),
    ("activiteiten waar niet (title ~ 'x') en met ELZ", "activities where not title ~ \"x\" with ELZ"),
    ("som share van staff", "sum share of staff"),
]

@Suite struct OperationsParseTests {
    @Test(arguments: operationCases.indices)
    func parsesToCanonicalForm(_ i: Int) {
        let (input, canonical) = operationCases[i]
        #expect(outcome(input) == canonical, "input: \(input)")
    }

    @Test(arguments: operationCases.indices)
    func canonicalFormIsAFixedPoint(_ i: Int) {
        let canonical = operationCases[i].canonical
        guard !canonical.hasPrefix("error:"), !canonical.hasPrefix("incomplete:") else { return }
        #expect(outcome(canonical) == canonical)
    }
}

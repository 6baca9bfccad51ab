/// The Dutch words for field names, read in queries as the English field they translate
/// (`tel acties per doel`, `waar titel ~ "zorg"`, `sorteer op begin`, `toon einde`); listed,
/// with the keywords' and roles' Dutch words, in `Grammar/keywords.tsv` (part `field`).
/// A field is still named in English in answers, messages and `.fields`. The English names
/// are the query language's built-in fields and keys of the plan-file format (`level`,
/// `description`): a Dutch word names the field only for kinds that have it.
/// Left out, as in the keyword table, are words that would mean two things: `soort` (kind or
/// type), `doelgroepen` (the field `target_groups`, beside the role word `doelgroep`).
public enum FieldWords {
    public static let dutch: [(field: String, words: [String])] = [
        ("title", ["titel"]),
        ("name", ["naam"]),
        ("text", ["tekst"]),
        ("goal", ["doel", "doelstelling"]),
        ("period", ["periode"]),
        ("start", ["begin"]),
        ("end", ["einde", "eind"]),
        ("inherited", ["overgeërfd", "overgeerfd"]),
        ("approximate", ["benaderend", "geschat"]),
        ("actors", ["actoren"]),
        ("role", ["rol"]),
        ("roles", ["rollen"]),
        ("theme", ["thema"]),
        ("themes", ["thema's", "themas"]),
        ("indicators", ["indicatoren"]),
        ("links", ["koppelingen"]),
        ("quarter", ["kwartaal"]),
        ("half", ["halfjaar", "semester"]),
        ("month", ["maand"]),
        ("year", ["jaar"]),
        ("source", ["bron"]),
        ("notes", ["notities", "opmerkingen"]),
        ("description", ["beschrijving", "omschrijving"]),
        ("why", ["waarom"]),
        ("level", ["niveau"]),
        ("phase", ["fase"]),
        ("date", ["datum"]),
        ("months", ["maanden"]),
        ("steps", ["stappen"]),
        ("channels", ["kanalen"]),
        ("share", ["aandeel"]),
        ("employer", ["werkgever"]),
        ("members", ["leden"]),
        ("tasks", ["taken"]),
        ("composition", ["samenstelling"]),
        ("frequency", ["frequentie"]),
        ("family", ["familie"]),
        ("area", ["domein"]),
        ("contribution", ["bijdrage"]),
        ("version", ["versie"]),
        // The columns of a grouped answer, by which it is ordered (`sorteer op aantal aflopend`).
        ("group", ["groep"]),
        ("count", ["aantal"]),
    ]

    private static let english: [String: String] = {
        var map: [String: String] = [:]
        for (field, words) in dutch { for w in words { map[w] = field } }
        return map
    }()

    /// The English field a Dutch word names (`doel` → `goal`), in any case; nil for any other word.
    public static func english(_ word: String) -> String? { english[word.lowercased()] }
}

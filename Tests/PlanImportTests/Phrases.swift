import SeededRandom

/// The draws these tests made before they shared `SplitMix`: as the standard library draws
/// (`Double.random`, `Int.random`), not as `SplitMix`'s own `chance` and `pick` do, so that each
/// seed still makes the variant it always made.
extension SplitMix {
    mutating func standardChance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }
    mutating func standardPick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &self)] }
    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }
}

/// Dutch-looking sentences with the characters real plans have: accents, curly quotes,
/// apostrophes, ampersands, parentheses. No form prompt, no date, no 'Aantal'.
enum Phrases {
    static let words = ["zorg", "welzijn", "netwerk", "partners", "buurtteams", "mantelzorgers", "eerstelijn",
                        "geïntegreerde", "samenwerking", "overleg", "huisartsen", "apothekers", "organisaties",
                        "doelgroep", "kwetsbare", "burgers", "toegang", "preventie", "zorgzame", "buurten",
                        "ELZ’s", "“Samen Sterk”", "zorg & welzijn", "(regio)", "coördinatie", "financiële",
                        "opvolgen", "versterken", "uitwerken", "bereiken", "kennis", "vorming"]

    static func sentence(_ r: inout SplitMix, words count: ClosedRange<Int> = 5...12) -> String {
        var out = (0..<r.int(count)).map { _ in r.standardPick(words) }
        // A sentence starts with a capital letter (the importer splits indicator cells there).
        out[0] = r.standardPick(words.filter { $0.first!.isLetter })
        out[0] = out[0].prefix(1).uppercased() + out[0].dropFirst()
        return out.joined(separator: " ") + "."
    }

    static func text(_ r: inout SplitMix, sentences: ClosedRange<Int> = 1...3) -> String {
        (0..<r.int(sentences)).map { _ in sentence(&r) }.joined(separator: " ")
    }

    static func title(_ r: inout SplitMix) -> String {
        let t = (0..<r.int(2...5)).map { _ in r.standardPick(words) }.joined(separator: " ")
        return t.prefix(1).uppercased() + t.dropFirst()
    }
}

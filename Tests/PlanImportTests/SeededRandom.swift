/// A small seeded generator (SplitMix64), so that every variant can be made again from its seed.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }
    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &self)] }
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

    static func sentence(_ r: inout SeededRandom, words count: ClosedRange<Int> = 5...12) -> String {
        var out = (0..<r.int(count)).map { _ in r.pick(words) }
        // A sentence starts with a capital letter (the importer splits indicator cells there).
        out[0] = r.pick(words.filter { $0.first!.isLetter })
        out[0] = out[0].prefix(1).uppercased() + out[0].dropFirst()
        return out.joined(separator: " ") + "."
    }

    static func text(_ r: inout SeededRandom, sentences: ClosedRange<Int> = 1...3) -> String {
        (0..<r.int(sentences)).map { _ in sentence(&r) }.joined(separator: " ")
    }

    static func title(_ r: inout SeededRandom) -> String {
        let t = (0..<r.int(2...5)).map { _ in r.pick(words) }.joined(separator: " ")
        return t.prefix(1).uppercased() + t.dropFirst()
    }
}

/// Column widths that fit `available` display columns (the width left for cell text once
/// borders and padding are taken off), taken from the widest columns first.
///
/// Each column is capped at one common width, the largest cap that fits, so narrow columns
/// keep their natural width and the wide ones share what is left. No column goes below its
/// header or 8 columns (or its natural width, if narrower) while that fits; failing that,
/// headers are cut too, down to 8; failing that — many columns on a narrow terminal — down
/// to 3 (two characters and `…`), because a table wrapped by the terminal is worse than a
/// cramped one. Only a table that does not fit even then is left wider than asked; the
/// expanded format is the answer to those.
///
/// Columns marked in `keeping` (dates, periods) keep their natural width in the first two
/// choices, so that the other columns are cut before them.
func fitColumnWidths(natural: [Int], headers: [Int], available: Int, keeping: [Bool] = []) -> [Int] {
    if natural.reduce(0, +) <= available { return natural }
    func kept(_ floors: [Int]) -> [Int] {
        floors.indices.map { $0 < keeping.count && keeping[$0] ? natural[$0] : floors[$0] }
    }
    let floorChoices = [
        kept(zip(natural, headers).map { natural, header in min(natural, max(8, header)) }),
        kept(natural.map { min($0, 8) }),
        zip(natural, headers).map { natural, header in min(natural, max(8, header)) },
        natural.map { min($0, 8) },
        natural.map { min($0, 3) },
    ]
    let floors = floorChoices.first { $0.reduce(0, +) <= available } ?? floorChoices.last!
    return capWidest(natural: natural, floors: floors, available: available)
}

/// Widths `max(floor, min(natural, cap))` for the largest cap whose total fits, with the
/// columns left at the cap given one more each, left to right, while the total still fits.
private func capWidest(natural: [Int], floors: [Int], available: Int) -> [Int] {
    func widths(cap: Int) -> [Int] {
        zip(natural, floors).map { natural, floor in max(floor, min(natural, cap)) }
    }
    if floors.reduce(0, +) >= available { return floors }
    var low = 0  // fits: the floors alone fit
    var high = natural.max() ?? 0  // does not fit: that is the natural total
    while high - low > 1 {
        let middle = (low + high) / 2
        if widths(cap: middle).reduce(0, +) <= available { low = middle } else { high = middle }
    }
    var result = widths(cap: low)
    var slack = available - result.reduce(0, +)
    for index in result.indices where slack > 0 && natural[index] > low && result[index] == low {
        result[index] += 1
        slack -= 1
    }
    return result
}

/// A date or a period as the renderers receive them: `2024-01-15`, `2024 Q1`, `2023 Q1-Q2`,
/// `2024-01-01..2024-03-31` — four digits first, then only digits, `-`, `.`, spaces, Q and H.
func looksLikeDate(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count >= 4, bytes.count <= 32, bytes.prefix(4).allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
    return bytes.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x2E || $0 == 0x20 || $0 == 0x51 || $0 == 0x48 }
}

/// Cells of the transition-plan template's tables.
enum TransitionTable {
    /// The patterns, applied cell by cell and parsed once (see `CellText.Tags`).
    enum Patterns {
        nonisolated(unsafe) static let goalLabel = #/^(?:Strategische\s+doelstelling\s*(?:\(SD\))?|SD)\s*([0-9]+)\s*[:.–—-]\s*(.*)$/#.ignoresCase()
        nonisolated(unsafe) static let range = #/^([0-9]+)\s*[-–]\s*([0-9]+)$/#
        nonisolated(unsafe) static let grid = #/^([0-9]{4}\s+Q[0-9](-Q[0-9])?\s*)+$/#
    }

    /// "Strategische doelstelling (SD) 1: text", "SD 2: text", "SD4: text" → ("4", "text").
    static func goalLabel(_ cell: String) -> (number: String, text: String)? {
        guard let m = cell.trimmingCharacters(in: .whitespaces).firstMatch(of: Patterns.goalLabel) else { return nil }
        return (String(m.1), String(m.2))
    }

    /// An actor-category cell: "1,4,5,6", "1,4,5,6, 2,10", "1-11", "2-6" → sorted numbers, or
    /// nil with the part that could not be read.
    static func categories(_ cell: String) -> (numbers: [Int], unreadable: String?) {
        var numbers: Set<Int> = []
        for part in cell.split(whereSeparator: { $0 == "," || $0 == ";" }) {
            let p = part.trimmingCharacters(in: .whitespaces)
            if p.isEmpty { continue }
            if let m = p.firstMatch(of: Patterns.range), let a = Int(m.1), let b = Int(m.2), a <= b, b - a < 100 {
                numbers.formUnion(a...b)
            } else if let n = Int(p) {
                numbers.insert(n)
            } else {
                return (numbers.sorted(), p)
            }
        }
        return (numbers.sorted(), nil)
    }

    /// A timeline grid cell ("2023 Q1-Q2 …") or the grid's table: not content.
    static func isGrid(_ cell: String) -> Bool {
        let t = cell.trimmingCharacters(in: .whitespaces)
        return t.isEmpty || t.contains(Patterns.grid)
    }

    /// The category footnote: "(1) Lokale structuren: ELZ (…), Logo Oost-Brabant; (2) GGZ: …".
    static func footnoteCategories(_ text: String) -> [(number: Int, name: String, text: String)] {
        var out: [(Int, String, String)] = []
        let matches = text.matches(of: #/\(([0-9]+)\)\s*/#)
        for (i, m) in matches.enumerated() {
            let end = i + 1 < matches.count ? matches[i + 1].range.lowerBound : text.endIndex
            var body = String(text[m.range.upperBound..<end]).trimmingCharacters(in: .whitespaces)
            while let last = body.last, ";,.".contains(last) { body.removeLast() }
            let name = body.split(separator: ":", maxSplits: 1).first.map { String($0).trimmingCharacters(in: .whitespaces) } ?? body
            // A number too long for an Int is no category of the footnote.
            guard let number = Int(m.1) else { continue }
            out.append((number, name, body))
        }
        return out
    }
}

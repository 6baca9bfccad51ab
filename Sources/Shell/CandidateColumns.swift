import Diagnostics
import Rendering

/// Lays candidates out in columns below the line, filled down then across like `ls`.
enum CandidateColumns {
    /// At most this many rows; what does not fit is counted in a last line.
    static let maxRows = 20

    /// Lines of text (without line ends) for `items` on a terminal `width` columns wide.
    static func lines(_ items: [String], width: Int) -> [String] {
        guard !items.isEmpty else { return [] }
        let gap = 2
        let widest = items.map(displayWidth).max() ?? 0
        let columns = max(1, (max(width, 1) + gap) / (widest + gap))
        let shown = Array(items.prefix(maxRows * columns))
        let rows = (shown.count + columns - 1) / columns
        var out: [String] = []
        for row in 0..<rows {
            var line = ""
            for column in 0..<columns {
                let index = column * rows + row
                guard index < shown.count else { break }
                let item = shown[index]
                let isLast = column == columns - 1 || (column + 1) * rows + row >= shown.count
                line += isLast ? item : item + String(repeating: " ", count: widest + gap - displayWidth(item))
            }
            out.append(line)
        }
        if shown.count < items.count {
            out.append("… and \(items.count - shown.count) more; type more letters to narrow them down")
        }
        return out
    }
}

import PlanModel

/// `timeline QUERY` as SVG: a Gantt chart over months (quarters beyond two years), titles
/// wrapped in a column on the left, bars placed to the day. Own periods are solid, inherited
/// ones hatched, approximate ones dotted with a dashed outline, as `█ ▒ ░` in the terminal;
/// the three differ in texture, not only colour, so they survive greyscale.
public enum SVGTimeline {
    static let size = 16.0, line = 21.0, pad = 7.0, labelWidth = 470.0, margin = 20.0, headerHeight = 52.0

    public static func svg(_ timeline: TimelinePicture) -> String {
        var doc = SVGDocument()
        doc.defs = """
            <pattern id="inherited" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="#c9d9ea"/><line x1="0" y1="0" x2="0" y2="8" stroke="#2b4f75" stroke-width="3"/></pattern>
            <pattern id="approximate" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#ffffff"/><circle cx="3" cy="3" r="1.3" fill="#2b4f75"/></pattern>

            """
        guard let first = timeline.bars.map(\.start).min(), let last = timeline.bars.map(\.end).max() else {
            doc.text("(nothing with a period)", x: margin, y: margin + size, size: size)
            return doc.svg(width: 400, height: 60, title: timeline.title)
        }
        let columns = TimeColumns(first: first, last: last)
        // A short span gets wider columns (up to 120 px), so its bars stay readable on a slide.
        let columnWidth = max(columns.step == 3 ? 56.0 : 42.0, min(120, 720 / Double(columns.periods.count)))
        let left = margin + labelWidth + 10
        let width = left + Double(columns.periods.count) * columnWidth + margin
        var y = margin
        doc.text(timeline.title, x: margin, y: y + 22, size: 22, bold: true)
        y += 36
        drawHeader(&doc, columns, left: left, width: columnWidth, y: y)
        y += headerHeight
        let chars = SVGDocument.characters(fitting: labelWidth, size: size)
        var section: String?
        var gridTop = y
        for (i, bar) in timeline.bars.enumerated() {
            if bar.section != section {
                section = bar.section
                // Bold glyphs are wider than the average the wrapping assumes.
                for l in wrap(bar.section, width: SVGDocument.characters(fitting: (width - 2 * margin) * 0.85, size: size)) {
                    doc.text(l, x: margin, y: y + size + 4, size: size, fill: "#1b2f4a", bold: true)
                    y += line
                }
                y += 8
            }
            let labels = wrap(bar.node.id + "  " + bar.node.title, width: chars)
            let height = Double(labels.count) * line + 2 * pad
            if i % 2 == 0 { doc.rect(x: margin, y: y, width: width - 2 * margin, height: height, fill: "#f2f2f2", stroke: "none", radius: 0, strokeWidth: 0) }
            doc.open(id: bar.node.id, kind: bar.node.kind.rawValue)
            for (k, l) in labels.enumerated() { doc.text(l, x: margin + 6, y: y + pad + size + Double(k) * line, size: size) }
            let x0 = left + columns.offset(of: bar.start, fromStart: true) * columnWidth
            let x1 = left + columns.offset(of: bar.end, fromStart: false) * columnWidth
            let barHeight = min(height - 2 * pad, 26)
            drawBar(&doc, style: bar.style, x: x0, y: y + (height - barHeight) / 2, width: max(4, x1 - x0), height: barHeight)
            doc.close()
            y += height
        }
        for (i, _) in columns.periods.enumerated() where i > 0 && columns.startsYear(i) {
            let x = left + Double(i) * columnWidth
            doc.line([(x, gridTop - headerHeight), (x, y)], stroke: "#888888", width: 1)
        }
        gridTop = y + 16
        y = drawLegend(&doc, x: margin, y: gridTop)
        return doc.svg(width: width, height: y + margin, title: timeline.title)
    }

    static func drawHeader(_ doc: inout SVGDocument, _ columns: TimeColumns, left: Double, width: Double, y: Double) {
        for (i, p) in columns.periods.enumerated() {
            let x = left + Double(i) * width
            if columns.startsYear(i) || i == 0 {
                // A first column that is its year's only one gets the short form, or it would run into the next year.
                let short = i == 0 && !columns.startsYear(0) && columns.periods.count > 1 && columns.startsYear(1) && width < 50
                doc.text(short ? "’" + String(p.start.year % 100) : String(p.start.year), x: x + 4, y: y + 18, size: 16, bold: true)
            }
            let name = columns.step == 3 ? "Q\(p.start.quarter)" : months[p.start.month - 1]
            doc.text(name, x: x + width / 2, y: y + 42, size: 14, fill: "#333333", anchor: .middle)
        }
    }

    static let months = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]

    static func drawBar(_ doc: inout SVGDocument, style: PeriodStyle, x: Double, y: Double, width: Double, height: Double) {
        switch style {
        case .own: doc.rect(x: x, y: y, width: width, height: height, fill: "#1f4e79", stroke: "#10283f", radius: 3)
        case .inherited: doc.rect(x: x, y: y, width: width, height: height, fill: "url(#inherited)", stroke: "#2b4f75", radius: 3)
        case .approximate: doc.rect(x: x, y: y, width: width, height: height, fill: "url(#approximate)", stroke: "#2b4f75",
                                    dash: "6 4", radius: 3, strokeWidth: 2)
        }
    }

    static func drawLegend(_ doc: inout SVGDocument, x: Double, y: Double) -> Double {
        var at = x
        for (style, text) in [(PeriodStyle.own, "own period"), (.inherited, "inherited from its goal or plan"), (.approximate, "approximate")] {
            drawBar(&doc, style: style, x: at, y: y, width: 40, height: 20)
            doc.text(text, x: at + 48, y: y + 16, size: 15)
            at += 48 + Double(text.count) * 15 * SVGDocument.glyphWidth + 28
        }
        return y + 28
    }
}

/// The columns of a timeline: months, or quarters when the span is longer than two years
/// (as the terminal timeline does).
struct TimeColumns {
    let periods: [Period]
    let step: Int

    init(first: Day, last: Day) {
        let months = (last.year - first.year) * 12 + last.month - first.month + 1
        step = months > 24 ? 3 : 1
        var columns: [Period] = []
        var (y, m) = (first.year, step == 3 ? (first.month - 1) / 3 * 3 + 1 : first.month)
        while let p = Period.month(y, m), p.start <= last, columns.count < 400 {
            columns.append(Period(start: p.start, end: Period.month(y, m + step - 1)?.end ?? p.end))
            m += step
            if m > 12 { m -= 12; y += 1 }
        }
        periods = columns
    }

    func startsYear(_ i: Int) -> Bool { periods[i].start.month == 1 }

    /// Where a day falls, in columns from the first: its start, or (for an end) just after it.
    func offset(of day: Day, fromStart: Bool) -> Double {
        guard let i = periods.firstIndex(where: { $0.contains(day) }) else {
            return day < periods[0].start ? 0 : Double(periods.count)
        }
        let p = periods[i]
        let length = Double(p.end.ordinal - p.start.ordinal + 1)
        let into = Double(day.ordinal - p.start.ordinal + (fromStart ? 0 : 1))
        return Double(i) + into / length
    }
}

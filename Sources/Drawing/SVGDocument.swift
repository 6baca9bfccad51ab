/// A standalone SVG file being written: shapes and text appended in drawing order, then
/// wrapped in an `<svg>` element of the final size. Text stays text (searchable, selectable);
/// sizes are for a projector: 18 px titles on a drawing about 1000 px wide.
struct SVGDocument {
    static let font = "DejaVu Sans, Verdana, Arial, Helvetica, sans-serif"
    /// An average glyph of the font at size 1 is about this wide; wrapping uses it to keep
    /// text inside its box.
    static let glyphWidth = 0.6

    var body = ""
    var defs = ""

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String,
                       dash: String? = nil, radius: Double = 6, strokeWidth: Double = 1.5) {
        body += "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(width))\" height=\"\(n(height))\" rx=\"\(n(radius))\""
            + " fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"\(n(strokeWidth))\""
            + (dash.map { " stroke-dasharray=\"\($0)\"" } ?? "") + "/>\n"
    }

    mutating func line(_ points: [(Double, Double)], stroke: String = "#555555", width: Double = 1.5, arrow: Bool = false) {
        let d = points.enumerated().map { ($0.offset == 0 ? "M" : "L") + "\(n($0.element.0)) \(n($0.element.1))" }.joined(separator: " ")
        body += "<path d=\"\(d)\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"\(n(width))\""
            + (arrow ? " marker-end=\"url(#arrow)\"" : "") + "/>\n"
    }

    enum Anchor: String { case start, middle, end }

    mutating func text(_ content: String, x: Double, y: Double, size: Double, fill: String = "#111111",
                       bold: Bool = false, anchor: Anchor = .start, italic: Bool = false) {
        body += "<text x=\"\(n(x))\" y=\"\(n(y))\" font-size=\"\(n(size))\" fill=\"\(fill)\""
            + (bold ? " font-weight=\"bold\"" : "") + (italic ? " font-style=\"italic\"" : "")
            + (anchor == .start ? "" : " text-anchor=\"\(anchor.rawValue)\"") + ">\(xml(content))</text>\n"
    }

    /// Opens a group that the browser page and tests find by `data-id`.
    mutating func open(id: String, kind: String) {
        body += "<g class=\"node\" data-id=\"\(xml(id))\" data-kind=\"\(xml(kind))\">\n"
    }

    mutating func close() { body += "</g>\n" }

    /// Lines that fit `width` pixels of text at `size`.
    static func characters(fitting width: Double, size: Double) -> Int { max(8, Int(width / (size * glyphWidth))) }

    func svg(width: Double, height: Double, title: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="\(n(width))" height="\(n(height))" viewBox="0 0 \(n(width)) \(n(height))" font-family="\(Self.font)">
        <title>\(xml(title))</title>
        <defs>
        <marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="#555555"/></marker>
        \(defs)</defs>
        <rect width="100%" height="100%" fill="#ffffff"/>
        \(body)</svg>

        """
    }
}

/// A coordinate as SVG text: whole numbers without a fraction, others to one decimal, so the
/// same drawing always gives the same bytes.
func n(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
}

/// Text for XML content and attribute values: the five special characters escaped, and
/// characters XML 1.0 does not allow (control characters, lone surrogates cannot occur in a
/// Swift String) replaced by a space.
func xml(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default:
            let v = scalar.value
            let allowed = v == 0x9 || v == 0xA || v == 0xD || (v >= 0x20 && v != 0x7F && v != 0xFFFE && v != 0xFFFF)
            out.unicodeScalars.append(allowed ? scalar : " ")
        }
    }
    return out
}

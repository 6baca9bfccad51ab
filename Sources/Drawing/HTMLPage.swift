import Mustache

/// HTML pages written from the embedded Mustache templates (Templates/*.mustache).
public enum HTMLPage {
    static let library: MustacheLibrary = {
        var library = MustacheLibrary()
        // The templates are part of the source and tested; a parse error is a programming error.
        for (name, text) in [("node", EmbeddedTemplates.node), ("overview", EmbeddedTemplates.overview),
                             ("picture", EmbeddedTemplates.picture)] {
            try! library.register(text, named: name)
        }
        return library
    }()

    /// A picture (SVG) on a page of its own, for a browser or a slide tool that imports HTML.
    public static func picture(title: String, svg: String) -> String {
        render(["title": title, "svg": inlineSVG(svg)], "picture")
    }

    /// Mustache escapes `<`, `>`, `&` and quotes; control characters (a title may hold one),
    /// which HTML forbids in text, become spaces, as in the SVG pictures.
    static func render(_ object: Any, _ template: String) -> String {
        var page = String.UnicodeScalarView()
        for scalar in library.render(object, withTemplate: template)!.unicodeScalars {
            let v = scalar.value
            page.append((v < 0x20 && v != 0x9 && v != 0xA && v != 0xD) || (v >= 0x7F && v < 0xA0) ? " " : scalar)
        }
        return String(page) + "\n"
    }

    /// An SVG file's `<svg>` element, without the XML declaration and doctype that only a
    /// standalone file needs.
    static func inlineSVG(_ svg: String) -> String {
        guard let start = svg.range(of: "<svg") else { return svg }
        return String(svg[start.lowerBound...]).trimmingTrailingNewlines
    }
}

extension String {
    var trimmingTrailingNewlines: String {
        var s = self
        while s.last?.isNewline == true { s.removeLast() }
        return s
    }
}

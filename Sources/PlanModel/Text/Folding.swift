#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Case- and accent-insensitive matching keys: `Geïntegreerde` and `geintegreerde` fold to
/// the same key. Written without Foundation so that the one-shot command starts fast.
public enum Folding {
    public static func key(_ text: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if (0x300...0x36F).contains(v) { continue }          // combining accents
            if isInvisible(v) { continue }
            if v < 0x80 {
                out.append(v >= 65 && v <= 90 ? Unicode.Scalar(v + 32)! : scalar)
            } else if let base = latin[v] {
                out.append(contentsOf: base.unicodeScalars)
            } else {
                out.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            }
        }
        return String(out)
    }

    /// Characters that show nothing — zero-width space, joiners, word joiner, soft hyphen,
    /// BOM, direction marks and embeddings — are left out of keys: "Z\u{200B}W" would
    /// otherwise be a second actor that looks exactly like "ZW".
    static func isInvisible(_ v: UInt32) -> Bool {
        switch v {
        case 0xAD, 0x34F, 0x61C, 0x180E, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x206F, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// `text` with the characters keys leave out spelled as Swift writes them (`Z\u{200B}W`),
    /// for messages about names that look alike.
    public static func showingInvisible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isInvisible($0.value) }) else { return text }
        return text.unicodeScalars.map { s in
            isInvisible(s.value) ? "\\u{" + String(s.value, radix: 16, uppercase: true) + "}" : String(s)
        }.joined()
    }

    /// Whether `needle` occurs in `haystack`, both compared by their folded keys.
    public static func contains(_ haystack: some StringProtocol, _ needle: some StringProtocol) -> Bool {
        let n = key(needle)
        return n.isEmpty || key(haystack).contains(n)
    }

    /// Whether folded `key` contains folded `needle`, compared as UTF-8 bytes (both are
    /// already folded, so no Unicode-aware comparison is needed).
    public static func containsKey(_ key: String, _ needle: String) -> Bool {
        var k = key, n = needle
        return k.withUTF8 { hay in
            n.withUTF8 { pin in
                guard pin.count > 0 else { return true }
                guard pin.count <= hay.count else { return false }
                // The C library finds each place the first byte occurs and compares the rest:
                // no test of every byte here (dear in a fuzzing build, where each calls a hook).
                let h = hay.baseAddress!, p = pin.baseAddress!
                var i = 0
                let last = hay.count - pin.count
                while i <= last, let found = memchr(h + i, Int32(pin[0]), last - i + 1) {
                    let at = h.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(h + at + 1, p + 1, pin.count - 1) == 0 { return true }
                    i = at + 1
                }
                return false
            }
        }
    }

    /// Latin-1 Supplement and Latin Extended-A letters with diacritics, mapped to their base;
    /// and the typographic quotes and no-break spaces of text pasted from Word, mapped to the
    /// ASCII a user types: `ELZ's` finds the title written `ELZ’s`.
    private static let latin: [UInt32: String] = {
        let table: [(String, String)] = [
            ("ÀÁÂÃÄÅàáâãäåĀāĂăĄą", "a"), ("ÇçĆćĈĉĊċČč", "c"), ("ĎďĐđÐð", "d"),
            ("ÈÉÊËèéêëĒēĔĕĖėĘęĚě", "e"), ("ĜĝĞğĠġĢģ", "g"), ("ĤĥĦħ", "h"),
            ("ÌÍÎÏìíîïĨĩĪīĬĭĮįİı", "i"), ("Ĵĵ", "j"), ("Ķķ", "k"), ("ĹĺĻļĽľĿŀŁł", "l"),
            ("ÑñŃńŅņŇň", "n"), ("ÒÓÔÕÖØòóôõöøŌōŎŏŐő", "o"), ("ŔŕŖŗŘř", "r"),
            ("ŚśŜŝŞşŠš", "s"), ("ŢţŤťŦŧ", "t"), ("ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų", "u"),
            ("Ŵŵ", "w"), ("ÝýÿŶŷŸ", "y"), ("ŹźŻżŽž", "z"), ("Ææ", "ae"), ("Œœ", "oe"), ("ß", "ss"),
            ("\u{2018}\u{2019}\u{201A}\u{201B}", "'"), ("\u{201C}\u{201D}\u{201E}\u{201F}", "\""),
            ("\u{A0}\u{202F}", " "),
        ]
        var map: [UInt32: String] = [:]
        for (letters, base) in table { for s in letters.unicodeScalars { map[s.value] = base } }
        return map
    }()
}

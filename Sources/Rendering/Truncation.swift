import Diagnostics

/// `s` cut to at most `width` display columns, ending in `…` when anything was cut.
///
/// The result may be a column narrower than `width` when a wide character would straddle
/// the edge; pad it. Escape sequences are kept, and a reset is added after a cut one so a
/// color cannot leak past the end.
public func truncate(_ s: String, toWidth width: Int) -> String {
    guard width > 0 else { return "" }
    if displayWidth(s) <= width { return s }
    return cut(s, toWidth: width).text
}

/// `s`, known to be wider than `width` (at least 1), cut to end in `…`; with the width it
/// has then, so callers padding it need not measure it again.
func cut(_ s: String, toWidth width: Int) -> (text: String, width: Int) {
    let budget = width - 1  // one column for the ellipsis
    var result = ""
    var used = 0
    var styled = false
    var escape = EscapeSequenceSkipper()
    for character in s {
        if escape.skips(character) {
            result.append(character)
            styled = true
            continue
        }
        let columns = columns(of: character)
        if used + columns > budget { break }
        result.append(character)
        used += columns
    }
    result.append("…")
    if styled { result += TerminalStyle.reset }
    return (result, used + 1)
}

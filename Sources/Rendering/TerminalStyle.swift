import Diagnostics

/// The few ANSI SGR styles the renderers use. `displayWidth` skips these sequences,
/// so styled text measures the same as plain text.
enum TerminalStyle {
    static let reset = "\u{1B}[0m"

    static func bold(_ text: String) -> String { "\u{1B}[1m" + text + reset }
    static func dim(_ text: String) -> String { "\u{1B}[2m" + text + reset }

    /// How a null shows when color is on: a dim word, so it cannot be mistaken for empty text.
    /// Without color a null is simply empty.
}

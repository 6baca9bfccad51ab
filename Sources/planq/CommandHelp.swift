#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `--help` and the usage line, laid out as swift-argument-parser laid them out for planq
/// (an overview, the usage, then each argument and option with its help in a column from
/// the 27th character, wrapped to the terminal's width, or 80 columns off a terminal).
struct CommandHelp {
    let syntax: CommandSyntax

    static let labelColumn = 26

    /// `planq [<plans> ...] [-e <query> ...] … [--check]`: every option in declared order.
    var usage: String {
        var parts = [syntax.name]
        let positional = "<\(syntax.positional.name)> ..."
        parts.append(syntax.positional.required ? positional : "[\(positional)]")
        for option in syntax.options {
            var part = option.displayName
            if let value = option.valueName { part += " <\(value)>" }
            if option.repeatable { part += " ..." }
            parts.append("[\(part)]")
        }
        return parts.joined(separator: " ")
    }

    func text(width: Int) -> String {
        var text = "OVERVIEW: \(syntax.abstract)\n\n\(syntax.discussion)".wrapped(to: width) + "\n\n"
        text += "USAGE: \(usage)\n\n"
        text += "ARGUMENTS:\n" + element("<\(syntax.positional.name)>", syntax.positional.help, width: width)
        text += "\nOPTIONS:\n"
        for option in syntax.options + [CommandSyntax.helpOption] {
            text += element(label(option), help(option), width: width)
        }
        return text
    }

    func label(_ option: CommandSyntax.Option) -> String {
        let names = [option.short.map { "-\($0)" }, option.long.map { "--\($0)" }].compactMap { $0 }.joined(separator: ", ")
        return option.valueName.map { names + " <\($0)>" } ?? names
    }

    func help(_ option: CommandSyntax.Option) -> String {
        var notes: [String] = []
        if !option.choices.isEmpty { notes.append("values: " + option.choices.joined(separator: ", ")) }
        if let value = option.defaultValue { notes.append("default: " + value) }
        return notes.isEmpty ? option.help : option.help + " (" + notes.joined(separator: "; ") + ")"
    }

    /// One argument or option: its label, then its help from the label column on (on the
    /// next line when the label reaches that column).
    func element(_ label: String, _ help: String, width: Int) -> String {
        let padded = "  " + label
        let wrapped = help.wrapped(to: width, indent: Self.labelColumn)
        if padded.count < Self.labelColumn { return padded + wrapped.dropFirst(padded.count) + "\n" }
        return padded + "\n" + wrapped + "\n"
    }

    /// The width to wrap help to: `$COLUMNS`, else the terminal's, else 80.
    static var screenWidth: Int {
        if let columns = getenv("COLUMNS").flatMap({ Int(String(cString: $0)) }), columns > 0 { return columns }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}

extension String {
    /// Lines of at most `width` characters broken at spaces (a word longer than a line is
    /// left whole), each but empty ones indented by `indent`; line breaks in the text are kept.
    func wrapped(to width: Int, indent: Int = 0) -> String {
        let columns = width - indent
        guard columns > 0 else { return self }
        var lines: [Substring] = []
        var current = startIndex
        while true {
            let chunk = self[current...].prefix(columns)
            if let lineBreak = chunk.lastIndex(of: "\n") {
                lines += self[current..<lineBreak].split(separator: "\n", omittingEmptySubsequences: false)
                current = index(after: lineBreak)
            } else if chunk.endIndex == endIndex {
                lines.append(self[current...])
                break
            } else if let space = chunk.lastIndex(of: " ") {
                lines.append(self[current..<space])
                current = index(after: space)
            } else if let space = self[current...].firstIndex(of: " ") {
                lines.append(self[current..<space])
                current = index(after: space)
            } else {
                lines.append(self[current...])
                break
            }
        }
        let margin = String(repeating: " ", count: indent)
        return lines.map { $0.isEmpty ? "" : margin + $0 }.joined(separator: "\n")
    }
}

/// A command line planq cannot run: exit status 64, with the message, the option's help when
/// the error is about one option, and the usage line.
struct UsageError: Error {
    static let status: Int32 = 64

    let message: String
    let syntax: CommandSyntax
    /// The option the error is about, and the name it was written with.
    var option: (CommandSyntax.Option, String)?
    /// A missing argument: the whole help follows, since the user may not know the command.
    var showsHelp = false

    init(_ message: String, option: CommandSyntax.Option? = nil, named name: String = "", syntax: CommandSyntax,
         showsHelp: Bool = false) {
        self.message = message
        self.syntax = syntax
        self.option = option.map { ($0, name) }
        self.showsHelp = showsHelp
    }

    /// The text written to standard error.
    func text(width: Int) -> String {
        var text = "Error: \(message)\n"
        if showsHelp { return text + "\n" + CommandHelp(syntax: syntax).text(width: width) + "\n" }
        if let (option, name) = option {
            text += "Help:  \(name) <\(option.valueName ?? "")>  \(option.help)\n"
        }
        text += "Usage: \(CommandHelp(syntax: syntax).usage)\n"
        text += "  See '\(syntax.name) --help' for more information.\n"
        return text
    }
}

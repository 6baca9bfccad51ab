/// What a command accepts: its positional arguments and options, with the help text of each.
/// The one description `CommandLineParser` parses by, `CommandHelp` prints, and
/// `CompletionScript` completes from, so that none of them can disagree.
struct CommandSyntax {
    /// The name as typed, `planq` or `planq import`.
    let name: String
    let abstract: String
    /// Paragraphs printed under the abstract (line breaks kept).
    let discussion: String
    let positional: Positional
    let options: [Option]

    struct Positional {
        /// Shown as `<name>`.
        let name: String
        let help: String
        /// At least one must be given (`planq import`); planq's plans may be left out.
        let required: Bool
        /// What a shell should complete it with.
        let completion: Completion
    }

    struct Option {
        let short: Character?
        let long: String?
        /// Shown as `<value>`; nil for a flag, which takes no value.
        let valueName: String?
        let help: String
        /// Given more than once, every value is kept; otherwise the last wins.
        var repeatable = false
        /// The values the option allows (listed in help and in the error for another).
        var choices: [String] = []
        var defaultValue: String?
        var completion: Completion = .none

        var isFlag: Bool { valueName == nil }

        /// The longest name: `--format`, or `-e` for an option with only a short name.
        var displayName: String { long.map { "--" + $0 } ?? short.map { "-" + String($0) } ?? "" }
    }

    enum Completion {
        case none
        case files
        case choices
    }

    /// `-h, --help`, which every command takes.
    static let helpOption = Option(short: "h", long: "help", valueName: nil, help: "Show help information.")

    func option(long name: String) -> Option? { options.first { $0.long == name } }
    func option(short name: Character) -> Option? { options.first { $0.short == name } }
}

/// The arguments of one command, sorted by `CommandSyntax`: each option's values (a flag's
/// once for each time it is given), and the positional arguments. Kept in lists, not
/// dictionaries: the first use of a hashed collection type costs run-time conformance
/// lookups (with the files in use kept so too, about 0.03 ms of a one-shot, by perf).
struct ParsedArguments {
    let options: [CommandSyntax.Option]
    var given: [[String]]
    var positionals: [String] = []

    init(options: [CommandSyntax.Option]) {
        self.options = options
        given = Array(repeating: [], count: options.count)
    }

    func values(_ option: CommandSyntax.Option) -> [String] {
        options.firstIndex { $0.displayName == option.displayName }.map { given[$0] } ?? []
    }
    func value(_ option: CommandSyntax.Option) -> String? { values(option).last ?? option.defaultValue }
    func flag(_ option: CommandSyntax.Option) -> Bool { !values(option).isEmpty }

    mutating func add(_ value: String, to option: CommandSyntax.Option) {
        guard let index = options.firstIndex(where: { $0.displayName == option.displayName }) else { return }
        if option.repeatable || option.isFlag { given[index].append(value) } else { given[index] = [value] }
    }
}

/// What a command line asks for: to run, or to print help or a completion script.
enum CommandRequest {
    case run(ParsedArguments)
    case help
    case completionScript(CompletionScript.Shell)
}

/// Parses arguments the way swift-argument-parser did for planq (its messages and choices,
/// which scripts and users have met), without its start-up cost: `--name value`,
/// `--name=value`, `-x value`, `-x=value`; `--` ends the options; `-h`/`--help` anywhere wins
/// over an unknown option, not over a value that is wrong.
struct CommandLineParser {
    let syntax: CommandSyntax

    func parse(_ arguments: [String]) throws(UsageError) -> CommandRequest {
        var parsed = ParsedArguments(options: syntax.options)
        var unknown: UsageError?
        var helpAsked = false
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                parsed.positionals += arguments[index...]
                break
            }
            guard argument.hasPrefix("-"), argument.count > 1 else {
                parsed.positionals.append(argument)
                continue
            }
            let (written, attached) = Self.split(argument)
            if written == "--completion-script" {
                guard let name = attached ?? (index < arguments.count ? arguments[index] : nil) else {
                    throw UsageError("Missing value for '--completion-script <shell>'", syntax: syntax)
                }
                guard let shell = CompletionScript.Shell(rawValue: name) else {
                    throw UsageError("The value '\(name)' is invalid for '--completion-script <shell>'. Please provide one of the following:\n"
                                     + CompletionScript.Shell.allCases.map { "  - \($0.rawValue)" }.joined(separator: "\n"), syntax: syntax)
                }
                return .completionScript(shell)
            }
            guard let (option, name) = find(written) else {
                if written == "--help" || written == "-h" || (!written.hasPrefix("--") && written.dropFirst().first == "h") {
                    helpAsked = true
                } else if unknown == nil {
                    unknown = unknownOption(written)
                }
                continue
            }
            if option.isFlag {
                if let attached, !attached.isEmpty {
                    throw UsageError("The option '\(name)' does not take any value, but '\(attached)' was specified.", syntax: syntax)
                }
                parsed.add("", to: option)
                continue
            }
            var value = attached
            if value == nil, index < arguments.count, !(arguments[index].hasPrefix("-") && arguments[index].count > 1) {
                value = arguments[index]
                index += 1
            }
            guard let value, !(attached != nil && value.isEmpty) else {
                throw UsageError("Missing value for '\(name) <\(option.valueName!)>'", option: option, named: name, syntax: syntax)
            }
            if !option.choices.isEmpty && !option.choices.contains(value) {
                throw UsageError("The value '\(value)' is invalid for '\(name) <\(option.valueName!)>'. Please provide one of the following:\n"
                                 + option.choices.map { "  - \($0)" }.joined(separator: "\n"), option: option, named: name, syntax: syntax)
            }
            parsed.add(value, to: option)
        }
        if helpAsked { return .help }
        if let unknown { throw unknown }
        if syntax.positional.required && parsed.positionals.isEmpty {
            throw UsageError("Missing expected argument '<\(syntax.positional.name)> ...'", syntax: syntax, showsHelp: true)
        }
        return .run(parsed)
    }

    /// `--name=value` → (`--name`, `value`); `-x=value` likewise.
    static func split(_ argument: String) -> (String, String?) {
        guard let equals = argument.firstIndex(of: "=") else { return (argument, nil) }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }

    /// The option a written name means, with the name as written (for messages).
    func find(_ written: String) -> (CommandSyntax.Option, String)? {
        if written.hasPrefix("--") {
            return syntax.option(long: String(written.dropFirst(2))).map { ($0, written) }
        }
        guard written.count == 2, let letter = written.last, let option = syntax.option(short: letter) else { return nil }
        return (option, written)
    }

    /// The error for an option nobody declared, naming the closest long option (as
    /// ArgumentParser did: fewer than four edits away).
    func unknownOption(_ written: String) -> UsageError {
        if !written.hasPrefix("--") && written.count > 2 {
            // `-ex`: a short option with its value run on, which needs a space or `=`.
            let letters = Array(written.dropFirst())
            if let option = syntax.option(short: letters[0]), !option.isFlag {
                return UsageError("Unknown option '\(written)'\n   or: Missing value for '-\(letters[0]) <\(option.valueName!)>' in '\(written)'",
                                  syntax: syntax)
            }
            if letters.contains(where: { syntax.option(short: $0) != nil }),
               let first = letters.first(where: { syntax.option(short: $0) == nil }) {
                return UsageError("Unknown option '-\(first)'", syntax: syntax)
            }
        }
        let candidates = syntax.options.compactMap { $0.long.map { "--" + $0 } }
            .map { ($0, editDistance($0, written)) }
            .filter { $0.1 < 4 }
        if let nearest = candidates.min(by: { $0.1 < $1.1 }) {
            return UsageError("Unknown option '\(written)'. Did you mean '\(nearest.0)'?", syntax: syntax)
        }
        return UsageError("Unknown option '\(written)'", syntax: syntax)
    }
}

/// Levenshtein distance between two strings, in characters.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}

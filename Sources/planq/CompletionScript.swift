/// `planq --completion-script bash|zsh|fish`: a script that completes planq's options, the
/// `--format` values, file names where a file is expected, and the `import` command's own
/// options after `planq import`. Made from the same `CommandSyntax` the parser parses with.
struct CompletionScript {
    enum Shell: String, CaseIterable {
        case bash, zsh, fish
    }

    let main: CommandSyntax
    /// `import`, which follows `planq` as its first argument.
    let sub: (word: String, syntax: CommandSyntax)

    func text(for shell: Shell) -> String {
        switch shell {
        case .bash: bash
        case .zsh: zsh
        case .fish: fish
        }
    }

    // MARK: bash

    var bash: String {
        func words(_ syntax: CommandSyntax) -> String {
            (syntax.options + [CommandSyntax.helpOption]).flatMap(names).joined(separator: " ")
        }
        func valueCases(_ syntax: CommandSyntax) -> String {
            syntax.options.filter { !$0.isFlag }.map { option in
                let pattern = names(option).joined(separator: "|")
                switch option.completion {
                case .choices: return "        \(pattern)) COMPREPLY=($(compgen -W '\(option.choices.joined(separator: " "))' -- \"$cur\")); return ;;\n"
                case .files: return "        \(pattern)) COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n"
                case .none: return "        \(pattern)) return ;;\n"
                }
            }.joined()
        }
        return """
            # bash completion for planq: source it, or save it in /etc/bash_completion.d/planq
            _planq() {
                local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"
                if [[ ${COMP_WORDS[1]} == \(sub.word) && $COMP_CWORD -gt 1 ]]; then
                    case "$prev" in
            \(valueCases(sub.syntax))        esac
                    if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W '\(words(sub.syntax))' -- "$cur")); return; fi
                    COMPREPLY=($(compgen -f -- "$cur")); return
                fi
                case "$prev" in
            \(valueCases(main))    esac
                if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W '\(words(main))' -- "$cur")); return; fi
                COMPREPLY=($(compgen -f -- "$cur"))
                if [[ $COMP_CWORD -eq 1 ]]; then COMPREPLY+=($(compgen -W '\(sub.word)' -- "$cur")); fi
            }
            complete -o filenames -F _planq planq

            """
    }

    // MARK: zsh

    var zsh: String {
        func specs(_ syntax: CommandSyntax, indent: String) -> String {
            (syntax.options + [CommandSyntax.helpOption]).map { option in
                let description = "[\(zshQuoted(option.help))]"
                let value: String
                switch (option.valueName, option.completion) {
                case (nil, _): value = ""
                case (let name?, .choices): value = ":\(name):(\(option.choices.joined(separator: " ")))"
                case (let name?, .files): value = ":\(name):_files"
                case (let name?, .none): value = ":\(name): "
                }
                let repeats = option.repeatable ? "*" : ""
                let names = names(option)
                let spec = names.count > 1
                    ? "(\(names.joined(separator: " ")))'{\(names.joined(separator: ","))}'\(description)\(value)"
                    : "\(repeats)\(names[0])\(description)\(value)"
                return indent + "'\(spec)' \\\n"
            }.joined()
        }
        return """
            #compdef planq
            # zsh completion for planq: save it as _planq in a folder of $fpath, or source it after compinit
            _planq() {
                if (( CURRENT > 2 )) && [[ ${words[2]} == \(sub.word) ]]; then
                    _arguments -s \\
            \(specs(sub.syntax, indent: "            "))            '*:\(sub.syntax.positional.name):_files'
                    return
                fi
                _arguments -s \\
            \(specs(main, indent: "        "))        '1: :{_alternative "commands:command:(\(sub.word))" "files:\(main.positional.name):_files"}' \\
                    '*:\(main.positional.name):_files'
            }
            if [[ ${zsh_eval_context[-1]} == loadautofunc ]]; then _planq "$@"; else compdef _planq planq; fi

            """
    }

    func zshQuoted(_ text: String) -> String {
        text.replacingAll("'", with: "'\\''").replacingAll("[", with: "\\[").replacingAll("]", with: "\\]")
    }

    // MARK: fish

    var fish: String {
        func lines(_ syntax: CommandSyntax, when condition: String) -> String {
            (syntax.options + [CommandSyntax.helpOption]).map { option in
                var line = "complete -c planq -n '\(condition)'"
                if let short = option.short { line += " -s \(short)" }
                if let long = option.long { line += " -l \(long)" }
                switch (option.isFlag, option.completion) {
                case (true, _): break
                case (false, .choices): line += " -x -a '\(option.choices.joined(separator: " "))'"
                case (false, .files): line += " -r -F"
                case (false, .none): line += " -x"
                }
                return line + " -d '\(fishQuoted(option.help))'\n"
            }.joined()
        }
        let inSub = "__fish_seen_subcommand_from \(sub.word)"
        return """
            # fish completion for planq: source it, or save it as ~/.config/fish/completions/planq.fish
            complete -c planq -n '__fish_use_subcommand' -a \(sub.word) -d '\(fishQuoted(sub.syntax.abstract))'
            \(lines(main, when: "not \(inSub)"))\(lines(sub.syntax, when: inSub))
            """
    }

    func fishQuoted(_ text: String) -> String {
        text.replacingAll("\\", with: "\\\\").replacingAll("'", with: "\\'")
    }

    /// The names an option is written with: `-o`, `--output`.
    func names(_ option: CommandSyntax.Option) -> [String] {
        [option.short.map { "-\($0)" }, option.long.map { "--\($0)" }].compactMap { $0 }
    }
}

extension String {
    /// Every `target` replaced (FoundationEssentials has no `replacingOccurrences`).
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}

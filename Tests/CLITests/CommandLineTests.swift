import Foundation
import XCTest

/// planq's own command-line parser: the help and the usage errors swift-argument-parser wrote
/// (recorded from it in Fixtures/command-line-usage.json, `--no-cache` included), exit 64, and
/// the shell completion scripts, run in each shell.
final class CommandLineTests: XCTestCase {
    struct Case: Decodable {
        let arguments: [String]
        let status: Int32
        let stdout: String
        let stderr: String
    }

    func testHelpAndUsageErrorsAreThoseArgumentParserWrote() throws {
        let url = PlanqProcess.repo.appendingPathComponent("Tests/CLITests/Fixtures/command-line-usage.json")
        let cases = try JSONDecoder().decode([Case].self, from: Data(contentsOf: url))
        XCTAssertGreaterThan(cases.count, 15)
        for c in cases {
            let r = try PlanqProcess.run(c.arguments)
            XCTAssertEqual(r.status, c.status, "\(c.arguments)")
            XCTAssertEqual(r.stdout, c.stdout, "\(c.arguments)")
            XCTAssertEqual(r.stderr, c.stderr, "\(c.arguments)")
        }
    }

    /// Cases ArgumentParser answered that the recording does not show: a repeated option keeps
    /// its last value, `=` attaches a value to a short option, `--` ends the options.
    func testValuesAreTakenAsArgumentParserTookThem() throws {
        let last = try PlanqProcess.run(["--format", "json", "--format", "csv", "-e", "count goals of elz"])
        XCTAssertEqual(last.stdout, "count\r\n11\r\n", last.stderr)
        let attached = try PlanqProcess.run(["--format=csv", "-e=count goals of elz"])
        XCTAssertEqual(attached.stdout, "count\r\n11\r\n", attached.stderr)
        let repeated = try PlanqProcess.run(["--format", "csv", "-e", "count goals of elz", "-e", "count goals of zzl"])
        XCTAssertEqual(repeated.stdout, "count\r\n11\r\ncount\r\n8\r\n", repeated.stderr)
        let dashes = try PlanqProcess.run(["-e", "count goals", "--", "--format"])
        XCTAssertEqual(dashes.status, 74)
        XCTAssertEqual(dashes.stderr, "--format: error: no such file or folder\n")
        let helpWins = try PlanqProcess.run(["--frobnicate", "-h"])
        XCTAssertEqual(helpWins.status, 0)
        XCTAssertTrue(helpWins.stdout.hasPrefix("OVERVIEW: Query strategic and action plans."), helpWins.stdout)
    }

    func testNoCacheIsAcceptedAndChangesNoAnswer() throws {
        let plain = try PlanqProcess.run(["-e", "activities of elz", "--format", "csv"])
        let noCache = try PlanqProcess.run(["--no-cache", "-e", "activities of elz", "--format", "csv"])
        XCTAssertEqual(noCache.status, 0, noCache.stderr)
        XCTAssertEqual(noCache.stdout, plain.stdout)
        XCTAssertTrue(plain.stdout.hasPrefix("id,kind,plan,title\r\nelz.A1.1,"), plain.stdout)
    }

    func testCompletionScriptForAnUnknownShellIsAUsageError() throws {
        let r = try PlanqProcess.run(["--completion-script", "tcsh"])
        XCTAssertEqual(r.status, 64)
        XCTAssertTrue(r.stderr.hasPrefix("Error: The value 'tcsh' is invalid for '--completion-script <shell>'. Please provide one of the following:\n  - bash\n  - zsh\n  - fish\n"), r.stderr)
    }

    // MARK: Completion scripts, run in their shells

    /// What bash's completion function offers for each command line (the cursor at its end).
    func testBashCompletes() throws {
        let lines = ["planq --fo", "planq --format ", "planq --format c", "planq im", "planq import --", "planq import -o Exa",
                     "planq -f Examples/que", "planq -e ", "planq --keep-going --che"]
        let script = try shellScript("bash", """
            source <("$PLANQ" --completion-script bash)
            for line in \(lines.map { "'\($0)'" }.joined(separator: " ")); do
                read -ra COMP_WORDS <<< "$line"
                [[ $line == *' ' ]] && COMP_WORDS+=('')
                COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
                COMPREPLY=()
                _planq
                echo "$line => ${COMPREPLY[*]}"
            done
            """)
        XCTAssertEqual(script.stdout, """
            planq --fo => --format
            planq --format  => table json csv markdown expanded svg dot mermaid html
            planq --format c => csv
            planq im => import
            planq import -- => --output --actors --check --help
            planq import -o Exa => Examples
            planq -f Examples/que => Examples/queries
            planq -e  => \("")
            planq --keep-going --che => --check

            """, script.stderr)
    }

    func testFishCompletes() throws {
        let script = try shellScript("fish", """
            "$PLANQ" --completion-script fish | source
            for line in 'planq --fo' 'planq --format m' 'planq im' 'planq import --ac' 'planq import --fo'
                echo "$line =>" (complete -C "$line" | string replace -r '\\t.*' '')
            end
            """)
        XCTAssertEqual(script.stdout, """
            planq --fo => --format
            planq --format m => markdown mermaid
            planq im => import
            planq import --ac => --actors
            planq import --fo =>

            """, script.stderr)
    }

    /// zsh completes only inside its line editor; the test checks that the script parses, that
    /// sourcing it after compinit registers `_planq` for planq, and that it names every option.
    func testZshScriptRegistersItselfAndNamesEveryOption() throws {
        let script = try shellScript("zsh", """
            autoload -U compinit && compinit -u -D
            source <("$PLANQ" --completion-script zsh)
            echo $_comps[planq]
            """, options: "-f")
        XCTAssertEqual(script.stdout, "_planq\n", script.stderr)
        let text = try PlanqProcess.run(["--completion-script", "zsh"]).stdout
        for option in try optionsInHelp(["--help"]) + optionsInHelp(["import", "--help"]) {
            XCTAssertTrue(text.contains(option), "zsh script lacks \(option)")
        }
        XCTAssertTrue(text.contains("(table json csv markdown expanded svg dot mermaid html)"), text)
    }

    /// Every option `--help` lists (`-o`, `--output`, `--format`, …).
    func optionsInHelp(_ arguments: [String]) throws -> [String] {
        let help = try PlanqProcess.run(arguments).stdout
        let options = help.components(separatedBy: "OPTIONS:\n")[1]
        return options.split(separator: "\n").flatMap { line in
            line.split(separator: " ").map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: ",")) }
                .filter { $0.hasPrefix("-") }.prefix(2)
        }
    }

    /// Runs `body` in `shell` with $PLANQ set to the built planq, from the repository.
    func shellScript(_ shell: String, _ body: String, options: String = "") throws -> PlanqProcess.Result {
        let which = try PlanqProcess.runShell("command -v \(shell)")
        guard which.status == 0 else {
            XCTFail("\(shell) is not installed: run scripts/ensure-deps --dev")
            return which
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("planq-completion-\(UUID().uuidString)")
        try body.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        return try PlanqProcess.runShell("\(shell) \(options) '\(file.path)'")
    }
}

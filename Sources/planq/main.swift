#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Thin wiring: parse the command line, hand over to the right mode, and end the process with
// its status at once — the plan graph and everything else is left to the system to free,
// which takes it back faster than deinitialisers would.
let arguments = Array(CommandLine.arguments.dropFirst())
let importing = arguments.first == "import"
let syntax = importing ? ImportCommand.syntax : PlanqCommand.syntax
let streams = StandardStreams.shared

/// Writes out what is buffered and ends the process: with `status`, or 74 when standard output
/// could not be written (said on standard error, once).
func finish(_ status: Int32) -> Never {
    let failedBefore = streams.failed
    streams.flush()
    if streams.failed && !failedBefore { streams.reportFailure() }
    exit(streams.failed && status == 0 ? ExitStatus.ioError : status)
}

do throws(UsageError) {
    switch try CommandLineParser(syntax: syntax).parse(importing ? Array(arguments.dropFirst()) : arguments) {
    case .help:
        streams.output(CommandHelp(syntax: syntax).text(width: CommandHelp.screenWidth) + "\n")
        finish(0)
    case .completionScript(let shell):
        streams.output(CompletionScript(main: PlanqCommand.syntax, sub: ("import", ImportCommand.syntax)).text(for: shell))
        finish(0)
    case .run(let parsed):
        finish(importing ? try ImportCommand(parsed).run() : PlanqCommand(parsed).run())
    }
} catch {
    streams.flush()
    streams.error(error.text(width: CommandHelp.screenWidth), addingNewline: false)
    finish(UsageError.status)
}

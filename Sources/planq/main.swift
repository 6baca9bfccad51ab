// Thin wiring: parse the command line, load plans, hand over to the right mode.
if CommandLine.arguments.count > 1 && CommandLine.arguments[1] == "import" {
    ImportCommand.main(Array(CommandLine.arguments.dropFirst(2)))
} else {
    PlanqCommand.main()
}

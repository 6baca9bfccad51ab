// Thin wiring: parse the command line, load plans, hand over to the right mode.
PlanqCommand.main()

import ArgumentParser
import Diagnostics
import PlanFiles
import PlanGraph

/// `planq [PLAN_FILE_OR_FOLDER ...] [--check]`
struct PlanqCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "planq",
        abstract: "Query strategic and action plans.",
        discussion: "With no plan files or folders, planq loads the bundled example plans (Examples/plans)."
    )

    @Argument(help: "Plan files or folders of plan files (*.yaml).")
    var plans: [String] = []

    @Flag(name: .long, help: "Validate the plans and list every warning, then exit.")
    var check = false

    func run() throws {
        let paths = plans.isEmpty ? [ExamplePlans.folder] : plans
        let loaded: LoadedPlans
        switch PlanLoader.load(paths: paths) {
        case .success(let result): loaded = result
        case .failure(let problems):
            printError(DiagnosticPrinter().render(problems.diagnostics))
            throw ExitCode(ExitStatus.planError)
        }
        if check {
            if !loaded.warnings.isEmpty { print(DiagnosticPrinter(showsSourceLine: false).render(loaded.warnings)) }
            print("\(loaded.files.count) files checked: 0 errors, \(loaded.warnings.count) warnings")
            return
        }
        print(LoadSummary(loaded.graph).text)
    }
}

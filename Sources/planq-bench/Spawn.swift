import Foundation

/// Runs a program the way a shell runs a one-shot command (posix_spawn, then wait), timing the
/// whole process from spawn to exit. Standard output goes to /dev/null or is captured.
enum Spawn {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// One finished run.
    struct Outcome {
        var seconds = 0.0
        /// The child's peak resident memory (`ru_maxrss` from `wait4`), KiB.
        var peakKiB = 0
        /// The exit status, or 128 + the signal that ended it.
        var status: Int32 = 0
        /// Standard output when captured, else empty.
        var output = ""
    }

    /// Wall time of one run with its output discarded (standard error too, unless `showErrors`);
    /// throws unless it exits 0.
    static func time(_ arguments: [String], environment: [String: String] = [:], showErrors: Bool = false) throws -> Double {
        try checked(arguments, launch(arguments, environment: environment, capture: false, quiet: !showErrors)).seconds
    }

    /// Standard output of one run; throws unless it exits 0.
    static func output(_ arguments: [String], environment: [String: String] = [:]) throws -> String {
        try checked(arguments, launch(arguments, environment: environment, capture: true, quiet: true)).output
    }

    static func checked(_ arguments: [String], _ outcome: Outcome) throws -> Outcome {
        guard outcome.status == 0 else {
            throw Failure(description: "\(arguments.joined(separator: " ").prefix(120)) exited with status \(outcome.status)")
        }
        return outcome
    }

    /// Runs once and reports how it ended, whatever its exit status; throws only when it cannot start.
    ///
    /// With `alone`, the run is started by a fresh, small planq-bench process (`spawn`), which
    /// times it and reports its peak memory: a child started by this process would have its
    /// peak memory counted from this process's (on Linux, `ru_maxrss` of a spawned child starts
    /// at its parent's resident size, and the benchmark holds whole plan sets).
    static func launch(_ arguments: [String], environment: [String: String] = [:], capture: Bool,
                       quiet: Bool = true, alone: Bool = false) throws -> Outcome {
        let outputPath = capture ? NSTemporaryDirectory() + "planq-bench-\(getpid()).out" : "/dev/null"
        defer { if capture { unlink(outputPath) } }
        var outcome: Outcome
        if alone {
            let reportPath = NSTemporaryDirectory() + "planq-bench-\(getpid()).report"
            defer { unlink(reportPath) }
            let wrapper = try run([LoadProbe.selfPath, "spawn", reportPath, outputPath, "--"] + arguments,
                                  environment: environment, outputPath: "/dev/null", quiet: true)
            let report = ((try? String(contentsOfFile: reportPath, encoding: .utf8)) ?? "").split(separator: " ")
            guard wrapper.status == 0, report.count == 3, let seconds = Double(report[0]), let peak = Int(report[1]),
                  let status = Int32(report[2]) else {
                throw Failure(description: "cannot run \(arguments[0]) through planq-bench spawn")
            }
            outcome = Outcome(seconds: seconds, peakKiB: peak, status: status)
        } else {
            outcome = try run(arguments, environment: environment, outputPath: outputPath, quiet: quiet)
        }
        if capture { outcome.output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "" }
        return outcome
    }

    /// `planq-bench spawn REPORT OUTPUT -- COMMAND…`: runs the command with its standard output
    /// in OUTPUT and writes `seconds peak-KiB status` to REPORT.
    static func reportAlone(_ arguments: [String]) -> Int32 {
        guard arguments.count >= 4, arguments[2] == "--" else { return 64 }
        guard let outcome = try? run(Array(arguments.dropFirst(3)), outputPath: arguments[1], quiet: true) else { return 1 }
        let report = "\(outcome.seconds) \(outcome.peakKiB) \(outcome.status)"
        return (try? report.write(toFile: arguments[0], atomically: false, encoding: .utf8)) == nil ? 1 : 0
    }

    private static func run(_ arguments: [String], environment: [String: String] = [:], outputPath: String, quiet: Bool) throws -> Outcome {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if quiet { posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0) }
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let start = ContinuousClock.now
        let status = posix_spawnp(&pid, arguments[0], &actions, nil, argv, envp)
        guard status == 0 else { throw Failure(description: "cannot run \(arguments[0]): \(String(cString: strerror(status)))") }
        var exit: Int32 = 0
        var usage = rusage()
        while wait4(pid, &exit, 0, &usage) < 0 && errno == EINTR {}
        var outcome = Outcome(seconds: Measure.seconds(ContinuousClock.now - start), peakKiB: usage.ru_maxrss)
        // WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift does not import from the C macros.
        outcome.status = exit & 0x7f == 0 ? (exit >> 8) & 0xff : 128 + (exit & 0x7f)
        return outcome
    }
}

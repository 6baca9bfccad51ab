import Foundation

/// Runs a program the way a shell runs a one-shot command (posix_spawn, then wait), timing the
/// whole process from spawn to exit. Standard output goes to /dev/null or is captured.
enum Spawn {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Wall time of one run with its output discarded (standard error too, unless `showErrors`);
    /// throws unless it exits 0.
    static func time(_ arguments: [String], showErrors: Bool = false) throws -> Double {
        var seconds = 0.0
        _ = try run(arguments, environment: [:], capture: false, quiet: !showErrors, seconds: &seconds)
        return seconds
    }

    /// Standard output of one run; throws unless it exits 0.
    static func output(_ arguments: [String], environment: [String: String] = [:]) throws -> String {
        var seconds = 0.0
        return try run(arguments, environment: environment, capture: true, quiet: true, seconds: &seconds)
    }

    static func run(_ arguments: [String], environment: [String: String], capture: Bool, quiet: Bool,
                    seconds: inout Double) throws -> String {
        let outputPath = capture ? NSTemporaryDirectory() + "planq-bench-\(getpid()).out" : "/dev/null"
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
        while waitpid(pid, &exit, 0) < 0 && errno == EINTR {}
        seconds = Measure.seconds(ContinuousClock.now - start)
        guard exit == 0 else {
            throw Failure(description: "\(arguments.joined(separator: " ").prefix(120)) exited with status \(exit >> 8)")
        }
        guard capture else { return "" }
        defer { unlink(outputPath) }
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }
}

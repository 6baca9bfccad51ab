import Session
import Shell

/// Starts the interactive shell (the Shell target) on this process's terminal.
struct Shell {
    let session: Session

    func run() -> Int32 { InteractiveShell.runOnTerminal(session: session) }
}

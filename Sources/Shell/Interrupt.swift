import CLineEdit

/// The process-wide Ctrl-C flag. The shell clears it before each statement; a long-running
/// step checks `isRequested` and stops early. SIGTERM and SIGHUP set it too, and also
/// `terminationSignal`, so the shell leaves after the statement, restoring the terminal.
///
/// The flag is a `sig_atomic_t` in the C shim, set by the signal handler.
public enum Interrupt {
    /// Ctrl-C was pressed (or a termination signal came) since the last `clear()`.
    public static var isRequested: Bool { planq_interrupt_requested() != 0 }

    public static func clear() { planq_interrupt_clear() }

    /// Sets the flag as Ctrl-C would (for tests, and for code that wants to stop a statement).
    public static func request() { planq_interrupt_request() }

    /// SIGTERM or SIGHUP when one has arrived, else nil.
    public static var terminationSignal: Int32? {
        let signal = planq_termination_signal()
        return signal == 0 ? nil : signal
    }

    /// Installs the handlers (SIGINT, SIGTERM, SIGHUP); idempotent.
    public static func installHandlers() { planq_signals_install() }

    /// Puts back the handlers that were there before.
    public static func restoreHandlers() { planq_signals_restore() }
}

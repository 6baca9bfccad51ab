/// The exit statuses planq documents (README) beyond those of scripts (`Batch.Status`: 0, 1, 2)
/// and a usage error (`UsageError.status`, 64): scripts rely on them.
enum ExitStatus {
    /// A plan file could not be loaded.
    static let planError: Int32 = 65
    /// A file could not be read or written.
    static let ioError: Int32 = 74
}

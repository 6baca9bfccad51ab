import Foundation

/// The exit statuses planq documents (README): scripts rely on them.
enum ExitStatus {
    static let success: Int32 = 0
    /// A query or statement was wrong (syntax, unknown name).
    static let queryError: Int32 = 1
    /// Bad command-line usage (ArgumentParser's own code).
    static let usage: Int32 = 64
    /// A plan file could not be loaded.
    static let planError: Int32 = 65
    /// A file could not be read or written.
    static let ioError: Int32 = 74
}

func printError(_ text: String) {
    FileHandle.standardError.write((text + "\n").data(using: .utf8)!)
}

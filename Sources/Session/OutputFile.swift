import Foundation

/// A file written by `.output FILE`: text goes to a temporary file beside it, which replaces
/// FILE only when closed, so an interrupted run never leaves a half-written FILE.
public final class OutputFile {
    public let path: String
    let temporary: String
    let handle: FileHandle

    public init(path: String) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).planq-\(ProcessInfo.processInfo.processIdentifier).tmp").path
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporary) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        self.handle = handle
    }

    public func write(_ text: String) { handle.write(Data(text.utf8)) }

    /// Moves the finished text into place with rename(2), which replaces an existing FILE
    /// atomically (FileManager's replace deletes the target first on Linux).
    public func close() throws {
        try handle.close()
        guard rename(temporary, path) == 0 else {
            let code = errno
            try? FileManager.default.removeItem(atPath: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path, NSUnderlyingErrorKey: POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)])
        }
    }

    /// Drops the temporary file (the run was abandoned).
    public func discard() {
        try? handle.close()
        try? FileManager.default.removeItem(atPath: temporary)
    }
}

import Foundation

/// Reads a text file for `.read` and `-f`: a UTF-8 BOM is dropped and invalid bytes become
/// U+FFFD, which the lexer then reports at their position.
public enum FileText {
    public static func read(_ path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return decode(data)
    }

    public static func decode(_ data: Data) -> String {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        return String(decoding: bytes, as: UTF8.self)
    }
}

import Diagnostics
import Foundation
import PlanFiles

/// Reads query scripts (`-f`, standard input, `.read`): a UTF-8 BOM is dropped; bytes that
/// are not UTF-8 are an error at their line and column, never silently replaced.
public enum FileText {
    public static func read(_ path: String) -> Result<String, Diagnostic>? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return decode(data, name: path)
    }

    public static func decode(_ data: Data, name: String) -> Result<String, Diagnostic> {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let bad = PlanFileReader.firstInvalidUTF8(bytes) {
            return .failure(PlanFileReader.positioned(bytes, at: bad, name: name,
                "script is not valid UTF-8 (byte 0x\(String(bytes[bad], radix: 16, uppercase: true))); save it as UTF-8"))
        }
        return .success(String(decoding: bytes, as: UTF8.self))
    }
}

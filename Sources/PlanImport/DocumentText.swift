import Diagnostics
import Foundation

/// A source document as the importer reads it: its lines, numbered as in the file, with
/// line ends (LF or CRLF) and non-breaking spaces normalised. Refuses what is not a text
/// document (empty, NUL bytes, not UTF-8) with a positioned diagnostic.
public struct DocumentText: Sendable {
    public let file: SourceFile
    /// The lines, index 0 is line 1; without line ends, tabs kept, NBSP turned into spaces.
    public let lines: [String]
    /// Each line's plain text: cells joined, tags stripped, spaces collapsed (for headings).
    let plainLines: [String]

    public static func read(_ data: Data, name: String) -> Result<DocumentText, Diagnostic> {
        let empty = SourceFile(name: name, text: "")
        if data.isEmpty || data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .failure(.error("the document is empty: expected an action plan (ELZ template) or a transition plan",
                                   at: SourceRange(offset: 0, length: 0), in: empty))
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let nul = bytes.firstIndex(of: 0) {
            let prefix = String(decoding: bytes[..<nul], as: UTF8.self)
            let file = SourceFile(name: name, text: prefix)
            return .failure(.error("binary file: NUL byte at offset \(nul); expected a text document",
                                   at: SourceRange(offset: prefix.utf8.count, length: 0), in: file))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let valid = validPrefix(bytes)
            let prefix = String(decoding: bytes[..<valid], as: UTF8.self)
            return .failure(.error("not UTF-8 text: invalid byte 0x\(String(bytes[valid], radix: 16)) at offset \(valid)",
                                   at: SourceRange(offset: prefix.utf8.count, length: 0),
                                   in: SourceFile(name: name, text: prefix)))
        }
        let file = SourceFile(name: name, text: text)
        // "\r\n" is one Character in Swift: split on both, or a CRLF document is one line.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map { line -> String in
            let s = line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
            return s.replacingScalars { $0 == "\u{00A0}" || $0 == "\u{202F}" ? " " : nil }
        }
        let plain = lines.map { CellText.pieces(of: $0, number: 0).map(\.text).joined(separator: " ") }
        return .success(DocumentText(file: file, lines: lines, plainLines: plain))
    }

    /// The text of a 1-based line ("" outside the document).
    public func line(_ number: Int) -> String {
        number >= 1 && number <= lines.count ? lines[number - 1] : ""
    }

    /// The plain text of a 1-based line ("" outside the document).
    func plain(_ number: Int) -> String {
        number >= 1 && number <= plainLines.count ? plainLines[number - 1] : ""
    }

    /// The range of a line's text (from its first non-blank character, at most 60 characters
    /// underlined), for diagnostics about that line.
    public func range(ofLine number: Int) -> SourceRange {
        let text = file.lineText(number)
        let blank = text.prefix { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }
        let rest = text.dropFirst(blank.count).prefix(60)
        return SourceRange(offset: file.offset(line: number, column: 1) + blank.utf8.count, length: rest.utf8.count)
    }

    private static func validPrefix(_ bytes: [UInt8]) -> Int {
        var low = 0, high = bytes.count
        while low < high {
            let mid = (low + high + 1) / 2
            if String(validating: bytes[..<mid], as: UTF8.self) != nil { low = mid } else { high = mid - 1 }
        }
        return low
    }
}

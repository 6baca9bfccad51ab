import Diagnostics
import QuerySyntax

/// Runs a query script (a `-f` file, standard input, a `.read` file): statements may span
/// lines (a line that leaves the query incomplete continues on the next), `#`/`--` comments
/// and blank lines are skipped, and lines starting with `.` are meta commands handled by
/// `meta`. Diagnostics keep the script's own line and column numbers. Lines are read only
/// as they are needed (`ScriptLines`), so a script on a pipe runs while it is written.
public struct Script {
    public let lines: ScriptLines
    public var name: String { lines.name }

    public init(lines: ScriptLines) { self.lines = lines }

    public init(file: SourceFile) { lines = ScriptLines(text: file.text, name: file.name) }

    /// A piece of the script to run: a statement's lines (with the parse that found them
    /// complete, so that they are not parsed again), or one meta command line (as a one-line
    /// source numbered like the script).
    public enum Chunk {
        case statements(SourceFile, parsed: ParseResult? = nil)
        case meta(SourceFile)
    }

    /// A statement gathered over more lines or bytes than this is run as it stands (the
    /// parser then reports what it still lacks, e.g. an unterminated string): each line
    /// re-parses the whole statement, so an open string or parenthesis followed by a megabyte
    /// of text would otherwise take the square of its length.
    static let maxStatementLines = 256
    static let maxStatementBytes = 65_536

    /// Splits the script into chunks (a statement's lines, or one meta command line) and hands
    /// each to `body` as soon as it is split off, so a long script starts at once and Ctrl-C
    /// or the first error stops it without splitting the rest. `parse` parses the text so far
    /// (incomplete: it needs more lines; the parse goes on with the chunk, to be run as it is),
    /// and `continues` asks whether a later line goes on
    /// with the complete statement before it (both are the parser's answers, so every way of
    /// running statements splits them alike); `body` returning false, or `shouldStop`
    /// (asked between lines), ends the split. A script that ends mid-statement yields that
    /// last piece anyway, so that running it reports what was expected. Returns why the
    /// script could not be read to its end, if it could not.
    @discardableResult
    func forEachChunk(parse: (SourceFile, StatementTokens) -> ParseResult, continues: (inout StatementTokens, Substring) -> Bool,
                      shouldStop: () -> Bool, _ body: (Chunk) -> Bool) -> (Diagnostic, Batch.Status)? {
        var reader = LookaheadLines(lines: lines)
        var pending: [Substring] = []
        // The pending lines' tokens, each line lexed once as it comes.
        var pendingTokens = StatementTokens()
        var pendingBytes = 0
        var firstLine = 0
        while let (number, raw) = reader.next() {
            if shouldStop() { return nil }
            let line = raw.last == "\r" ? raw.dropLast() : raw[...]
            if pending.isEmpty {
                let opening = LineOpening(line)
                // A comment line before a statement starts nothing (it was gathered, parsed, and
                // joined with the next line by a second parse) — unless a CR inside it ends the
                // comment, as it does for the lexer.
                if opening == .blank || opening == .comment && !line.utf8.contains(0x0D) { continue }
                if opening == .meta {
                    guard body(.meta(SourceFile(name: name, text: String(line), firstLine: number))) else { return nil }
                    continue
                }
                firstLine = number
            }
            pending.append(line)
            pendingTokens.append(line)
            pendingBytes += line.utf8.count + 1
            // The pending lines joined, as the tokens hold them (not joined again).
            let piece = SourceFile(name: name, text: pendingTokens.text, firstLine: firstLine)
            let tooLong = pending.count >= Script.maxStatementLines || pendingBytes >= Script.maxStatementBytes
            // A statement ended by `;` runs without waiting for the next line: a program that
            // writes one statement to a pipe and waits for its answer is not kept waiting.
            let parsed = tooLong ? nil : parse(piece, pendingTokens)
            if let parsed, case .incomplete = parsed { continue }
            if tooLong || pendingTokens.endsWithSemicolon || !(reader.nextStatementLine().map { continues(&pendingTokens, $0) } ?? false) {
                pending = []
                pendingTokens.removeAll()
                pendingBytes = 0
                guard body(.statements(piece, parsed: parsed)) else { return nil }
            }
        }
        // A script that ends mid-statement: report it at its last written line, not after trailing blanks.
        while let last = pending.last, last.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { pending.removeLast() }
        if !pending.isEmpty, !body(.statements(positioned(pending, at: firstLine))) { return nil }
        return reader.failure
    }

    /// The lines as a source named like the script and numbered from the script line
    /// `firstLine`, so that line:column positions are the script's own.
    func positioned(_ lines: [Substring], at firstLine: Int) -> SourceFile {
        SourceFile(name: name, text: lines.joined(separator: "\n"), firstLine: firstLine)
    }
}

/// A script's lines with their numbers, able to look past blank and comment lines for the
/// line that decides whether a statement goes on (at most a statement's length ahead).
struct LookaheadLines {
    let lines: ScriptLines
    var ahead: [(number: Int, text: String)] = []
    var failure: (Diagnostic, Batch.Status)?

    init(lines: ScriptLines) { self.lines = lines }

    mutating func next() -> (Int, String)? {
        if !ahead.isEmpty { return ahead.removeFirst() }
        return read()
    }

    mutating func read() -> (Int, String)? {
        guard failure == nil else { return nil }
        switch lines.next() {
        case .line(let text): return (lines.lineNumber, text)
        case .end: return nil
        case .failure(let diagnostic, let status):
            failure = (diagnostic, status)
            return nil
        }
    }

    /// The next line that is not blank or only a comment (without a CR at its end), read
    /// ahead and kept; nil at the end, or when it is a meta command, which is a line of its
    /// own and never continues a statement.
    mutating func nextStatementLine() -> Substring? {
        var i = 0
        while i < Script.maxStatementLines {
            if i == ahead.count {
                guard let line = read() else { return nil }
                ahead.append(line)
            }
            let line = ahead[i].text
            let unended = line.last == "\r" ? line.dropLast() : line[...]
            switch LineOpening(unended) {
            case .blank, .comment: i += 1; continue
            case .meta: return nil
            case .other: return unended
            }
        }
        return nil
    }
}

/// How a script line opens, after its spaces and tabs (characters, as a reader sees them): with
/// nothing, a comment (`#`, `--`), a meta command (`.`), or anything else.
enum LineOpening: Equatable {
    case blank, comment, meta, other

    init(_ line: Substring) {
        // When the bytes up to two past the first that is not a space or tab are ASCII, each is
        // a character of its own (only a mark or joiner after one, or CR LF, would join it, and
        // a line holds no LF): read them as bytes, in place. Otherwise by characters.
        let read = line.utf8.withContiguousStorageIfAvailable { bytes -> LineOpening? in
            var index = 0
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
            for k in 0..<min(bytes.count, index + 3) where bytes[k] >= 0x80 { return nil }
            guard index < bytes.count else { return .blank }
            switch bytes[index] {
            case UInt8(ascii: "#"): return .comment
            case UInt8(ascii: "-") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "-"): return .comment
            case UInt8(ascii: "."): return .meta
            default: return .other
            }
        }
        self = read.flatMap { $0 } ?? LineOpening(characters: line)
    }

    /// The same, read character by character.
    init(characters line: Substring) {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        if trimmed.isEmpty { self = .blank }
        else if trimmed.hasPrefix("#") || trimmed.hasPrefix("--") { self = .comment }
        else if trimmed.first == "." { self = .meta }
        else { self = .other }
    }
}

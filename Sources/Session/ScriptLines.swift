import Diagnostics
import PlanFiles
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The lines of a script, read only as they are needed: standard input, a `-f` file or a
/// FIFO is run statement by statement while it is still being written, in memory bounded
/// by the longest line (`yes 'count goals' | planq` runs for ever in a few megabytes).
/// A UTF-8 BOM on the first line is dropped; bytes that are not UTF-8 and lines longer than
/// `maxLineBytes` (`planq < /dev/zero`) are errors at their line.
public final class ScriptLines {
    /// A line longer than this is an error: scripts are text, and a statement is at most
    /// `Script.maxStatementBytes` anyway.
    static let maxLineBytes = Script.maxStatementBytes

    public enum Next {
        case line(String)
        case end
        /// The script cannot be read on: a diagnostic and the status it means (1 for bad
        /// text, 74 for a read that failed).
        case failure(Diagnostic, Batch.Status)
    }

    public let name: String
    enum Source {
        case text(String, String.Index)
        case descriptor(Int32, closes: Bool)
    }
    var source: Source
    /// Bytes read but not yet split into lines.
    var buffer: [UInt8] = []
    var start = 0
    var atEnd = false
    /// Lines handed out so far.
    public private(set) var lineNumber = 0
    var failed: Next?

    /// Called before reading from a descriptor, which may wait for a writer: the executable
    /// writes out the output it holds back, so that an answer is not kept from whoever waits
    /// for it before writing the next statement.
    nonisolated(unsafe) public static var willWait: () -> Void = {}

    /// The lines of a text already in memory (`-e`, tests).
    public init(text: String, name: String) {
        self.name = name
        source = .text(text, text.startIndex)
    }

    /// The lines read from an open descriptor (standard input), which is not closed.
    public init(descriptor: Int32, name: String) {
        self.name = name
        source = .descriptor(descriptor, closes: false)
    }

    /// The lines of the file at `path`, or why it cannot be read as a script: only files
    /// and FIFOs (a folder or a device is refused, so `-f /dev/zero` ends at once).
    public static func open(_ path: String) -> Result<ScriptLines, Diagnostic> {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(.error("cannot read script '\(path)': \(String(cString: strerror(errno)))")) }
        var info = stat()
        let kind = fstat(fd, &info) == 0 ? info.st_mode & S_IFMT : 0
        guard kind == S_IFREG || kind == S_IFIFO else {
            Glibc.close(fd)
            return .failure(.error("cannot read script '\(path)': \(kind == S_IFDIR ? "it is a folder" : "not a file")"))
        }
        let lines = ScriptLines(descriptor: fd, name: path)
        lines.source = .descriptor(fd, closes: true)
        return .success(lines)
    }

    deinit {
        if case .descriptor(let fd, closes: true) = source { Glibc.close(fd) }
    }

    /// The next line without its line break.
    public func next() -> Next {
        if let failed { return failed }
        let result: Next
        switch source {
        case .text(let text, let position):
            guard position < text.endIndex else { return .end }
            let end = Self.lineEnd(in: text, from: position)
            source = .text(text, end < text.endIndex ? text.index(after: end) : end)
            lineNumber += 1
            return .line(String(text[position..<end]))
        case .descriptor(let fd, _):
            result = nextLine(reading: fd)
        }
        if case .failure = result { failed = result }
        return result
    }

    /// Where the line from `position` ends: its first line feed that is a character of its own
    /// (`firstIndex(of: "\n")` over the characters), found in the bytes — a line feed after a
    /// carriage return is not one (CR LF is one character). Searched by characters, a script's
    /// lines cost ≈ 330 instructions a character (callgrind, the query fuzz corpus).
    static func lineEnd(in text: String, from position: String.Index) -> String.Index {
        let utf8 = text.utf8
        let start = utf8.distance(from: utf8.startIndex, to: position)
        // memchr over the contiguous bytes (a Swift string's, made contiguous by `withUTF8`).
        var copy = text
        let end = copy.withUTF8 { bytes -> Int in
            guard let base = bytes.baseAddress else { return 0 }
            var from = start
            while from < bytes.count, let found = memchr(base + from, 0x0A, bytes.count - from) {
                let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if at == start || bytes[at - 1] != 0x0D { return at }
                from = at + 1
            }
            return bytes.count
        }
        return utf8.index(utf8.startIndex, offsetBy: end)
    }

    func nextLine(reading fd: Int32) -> Next {
        var searched = start
        while true {
            if let newline = buffer[searched...].firstIndex(of: 10) {
                let line = decode(buffer[start..<newline])
                start = newline + 1
                return line
            }
            searched = buffer.count
            if buffer.count - start > Self.maxLineBytes {
                lineNumber += 1
                return .failure(.error("line \(lineNumber) is longer than \(Self.maxLineBytes / 1024) KiB; is it a script?",
                                       in: SourceFile(name: name, text: "")), .queryError)
            }
            if atEnd {
                guard start < buffer.count else { return .end }
                let line = decode(buffer[start...])
                start = buffer.count
                return line
            }
            // Drop what was handed out before reading more, so the buffer holds one line at most.
            if start > 0 {
                buffer.removeFirst(start)
                searched -= start
                start = 0
            }
            let chunk = 65_536
            let old = buffer.count
            buffer.append(contentsOf: repeatElement(0, count: chunk))
            Self.willWait()
            var n: Int
            repeat {
                n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress! + old, chunk) }
            } while n < 0 && errno == EINTR
            guard n >= 0 else {
                let reason = String(cString: strerror(errno))
                buffer.removeAll()
                return .failure(.error("cannot read \(name == "<stdin>" ? "standard input" : name): \(reason)"), .ioError)
            }
            buffer.removeLast(chunk - n)
            if n == 0 { atEnd = true }
        }
    }

    /// One line's bytes as text, or an error at its first byte that is not UTF-8.
    func decode(_ bytes: ArraySlice<UInt8>) -> Next {
        lineNumber += 1
        var bytes = Array(bytes)
        if lineNumber == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let bad = PlanFileReader.firstInvalidUTF8(bytes) {
            let before = String(decoding: bytes[..<bad], as: UTF8.self)
            let shown = before + String(decoding: bytes[bad...].map { $0 < 0x80 ? $0 : 0x3F }, as: UTF8.self)
            let file = SourceFile(name: name, text: shown, firstLine: lineNumber)
            return .failure(.error("script is not valid UTF-8 (byte 0x\(String(bytes[bad], radix: 16, uppercase: true))); save it as UTF-8",
                                   at: SourceRange(offset: before.utf8.count, length: 1), in: file), .queryError)
        }
        return .line(String(decoding: bytes, as: UTF8.self))
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A named text (a plan file, a query script, one query typed at the prompt) that
/// diagnostics point into by UTF-8 offset; line and column are computed only when printed.
public final class SourceFile: Sendable {
    public let name: String
    public let text: String
    /// The line number of the text's first line: a statement cut from line 40 of a script
    /// reports positions as the script's own.
    public let firstLine: Int
    /// UTF-8 offset of the first byte of each line.
    private let lineStarts: [Int]

    public init(name: String, text: String, firstLine: Int = 1) {
        self.name = name
        // Contiguous UTF-8, so that positions are found by reading the bytes in place.
        var native = text
        native.makeContiguousUTF8()
        self.text = native
        self.firstLine = firstLine
        var starts = [0]
        native.withUTF8 { bytes in
            // memchr: every text positioned is scanned once, a plan file read by Yams included.
            guard let base = bytes.baseAddress else { return }
            var from = 0
            while from < bytes.count, let found = memchr(base + from, 0x0A, bytes.count - from) {
                from = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                starts.append(from)
            }
        }
        self.lineStarts = starts
    }

    public var lineCount: Int { lineStarts.count }

    /// 1-based line and column of a UTF-8 offset; the column counts characters, so a
    /// caret under accented text lands where a reader expects it.
    public func lineColumn(of offset: Int) -> (line: Int, column: Int) {
        let clamped = max(0, min(offset, text.utf8.count))
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
        }
        let start = lineStarts[low]
        // Within one line, an ASCII byte is a character of its own (CR LF, the one pair that is
        // one character, ends the line), and so is a one-column scalar: such a prefix's
        // characters are counted in its bytes.
        if let count = withLine(low, { bytes, _ in oneColumnCharacters(bytes, from: start, to: clamped) }) {
            return (low + firstLine, count + 1)
        }
        let prefix = utf8Slice(start, clamped)
        return (low + firstLine, prefix.count + 1)
    }

    /// UTF-8 offset of a 1-based line and character column (as YAML parsers report them).
    /// Column 1 is the line's start, and an ASCII line is counted in bytes: a diagnostic is
    /// positioned for every node of a file Yams reads, so this must not walk the line's
    /// characters from its start each time.
    public func offset(line: Int, column: Int) -> Int {
        let index = line - firstLine
        guard index >= 0, index < lineStarts.count else { return text.utf8.count }
        let start = lineStarts[index]
        if column <= 1 { return start }
        if let offset = asciiOffset(line: index, from: start, skipping: column - 1) { return offset }
        let rest = lineText(line)
        var offset = start
        var remaining = column - 1
        for ch in rest {
            if remaining <= 0 { break }
            offset += ch.utf8.count
            remaining -= 1
        }
        return offset
    }

    /// UTF-8 offset of a 1-based line and a column counted in Unicode scalars (libyaml's
    /// unit), read from the line's bytes: a scalar's first byte says how long it is. A column
    /// past the line's end is its end (before the line break).
    public func offset(line: Int, scalarColumn: Int) -> Int {
        let index = line - firstLine
        guard index >= 0, index < lineStarts.count else { return text.utf8.count }
        let start = lineStarts[index]
        if scalarColumn <= 1 { return start }
        return withLine(index) { bytes, end in
            var offset = start
            var remaining = scalarColumn - 1
            while remaining > 0 && offset < end {
                let lead = bytes[offset]
                offset += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                remaining -= 1
            }
            return min(offset, end)
        }
    }

    /// Where `count` characters after `start` end on line `index`, counted in bytes; nil
    /// when a byte on the way is not ASCII, or the byte after them is not (it may join the
    /// last one), and the caller counts characters.
    private func asciiOffset(line index: Int, from start: Int, skipping count: Int) -> Int? {
        withLine(index) { bytes, end in
            let stop = min(end, start + count)
            var offset = start
            while offset < stop {
                if bytes[offset] >= 0x80 { return nil }
                offset += 1
            }
            if offset < end, bytes[offset] >= 0x80 { return nil }
            return offset
        }
    }

    /// The text's bytes and where line `index` ends without its break (any run of CR and LF
    /// at its end, as `lineText` drops them).
    private func withLine<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>, Int) -> R) -> R {
        let start = lineStarts[index]
        var end = index + 1 < lineStarts.count ? lineStarts[index + 1] : text.utf8.count
        var native = text    // native already (see init): no copy is made
        return native.withUTF8 { bytes in
            while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
            return body(bytes, end)
        }
    }

    /// How many characters a 1-based line holds (without its line break), when each is ASCII
    /// or a one-column scalar (`oneColumnCharacters`); nil for a line with any other.
    public func oneColumnLength(ofLine line: Int) -> Int? {
        let index = line - firstLine
        guard index >= 0, index < lineStarts.count else { return 0 }
        return withLine(index) { bytes, end in oneColumnCharacters(bytes, from: lineStarts[index], to: end) }
    }

    /// The text of a 1-based line, without its line break.
    public func lineText(_ line: Int) -> Substring {
        let index = line - firstLine
        guard index >= 0, index < lineStarts.count else { return "" }
        let start = lineStarts[index]
        let end = index + 1 < lineStarts.count ? lineStarts[index + 1] : text.utf8.count
        var slice = utf8Slice(start, end)
        while let last = slice.last, last == "\n" || last == "\r" || last == "\r\n" { slice = slice.dropLast() }
        return slice
    }

    private func utf8Slice(_ from: Int, _ to: Int) -> Substring {
        let utf8 = text.utf8
        let a = utf8.index(utf8.startIndex, offsetBy: from)
        let b = utf8.index(utf8.startIndex, offsetBy: max(from, to))
        // Slicing rounds an offset inside a multi-byte character down to a scalar boundary.
        return text[a..<b]
    }
}

/// A half-open range `[offset, offset + length)` of UTF-8 bytes in a source.
public struct SourceRange: Hashable, Sendable, CustomStringConvertible {
    public var offset: Int
    public var length: Int

    public init(offset: Int, length: Int) {
        self.offset = offset
        self.length = length
    }

    public var end: Int { offset + length }

    /// The smallest range covering both.
    public func union(_ other: SourceRange) -> SourceRange {
        let lo = min(offset, other.offset)
        return SourceRange(offset: lo, length: max(end, other.end) - lo)
    }

    public var description: String { "\(offset)+\(length)" }
}

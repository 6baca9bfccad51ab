/// A YAML document in the subset plan files are written in — block mappings and sequences,
/// flow `[…]` and `{…}`, plain, quoted and `|`/`>` block scalars, comments — parsed straight
/// from the file's bytes into one flat array of nodes. Anything outside the subset (anchors,
/// tags, multi-line plain scalars, tabs, CR line ends, control characters, …) is `Unsupported`:
/// the loader then reads the files with Yams instead, so this parser never decides what a
/// file means differently from Yams — it only declines. (Tabs are declined with the other
/// control characters, before parsing.)
enum StrictYAML {
    /// What the reader does not read, and the byte offset where it met it.
    struct Unsupported: Error {
        var what: String
        var offset: Int
        init(_ what: String, offset: Int) {
            self.what = what
            self.offset = offset
        }
    }

    /// The file's nodes, or what the reader met that it does not read.
    static func read(_ bytes: [UInt8], name: String) throws(Unsupported) -> PlanDocument {
        let document = PlanDocument(name: name)
        document.setBytes(bytes)
        try StrictYAMLParser.parse(document)
        return document
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The recursive-descent parser behind `StrictYAML`. Each `parse…` function reads one
/// production of the subset; indentation decides block structure as YAML's does.
struct StrictYAMLParser: ~Copyable {
    typealias Unsupported = StrictYAML.Unsupported

    let b: UnsafeBufferPointer<UInt8>
    var i = 0
    var line: Int32 = 1
    /// Start of the current line.
    var lineStart = 0
    /// Set when `i` is at the first character of a content line with this indentation.
    var pending: Int?
    var nodes: GrowingBuffer<PlanDocument.Node>
    var children: GrowingBuffer<Int32>
    var decoded: [String] = []
    /// Children of the collections being read, innermost last.
    var scratch = GrowingBuffer<Int32>(capacity: 64)
    /// Collections open around the one being read. The reader recurses once per level, so
    /// deeper input (`notes: [[[[…`) is left to Yams, whose parser stops at a depth limit
    /// with a positioned error, instead of overflowing the stack here.
    var depth = 0
    static let maxDepth = 64

    /// Room for the nodes at once (a node per 8.5–15 bytes in the generated plans, 11.7 on
    /// average; per 18–38 in the example plans): they seldom move as they grow, and room never
    /// used is never touched.
    init(b: UnsafeBufferPointer<UInt8>) {
        self.b = b
        nodes = GrowingBuffer(capacity: b.count / 10)
        children = GrowingBuffer(capacity: b.count / 10)
    }

    mutating func enter() throws(Unsupported) {
        depth += 1
        if depth > Self.maxDepth { throw unsupported("collections nested deeper than \(Self.maxDepth) levels") }
    }

    static let space = UInt8(ascii: " "), newline = UInt8(ascii: "\n"), hash = UInt8(ascii: "#")
    static let colon = UInt8(ascii: ":"), dash = UInt8(ascii: "-"), comma = UInt8(ascii: ",")
    static let quote = UInt8(ascii: "\""), apostrophe = UInt8(ascii: "'"), backslash = UInt8(ascii: "\\")

    static func parse(_ document: PlanDocument) throws(Unsupported) {
        let buffer = UnsafeBufferPointer(document.bytes)
        try validate(buffer)
        var parser = StrictYAMLParser(b: buffer)
        try parser.document()
        document.root = parser.nodes.isEmpty ? nil : Int32(parser.nodes.count - 1)
        document.adopt(nodes: parser.nodes.take(), children: parser.children.take())
        document.decoded = parser.decoded
    }

    /// Characters libyaml refuses or reads differently (control characters, NEL, the line and
    /// paragraph separators, BOMs inside the text, non-characters) and invalid UTF-8.
    static func validate(_ bytes: [UInt8]) throws(Unsupported) {
        try bytes.withUnsafeBufferPointer { b throws(Unsupported) in try validate(b) }
    }

    static func validate(_ bytes: UnsafeBufferPointer<UInt8>) throws(Unsupported) {
        var i = 0
        let n = bytes.count
        let raw = UnsafeRawPointer(bytes.baseAddress)
        while i < n {
            // Eight bytes at a time while they are printable ASCII or newlines (no byte with its
            // high bit set, none below 0x20 but a newline, none 0x7F); a word with anything
            // else is read byte by byte.
            if i + 8 <= n, let raw {
                let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
                var w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                // Each newline byte is read as 0x2A (a newline has bit 0x20 clear): its high bit
                // is marked exactly where the byte is 0x0A, then shifted onto bit 0x20.
                let v = w ^ (ones &* 0x0A), lows = ~highs
                let newlines = ~(((v & lows) &+ lows) | v | lows)
                w |= newlines >> 2
                let below20 = (w &- ones &* 0x20) & ~w & highs
                let del = w ^ (ones &* 0x7F)
                let is7F = (del &- ones) & ~del & highs
                if (w & highs) | below20 | is7F == 0 { i += 8; continue }
            }
            let c = bytes[i]
            if c < 0x80 {
                if c < 0x20 && c != newline || c == 0x7F { throw Unsupported(c == 9 ? "a tab" : c == 13 ? "a carriage return (CRLF line ends)" : "a control character", offset: i) }
                i += 1
                continue
            }
            let width = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0
            guard width > 0, i + width <= n, c < 0xF5 else { throw Unsupported("invalid UTF-8", offset: i) }
            var scalar = UInt32(c) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
            for k in 1..<width {
                let cont = bytes[i + k]
                guard cont & 0xC0 == 0x80 else { throw Unsupported("invalid UTF-8", offset: i) }
                scalar = scalar << 6 | UInt32(cont & 0x3F)
            }
            let minimum: UInt32 = width == 2 ? 0x80 : width == 3 ? 0x800 : 0x10000
            guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar),
                  scalar >= 0xA0, scalar != 0x2028, scalar != 0x2029, scalar != 0xFEFF,
                  scalar != 0xFFFE, scalar != 0xFFFF else { throw Unsupported("the character U+\(String(scalar, radix: 16, uppercase: true)), which YAML treats specially", offset: i) }
            i += width
        }
    }

    func unsupported(_ what: String) -> Unsupported { Unsupported(what, offset: i) }

    // MARK: Lines

    /// The indentation of the next line with content (skipping blank and comment lines), with
    /// `i` at its first character; nil at the end of the text.
    mutating func peekIndent() throws(Unsupported) -> Int? {
        if let pending { return pending }
        while true {
            lineStart = i
            while i < b.count && b[i] == Self.space { i += 1 }
            if i >= b.count { return nil }
            let c = b[i]
            if c == Self.newline { i += 1; line += 1; continue }
            if c == Self.hash { skipToLineEnd(); continue }
            let indent = i - lineStart
            if indent == 0 && (c == UInt8(ascii: "%") || startsDocumentMarker()) { throw unsupported("a directive or document marker (%, ---, ...)") }
            pending = indent
            return indent
        }
    }

    func startsDocumentMarker() -> Bool {
        guard i + 3 <= b.count else { return false }
        let three = (b[i], b[i + 1], b[i + 2])
        guard three == (Self.dash, Self.dash, Self.dash) || three == (46, 46, 46) else { return false }
        return i + 3 == b.count || b[i + 3] == Self.space || b[i + 3] == Self.newline
    }

    mutating func skipToLineEnd() {
        while i < b.count && b[i] != Self.newline { i += 1 }
    }

    /// After a value: spaces, an optional comment, then the line break (or the end).
    mutating func endLine() throws(Unsupported) {
        while i < b.count && b[i] == Self.space { i += 1 }
        if i < b.count && b[i] == Self.hash {
            guard i > 0, b[i - 1] == Self.space else { throw unsupported("a '#' with no space before it") }
            skipToLineEnd()
        }
        if i == b.count { return }
        guard b[i] == Self.newline else { throw unsupported("text after a value on the same line") }
        i += 1
        line += 1
    }

    // MARK: Byte classes

    /// A set of ASCII bytes as a 128-bit mask (bit `c` set for byte `c`): one shift and test
    /// for a byte, where a chain of comparisons was most of each scanning loop (callgrind).
    typealias ByteSet = (low: UInt64, high: UInt64)

    static func byteSet(_ members: String) -> ByteSet {
        var set: ByteSet = (0, 0)
        for c in members.utf8 { if c < 64 { set.low |= 1 << c } else { set.high |= 1 << (c - 64) } }
        return set
    }

    /// Whether `c` is in `set` (a byte from 128 up never is).
    @inline(__always) static func isIn(_ c: UInt8, _ set: ByteSet) -> Bool {
        c < 64 ? (set.low >> c) & 1 != 0 : c < 128 && (set.high >> (c &- 64)) & 1 != 0
    }

    // The sets as constants (a `static let` is read through a once-check on every byte);
    // `ByteSetTests.testByteSetsAreTheBytesTheyName` checks each against its bytes.
    /// Bytes a plain value's scan stops at to look closer (line break, `#`, `:`, space: the
    /// value ends or may end there, or must be declined); any other byte is the value's.
    static var plainStops: ByteSet { (0x0400_0009_0000_0400, 0) }
    /// The same inside a flow collection, with `,`, `]` and `}` (which end a value) and `[`
    /// and `{` (declined).
    static var flowPlainStops: ByteSet { (0x0400_1009_0000_0400, 0x2800_0000_2800_0000) }

    @inline(__always) func isBreakOrEnd(_ j: Int) -> Bool { j >= b.count || b[j] == Self.newline }
    @inline(__always) func isBlankOrEnd(_ j: Int) -> Bool { j >= b.count || b[j] == Self.newline || b[j] == Self.space }

    // MARK: Nodes

    mutating func scalar(start: Int, count: Int, quoted: Bool, line: Int32) -> Int32 {
        let flags: PlanDocument.Flags = quoted ? [.quoted, .textKey] : count == 0 ? [.emptyNull] : [.textKey]
        nodes.append(.init(kind: .scalar, flags: flags, line: line, start: Int32(start), count: Int32(count)))
        return Int32(nodes.count - 1)
    }

    mutating func decodedScalar(_ text: String, line: Int32) -> Int32 {
        decoded.append(text)
        nodes.append(.init(kind: .scalar, flags: [.quoted, .textKey], line: line, start: Int32(-decoded.count), count: 0))
        return Int32(nodes.count - 1)
    }

    /// Closes a collection whose children are `scratch[mark...]`.
    mutating func collection(_ kind: PlanDocument.Kind, from mark: Int, line: Int32) -> Int32 {
        let first = children.count
        children.moveTail(of: &scratch, from: mark)
        nodes.append(.init(kind: kind, flags: [], line: line, start: Int32(first), count: Int32(children.count - first)))
        return Int32(nodes.count - 1)
    }

    // MARK: Block structure

    /// document -> [block-mapping at column 0]
    mutating func document() throws(Unsupported) {
        guard let indent = try peekIndent() else { return }
        guard indent == 0, keyLength(at: i) != nil else { throw unsupported("a document that does not start with a plain key at column 1") }
        _ = try blockMapping(indent: 0)
        guard try peekIndent() == nil else { throw unsupported("a line at column 1 that is not a key") }
    }

    /// The length of a plain key at `j` (letters, digits, `_`, `-`) followed by `:` and a
    /// space or line break; nil when there is none.
    @inline(__always) func keyLength(at j: Int) -> Int? {
        var k = j
        while k < b.count {
            let c = b[k]
            let isKeyByte = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c == 95 || c == 45
            guard isKeyByte else { break }
            k += 1
        }
        guard k > j, k < b.count, b[k] == Self.colon, isBlankOrEnd(k + 1) else { return nil }
        return k - j
    }

    /// block-mapping(n) -> { key ':' block-value(n) }, every key at column n
    mutating func blockMapping(indent: Int) throws(Unsupported) -> Int32 {
        try enter()
        defer { depth -= 1 }
        let mark = scratch.count
        let startLine = line
        while true {
            guard let length = keyLength(at: i) else { throw unsupported("a key that is not plain (letters, digits, '_' and '-', then ': ')") }
            pending = nil
            let key = scalar(start: i, count: length, quoted: false, line: line)
            var k = mark
            while k < scratch.count {
                let other = nodes[Int(scratch[k])]
                if Int(other.count) == length && memcmp(b.baseAddress! + Int(other.start), b.baseAddress! + i, length) == 0 {
                    throw unsupported("a duplicate key")     // a duplicate key: Yams reports it
                }
                k += 2
            }
            i += length + 1
            let value = try blockValue(keyIndent: indent)
            scratch.append(key)
            scratch.append(value)
            guard let next = try peekIndent(), next >= indent else { break }
            guard next == indent else { throw unsupported("a key indented differently from the keys above it") }
        }
        return collection(.mapping, from: mark, line: startLine)
    }

    /// What follows `key:` — a value on the same line, or an indented block below it.
    mutating func blockValue(keyIndent: Int) throws(Unsupported) -> Int32 {
        let keyLine = line
        while i < b.count && b[i] == Self.space { i += 1 }
        if i >= b.count || b[i] == Self.newline || b[i] == Self.hash {
            try endLine()
            if let next = try peekIndent() {
                let isItem = b[i] == Self.dash && isBlankOrEnd(i + 1)
                if next > keyIndent { return isItem ? try blockSequence(indent: next) : try blockMapping(indent: next) }
                if next == keyIndent && isItem { return try blockSequence(indent: next) }
            }
            return scalar(start: i, count: 0, quoted: false, line: keyLine)
        }
        let node = try inlineValue(blockIndent: keyIndent)
        return node
    }

    /// A value that starts on the current line: quoted, flow, block scalar or plain.
    mutating func inlineValue(blockIndent: Int) throws(Unsupported) -> Int32 {
        let startLine = line
        switch b[i] {
        case Self.quote:
            let node = try doubleQuoted(blockIndent: blockIndent)
            try endLine()
            return node
        case Self.apostrophe:
            let node = try singleQuoted()
            try endLine()
            return node
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            let node = try flow(blockIndent: blockIndent)
            try endLine()
            return node
        case UInt8(ascii: "|"), UInt8(ascii: ">"):
            return try blockScalar(parentIndent: blockIndent)
        default:
            let start = i
            guard Self.startsPlain(b[i], followedByBlank: isBlankOrEnd(i + 1)) else { throw unsupported("a value starting with '\(Character(Unicode.Scalar(b[i])))' (an anchor, alias, tag or other indicator)") }
            // A local index, which stays in a register (`i`, a property, was stored on every byte).
            var j = i, end = i
            while j < b.count {
                let c = b[j]
                if Self.isIn(c, Self.plainStops) {
                    if c == Self.newline { break }
                    if c == Self.hash && b[j - 1] == Self.space { break }
                    if c == Self.colon && isBlankOrEnd(j + 1) {
                        i = j
                        throw unsupported("': ' inside a plain value")
                    }
                    j += 1
                    if c != Self.space { end = j }
                    continue
                }
                j += 1
                end = j
            }
            i = j
            try endLine()
            // A more indented line below would continue the plain scalar: not in the subset.
            if let next = try peekIndent(), next > blockIndent { throw unsupported("a plain value continued on the next line") }
            return scalar(start: start, count: end - start, quoted: false, line: startLine)
        }
    }

    /// Whether a plain scalar may start with `c`: not with an indicator character.
    /// (Static, given the byte and whether a blank follows: as a method it was handed a copy
    /// of the parser on every value.)
    static func startsPlain(_ c: UInt8, followedByBlank: @autoclosure () -> Bool) -> Bool {
        switch c {
        case Self.dash: return !followedByBlank()
        case UInt8(ascii: "?"), Self.colon, UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"),
             UInt8(ascii: ">"), Self.apostrophe, Self.quote, UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"),
             Self.hash, Self.comma, UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"):
            return false
        default: return true
        }
    }

    /// block-sequence(n) -> { '-' ' ' item }, every '-' at column n
    mutating func blockSequence(indent: Int) throws(Unsupported) -> Int32 {
        try enter()
        defer { depth -= 1 }
        let mark = scratch.count
        let startLine = line
        while true {
            pending = nil
            i += 1      // the '-'
            guard i < b.count, b[i] == Self.space else { throw unsupported("a list item starting on the next line") }    // item on the next line
            while i < b.count && b[i] == Self.space { i += 1 }
            guard i < b.count, b[i] != Self.newline, b[i] != Self.hash else { throw unsupported("an empty list item") }
            let column = i - lineStart
            let item: Int32
            if keyLength(at: i) != nil {
                pending = column
                item = try blockMapping(indent: column)
            } else if b[i] == Self.dash && isBlankOrEnd(i + 1) || b[i] == UInt8(ascii: "|") || b[i] == UInt8(ascii: ">") {
                throw unsupported("a nested list or block scalar as a list item")
            } else {
                item = try inlineValue(blockIndent: indent)
            }
            scratch.append(item)
            guard let next = try peekIndent(), next >= indent else { break }
            guard next == indent else { throw unsupported("a list item indented differently from the items above it") }
            guard b[i] == Self.dash && isBlankOrEnd(i + 1) else { break }
        }
        return collection(.sequence, from: mark, line: startLine)
    }

    // MARK: Flow collections

    /// Skips spaces, line breaks and comments inside a flow collection; a continuation line
    /// must be indented deeper than the block around it.
    mutating func skipFlowSpace(blockIndent: Int) throws(Unsupported) {
        while i < b.count {
            let c = b[i]
            if c == Self.space { i += 1; continue }
            if c == Self.hash && b[i - 1] == Self.space { skipToLineEnd(); continue }
            if c == Self.newline {
                i += 1
                line += 1
                lineStart = i
                while i < b.count && b[i] == Self.space { i += 1 }
                if i < b.count && b[i] != Self.newline && b[i] != Self.hash && i - lineStart <= blockIndent { throw unsupported("a flow collection's line not indented deeper than its block") }
                continue
            }
            return
        }
    }

    /// flow -> '[' [ node { ',' node } ] ']' | '{' [ key ': ' node { ',' key ': ' node } ] '}'
    mutating func flow(blockIndent: Int) throws(Unsupported) -> Int32 {
        try enter()
        defer { depth -= 1 }
        let isMapping = b[i] == UInt8(ascii: "{")
        let close = isMapping ? UInt8(ascii: "}") : UInt8(ascii: "]")
        let startLine = line
        let mark = scratch.count
        i += 1
        try skipFlowSpace(blockIndent: blockIndent)
        if i < b.count && b[i] == close {
            i += 1
            return collection(isMapping ? .mapping : .sequence, from: mark, line: startLine)
        }
        while true {
            if isMapping {
                guard let length = keyLength(at: i), i + length + 1 < b.count, b[i + length + 1] == Self.space else {
                    throw unsupported("a flow mapping key that is not plain, or no space after its ':'")
                }
                var k = mark
                while k < scratch.count {
                    let other = nodes[Int(scratch[k])]
                    if Int(other.count) == length && memcmp(b.baseAddress! + Int(other.start), b.baseAddress! + i, length) == 0 {
                        throw unsupported("a duplicate key in a flow mapping")
                    }
                    k += 2
                }
                scratch.append(scalar(start: i, count: length, quoted: false, line: line))
                i += length + 1
                try skipFlowSpace(blockIndent: blockIndent)
            }
            guard i < b.count else { throw unsupported("an unclosed flow collection") }
            scratch.append(try flowNode(blockIndent: blockIndent))
            try skipFlowSpace(blockIndent: blockIndent)
            guard i < b.count else { throw unsupported("an unclosed flow collection") }
            if b[i] == close { i += 1; break }
            guard b[i] == Self.comma else { throw unsupported("no ',' between a flow collection's items") }
            i += 1
            try skipFlowSpace(blockIndent: blockIndent)
            guard i < b.count, b[i] != close else { throw unsupported("a trailing ',' in a flow collection") }
        }
        return collection(isMapping ? .mapping : .sequence, from: mark, line: startLine)
    }

    mutating func flowNode(blockIndent: Int) throws(Unsupported) -> Int32 {
        switch b[i] {
        case Self.quote: return try doubleQuoted(blockIndent: blockIndent)
        case Self.apostrophe: return try singleQuoted()
        case UInt8(ascii: "["), UInt8(ascii: "{"): return try flow(blockIndent: blockIndent)
        default:
            guard Self.startsPlain(b[i], followedByBlank: isBlankOrEnd(i + 1)) else { throw unsupported("a flow value starting with '\(Character(Unicode.Scalar(b[i])))' (an anchor, alias, tag or other indicator)") }
            let start = i
            // A local index, which stays in a register (`i`, a property, was stored on every byte).
            var j = i, end = i
            while j < b.count {
                let c = b[j]
                if Self.isIn(c, Self.flowPlainStops) {
                    if c == Self.newline || c == Self.comma || c == UInt8(ascii: "]") || c == UInt8(ascii: "}") { break }
                    if c == Self.hash && b[j - 1] == Self.space { break }
                    if c == Self.colon || c == UInt8(ascii: "[") || c == UInt8(ascii: "{") {
                        i = j
                        throw unsupported("':', '[' or '{' inside a plain flow value")
                    }
                    j += 1
                    if c != Self.space { end = j }
                    continue
                }
                j += 1
                end = j
            }
            i = j
            return scalar(start: start, count: end - start, quoted: false, line: line)
        }
    }

    // MARK: Quoted scalars

    /// '…' on one line, with '' for a quote.
    mutating func singleQuoted() throws(Unsupported) -> Int32 {
        let startLine = line
        i += 1
        let start = i
        var doubled = false
        while true {
            guard i < b.count, b[i] != Self.newline else { throw unsupported("a single-quoted text over more than one line") }
            if b[i] == Self.apostrophe {
                if i + 1 < b.count && b[i + 1] == Self.apostrophe { doubled = true; i += 2; continue }
                break
            }
            i += 1
        }
        let end = i
        i += 1
        if !doubled { return scalar(start: start, count: end - start, quoted: true, line: startLine) }
        let raw = String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)
        return decodedScalar(raw.split(separator: "''", omittingEmptySubsequences: false).joined(separator: "'"), line: startLine)
    }

    /// "…" with escapes; a line break inside folds to a space (or to line breaks where empty
    /// lines follow), as YAML's double-quoted style does.
    mutating func doubleQuoted(blockIndent: Int) throws(Unsupported) -> Int32 {
        let startLine = line
        i += 1
        let start = i
        // The common case: no escape and no line break, so the text is the bytes as they are.
        i = firstOfQuoteBackslashNewline(from: i)
        guard i < b.count else { throw unsupported("an unclosed double-quoted text") }
        if b[i] == Self.quote {
            i += 1
            return scalar(start: start, count: i - 1 - start, quoted: true, line: startLine)
        }
        var out = [UInt8](UnsafeBufferPointer(rebasing: b[start..<i]))
        while true {
            guard i < b.count else { throw unsupported("an unclosed double-quoted text") }
            let c = b[i]
            if c == Self.quote { i += 1; break }
            if c == Self.backslash {
                guard i + 1 < b.count else { throw unsupported("an unclosed double-quoted text") }
                let e = b[i + 1]
                i += 2
                if e == Self.newline {
                    // An escaped line break joins the lines without a space.
                    line += 1
                    lineStart = i
                    try skipContinuationIndent(blockIndent: blockIndent)
                    guard b[i] != Self.newline else { throw unsupported("an escaped line break before an empty line") }
                    continue
                }
                try escape(e, into: &out)
                continue
            }
            if c == Self.newline {
                // Trailing spaces before the break go (escapes never produce one: those are
                // declined); the break becomes a space, or one line break per empty line after it.
                while let last = out.last, last == Self.space { out.removeLast() }
                var empty = 0
                while true {
                    i += 1
                    line += 1
                    lineStart = i
                    try skipContinuationIndent(blockIndent: blockIndent)
                    if i < b.count && b[i] == Self.newline { empty += 1; continue }
                    break
                }
                if empty == 0 { out.append(Self.space) } else { out.append(contentsOf: repeatElement(Self.newline, count: empty)) }
                continue
            }
            out.append(c)
            i += 1
        }
        return decodedScalar(String(decoding: out, as: UTF8.self), line: startLine)
    }

    /// The first `"`, `\\` or line break at or after `j` (`b.count` for none). Eight bytes at
    /// a time: titles, quoted, are most of a plan file's bytes, and a byte-by-byte scan was the
    /// reader's largest cost (callgrind).
    func firstOfQuoteBackslashNewline(from j: Int) -> Int {
        var j = j
        if let base = b.baseAddress {
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            // A byte of `x` is zero exactly where the high bit of `(x - ones) & ~x & highs` is
            // set, counting from the lowest byte up (a borrow only ever spreads past a zero).
            func zeros(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
            while j + 8 <= b.count {
                let w = UnsafeRawPointer(base + j).loadUnaligned(as: UInt64.self)
                let found = zeros(w ^ (ones &* UInt64(Self.quote))) | zeros(w ^ (ones &* UInt64(Self.backslash)))
                    | zeros(w ^ (ones &* UInt64(Self.newline)))
                if found != 0 { return j + found.trailingZeroBitCount / 8 }
                j += 8
            }
        }
        while j < b.count && b[j] != Self.quote && b[j] != Self.backslash && b[j] != Self.newline { j += 1 }
        return j
    }

    /// Leading spaces of a continuation line of a quoted scalar; the line must be indented
    /// deeper than the block around the scalar.
    mutating func skipContinuationIndent(blockIndent: Int) throws(Unsupported) {
        while i < b.count && b[i] == Self.space { i += 1 }
        guard i < b.count else { throw unsupported("an unclosed quoted text") }
        if b[i] == Self.newline { return }
        if i - lineStart <= blockIndent { throw unsupported("a quoted text's line not indented deeper than its block") }
    }

    mutating func escape(_ e: UInt8, into out: inout [UInt8]) throws(Unsupported) {
        // An escaped space would be text where folding removes trailing spaces: declined.
        func append(_ scalar: UInt32) throws(Unsupported) {
            guard scalar != 0x20, let s = Unicode.Scalar(scalar) else { throw unsupported("an escaped space or an escape that is no character") }
            out.append(contentsOf: String(Character(s)).utf8)
        }
        switch e {
        case UInt8(ascii: "0"): out.append(0)
        case UInt8(ascii: "a"): out.append(7)
        case UInt8(ascii: "b"): out.append(8)
        case UInt8(ascii: "t"), 9: out.append(9)
        case UInt8(ascii: "n"): out.append(10)
        case UInt8(ascii: "v"): out.append(11)
        case UInt8(ascii: "f"): out.append(12)
        case UInt8(ascii: "r"): out.append(13)
        case UInt8(ascii: "e"): out.append(27)
        case Self.quote, UInt8(ascii: "/"), Self.backslash:
            out.append(e)
        case UInt8(ascii: "N"): try append(0x85)
        case UInt8(ascii: "_"): try append(0xA0)
        case UInt8(ascii: "L"): try append(0x2028)
        case UInt8(ascii: "P"): try append(0x2029)
        case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
            let digits = e == UInt8(ascii: "x") ? 2 : e == UInt8(ascii: "u") ? 4 : 8
            guard i + digits <= b.count else { throw unsupported("a short \\x, \\u or \\U escape") }
            var value: UInt32 = 0
            for k in 0..<digits {
                let d = b[i + k]
                let v: UInt8
                switch d {
                case 48...57: v = d - 48
                case 65...70: v = d - 55
                case 97...102: v = d - 87
                default: throw unsupported("an invalid hex digit in an escape")
                }
                value = value << 4 | UInt32(v)
            }
            i += digits
            guard value != 0 else { out.append(0); return }
            try append(value)
        default:
            throw unsupported("an unknown escape")
        }
    }

    // MARK: Block scalars

    /// '|' or '>' with an optional '-' (strip), then lines indented deeper than the parent.
    mutating func blockScalar(parentIndent: Int) throws(Unsupported) -> Int32 {
        let startLine = line
        let literal = b[i] == UInt8(ascii: "|")
        i += 1
        var strip = false
        if i < b.count && b[i] == Self.dash { strip = true; i += 1 }
        guard isBlankOrEnd(i) else { throw unsupported("a block scalar header with '+' or an indentation digit") }      // '+' (keep) and indentation digits
        try endLine()
        var contentIndent: Int?
        var lines: [Range<Int>] = []    // content lines; empty ranges stand for empty lines
        var leadingEmpty = 0
        while i < b.count {
            let start = i
            while i < b.count && b[i] == Self.space { i += 1 }
            let spaces = i - start
            if i >= b.count || b[i] == Self.newline {
                if let indent = contentIndent {
                    guard spaces <= indent else { throw unsupported("a blank line indented deeper than its block scalar") }
                    lines.append(i..<i)
                } else {
                    guard spaces == 0 else { throw unsupported("leading blank lines with spaces in a block scalar") }
                    leadingEmpty += 1
                }
                if i < b.count { i += 1; line += 1 }
                continue
            }
            if contentIndent == nil {
                guard spaces > parentIndent else { i = start; break }
                contentIndent = spaces
            }
            guard spaces >= contentIndent! else { i = start; break }
            if !literal && spaces > contentIndent! { throw unsupported("a more-indented line in a folded (>) block scalar") }
            let textStart = start + contentIndent!
            skipToLineEnd()
            lines.append(textStart..<i)
            // Without a line break after its last line the text keeps none (found by the
            // differential fuzzer: "abc" where this reader read "abc\n").
            guard i < b.count else { throw unsupported("a block scalar ending the file without a line break") }
            i += 1
            line += 1
        }
        // The next content line is found again from its start by peekIndent.
        pending = nil
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        if !literal && leadingEmpty > 0 { throw unsupported("leading empty lines in a folded (>) block scalar") }
        var out: [UInt8] = []
        if !lines.isEmpty { out.append(contentsOf: repeatElement(Self.newline, count: leadingEmpty)) }
        var emptyRun = 0
        var first = true
        for range in lines {
            if range.isEmpty { emptyRun += 1; continue }
            if !first {
                if literal { out.append(contentsOf: repeatElement(Self.newline, count: emptyRun + 1)) }
                else if emptyRun == 0 { out.append(Self.space) }
                else { out.append(contentsOf: repeatElement(Self.newline, count: emptyRun)) }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[range]))
            emptyRun = 0
            first = false
        }
        if !strip && !lines.isEmpty { out.append(Self.newline) }
        return decodedScalar(String(decoding: out, as: UTF8.self), line: startLine)
    }
}

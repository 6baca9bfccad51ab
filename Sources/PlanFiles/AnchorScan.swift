#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds YAML anchors (`&a`) and aliases (`*a`) in a document's text before it is parsed.
/// Yams does not keep anchors on composed nodes, so the check reads the text: a `&` or `*`
/// followed by a name, where a node may start (line start, after `- `, `: `, `[`, `{`, `,`),
/// outside quoted strings, comments and block scalars.
enum AnchorScan {
    static func firstAnchorOrAlias(in text: String) -> Int? {
        var offset = 0
        var blockIndent: Int?   // inside a `|` / `>` block scalar: lines indented deeper than this
        for line in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            defer { offset += line.count + 1 }
            let bytes = Array(line)
            let indent = bytes.prefix { $0 == UInt8(ascii: " ") }.count
            if let b = blockIndent {
                if indent > b || bytes.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") }) { continue }
                blockIndent = nil
            }
            if let hit = scanLine(bytes) { return offset + hit }
            if let last = bytes.lastIndex(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\r") }),
               [UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "-"), UInt8(ascii: "+")].contains(bytes[last]),
               bytes[..<last].contains(where: { $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: ">") }),
               isBlockIndicator(bytes, last) {
                blockIndent = indent
            }
        }
        return nil
    }

    /// Whether the line ends in a block-scalar header such as `key: |`, `key: >-`, `- |`.
    static func isBlockIndicator(_ bytes: [UInt8], _ last: Int) -> Bool {
        var i = last
        while i >= 0, [UInt8(ascii: "-"), UInt8(ascii: "+")].contains(bytes[i]) || (bytes[i] >= 48 && bytes[i] <= 57) { i -= 1 }
        guard i >= 1, bytes[i] == UInt8(ascii: "|") || bytes[i] == UInt8(ascii: ">") else { return false }
        return bytes[i - 1] == UInt8(ascii: " ")
    }

    static func scanLine(_ bytes: [UInt8]) -> Int? {
        var quote: UInt8?
        var nodeMayStart = true
        var i = 0
        while i < bytes.count {
            let c = bytes[i]
            if let q = quote {
                if c == q { quote = nil }
                else if c == UInt8(ascii: "\\"), q == UInt8(ascii: "\"") { i += 1 }
                i += 1
                continue
            }
            switch c {
            case UInt8(ascii: "#") where i == 0 || bytes[i - 1] == UInt8(ascii: " "):
                return nil
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                if nodeMayStart { quote = c }
                nodeMayStart = false
            case UInt8(ascii: "&"), UInt8(ascii: "*"):
                if nodeMayStart, i + 1 < bytes.count, isNameByte(bytes[i + 1]) { return i }
                nodeMayStart = false
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                break
            case UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","):
                nodeMayStart = true
            case UInt8(ascii: "-"), UInt8(ascii: ":"), UInt8(ascii: "?"):
                nodeMayStart = i + 1 >= bytes.count || bytes[i + 1] == UInt8(ascii: " ") ? true : false
            default:
                nodeMayStart = false
            }
            i += 1
        }
        return nil
    }

    static func isNameByte(_ b: UInt8) -> Bool {
        !(b == UInt8(ascii: " ") || b == UInt8(ascii: ",") || b == UInt8(ascii: "[") || b == UInt8(ascii: "]")
          || b == UInt8(ascii: "{") || b == UInt8(ascii: "}") || b == UInt8(ascii: "\r") || b == UInt8(ascii: "\t"))
    }

    /// `AnchorScan.firstAnchorOrAlias`, without making an array of every line: its line scan
    /// only ever finds a `&` or `*`, so only lines holding one are scanned, and only a line
    /// ending in a block-scalar indicator is checked for a header.
    static func anchorOffset(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { b -> Int? in
            guard let base = b.baseAddress, memchr(base, 0x26, b.count) != nil || memchr(base, 0x2A, b.count) != nil else {
                return nil      // no `&` and no `*` at all
            }
            let space = UInt8(ascii: " "), cr = UInt8(ascii: "\r")
            var blockIndent: Int?       // inside a `|` / `>` block scalar: lines indented deeper than this
            var start = 0
            while start <= b.count {
                var end = start
                if start < b.count, let nl = memchr(b.baseAddress! + start, 10, b.count - start) {
                    end = b.baseAddress!.distance(to: nl.assumingMemoryBound(to: UInt8.self))
                } else {
                    end = b.count
                }
                defer { start = end + 1 }
                let line = b[start..<end]
                let indent = line.prefix { $0 == space }.count
                if let indentation = blockIndent {
                    if indent > indentation || line.allSatisfy({ $0 == space || $0 == cr }) { continue }
                    blockIndent = nil
                }
                if line.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "*") }),
                   let hit = AnchorScan.scanLine(Array(line)) {
                    return start + hit
                }
                if let last = line.lastIndex(where: { $0 != space && $0 != cr }),
                   [UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "-"), UInt8(ascii: "+")].contains(b[last]),
                   b[start..<last].contains(where: { $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: ">") }),
                   AnchorScan.isBlockIndicator(Array(line), last - start) {
                    blockIndent = indent
                }
            }
            return nil
        }
    }
}

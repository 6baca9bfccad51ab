/// The renderers write into one growing byte buffer: UTF-8 slices appended whole, padding
/// and rules appended as runs of one byte, never built as strings first.
extension Array where Element == UInt8 {
    mutating func append(_ text: String) {
        // From the contiguous bytes at once (the UTF-8 view's sequence path copies slower).
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }
    mutating func append(_ text: Substring) { append(contentsOf: text.utf8) }

    /// `count` copies of the ASCII `byte` (nothing for a count below 1).
    mutating func append(_ byte: UInt8, times count: Int) {
        // One byte at a time: appending a `repeatElement` goes through the generic sequence path.
        var left = count
        while left > 0 {
            append(byte)
            left -= 1
        }
    }
}

extension UInt8 {
    static let space = UInt8(ascii: " ")
    static let newline = UInt8(ascii: "\n")
}

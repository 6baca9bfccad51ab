/// The renderers write into one growing byte buffer: UTF-8 slices appended whole, padding
/// and rules appended as runs of one byte, never built as strings first.
extension Array where Element == UInt8 {
    mutating func append(_ text: String) { append(contentsOf: text.utf8) }
    mutating func append(_ text: Substring) { append(contentsOf: text.utf8) }

    /// `count` copies of the ASCII `byte` (nothing for a count below 1).
    mutating func append(_ byte: UInt8, times count: Int) {
        guard count > 0 else { return }
        append(contentsOf: repeatElement(byte, count: count))
    }
}

extension UInt8 {
    static let space = UInt8(ascii: " ")
    static let newline = UInt8(ascii: "\n")
}

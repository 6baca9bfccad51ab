import Diagnostics
import PlanModel

/// `Folding.key` for the texts one query compares, every node's: plain ASCII as
/// `FoldedKey.of` folds it (no new string when it is folded already), other text through a
/// `FoldedKey.Folder`, which folds each non-ASCII character once and then remembers it
/// (`Folding.key` lowercases such a character as a string of its own each time). Made once
/// per query and used on one thread.
final class TextFolder {
    private var folder = FoldedKey.Folder()
    private var bytes: [UInt8] = []

    func key(_ text: String) -> String {
        var text = text
        let ascii = text.withUTF8 { !ByteScan.hasNonASCII($0) }
        if ascii { return FoldedKey.of(text) }
        bytes.removeAll(keepingCapacity: true)
        folder.append(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}

import Diagnostics

/// What an importer had to guess or could not read: each becomes a warning (file:line:col) and
/// the same words as a note on the node it concerns, so that nothing is guessed silently.
final class Findings {
    let document: DocumentText
    private(set) var diagnostics: [Diagnostic] = []

    init(_ document: DocumentText) { self.document = document }

    /// Records a warning at `line` and returns its text for the node's `notes`.
    @discardableResult
    func guess(_ message: String, line: Int) -> String {
        diagnostics.append(.warning(message, at: document.range(ofLine: line), in: document.file))
        return message
    }

    func error(_ message: String, line: Int) {
        diagnostics.append(.error(message, at: document.range(ofLine: line), in: document.file))
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

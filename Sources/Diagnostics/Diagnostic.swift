/// One problem found anywhere in planq — in a plan file, a query, a script — with where it is,
/// what is wrong, and what might have been meant. Every stage reports through this type.
public struct Diagnostic: Error, Hashable, Sendable {
    public enum Severity: String, Sendable, Comparable {
        case note, warning, error

        public static func < (a: Severity, b: Severity) -> Bool {
            let order: [Severity] = [.note, .warning, .error]
            return order.firstIndex(of: a)! < order.firstIndex(of: b)!
        }
    }

    public var severity: Severity
    public var message: String
    /// Where in `file` the problem is; nil for problems about a file as a whole.
    public var range: SourceRange?
    public var file: SourceFile?
    /// Further lines printed under the main message ("note: …").
    public var notes: [String]
    /// A replacement the user probably meant, e.g. "ELZ" for "ELX".
    public var suggestion: String?

    public init(
        _ severity: Severity, _ message: String, at range: SourceRange? = nil, in file: SourceFile? = nil,
        notes: [String] = [], suggestion: String? = nil
    ) {
        self.severity = severity
        self.message = message
        self.range = range
        self.file = file
        self.notes = notes
        self.suggestion = suggestion
    }

    public static func error(_ message: String, at range: SourceRange? = nil, in file: SourceFile? = nil,
                             notes: [String] = [], suggestion: String? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: range, in: file, notes: notes, suggestion: suggestion)
    }

    public static func warning(_ message: String, at range: SourceRange? = nil, in file: SourceFile? = nil,
                               notes: [String] = [], suggestion: String? = nil) -> Diagnostic {
        Diagnostic(.warning, message, at: range, in: file, notes: notes, suggestion: suggestion)
    }

    /// `file:line:column` of the start of the range, or just the file name.
    public var location: String? {
        guard let file else { return nil }
        guard let range else { return file.name }
        let (line, column) = file.lineColumn(of: range.offset)
        return "\(file.name):\(line):\(column)"
    }

    /// The one-line form: `zzl.yaml:4:21: error: unknown actor 'ELX' — did you mean 'ELZ'?`
    public var summary: String {
        let prefix = location.map { "\($0): " } ?? ""
        return "\(prefix)\(severity.rawValue): \(message)"
    }

    public static func == (a: Diagnostic, b: Diagnostic) -> Bool {
        a.severity == b.severity && a.message == b.message && a.range == b.range
            && a.file?.name == b.file?.name && a.notes == b.notes && a.suggestion == b.suggestion
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(severity)
        hasher.combine(message)
        hasher.combine(range)
        hasher.combine(file?.name)
    }
}

/// Errors thrown by a stage that found one or more problems; warnings may ride along.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

    public var description: String { diagnostics.map(\.summary).joined(separator: "\n") }
}

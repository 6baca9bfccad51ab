import CLineEdit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines with libedit: line editing, history recall (Up, Ctrl-R) and Tab completion.
///
/// Keys are emacs-style unless `~/.editrc` (or the file in `$EDITRC`; libedit's `el_source`)
/// says otherwise — e.g. a line `bind -v`, or `planq:bind -v` for planq alone — and
/// `$PLANQ_EDITOR_MODE=vi` (or `emacs`) overrides both.
public final class EditLineReader: LineReader {
    private var editor: OpaquePointer?
    /// Text before the cursor → what Tab offers.
    let complete: (String) -> Completion
    /// Where a list of candidates is written, and how wide it may be.
    let write: (String) -> Void
    let width: () -> Int

    /// Nil when libedit cannot start (the caller falls back to `PlainLineReader`).
    public init?(mode: String?, complete: @escaping (String) -> Completion,
                 write: @escaping (String) -> Void = PlainLineReader.writeToStandardOutput,
                 width: @escaping () -> Int = EditLineReader.terminalWidth) {
        self.complete = complete
        self.write = write
        self.width = width
        guard let editor = planq_editor_open("planq", mode) else { return nil }
        self.editor = editor
        planq_editor_set_completion(editor, { editor, context, before in
            guard let editor, let context, let before else { return Int32(planq_redraw_beep.rawValue) }
            let reader = Unmanaged<EditLineReader>.fromOpaque(context).takeUnretainedValue()
            return Int32(reader.completeWord(String(cString: before), in: editor).rawValue)
        }, Unmanaged.passUnretained(self).toOpaque())
    }

    deinit { close() }

    public static func terminalWidth() -> Int { Terminal.width ?? 80 }

    /// "vi" or "emacs".
    public var mode: String { editor.map { String(cString: planq_editor_mode($0)) } ?? "emacs" }

    public func readLine(prompt: String) -> LineResult {
        guard let editor else { return .endOfInput }
        planq_editor_set_prompt(editor, prompt)
        var status: Int32 = 0
        guard let line = planq_editor_read_line(editor, &status) else {
            guard status == 1 else { return .endOfInput }
            write("^C\n")
            return .interrupted
        }
        defer { free(line) }
        return .line(String(cString: line))
    }

    public var hasPendingInput: Bool { inputIsWaiting(on: STDIN_FILENO) }

    public func remember(_ entry: String) {
        guard let editor else { return }
        planq_editor_history_add(editor, entry)
    }

    /// Ends libedit, which puts the terminal back as it found it.
    public func close() {
        guard let editor else { return }
        planq_editor_set_completion(editor, nil, nil)
        planq_editor_close(editor)
        self.editor = nil
    }

    /// Tab: replace the word, list the candidates, or beep.
    func completeWord(_ before: String, in editor: OpaquePointer) -> planq_redraw {
        let completion = complete(before)
        switch completion.edit {
        case .none:
            return planq_redraw_beep
        case .replace(let text):
            // A string opened on an earlier line of the entry cannot be edited from here.
            guard !completion.word.contains("\n") else { return planq_redraw_beep }
            planq_editor_delete_before(editor, Int32(completion.word.unicodeScalars.count))
            return planq_editor_insert(editor, text) == 0 ? planq_redraw_line : planq_redraw_beep
        case .list(let items):
            // libedit redraws the prompt and line below what is written here.
            let lines = CandidateColumns.lines(items, width: width())
            write("\r\n" + lines.map { $0 + "\r\n" }.joined())
            return planq_redraw_prompt
        }
    }
}

import Diagnostics

/// Why the fast YAML reader declined a file, as a note positioned where it met what it does
/// not read: the file was read with Yams instead, which is slower but reads all of YAML.
enum FastReaderDecline {
    static func note(_ file: SourceFile) -> Diagnostic? {
        let bytes = Array(file.text.utf8)
        if let offset = StrictPlanReading.anchorOffset(bytes) {
            return note("an anchor or alias (&name, *name)", at: offset, in: file)
        }
        do {
            _ = try StrictYAML(bytes: bytes)
            return nil
        } catch {
            return note(error.what, at: error.offset, in: file)
        }
    }

    static func note(_ what: String, at offset: Int, in file: SourceFile) -> Diagnostic {
        Diagnostic(.note, "read with the general YAML reader: the fast reader does not read \(what)",
                   at: SourceRange(offset: min(offset, file.text.utf8.count), length: 1), in: file)
    }
}

import Foundation

/// File and folder names for `.read`, `.load` and `.output`.
enum PathCompletion {
    /// Entries of the folder the typed path is in whose names start with what follows its
    /// last `/`. Hidden entries only when that part starts with `.`; `~/` is the home folder.
    static func candidates(for typed: String, home: String = NSHomeDirectory()) -> [Candidate] {
        let slash = typed.lastIndex(of: "/")
        let folderPart = slash.map { String(typed[...$0]) } ?? ""
        let namePart = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
        var folder = folderPart.isEmpty ? "." : folderPart
        if folder == "~/" || folder.hasPrefix("~/") { folder = home + folder.dropFirst() }
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return entries
            .filter { $0.hasPrefix(namePart) && (namePart.hasPrefix(".") || !$0.hasPrefix(".")) && !$0.contains(" ") }
            .sorted(by: WordText.naturalLess)
            .map { name in
                var isFolder: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(name),
                                                            isDirectory: &isFolder)
                let folderEntry = exists && isFolder.boolValue
                let shown = name + (folderEntry ? "/" : "")
                return Candidate(folderPart + shown, isFolder: folderEntry, label: shown)
            }
    }
}

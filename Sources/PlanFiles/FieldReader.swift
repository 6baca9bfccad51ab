import Diagnostics
import PlanModel

/// Typed access to one item's fields, reporting a positioned error when a value has the
/// wrong shape (a list where text was expected, a date that does not exist, …).
struct FieldReader {
    let mapping: Int32
    let document: PlanDocument
    /// The field being read, its value node and where that is in the document's `children`,
    /// set where a mapping's keys are known to be unique (a fast-read file): found without
    /// searching the mapping again.
    var current: (key: String, node: Int32, slot: Int)?

    init(mapping: Int32, document: PlanDocument) {
        self.mapping = mapping
        self.document = document
    }

    subscript(key: String) -> Int32? {
        if let current, current.key == key { return current.node }
        return document.value(mapping, key)
    }

    /// Where the value of `key` is in the document's `children`.
    func slot(_ key: String) -> Int? {
        if let current, current.key == key { return current.slot }
        return document.valueSlot(mapping, key)
    }

    func text(_ key: String, _ context: inout LoadContext) -> String? {
        textNode(key, &context).map(document.string)
    }

    /// The scalar node of a text field (its text is copied from the file where it is used).
    func textNode(_ key: String, _ context: inout LoadContext) -> Int32? {
        guard let node = self[key] else { return nil }
        guard document.kind(node) == .scalar else {
            context.error("'\(key)' must be text", at: node, in: document)
            return nil
        }
        return node
    }

    /// A list of texts; a single text is accepted as a one-item list.
    func list(_ key: String, _ context: inout LoadContext) -> [String]? {
        listNodes(key, &context)?.map(document.string)
    }

    /// The scalar nodes of a list of texts: a single text is a one-item list, an empty one none.
    func listNodes(_ key: String, _ context: inout LoadContext) -> [Int32]? {
        guard let node = self[key] else { return nil }
        if document.kind(node) == .scalar { return document.isEmptyScalar(node) ? [] : [node] }
        guard document.kind(node) == .sequence else {
            context.error("'\(key)' must be a list of texts", at: node, in: document)
            return nil
        }
        var out: [Int32] = []
        for item in document.children(of: node) {
            guard document.kind(item) == .scalar else {
                context.error("each item of '\(key)' must be text", at: item, in: document)
                continue
            }
            out.append(item)
        }
        return out
    }

    /// The list's item nodes (for lists of references).
    func nodes(_ key: String, _ context: inout LoadContext) -> PlanDocument.Kids {
        guard let slot = slot(key) else { return document.noKids }
        let node = document.children[slot]
        if document.kind(node) == .scalar { return document.one(at: slot) }
        guard document.kind(node) == .sequence else {
            context.error("'\(key)' must be a list", at: node, in: document)
            return document.noKids
        }
        return document.children(of: node)
    }

    func number(_ key: String, _ context: inout LoadContext) -> Double? {
        guard let node = self[key] else { return nil }
        guard let s = document.scalar(node), let value = Double(s), value.isFinite else {
            context.error("'\(key)' must be a number", at: node, in: document)
            return nil
        }
        guard FieldReader.isExact(s, value) else {
            context.error("'\(key)' is \(s), beyond the integers planq keeps exactly (up to ±2^53 = 9007199254740992)", at: node, in: document)
            return nil
        }
        return value
    }

    /// Whether a number's text means exactly `value`: false for an integer beyond ±2^53,
    /// which a Double would silently round (9007199254740993 → …992).
    static func isExact(_ text: String, _ value: Double) -> Bool {
        // By bytes: by characters, this was ≈ 3,500 instructions a number.
        let digits = text.utf8.drop { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }
        guard !digits.isEmpty, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return true }
        // Compared as written: the rounded value of 2^53 + 1 is 2^53 itself.
        guard let integer = Int(text.hasPrefix("+") ? String(text.dropFirst()) : text) else { return false }
        return integer.magnitude <= 1 << 53
    }

    func bool(_ key: String, _ context: inout LoadContext) -> Bool? {
        guard let node = self[key] else { return nil }
        switch document.scalar(node)?.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            context.error("'\(key)' must be true or false", at: node, in: document)
            return nil
        }
    }

    /// A period field: `2024`, `2024 Q1`, `2024-03`, `2024-01-15`, `A..B`.
    func period(_ key: String, _ context: inout LoadContext) -> Period? {
        guard let node = self[key] else { return nil }
        if let p = document.digitPeriod(node) { return p }
        guard let text = document.scalar(node) else {
            context.error("'\(key)' must be a period such as 2024, 2024 Q1, 2024-03 or 2024-01-01..2024-06-30",
                          at: node, in: document)
            return nil
        }
        do {
            return try PeriodText.parse(text)
        } catch {
            switch error {
            case .malformed(let t):
                context.error("invalid period '\(t)' in '\(key)': expected a form such as 2024, 2024 Q1, 2024 H2, 2024-03, 2024-01-15 or A..B",
                              at: node, in: document)
            case .impossible(let t):
                context.error("impossible date '\(t)' in '\(key)': no such day, month, quarter or half-year", at: node, in: document)
            case .endsBeforeStart(let t):
                context.error("period '\(t)' in '\(key)' ends before it starts", at: node, in: document)
            }
            return nil
        }
    }

}

/// Writes an `ImportedPlan` as a planq plan file (Grammar/plan-format.md): texts double-quoted,
/// ids, dates and words plain, every node with `source` and, where something was guessed, `notes`.
public enum PlanWriter {
    public static func yaml(_ plan: ImportedPlan) -> String {
        var out = Lines()
        out.add("# \(commented(plan.title)): imported by `planq import` from \(commented(plan.file)) (\(plan.template.rawValue) template).")
        out.add("# `source.line` numbers refer to that file; `notes` say what the importer had to interpret.")
        out.add("")
        out.add("plan:")
        out.add("  id: \(plan.id)")
        out.add("  title: \(quoted(plan.title))")
        if let owner = plan.owner { out.add("  owner: \(owner)") }
        if let period = plan.period { out.add("  period: \(quoted(period))") }
        out.add("  source: {document: \(quoted(plan.document)), file: \(quoted(plan.file))}")
        if let status = plan.status { out.add("  status: \(quoted(status))") }
        if let version = plan.version { out.add("  version: \(quoted(version))") }
        if let date = plan.date { out.add("  date: \(quoted(date))") }
        if !plan.versions.isEmpty {
            out.add("  versions:")
            for v in plan.versions {
                var fields = ["version: \(quoted(v.version))"]
                if let date = v.date { fields.append("date: \(quoted(date))") }
                fields.append("description: \(quoted(v.description))")
                fields.append("authors: \(quoted(v.authors))")
                out.add("    - {\(fields.joined(separator: ", "))}")
            }
        }
        out.list("  notes:", plan.notes, indent: 4)
        if !plan.actors.isEmpty {
            out.add("")
            out.add("actors:")
            for a in plan.actors {
                out.add("  - id: \(a.id)")
                out.add("    name: \(quoted(a.name))")
                out.add("    type: \(a.kind)")
                if let c = a.category { out.add("    category: \(c)") }
                if let d = a.description { out.add("    description: \(quoted(d))") }
                node(a.origin, a.notes, &out)
            }
        }
        if !plan.themes.isEmpty {
            out.add("")
            out.add("themes:")
            for t in plan.themes {
                out.add("  - id: \(t.id)")
                out.add("    name: \(quoted(t.name))")
                out.add("    family: \(t.family)")
                out.add("    column: \(t.column)")
                node(t.origin, t.notes, &out)
            }
        }
        if !plan.goals.isEmpty {
            out.add("")
            out.add("goals:")
            for g in plan.goals {
                out.add("  - id: \(g.id)")
                out.add("    level: \(g.level)")
                if let p = g.parent { out.add("    parent: \(p)") }
                out.add("    title: \(quoted(g.title))")
                out.add("    text: \(quoted(g.text))")
                if let d = g.deadline { out.add("    deadline: \(quoted(d))") }
                if let w = g.written { out.add("    written: \(quoted(w))") }
                if g.approximate { out.add("    approximate: true") }
                node(g.origin, g.notes, &out)
            }
        }
        if !plan.activities.isEmpty {
            out.add("")
            out.add("activities:")
            for a in plan.activities { activity(a, &out) }
        }
        if !plan.workPackages.isEmpty {
            out.add("")
            out.add("work_packages:")
            for w in plan.workPackages {
                out.add("  - id: \(w.id)")
                out.add("    title: \(quoted(w.title))")
                out.optional("    description: ", w.description)
                out.optional("    region_and_target_group: ", w.regionAndTargetGroup)
                out.optional("    partners_text: ", w.partnersText)
                out.optional("    timing_text: ", w.timingText)
                if let fte = w.budgetFTE { out.add("    budget_fte: \(fte)") }
                out.optional("    budget_text: ", w.budgetText)
                out.optional("    contribution: ", w.contribution)
                node(w.origin, w.notes, &out)
            }
        }
        if !plan.events.isEmpty {
            out.add("")
            out.add("events:")
            for e in plan.events {
                out.add("  - id: \(e.id)")
                out.add("    type: \(e.kind)")
                out.add("    title: \(quoted(e.title))")
                out.add("    date: \(quoted(e.date))")
                out.add("    written: \(quoted(e.written))")
                if e.approximate { out.add("    approximate: true") }
                node(e.origin, e.notes, &out)
            }
        }
        return out.text
    }

    static func activity(_ a: ImportedPlan.Activity, _ out: inout Lines) {
        out.add("  - id: \(a.id)")
        if let g = a.goal { out.add("    goal: \(g)") }
        out.add("    title: \(quoted(a.title))")
        out.optional("    description: ", a.description)
        out.optional("    why: ", a.why)
        out.list("    target_groups:", a.targetGroups, indent: 6)
        out.list("    will_do:", a.willDo, indent: 6)
        out.list("    will_not_do:", a.willNotDo, indent: 6)
        out.list("    steps:", a.steps, indent: 6)
        out.list("    channels:", a.channels, indent: 6)
        if !a.links.isEmpty { out.add("    links: [\(a.links.joined(separator: ", "))]") }
        out.optional("    links_text: ", a.linksText)
        out.optional("    own_role_text: ", a.ownRoleText)
        out.optional("    partners_text: ", a.partnersText)
        if let s = a.start { out.add("    start: \(quoted(s))") }
        if let e = a.end { out.add("    end: \(quoted(e))") }
        if let p = a.phase { out.add("    phase: \(p)") }
        let roles = ImportedPlan.roleOrder.filter { !(a.roles[$0] ?? []).isEmpty }
        if !roles.isEmpty {
            out.add("    actors:")
            for role in roles {
                out.add("      \(role):")
                for ref in a.roles[role]! {
                    if let note = ref.note {
                        out.add("        - {actor: \(ref.actor), note: \(quoted(note))}")
                    } else {
                        out.add("        - \(ref.actor)")
                    }
                }
            }
        }
        if !a.contributes.isEmpty { out.add("    contributes: [\(a.contributes.joined(separator: ", "))]") }
        if !a.indicators.isEmpty {
            out.add("    indicators:")
            for i in a.indicators {
                out.add("      - id: \(i.id)")
                out.add("        type: \(i.kind)")
                out.add("        text: \(quoted(i.text))")
                node(i.origin, i.notes, &out, indent: 8)
            }
        }
        node(a.origin, a.notes, &out)
    }

    static func node(_ origin: ImportedPlan.Origin, _ notes: [String], _ out: inout Lines, indent: Int = 4) {
        let pad = String(repeating: " ", count: indent)
        var line = origin.lastLine.map { $0 != origin.line ? "\"\(origin.line)-\($0)\"" : "\(origin.line)" }
            ?? "\(origin.line)"
        if let section = origin.section { line += ", section: \(quoted(section))" }
        out.add("\(pad)source: {line: \(line)}")
        out.list("\(pad)notes:", notes, indent: indent + 2)
    }

    /// A YAML double-quoted scalar.
    static func quoted(_ text: String) -> String {
        var s = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": s += "\\\""
            case "\\": s += "\\\\"
            case "\n": s += "\\n"
            case "\t": s += "\\t"
            case "\r": s += "\\r"
            default:
                if isPrintable(scalar) { s.unicodeScalars.append(scalar) } else { s += escaped(scalar.value) }
            }
        }
        return s + "\""
    }

    /// `text` for a comment line: what YAML would not take there (a line break ends the
    /// comment; a control character is refused anywhere in a YAML file) written as `\uXXXX`.
    static func commented(_ text: String) -> String {
        var s = ""
        for scalar in text.unicodeScalars {
            if isPrintable(scalar) && scalar != "\t" { s.unicodeScalars.append(scalar) } else { s += escaped(scalar.value) }
        }
        return s
    }

    /// Whether YAML takes the character as written, outside of escapes: YAML 1.1's printable
    /// set (which Yams's reader enforces for the whole file), less the line breaks it adds
    /// to the ones of ASCII (U+0085, U+2028, U+2029) and the byte-order mark.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20...0x7E, 0xA0...0xD7FF, 0xE000...0xFFFD: return scalar.value != 0x2028 && scalar.value != 0x2029 && scalar.value != 0xFEFF
        case 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    struct Lines {
        var text = ""
        mutating func add(_ line: String) { text += line + "\n" }
        mutating func optional(_ prefix: String, _ value: String?) {
            if let value { add(prefix + PlanWriter.quoted(value)) }
        }
        mutating func list(_ header: String, _ items: [String], indent: Int) {
            guard !items.isEmpty else { return }
            add(header)
            let pad = String(repeating: " ", count: indent)
            for item in items { add("\(pad)- \(PlanWriter.quoted(item))") }
        }
    }
}

/// `\uXXXX` for a scalar YAML must see escaped.
private func escaped(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
}

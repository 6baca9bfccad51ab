/// Turns a builder's nodes and edges into a graph's columns: every text into one block,
/// per-node lists into flat offset-and-entry arrays, indexes into sorted arrays. Runs once
/// per load; what it writes is what a snapshot stores and maps.
struct ColumnarBuild {
    var nodes: [PlanNode]
    let roles: [RoleEdge]
    let contributions: [(subject: NodeRef, theme: NodeRef)]
    let links: [(from: NodeRef, to: NodeRef)]
    let members: [NodeRef: [NodeRef]]

    consuming func store() -> ColumnStore {
        let n = nodes.count
        var text = TextWriter(capacity: n * 96)
        var c = Columns()
        var fieldNameIndex: [String: UInt32] = [:]
        var fieldNamesByKind = [[Int32]](repeating: [], count: NodeKind.allCases.count)
        var folder = FoldedKey.Folder()
        c.days = ([Int32](repeating: .min, count: n), [Int32](repeating: .min, count: n), [Int32](repeating: .min, count: n), [Int32](repeating: .min, count: n))
        c.kind.reserveCapacity(n); c.plan.reserveCapacity(n); c.parent.reserveCapacity(n); c.ids.reserveCapacity(n)
        c.idKeys.reserveCapacity(n); c.titles.reserveCapacity(n); c.ownPeriod.reserveCapacity(n); c.periodFrom.reserveCapacity(n)
        c.source.reserveCapacity(n); c.notes.offsets.reserveCapacity(n + 1); c.fields.offsets.reserveCapacity(n + 1)
        c.foldedTitles.bytes.reserveCapacity(n * 48); c.foldedTitles.offsets.reserveCapacity(n + 1)

        // Fields are read in place (`nodes[i].kind`): a copy of a node would retain each of its texts.
        for i in 0..<n {
            c.kind.append(nodes[i].kind.code)
            c.plan.append(nodes[i].plan?.index ?? -1)
            c.parent.append(nodes[i].parent?.index ?? -1)
            c.ids.append(text.add(nodes[i].id))
            c.idKeys.append(text.addFolded(nodes[i].id))
            c.titles.append(text.add(nodes[i].title))
            folder.append(nodes[i].title, to: &c.foldedTitles.bytes)
            c.foldedTitles.offsets.append(Int32(c.foldedTitles.bytes.count))
            if let p = nodes[i].ownPeriod {
                c.ownPeriod.append(Int32(c.periods.count))
                c.periods.append(ColumnarBuild.record(p, text: &text))
            } else {
                c.ownPeriod.append(-1)
            }
            c.periodFrom.append(nodes[i].periodFrom?.index ?? -1)
            if let p = nodes[i].period {
                (c.days.start[i], c.days.end[i]) = (p.start.ordinal, p.end.ordinal)
                (c.days.first[i], c.days.last[i]) = (p.start.ordinal, p.end.ordinal)
            }
            if let s = nodes[i].source {
                c.source.append(Int32(c.provenance.count))
                c.provenance.append(ProvenanceRecord(document: text.shared(s.document), lines: text.add(s.lines), section: text.add(s.section),
                                                   planFile: text.shared(s.planFile), planLine: Int32(clamping: s.planLine)))
            } else {
                c.source.append(-1)
            }
            for note in nodes[i].notes { c.notes.entries.append(text.add(note)) }
            c.notes.offsets.append(Int32(c.notes.entries.count))
            let k = Int(nodes[i].kind.code)
            for (position, field) in nodes[i].fields.enumerated() {
                let name: UInt32
                if let known = fieldNameIndex[field.name] { name = known } else {
                    name = UInt32(c.fieldNames.count)
                    fieldNameIndex[field.name] = name
                    c.fieldNames.append(text.add(field.name))
                }
                // Nodes of a kind mostly store the same fields in the same order.
                let list = fieldNamesByKind[k]
                if !(position < list.count && list[position] == Int32(name)) && !list.contains(Int32(name)) {
                    fieldNamesByKind[k].append(Int32(name))
                }
                c.fields.entries.append(ColumnarBuild.record(field.value, name: name, in: &c, text: &text))
                if case .period(let p) = field.value {
                    if field.name == "start" { c.days.first[i] = p.start.ordinal }
                    if field.name == "end" { c.days.last[i] = p.end.ordinal }
                }
            }
            c.fields.offsets.append(Int32(c.fields.entries.count))
            // Its texts are in the columns now: let them go, so that a large load does not
            // hold every text twice.
            nodes[i] = PlanNode(kind: .plan, id: "", plan: nil, title: "")
        }
        c.fieldNamesByKind = FlatLists(perKind: fieldNamesByKind)
        nodes = []
        indexed(&c, text: &text)
        c.text = text.bytes
        text = TextWriter(capacity: 0)
        return ColumnStore(c)
    }

    /// A field's value as a fixed-size record; its items, and its period, go to their own columns.
    static func record(_ value: FieldValue, name: UInt32, in c: inout Columns, text: inout TextWriter) -> FieldRecord {
        func record(_ tag: FieldRecord.Tag, _ payload: UInt64) -> FieldRecord { FieldRecord(name: name, tag: tag.rawValue, payload: payload) }
        switch value {
        case .text(let t):
            let r = text.add(t)
            return record(.text, UInt64(r.offset) | UInt64(r.length) << 32)
        case .list(let items):
            defer { for item in items { c.listItems.append(text.add(item)) } }
            return record(.list, UInt64(c.listItems.count) | UInt64(items.count) << 32)
        case .number(let x):
            return record(.number, x.bitPattern)
        case .period(let p):
            defer { c.periods.append(ColumnarBuild.record(p, text: &text)) }
            return record(.period, UInt64(c.periods.count))
        case .node(let r):
            return record(.node, UInt64(UInt32(bitPattern: r.index)))
        case .nodes(let refs):
            defer { c.nodeItems += refs.map(\.index) }
            return record(.nodes, UInt64(c.nodeItems.count) | UInt64(refs.count) << 32)
        case .unknown:
            return record(.unknown, 0)
        }
    }

    static func record(_ p: Period, text: inout TextWriter) -> PeriodRecord {
        PeriodRecord(start: p.start.ordinal, end: p.end.ordinal, precision: Period.Precision.allCodes.firstIndex(of: p.precision).map(UInt8.init)!,
                     approximate: p.approximate ? 1 : 0, written: text.add(p.written))
    }
}

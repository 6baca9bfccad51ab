/// Turns a builder's nodes and edges into a graph's columns: every text into one block,
/// per-node lists into flat offset-and-entry arrays, indexes into sorted arrays. Runs once
/// per load; what it writes is what a snapshot stores and maps.
struct ColumnarBuild {
    let nodes: [PlanNode]
    let roles: [RoleEdge]
    let contributions: [(subject: NodeRef, theme: NodeRef)]
    let links: [(from: NodeRef, to: NodeRef)]
    let members: [NodeRef: [NodeRef]]

    func blob() -> Blob {
        let n = nodes.count
        var text = TextWriter(capacity: n * 96)
        var kind = [UInt8](), plan = [Int32](), parent = [Int32](), ids = [TextRef](), idKeys = [TextRef](), titles = [TextRef]()
        var ownPeriod = [Int32](), periodFrom = [Int32](), periods = [PeriodRecord]()
        var periodStart = [Int32](repeating: .min, count: n), periodEnd = periodStart, firstDay = periodStart, lastDay = periodStart
        var source = [Int32](), provenance = [ProvenanceRecord]()
        var noteOffsets: [Int32] = [0], notes = [TextRef]()
        var fieldOffsets: [Int32] = [0], fields = [FieldRecord](), listItems = [TextRef](), nodeItems = [Int32]()
        var fieldNameIndex: [String: UInt32] = [:], fieldNames = [TextRef]()
        var fieldNamesByKind = [[Int32]](repeating: [], count: NodeKind.allCases.count)
        var foldedTitles = [UInt8](), foldedTitleOffsets: [Int32] = [0]
        var folder = FoldedKey.Folder()
        kind.reserveCapacity(n); plan.reserveCapacity(n); parent.reserveCapacity(n); ids.reserveCapacity(n)
        idKeys.reserveCapacity(n); titles.reserveCapacity(n); ownPeriod.reserveCapacity(n); periodFrom.reserveCapacity(n)
        source.reserveCapacity(n); noteOffsets.reserveCapacity(n + 1); fieldOffsets.reserveCapacity(n + 1)
        foldedTitles.reserveCapacity(n * 48); foldedTitleOffsets.reserveCapacity(n + 1)

        func record(_ p: Period) -> PeriodRecord {
            PeriodRecord(start: p.start.ordinal, end: p.end.ordinal, precision: Period.Precision.allCodes.firstIndex(of: p.precision).map(UInt8.init)!,
                         approximate: p.approximate ? 1 : 0, written: text.add(p.written))
        }
        // Fields are read in place (`nodes[i].kind`): a copy of a node would retain each of its texts.
        for i in 0..<n {
            kind.append(nodes[i].kind.code)
            plan.append(nodes[i].plan?.index ?? -1)
            parent.append(nodes[i].parent?.index ?? -1)
            ids.append(text.add(nodes[i].id))
            idKeys.append(text.addFolded(nodes[i].id))
            titles.append(text.add(nodes[i].title))
            folder.append(nodes[i].title, to: &foldedTitles)
            foldedTitleOffsets.append(Int32(foldedTitles.count))
            if let p = nodes[i].ownPeriod {
                ownPeriod.append(Int32(periods.count))
                periods.append(record(p))
            } else {
                ownPeriod.append(-1)
            }
            periodFrom.append(nodes[i].periodFrom?.index ?? -1)
            if let p = nodes[i].period {
                (periodStart[i], periodEnd[i]) = (p.start.ordinal, p.end.ordinal)
                (firstDay[i], lastDay[i]) = (p.start.ordinal, p.end.ordinal)
            }
            if let s = nodes[i].source {
                source.append(Int32(provenance.count))
                provenance.append(ProvenanceRecord(document: text.shared(s.document), lines: text.add(s.lines), section: text.add(s.section),
                                                   planFile: text.shared(s.planFile), planLine: Int32(clamping: s.planLine)))
            } else {
                source.append(-1)
            }
            for note in nodes[i].notes { notes.append(text.add(note)) }
            noteOffsets.append(Int32(notes.count))
            let k = Int(nodes[i].kind.code)
            for (position, field) in nodes[i].fields.enumerated() {
                let name: UInt32
                if let known = fieldNameIndex[field.name] { name = known } else {
                    name = UInt32(fieldNames.count)
                    fieldNameIndex[field.name] = name
                    fieldNames.append(text.add(field.name))
                }
                // Nodes of a kind mostly store the same fields in the same order.
                let list = fieldNamesByKind[k]
                if !(position < list.count && list[position] == Int32(name)) && !list.contains(Int32(name)) {
                    fieldNamesByKind[k].append(Int32(name))
                }
                var entry = FieldRecord(name: name, tag: 0, payload: 0)
                switch field.value {
                case .text(let t):
                    let r = text.add(t)
                    entry.tag = FieldRecord.Tag.text.rawValue
                    entry.payload = UInt64(r.offset) | UInt64(r.length) << 32
                case .list(let items):
                    entry.tag = FieldRecord.Tag.list.rawValue
                    entry.payload = UInt64(listItems.count) | UInt64(items.count) << 32
                    for item in items { listItems.append(text.add(item)) }
                case .number(let x):
                    entry.tag = FieldRecord.Tag.number.rawValue
                    entry.payload = x.bitPattern
                case .period(let p):
                    entry.tag = FieldRecord.Tag.period.rawValue
                    entry.payload = UInt64(periods.count)
                    periods.append(record(p))
                    if field.name == "start" { firstDay[i] = p.start.ordinal }
                    if field.name == "end" { lastDay[i] = p.end.ordinal }
                case .node(let r):
                    entry.tag = FieldRecord.Tag.node.rawValue
                    entry.payload = UInt64(UInt32(bitPattern: r.index))
                case .nodes(let refs):
                    entry.tag = FieldRecord.Tag.nodes.rawValue
                    entry.payload = UInt64(nodeItems.count) | UInt64(refs.count) << 32
                    nodeItems += refs.map(\.index)
                case .unknown:
                    entry.tag = FieldRecord.Tag.unknown.rawValue
                }
                fields.append(entry)
            }
            fieldOffsets.append(Int32(fields.count))
        }
        var columns = Columns()
        columns.kind = kind; columns.plan = plan; columns.parent = parent
        columns.ids = ids; columns.idKeys = idKeys; columns.titles = titles
        columns.ownPeriod = ownPeriod; columns.periodFrom = periodFrom; columns.periods = periods
        columns.days = (periodStart, periodEnd, firstDay, lastDay)
        columns.source = source; columns.provenance = provenance
        columns.notes = (noteOffsets, notes); columns.fields = (fieldOffsets, fields)
        columns.fieldNames = fieldNames; columns.listItems = listItems; columns.nodeItems = nodeItems
        columns.fieldNamesByKind = FlatLists(perKind: fieldNamesByKind)
        columns.foldedTitles = (foldedTitles, foldedTitleOffsets)
        return indexed(columns, text: &text).write(text: text.bytes)
    }
}

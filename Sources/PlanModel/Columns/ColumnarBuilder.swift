/// Writes a graph's columns one node at a time, as the loader completes its nodes, then its
/// inherited periods and indexes (`finish`): every text into one block, per-node lists into
/// flat offset-and-entry arrays, indexes into sorted arrays. A node's texts are in the
/// columns once it is appended, so no load holds every node twice. What it writes is what a
/// snapshot stores and maps.
struct ColumnarBuilder {
    private(set) var c = Columns()
    private var text = TextWriter(capacity: 0)
    private var fieldNameIndex: [String: UInt32] = [:]
    private var fieldNamesByKind = [[Int32]](repeating: [], count: NodeKind.allCases.count)
    /// Per kind, the field names the last node of that kind stored, by position: nodes of a
    /// kind mostly store the same fields in the same order, and comparing a short name is
    /// quicker than hashing it.
    private var lastFieldNames = [[(name: String, index: UInt32)]](repeating: [], count: NodeKind.allCases.count)
    private var shortTexts = ShortTexts()
    /// Plan files by name, to their index in `sourceFiles`.
    private var fileIndex: [[UInt8]: Int32] = [:]

    var count: Int { c.kind.count }
    /// Role edges added so far.
    var roleCount: Int { c.roleSubject.count }

    /// Room for about `n` nodes and `textBytes` of text, taken at once so that no large column
    /// is copied as it grows. Room never used is never touched, so it costs no memory.
    mutating func reserveCapacity(nodes n: Int, textBytes: Int) {
        text.bytes.reserveCapacity(textBytes)
        c.kind.reserveCapacity(n); c.plan.reserveCapacity(n); c.parent.reserveCapacity(n); c.ids.reserveCapacity(n)
        c.titles.reserveCapacity(n); c.ownPeriod.reserveCapacity(n)
        c.days.first.reserveCapacity(n); c.days.last.reserveCapacity(n)
        c.planLine.reserveCapacity(n); c.periods.reserveCapacity(2 * n)
        c.fields.offsets.reserveCapacity(n + 1); c.fields.entries.reserveCapacity(4 * n)
        c.listItems.reserveCapacity(n); c.nodeItems.reserveCapacity(n)
    }

    /// Room for `n` role edges.
    mutating func reserveCapacity(roles n: Int) {
        c.roleSubject.reserveCapacity(n); c.roleKind.reserveCapacity(n); c.roleActor.reserveCapacity(n)
    }

    /// Writes the columns of node `i` of a batch, with its notes. Its inherited period
    /// (`periodFrom`, the period days) is resolved in `finish`, when every node above it is in.
    mutating func append(_ batch: borrowing NodeBatch, _ i: Int, notes: [NodeBatch.Text], names: inout BatchNames) {
        let kind = batch.kind[i]
        c.kind.append(kind.code)
        c.plan.append(batch.plan[i])
        c.parent.append(batch.parent[i])
        batch.withBytes(batch.id[i]) { id in
            c.ids.append(text.add(id))
            // An ASCII id's key is read from the id itself (`IDKeys`).
            let ascii = id.allSatisfy { $0 < 0x80 }
            Presence.append(!ascii, owner: c.kind.count - 1, to: &c.idKeyPresence)
            if !ascii { c.idKeys.append(text.addFolded(String(decoding: id, as: UTF8.self))) }
        }
        let title = batch.withBytes(batch.title[i]) { text.add($0) }
        c.titles.append(title)
        if let p = batch.ownPeriodOf(i) {
            c.ownPeriod.append(Int32(c.periods.count))
            c.periods.append(ColumnarBuilder.record(p, slot: 0, text: &text, short: &shortTexts))
        } else {
            c.ownPeriod.append(-1)
        }
        // `periodFrom` and the period days are made in `finish`: a load does not hold them.
        c.days.first.append(.min); c.days.last.append(.min)
        let k = Int(kind.code), n = count - 1
        addSource(of: i, in: batch, node: n, names: &names)
        c.notes.append(notes.map { note in batch.withBytes(note) { text.add($0) } })
        let start = Int(batch.fieldStart[i])
        for position in 0..<Int(batch.fieldCount[i]) {
            let field = batch.fields[start + position]
            let name = fieldName(field.name, kind: k, position: position)
            // Nodes of a kind mostly store the same fields in the same order.
            let list = fieldNamesByKind[k]
            if !(position < list.count && list[position] == Int32(name)) && !list.contains(Int32(name)) {
                fieldNamesByKind[k].append(Int32(name))
            }
            c.fields.entries.append(record(field.value, name: name, title: (batch.title[i], title), in: batch))
            // A `start` or `end` field is the node's first or last day; else its period's (`finish`).
            if case .period(let p) = field.value {
                if field.name == "start" { c.days.first[n] = batch.periods[Int(p)].start.ordinal }
                if field.name == "end" { c.days.last[n] = batch.periods[Int(p)].end.ordinal }
            }
        }
        c.fields.offsets.append(Int32(c.fields.entries.count))
    }

    /// A batch's plan files and documents as the columns name them, found at each one's
    /// first use: the nodes of a batch (a file's) name the same few, so each is looked up once.
    struct BatchNames {
        var files: [Int32?]
        var documents: [TextRef?]
        init(_ batch: borrowing NodeBatch) {
            files = Array(repeating: nil, count: batch.files.count)
            documents = Array(repeating: nil, count: batch.documents.count)
        }
    }

    /// The node's plan file and line, and the document, lines and section where it has them.
    private mutating func addSource(of i: Int, in batch: borrowing NodeBatch, node n: Int, names: inout BatchNames) {
        guard batch.file[i] >= 0 else {
            SourceRuns.append(file: -1, node: n, to: &c.sourceRuns)
            c.planLine.append(0)
            Presence.append(false, owner: n, to: &c.sourceDetailPresence)
            return
        }
        let f = Int(batch.file[i])
        let index = names.files[f] ?? file(batch.files[f])
        names.files[f] = index
        SourceRuns.append(file: index, node: n, to: &c.sourceRuns)
        c.planLine.append(batch.line[i])
        let d = batch.detail[i]
        let detail = d < 0 ? nil : batch.details[Int(d)]
        let detailed = detail.map { $0.document >= 0 || !$0.lines.isAbsent || !$0.section.isAbsent } ?? false
        Presence.append(detailed, owner: n, to: &c.sourceDetailPresence)
        if let detail, detailed {
            var document = TextRef.absent
            if detail.document >= 0 {
                let d = Int(detail.document)
                document = names.documents[d] ?? text.shared(batch.documents[d])
                names.documents[d] = document
            }
            let lines = batch.withBytes(detail.lines) { detail.lines.isAbsent ? TextRef.absent : text.add($0) }
            let section = batch.withBytes(detail.section) { detail.section.isAbsent ? TextRef.absent : text.add($0) }
            c.sourceDetails.append(SourceDetailRecord(document: document, lines: lines, section: section))
        }
    }

    /// The plan file's index in `sourceFiles`, added when it is new.
    private mutating func file(_ name: String) -> Int32 {
        let key = Array(name.utf8)
        if let known = fileIndex[key] { return known }
        let index = Int32(c.sourceFiles.count)
        c.sourceFiles.append(text.add(name))
        fileIndex[key] = index
        return index
    }

    /// Adds a role edge; its note, which few have, only where there is one.
    mutating func addRole(_ role: Role, actor: NodeRef, for subject: NodeRef, note: String?) {
        Presence.append(note != nil, owner: c.roleSubject.count, to: &c.roleNotePresence)
        c.roleSubject.append(subject.index)
        c.roleKind.append(role.code)
        c.roleActor.append(actor.index)
        if let note { c.roleNote.append(text.add(note)) }
    }

    /// The field name's index in the field-name table, added when it is new.
    private mutating func fieldName(_ field: String, kind k: Int, position: Int) -> UInt32 {
        if position < lastFieldNames[k].count, lastFieldNames[k][position].name == field { return lastFieldNames[k][position].index }
        let name: UInt32
        if let known = fieldNameIndex[field] { name = known } else {
            name = UInt32(c.fieldNames.count)
            fieldNameIndex[field] = name
            c.fieldNames.append(text.add(field))
        }
        if position < lastFieldNames[k].count { lastFieldNames[k][position] = (field, name) }
        else if position == lastFieldNames[k].count { lastFieldNames[k].append((field, name)) }
        return name
    }

    // MARK: Reading and changing appended nodes

    func string(_ ref: TextRef) -> String {
        String(decoding: text.bytes[Int(ref.offset)..<Int(ref.offset) + Int(ref.length)], as: UTF8.self)
    }

    func kind(_ i: Int) -> NodeKind { NodeKind.byCode[Int(c.kind[i])] }
    func id(_ i: Int) -> String { string(c.ids[i]) }
    func plan(_ i: Int) -> NodeRef? { c.plan[i] < 0 ? nil : NodeRef(Int(c.plan[i])) }
    func parent(_ i: Int) -> NodeRef? { c.parent[i] < 0 ? nil : NodeRef(Int(c.parent[i])) }

    /// The first and last day of the node's own period, if it has one.
    func ownDays(_ i: Int) -> (start: Day, end: Day)? {
        guard c.ownPeriod[i] >= 0 else { return nil }
        let r = c.periods[Int(c.ownPeriod[i])]
        return (Day(ordinal: r.start), Day(ordinal: r.end))
    }

    /// Where the node is written in its plan file.
    func site(_ i: Int) -> (file: String, line: Int)? {
        let file = c.sourceRuns.withUnsafeBufferPointer { SourceRuns.file(of: i, in: $0) }
        return file < 0 ? nil : (string(c.sourceFiles[Int(file)]), Int(c.planLine[i]))
    }

    /// The items of the node's list field `name`, nil when it has none.
    func list(_ name: String, of i: Int) -> [String]? {
        guard let r = record(name, of: i), r.record.tag == FieldRecord.Tag.list.rawValue else { return nil }
        let first = Int(r.record.payload & 0xFFFF_FFFF), n = Int(r.record.payload >> 32)
        return c.listItems[first..<first + n].map(string)
    }

    /// Points the node's field `name` — a node or node list set as a placeholder when the
    /// node was filled — at `value`. A list's items go at the end of the node items.
    mutating func set(_ name: String, _ value: FieldValue, of i: Int) {
        guard let at = record(name, of: i)?.index else { preconditionFailure("no field '\(name)' to set") }
        let payload: UInt64
        switch value {
        case .node(let r):
            precondition(c.fields.entries[at].tag == FieldRecord.Tag.node.rawValue, "field '\(name)' is not a node")
            payload = UInt64(UInt32(bitPattern: r.index))
        case .nodes(let refs):
            precondition(c.fields.entries[at].tag == FieldRecord.Tag.nodes.rawValue, "field '\(name)' is not a node list")
            payload = UInt64(c.nodeItems.count) | UInt64(refs.count) << 32
            c.nodeItems += refs.map(\.index)
        default: preconditionFailure("only node fields are set after a node is appended")
        }
        c.fields.entries[at].payload = payload
    }

    private func record(_ name: String, of i: Int) -> (index: Int, record: FieldRecord)? {
        guard let n = fieldNameIndex[name] else { return nil }
        for at in Int(c.fields.offsets[i])..<Int(c.fields.offsets[i + 1]) where c.fields.entries[at].name == n {
            return (at, c.fields.entries[at])
        }
        return nil
    }

    // MARK: Finishing

    /// Resolves every node's effective period, adds the edges and builds the indexes.
    consuming func finish(edges: consuming GraphEdges) -> ColumnStore {
        FreedMemory.release(nodes: count)
        // Sorted on another core meanwhile: they read only ids, kinds and plans.
        let idIndexes = IDIndexes(c, text: text.bytes)
        idIndexes.start(onThread: !SmallGraph.contains(count))
        inheritPeriods()
        c.fieldNamesByKind = FlatLists(perKind: fieldNamesByKind)
        var columns = c, text = self.text
        c = Columns()
        self.text = TextWriter(capacity: 0)
        edges.add(to: &columns)
        GraphIndexes.add(to: &columns, text: &text, idIndexes: idIndexes)
        columns.text = text.bytes
        text = TextWriter(capacity: 0)
        FreedMemory.release(nodes: columns.kind.count)
        return ColumnStore(columns)
    }

    /// Each node's period is its own, else that of its nearest ancestor (parent, …, then its
    /// plan) that has one: `periodFrom` names that ancestor. The period days are the effective
    /// period's; the first and last day are those of a `start` or `end` field where the node
    /// has one.
    private mutating func inheritPeriods() {
        let sources = PeriodSources.of(count: count, hasOwn: { c.ownPeriod[$0] >= 0 }, up: { i in
            Int(Hierarchy.up(parent: c.parent[i], kindCode: c.kind[i], plan: c.plan[i]))
        })
        c.periodFrom = [Int32](repeating: -1, count: count)
        c.days.start = [Int32](repeating: .min, count: count)
        c.days.end = [Int32](repeating: .min, count: count)
        for i in sources.indices where sources[i] >= 0 {
            let s = Int(sources[i])
            if s != i { c.periodFrom[i] = Int32(s) }
            let r = c.periods[Int(c.ownPeriod[s])]
            (c.days.start[i], c.days.end[i]) = (r.start, r.end)
            if c.days.first[i] == .min { c.days.first[i] = r.start }
            if c.days.last[i] == .min { c.days.last[i] = r.end }
        }
        c.firstDays = SparseColumn(c.days.first, differingFrom: c.days.start)
        c.lastDays = SparseColumn(c.days.last, differingFrom: c.days.end)
        (c.days.first, c.days.last) = ([], [])
        c.ownPeriods = SparseColumn(c.ownPeriod, except: -1)
        c.ownPeriod = []
    }

    // MARK: Records

    /// A field's value as a fixed-size record; its items, and its period, go to their own
    /// columns. A text that is the node's title (`title`, an actor's `name`, an indicator's
    /// `text`) reads the title's bytes: a title's text is most of a graph's.
    private mutating func record(_ value: NodeBatch.Value, name: UInt32, title: (text: NodeBatch.Text, ref: TextRef),
                                 in batch: borrowing NodeBatch) -> FieldRecord {
        func record(_ tag: FieldRecord.Tag, _ payload: UInt64) -> FieldRecord { FieldRecord(name: name, tag: tag.rawValue, payload: payload) }
        switch value {
        case .text(let t):
            let r = batch.same(t, title.text) ? title.ref : batch.withBytes(t) { shortTexts.ref($0, slot: Int(name) + 1, text: &text) }
            return record(.text, UInt64(r.offset) | UInt64(r.length) << 32)
        case .list(let start, let n):
            defer { for k in Int(start)..<Int(start + n) { c.listItems.append(batch.withBytes(batch.listItems[k]) { text.add($0) }) } }
            return record(.list, UInt64(c.listItems.count) | UInt64(n) << 32)
        case .number(let x):
            return record(.number, x.bitPattern)
        case .period(let p):
            defer { c.periods.append(ColumnarBuilder.record(batch.periods[Int(p)], slot: Int(name) + 1, text: &text, short: &shortTexts)) }
            return record(.period, UInt64(c.periods.count))
        case .node(let r):
            return record(.node, UInt64(UInt32(bitPattern: r.index)))
        case .nodes(let start, let n):
            defer { c.nodeItems += batch.nodeItems[Int(start)..<Int(start + n)] }
            return record(.nodes, UInt64(c.nodeItems.count) | UInt64(n) << 32)
        case .unknown:
            return record(.unknown, 0)
        }
    }

    /// A period as a record; its text as written is looked for among the last few of `slot`.
    static func record(_ p: Period, slot: Int, text: inout TextWriter, short: inout ShortTexts) -> PeriodRecord {
        PeriodRecord(start: p.start.ordinal, end: p.end.ordinal, precision: Period.Precision.allCodes.firstIndex(of: p.precision).map(UInt8.init)!,
                     approximate: p.approximate ? 1 : 0, written: p.written.map { short.ref($0, slot: slot, text: &text) } ?? .absent)
    }
}

/// A graph's edges as the loader collected them, turned into columns by `indexed`.
struct GraphEdges {
    let contributions: [(subject: NodeRef, theme: NodeRef)]
    let links: [(from: NodeRef, to: NodeRef)]
    let members: [NodeRef: [NodeRef]]
}

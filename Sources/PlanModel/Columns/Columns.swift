/// A graph's columns while they are built, one array per `Section`; `write` lays them out
/// in one blob in section order.
struct Columns {
    var text: [UInt8] = []
    var kind: [UInt8] = [], plan: [Int32] = [], parent: [Int32] = []
    var ids: [TextRef] = [], titles: [TextRef] = [], idKeyPresence: [UInt64] = [], idKeys: [TextRef] = []
    /// While a graph is built, `ownPeriod` has an entry for every node (-1 for none); `finish`
    /// keeps only those that have one (`ownPeriods`).
    var ownPeriod: [Int32] = [], ownPeriods = SparseColumn(), periodFrom: [Int32] = [], periods: [PeriodRecord] = []
    /// While a graph is built, `first` and `last` have a day for every node; `finish` keeps
    /// only those that differ from the period's (`firstDays`, `lastDays`).
    var days: (start: [Int32], end: [Int32], first: [Int32], last: [Int32]) = ([], [], [], [])
    var firstDays = SparseColumn(), lastDays = SparseColumn()
    var planLine: [Int32] = [], sourceRuns: [Int32] = [], sourceFiles: [TextRef] = []
    var sourceDetailPresence: [UInt64] = [], sourceDetails: [SourceDetailRecord] = []
    var notes = SparseLists<TextRef>()
    var fields: (offsets: [Int32], entries: [FieldRecord]) = ([0], [])
    var fieldNames: [TextRef] = [], listItems: [TextRef] = [], nodeItems: [Int32] = []
    var roleSubject: [Int32] = [], roleKind: [UInt8] = [], roleActor: [Int32] = []
    var roleNotePresence: [UInt64] = [], roleNote: [TextRef] = []
    var rolesBySubject = SparseLists<Int32>(), rolesByActor = SparseLists<Int32>()
    var children = SparseLists<Int32>()
    var themes = SparseLists<Int32>(), contributors = SparseLists<Int32>()
    var linksFrom = SparseLists<Int32>(), linksTo = SparseLists<Int32>()
    var members = SparseLists<Int32>(), groups = SparseLists<Int32>()
    var preorder: [Int32] = [], subtreeEnd: [Int32] = [], preorderNodes: [Int32] = []
    var byKind = FlatLists(perKind: []), byStart = FlatLists(perKind: []), ends = FlatLists(perKind: [])
    var preorderByKind = FlatLists(perKind: []), fieldNamesByKind = FlatLists(perKind: [])
    var globalIDs: [Int32] = [], plansByID: [Int32] = [], byBareID: [Int32] = [], byBarePlan: [Int32] = []
    var actorNameKeys: [TextRef] = [], actorNameNodes: [Int32] = [], actorNameList: [TextRef] = []
    /// Always empty here: a snapshot's folded titles are made as it is written (`ColumnStore.write`).
    var foldedTitles: [UInt8] = [], foldedTitleOffsets: [Int32] = []

    /// Shows `visitor` every section's array in section order.
    mutating func each<V: SectionVisitor>(_ w: inout V) {
        for section in Section.allCases {
            switch section {
            case .text: w.add(&text)
            case .kind: w.add(&kind)
            case .plan: w.add(&plan)
            case .parent: w.add(&parent)
            case .id: w.add(&ids)
            case .idKeyPresence: w.add(&idKeyPresence)
            case .idKey: w.add(&idKeys)
            case .title: w.add(&titles)
            case .ownPeriodPresence: w.add(&ownPeriods.presence)
            case .ownPeriod: w.add(&ownPeriods.values)
            case .periodFrom: w.add(&periodFrom)
            case .periods: w.add(&periods)
            case .periodStart: w.add(&days.start)
            case .periodEnd: w.add(&days.end)
            case .firstDayPresence: w.add(&firstDays.presence)
            case .firstDay: w.add(&firstDays.values)
            case .lastDayPresence: w.add(&lastDays.presence)
            case .lastDay: w.add(&lastDays.values)
            case .planLine: w.add(&planLine)
            case .sourceRuns: w.add(&sourceRuns)
            case .sourceFiles: w.add(&sourceFiles)
            case .sourceDetailPresence: w.add(&sourceDetailPresence)
            case .sourceDetails: w.add(&sourceDetails)
            case .notePresence: w.add(&notes.presence)
            case .noteOffsets: w.add(&notes.offsets)
            case .notes: w.add(&notes.entries)
            case .fieldOffsets: w.add(&fields.offsets)
            case .fields: w.add(&fields.entries)
            case .fieldNames: w.add(&fieldNames)
            case .listItems: w.add(&listItems)
            case .nodeItems: w.add(&nodeItems)
            case .roleSubject: w.add(&roleSubject)
            case .roleKind: w.add(&roleKind)
            case .roleActor: w.add(&roleActor)
            case .roleNotePresence: w.add(&roleNotePresence)
            case .roleNote: w.add(&roleNote)
            case .rolesBySubjectPresence: w.add(&rolesBySubject.presence)
            case .rolesBySubjectOffsets: w.add(&rolesBySubject.offsets)
            case .rolesBySubject: w.add(&rolesBySubject.entries)
            case .rolesByActorPresence: w.add(&rolesByActor.presence)
            case .rolesByActorOffsets: w.add(&rolesByActor.offsets)
            case .rolesByActor: w.add(&rolesByActor.entries)
            case .childPresence: w.add(&children.presence)
            case .childOffsets: w.add(&children.offsets)
            case .children: w.add(&children.entries)
            case .themePresence: w.add(&themes.presence)
            case .themeOffsets: w.add(&themes.offsets)
            case .themes: w.add(&themes.entries)
            case .contributorPresence: w.add(&contributors.presence)
            case .contributorOffsets: w.add(&contributors.offsets)
            case .contributors: w.add(&contributors.entries)
            case .linksFromPresence: w.add(&linksFrom.presence)
            case .linksFromOffsets: w.add(&linksFrom.offsets)
            case .linksFrom: w.add(&linksFrom.entries)
            case .linksToPresence: w.add(&linksTo.presence)
            case .linksToOffsets: w.add(&linksTo.offsets)
            case .linksTo: w.add(&linksTo.entries)
            case .memberPresence: w.add(&members.presence)
            case .memberOffsets: w.add(&members.offsets)
            case .members: w.add(&members.entries)
            case .groupPresence: w.add(&groups.presence)
            case .groupOffsets: w.add(&groups.offsets)
            case .groups: w.add(&groups.entries)
            case .preorder: w.add(&preorder)
            case .subtreeEnd: w.add(&subtreeEnd)
            case .preorderNodes: w.add(&preorderNodes)
            case .byKindOffsets: w.add(&byKind.offsets)
            case .byKind: w.add(&byKind.entries)
            case .byStartOffsets: w.add(&byStart.offsets)
            case .byStart: w.add(&byStart.entries)
            case .endsOffsets: w.add(&ends.offsets)
            case .ends: w.add(&ends.entries)
            case .preorderByKindOffsets: w.add(&preorderByKind.offsets)
            case .preorderByKind: w.add(&preorderByKind.entries)
            case .fieldNamesByKindOffsets: w.add(&fieldNamesByKind.offsets)
            case .fieldNamesByKind: w.add(&fieldNamesByKind.entries)
            case .globalIDs: w.add(&globalIDs)
            case .plansByID: w.add(&plansByID)
            case .byBareID: w.add(&byBareID)
            case .byBarePlan: w.add(&byBarePlan)
            case .actorNameKeys: w.add(&actorNameKeys)
            case .actorNameNodes: w.add(&actorNameNodes)
            case .actorNameList: w.add(&actorNameList)
            case .foldedTitles: w.add(&foldedTitles)
            case .foldedTitleOffsets: w.add(&foldedTitleOffsets)
            }
        }
    }
}

/// Something shown every section's array in turn.
protocol SectionVisitor {
    mutating func add<T: BitwiseCopyable>(_ array: inout [T])
}

/// Notes each section's length and size.
struct SectionSizes: SectionVisitor {
    var counts: [Int] = [], byteCounts: [Int] = []
    mutating func add<T: BitwiseCopyable>(_ array: inout [T]) {
        counts.append(array.count)
        byteCounts.append(array.count * MemoryLayout<T>.stride)
    }
}

/// Notes where each section's array keeps its elements.
struct SectionPointers: SectionVisitor {
    var pointers: [UnsafeRawPointer?] = []
    mutating func add<T: BitwiseCopyable>(_ array: inout [T]) {
        // The arrays are never changed again once a `ColumnStore` holds them, so their
        // storage stays where it is for as long as the store lives.
        pointers.append(array.withUnsafeBytes { $0.baseAddress })
    }
}

/// A built graph's columns, kept as they were built (no copy into one block): the graph
/// reads them in place, and a snapshot is written from them section by section.
final class ColumnStore: @unchecked Sendable {
    private let columns: Columns
    let layout: BlobLayout
    let pointers: [UnsafeRawPointer?]

    init(_ columns: consuming Columns) {
        var c = columns
        var sizes = SectionSizes()
        c.each(&sizes)
        var pointers = SectionPointers()
        c.each(&pointers)
        self.columns = c
        layout = BlobLayout(counts: sizes.counts, byteCounts: sizes.byteCounts)
        self.pointers = pointers.pointers
    }

    /// Section `i` as (start, element count); a placeholder start for an empty one.
    func section(_ i: Int) -> (UnsafeRawPointer, Int) {
        (pointers[i] ?? UnsafeRawPointer(bitPattern: 8)!, layout.counts[i])
    }

    /// The bytes of a blob of these columns, piece by piece, each with the checksum so far;
    /// the header piece has 0 where the checksum goes. Returns the checksum, or nil when
    /// `write` failed. `replacing` gives sections written instead of the stored ones (element
    /// count and bytes, by section number): the folded titles a snapshot keeps and a built
    /// graph does not.
    func write(replacing: [Int: (count: Int, bytes: UnsafeRawBufferPointer)] = [:],
               _ write: (UnsafeRawBufferPointer) -> Bool) -> UInt64? {
        var counts = layout.counts, byteCounts = layout.byteCounts
        for (i, section) in replacing { (counts[i], byteCounts[i]) = (section.count, section.bytes.count) }
        let layout = BlobLayout(counts: counts, byteCounts: byteCounts)
        var sum = Checksum()
        let header = layout.header
        let zeros = [UInt8](repeating: 0, count: 8)
        guard header.withUnsafeBytes({ write($0) }) else { return nil }
        header.withUnsafeBytes { sum.add(UnsafeRawBufferPointer(rebasing: $0[Blob.fixedHeader...])) }
        for i in layout.counts.indices {
            let bytes = replacing[i]?.bytes ?? UnsafeRawBufferPointer(start: pointers[i], count: layout.byteCounts[i])
            let padding = (layout.byteCounts[i] + 7) & ~7 - layout.byteCounts[i]
            let pad = zeros.withUnsafeBytes { UnsafeRawBufferPointer(rebasing: $0[..<padding]) }
            guard bytes.isEmpty || write(bytes), pad.isEmpty || write(pad) else { return nil }
            sum.add(bytes)
            sum.add(pad)
        }
        return sum.value
    }
}

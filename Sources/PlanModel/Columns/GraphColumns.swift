/// Typed views of a blob's sections. Made once per graph from the section table; each is a
/// pointer and a count, read in place.
final class GraphColumns: @unchecked Sendable {
    let text: UnsafeBufferPointer<UInt8>
    let kind: UnsafeBufferPointer<UInt8>
    let plan, parent: UnsafeBufferPointer<Int32>
    let id, title: UnsafeBufferPointer<TextRef>
    let idKeys: IDKeys
    let ownPeriodPresence: UnsafeBufferPointer<UInt64>
    let ownPeriods, periodFrom: UnsafeBufferPointer<Int32>
    let periods: UnsafeBufferPointer<PeriodRecord>
    let periodStart, periodEnd: UnsafeBufferPointer<Int32>
    let firstDayPresence, lastDayPresence: UnsafeBufferPointer<UInt64>
    let firstDays, lastDays: UnsafeBufferPointer<Int32>
    let planLine, sourceRuns: UnsafeBufferPointer<Int32>
    let sourceFiles: UnsafeBufferPointer<TextRef>
    let sourceDetailPresence: UnsafeBufferPointer<UInt64>
    let sourceDetails: UnsafeBufferPointer<SourceDetailRecord>
    let noteLists: SparseListColumns
    let notes: UnsafeBufferPointer<TextRef>
    let fieldOffsets: UnsafeBufferPointer<Int32>
    let fields: UnsafeBufferPointer<FieldRecord>
    let fieldNames, listItems: UnsafeBufferPointer<TextRef>
    let nodeItems: UnsafeBufferPointer<Int32>
    let roleSubject: UnsafeBufferPointer<Int32>
    let roleKind: UnsafeBufferPointer<UInt8>
    let roleActor: UnsafeBufferPointer<Int32>
    let roleNotePresence: UnsafeBufferPointer<UInt64>
    let roleNote: UnsafeBufferPointer<TextRef>
    let rolesBySubjectLists, childLists, themeLists: SparseListColumns
    /// Empty unless the columns are a snapshot's: a graph makes them when first read (`InverseLists`).
    let rolesByActorPresence, contributorPresence: UnsafeBufferPointer<UInt64>
    let rolesByActorOffsets, contributorOffsets: UnsafeBufferPointer<Int32>
    let linksFromLists, linksToLists, memberLists, groupLists: SparseListColumns
    let rolesBySubject, rolesByActor, children, themes, contributors, linksFrom, linksTo, members, groups: UnsafeBufferPointer<Int32>
    let preorder, subtreeEnd, preorderNodes: UnsafeBufferPointer<Int32>
    let byKindOffsets, byKind, byStartOffsets, byStart, endsOffsets, ends: UnsafeBufferPointer<Int32>
    let preorderByKindOffsets, preorderByKind, fieldNamesByKindOffsets, fieldNamesByKind: UnsafeBufferPointer<Int32>
    let globalIDs, plansByID, byBareID, byBarePlan: UnsafeBufferPointer<Int32>
    let actorNameKeys: UnsafeBufferPointer<TextRef>
    let actorNameNodes: UnsafeBufferPointer<Int32>
    let actorNameList: UnsafeBufferPointer<TextRef>
    /// Empty unless the columns are a snapshot's.
    let foldedTitles: UnsafeBufferPointer<UInt8>
    let foldedTitleOffsets: UnsafeBufferPointer<Int32>

    /// The columns of a mapped blob.
    convenience init(_ blob: Blob) {
        self.init { i in
            let (offset, count) = blob.section(i)
            return (blob.base + offset, count)
        }
    }

    /// The columns of a built graph, where its arrays keep them.
    convenience init(_ store: ColumnStore) { self.init(sections: store.section) }

    /// Columns from each section's start and element count.
    init(sections: (Int) -> (UnsafeRawPointer, Int)) {
        func s<T>(_ section: Section, _: T.Type = T.self) -> UnsafeBufferPointer<T> {
            let (start, count) = sections(section.rawValue)
            return UnsafeBufferPointer(start: start.assumingMemoryBound(to: T.self), count: count)
        }
        text = s(.text); kind = s(.kind); plan = s(.plan); parent = s(.parent)
        id = s(.id); title = s(.title)
        idKeys = IDKeys(text: s(.text), ids: id, presence: s(.idKeyPresence), folded: s(.idKey))
        ownPeriodPresence = s(.ownPeriodPresence); ownPeriods = s(.ownPeriod); periodFrom = s(.periodFrom); periods = s(.periods)
        periodStart = s(.periodStart); periodEnd = s(.periodEnd)
        firstDayPresence = s(.firstDayPresence); firstDays = s(.firstDay); lastDayPresence = s(.lastDayPresence); lastDays = s(.lastDay)
        func lists(_ presence: Section, _ offsets: Section) -> SparseListColumns {
            SparseListColumns(presence: s(presence), offsets: s(offsets))
        }
        planLine = s(.planLine); sourceRuns = s(.sourceRuns); sourceFiles = s(.sourceFiles)
        sourceDetailPresence = s(.sourceDetailPresence); sourceDetails = s(.sourceDetails)
        noteLists = lists(.notePresence, .noteOffsets); notes = s(.notes); fieldOffsets = s(.fieldOffsets); fields = s(.fields)
        fieldNames = s(.fieldNames); listItems = s(.listItems); nodeItems = s(.nodeItems)
        roleSubject = s(.roleSubject); roleKind = s(.roleKind); roleActor = s(.roleActor)
        roleNotePresence = s(.roleNotePresence); roleNote = s(.roleNote)
        rolesBySubjectLists = lists(.rolesBySubjectPresence, .rolesBySubjectOffsets); rolesBySubject = s(.rolesBySubject)
        rolesByActorPresence = s(.rolesByActorPresence); rolesByActorOffsets = s(.rolesByActorOffsets); rolesByActor = s(.rolesByActor)
        childLists = lists(.childPresence, .childOffsets); children = s(.children)
        themeLists = lists(.themePresence, .themeOffsets); themes = s(.themes)
        contributorPresence = s(.contributorPresence); contributorOffsets = s(.contributorOffsets); contributors = s(.contributors)
        linksFromLists = lists(.linksFromPresence, .linksFromOffsets); linksFrom = s(.linksFrom)
        linksToLists = lists(.linksToPresence, .linksToOffsets); linksTo = s(.linksTo)
        memberLists = lists(.memberPresence, .memberOffsets); members = s(.members)
        groupLists = lists(.groupPresence, .groupOffsets); groups = s(.groups)
        preorder = s(.preorder); subtreeEnd = s(.subtreeEnd); preorderNodes = s(.preorderNodes)
        byKindOffsets = s(.byKindOffsets); byKind = s(.byKind); byStartOffsets = s(.byStartOffsets); byStart = s(.byStart)
        endsOffsets = s(.endsOffsets); ends = s(.ends)
        preorderByKindOffsets = s(.preorderByKindOffsets); preorderByKind = s(.preorderByKind)
        fieldNamesByKindOffsets = s(.fieldNamesByKindOffsets); fieldNamesByKind = s(.fieldNamesByKind)
        globalIDs = s(.globalIDs); plansByID = s(.plansByID); byBareID = s(.byBareID); byBarePlan = s(.byBarePlan)
        actorNameKeys = s(.actorNameKeys); actorNameNodes = s(.actorNameNodes); actorNameList = s(.actorNameList)
        foldedTitles = s(.foldedTitles); foldedTitleOffsets = s(.foldedTitleOffsets)
    }

    func bytes(_ ref: TextRef) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: text[Int(ref.offset)..<Int(ref.offset) + Int(ref.length)])
    }

    func string(_ ref: TextRef) -> String { String(decoding: bytes(ref), as: UTF8.self) }

    func optionalString(_ ref: TextRef) -> String? { ref.isAbsent ? nil : string(ref) }

    /// Node `i`'s own period (an index into `periods`), nil when it has none.
    @inline(__always)
    func ownPeriod(_ i: Int) -> Int? { Presence.place(ownPeriodPresence, i).map { Int(ownPeriods[$0]) } }

    /// Node `i`'s first day: a `start` field's, else its period's (.min for none).
    @inline(__always)
    func firstDay(_ i: Int) -> Int32 { Presence.place(firstDayPresence, i).map { firstDays[$0] } ?? periodStart[i] }

    /// Node `i`'s last day: an `end` field's, else its period's (.min for none).
    @inline(__always)
    func lastDay(_ i: Int) -> Int32 { Presence.place(lastDayPresence, i).map { lastDays[$0] } ?? periodEnd[i] }

    /// Where node `i` comes from, nil when no plan file gave it.
    func source(_ i: Int) -> Provenance? {
        let file = SourceRuns.file(of: i, in: sourceRuns)
        guard file >= 0 else { return nil }
        let detail = Presence.place(sourceDetailPresence, i).map { sourceDetails[$0] }
        return Provenance(document: detail.flatMap { optionalString($0.document) }, lines: detail.flatMap { optionalString($0.lines) },
                          section: detail.flatMap { optionalString($0.section) }, planFile: string(sourceFiles[Int(file)]),
                          planLine: Int(planLine[i]))
    }

    /// Role edge `e`'s note, nil when it has none.
    func roleNote(_ e: Int) -> String? { Presence.place(roleNotePresence, e).map { string(roleNote[$0]) } }

    func period(_ i: Int) -> Period {
        let r = periods[i]
        return Period(start: Day(ordinal: r.start), end: Day(ordinal: r.end), precision: Period.Precision.allCodes[Int(r.precision)],
                      approximate: r.approximate != 0, written: optionalString(r.written))
    }

    /// How `key` (folded UTF-8) sorts against the text at `ref`: negative before, 0 equal.
    func compare(_ key: UnsafeBufferPointer<UInt8>, _ ref: TextRef) -> Int {
        let other = bytes(ref)
        let n = min(key.count, other.count)
        if n > 0 {
            let c = memcmp(key.baseAddress!, other.baseAddress!, n)
            if c != 0 { return Int(c) }
        }
        return key.count - other.count
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

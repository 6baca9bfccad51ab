@testable import PlanModel
import SeededRandom
import XCTest

/// The sparse forms of the columns — presence bits, lists kept only for the owners that have
/// entries, plan files as runs — give back exactly what a dense column would, across the
/// 64-owner blocks the presence bits are counted in.
final class SparseColumnsTests: XCTestCase {
    func testPresenceFindsEachOwnersPlace() {
        var random = SplitMix(seed: 5)
        for count in [0, 1, 63, 64, 65, 128, 200, 1_000] {
            for density in [0.0, 0.05, 0.5, 1.0] {
                let has = (0..<count).map { _ in Double(random.next() % 1_000) / 1_000 < density }
                let words = Presence.make(count: count) { has[$0] }
                // Made a block at a time, the words are those appended owner by owner.
                var appended: [UInt64] = []
                for i in 0..<count { Presence.append(has[i], owner: i, to: &appended) }
                XCTAssertEqual(words, appended, "\(count) owners, density \(density)")
                var place = 0
                for i in 0..<count {
                    XCTAssertEqual(Presence.place(words, i), has[i] ? place : nil, "owner \(i) of \(count), density \(density)")
                    if has[i] { place += 1 }
                }
            }
        }
    }

    func testSparseListsReadAsTheDenseOnes() {
        var random = SplitMix(seed: 9)
        for count in [1, 64, 65, 300] {
            let pairs = (0..<count * 2).compactMap { _ -> (Int32, Int32)? in
                random.next() % 3 == 0 ? (Int32(random.next() % UInt64(count)), Int32(random.next() % 1_000)) : nil
            }
            let dense = FlatLists(count: count, pairs: pairs)
            let sparse = SparseLists(dense: dense)
            var appended = SparseLists<Int32>()
            for i in 0..<count { appended.append(dense.entries[Int(dense.offsets[i])..<Int(dense.offsets[i + 1])]) }
            for lists in [sparse, appended] {
                XCTAssertEqual(lists.entries, dense.entries)
                lists.presence.withUnsafeBufferPointer { presence in
                    lists.offsets.withUnsafeBufferPointer { offsets in
                        let columns = SparseListColumns(presence: presence, offsets: offsets)
                        for i in 0..<count {
                            let range = columns.range(i)
                            XCTAssertEqual(Array(lists.entries[range]), Array(dense.entries[Int(dense.offsets[i])..<Int(dense.offsets[i + 1])]),
                                           "owner \(i) of \(count)")
                        }
                    }
                }
            }
        }
    }

    func testSourceRunsNameEachNodesFile() {
        let files: [Int32] = [-1, -1, 0, 0, 0, 1, -1, 1, 1, 0, 2, 2]
        var runs: [Int32] = []
        for (i, f) in files.enumerated() { SourceRuns.append(file: f, node: i, to: &runs) }
        XCTAssertEqual(runs.count, 2 * 7, "one run per change of file")
        runs.withUnsafeBufferPointer { r in
            for (i, f) in files.enumerated() { XCTAssertEqual(SourceRuns.file(of: i, in: r), f, "node \(i)") }
        }
    }

    /// Nodes with and without a source, from two files, some with document details, and
    /// notes and role notes on a few of more than 64 nodes: each reads back as given, and the
    /// same from the graph's bytes mapped again.
    func testSourcesNotesAndRoleNotesReadBackAsGiven() throws {
        var b = PlanGraphBuilder()
        let plan = b.add(PlanNode(kind: .plan, id: "p", plan: nil, title: "Plan"))
        let actor = b.add(PlanNode(kind: .actor, id: "a", plan: nil, title: "Actor"))
        var given: [(NodeRef, Provenance?, [String])] = []
        for i in 0..<150 {
            var node = PlanNode(kind: .goal, id: "G\(i)", plan: plan, title: "Goal \(i)")
            if i % 7 != 3 {
                node.source = Provenance(document: i % 11 == 0 ? "doc \(i).pdf" : nil, lines: i % 13 == 0 ? "\(i)-\(i + 2)" : nil,
                                         section: i % 17 == 0 ? "§\(i)" : nil, planFile: i < 90 ? "one.yaml" : "two.yaml", planLine: i + 1)
            }
            if i % 31 == 5 { node.notes = ["note \(i)", "and another"] }
            let ref = b.add(node)
            given.append((ref, node.source, node.notes))
            if i % 9 == 0 { b.addRole(.lead, actor: actor, for: ref, note: i % 18 == 0 ? "note of role \(i)" : nil) }
        }
        let built = b.build()
        let raw = UnsafeMutableRawBufferPointer.allocate(byteCount: built.bytes.count, alignment: 8)
        raw.copyMemory(from: UnsafeRawBufferPointer(start: built.bytes, count: built.bytes.count))
        let mapped = try XCTUnwrap(PlanGraph.reading(Blob.owning(raw)))
        for g in [built, mapped] {
            for (ref, source, notes) in given {
                XCTAssertEqual(g[ref].source, source, "\(g[ref].id)")
                XCTAssertEqual(g[ref].notes, notes, "\(g[ref].id)")
                let i = Int(ref.index) - 2
                XCTAssertEqual(g.roles(of: ref).map(\.note), i % 9 == 0 ? [i % 18 == 0 ? "note of role \(i)" : nil] : [], "\(g[ref].id)")
            }
            XCTAssertNil(g[plan].source)
            XCTAssertEqual(g.roles(naming: actor).count, 17)
        }
    }

    /// A folded title is the title lowercased byte for byte where it is ASCII, and folded
    /// otherwise: each test on one title agrees with the folded titles a search scans — in
    /// the graph a load built (folded when first needed) and in its snapshot (which keeps
    /// them, and is read without folding).
    func testTitleTestsAgreeWithTheFoldedTitles() throws {
        var b = PlanGraphBuilder()
        let titles = ["Mantelzorg in de BUURT", "Patiënt centraal", "ÉÉN plan", "", "İstanbul straße", "plain ascii"]
        let plan = b.add(PlanNode(kind: .plan, id: "p", plan: nil, title: titles[0]))
        var refs = [plan]
        for t in titles.dropFirst() { refs.append(b.add(PlanNode(kind: .goal, id: "g\(refs.count)", plan: plan, title: t))) }
        // Enough nodes that the first titles tested are folded alone, the later ones read
        // from the folded titles made after a sixteenth of them were (`FoldedTitles.withTitle`).
        for i in 0..<60 { _ = b.add(PlanNode(kind: .goal, id: "filler\(i)", plan: plan, title: "Filler \(i)")) }
        let built = b.build()
        XCTAssertEqual(built.columns.foldedTitles.count, 0, "a built graph does not fold at load")
        XCTAssertFalse(built.foldedTitles.isStored)
        let bytes = built.bytes
        let raw = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count, alignment: 8)
        raw.copyMemory(from: UnsafeRawBufferPointer(start: bytes, count: bytes.count))
        let mapped = try XCTUnwrap(PlanGraph.reading(Blob.owning(raw)))
        XCTAssertTrue(mapped.foldedTitles.isStored, "the snapshot holds the folded titles")
        for g in [built, mapped] { check(g, refs, titles) }
        XCTAssertNotNil(built.foldedTitles.made, "the searches made them")
        XCTAssertEqual(built.bytes, bytes, "the same snapshot bytes once a search has made the folded titles")
    }

    func check(_ g: PlanGraph, _ refs: [NodeRef], _ titles: [String]) {
        for (ref, title) in zip(refs, titles) {
            let key = FoldedKey.of(title)
            XCTAssertEqual(g.titleKey(ref), key, title)
            XCTAssertTrue(g.hasFoldedTitle(ref, Array(key.utf8)), title)
            XCTAssertFalse(g.hasFoldedTitle(ref, Array((key + "x").utf8)), title)
            for cut in [0, 1, 3] where key.utf8.count > cut {
                let needle = Array(key.utf8.dropFirst(cut).prefix(4))
                XCTAssertTrue(g.titleContains(ref, needle), "\(title) contains \(needle)")
            }
            XCTAssertFalse(g.titleContains(ref, Array("zzq".utf8)), title)
        }
        g.withFoldedTitles { bytes, offsets in
            for (i, ref) in refs.enumerated() {
                let folded = String(decoding: bytes[Int(offsets[Int(ref.index)])..<Int(offsets[Int(ref.index) + 1])], as: UTF8.self)
                XCTAssertEqual(folded, FoldedKey.of(titles[i]))
            }
        }
        XCTAssertTrue(g.titleContains(refs[1], Array("patient".utf8)), "accents folded away")
        XCTAssertTrue(g.titleContains(refs[0], Array("buurt".utf8)), "ASCII capitals lowercased")
    }

    /// An ASCII id is found by its key read from the id itself, any other id by the folded key
    /// kept for it: both, mixed, are found in any case, and sort as their folded keys do.
    func testIdsOfAnyAlphabetAreFoundInAnyCase() throws {
        var b = PlanGraphBuilder()
        let plan = b.add(PlanNode(kind: .plan, id: "Plan-É", plan: nil, title: "Plan"))
        let ids = ["SD1", "sd10", "Één", "twéé", "ÉÉN.2", "A-Long-Identifier-1", "a-long-identifier-2", "Straße", "Z", "ümlaut", "Ab"]
        var refs: [NodeRef] = []
        for id in ids { refs.append(b.add(PlanNode(kind: .goal, id: id, plan: plan, title: id))) }
        let actor = b.add(PlanNode(kind: .actor, id: "Zoë", plan: nil, title: "Zoë"))
        let g = b.build()
        for (id, ref) in zip(ids, refs) {
            for written in [id, id.lowercased(), id.uppercased()] where FoldedKey.of(written) == FoldedKey.of(id) {
                XCTAssertEqual(Array(g.nodes(withID: written)), [ref], written)
                XCTAssertEqual(g.node(qualifiedID: "plan-é." + written), ref, written)
                XCTAssertTrue(g.hasFoldedID(ref, Array(FoldedKey.of(written).utf8)), written)
                XCTAssertTrue(Array(FoldedKey.of("Plan-É.\(written)").utf8).withUnsafeBufferPointer { g.hasFoldedQualifiedID(ref, $0) }, written)
            }
            XCTAssertFalse(g.hasFoldedID(ref, Array((FoldedKey.of(id) + "x").utf8)), id)
        }
        XCTAssertEqual(g.plan(named: "PLAN-é"), plan)
        XCTAssertEqual(g.node(qualifiedID: "ZOË"), actor)
        XCTAssertEqual(Array(g.nodes(withID: "een")), [refs[2]], "accents fold away: één is een")
        XCTAssertEqual(Array(g.nodes(withID: "TWEE")), [refs[3]])
        // The index lists nodes in the order of their folded keys, as bytes.
        let order = g.columns.byBareID.map { FoldedKey.of(g[NodeRef(Int($0))].id) }
        XCTAssertEqual(order, order.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }

    /// A `start` or `end` field that differs from the node's period gives its first or last day;
    /// elsewhere they are the period's.
    func testFirstAndLastDaysAreTheFieldsWhereTheyDiffer() {
        var b = PlanGraphBuilder()
        var p = PlanNode(kind: .plan, id: "p", plan: nil, title: "Plan")
        p.ownPeriod = Period.year(2024)
        let plan = b.add(p)
        let may = Period(start: Day(year: 2024, month: 5, day: 1)!, end: Day(year: 2024, month: 5, day: 31)!, precision: .month, approximate: false, written: nil)
        var refs: [(NodeRef, Int32, Int32)] = []
        for i in 0..<130 {
            var node = PlanNode(kind: .activity, id: "A\(i)", plan: plan, title: "A")
            if i % 10 == 1 { node.set("start", .period(may)) }
            if i % 10 == 2 { node.set("end", .period(may)) }
            if i % 10 == 3 { node.ownPeriod = may }
            // A period of its own and fields that differ from it (fields set by hand).
            if i % 10 == 4 {
                node.ownPeriod = Period.year(2024)
                node.set("start", .period(may))
                node.set("end", .period(may))
            }
            let ref = b.add(node)
            let period = i % 10 == 3 ? may : Period.year(2024)!
            let fromStart = [1, 4].contains(i % 10), fromEnd = [2, 4].contains(i % 10)
            refs.append((ref, fromStart ? may.start.ordinal : period.start.ordinal, fromEnd ? may.end.ordinal : period.end.ordinal))
        }
        let g = b.build()
        for (ref, first, last) in refs {
            XCTAssertEqual(g.firstDay(ref), first, g[ref].id)
            XCTAssertEqual(g.lastDay(ref), last, g[ref].id)
        }
    }
}

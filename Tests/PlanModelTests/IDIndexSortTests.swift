@testable import PlanModel
import SeededRandom
import XCTest

/// The id indexes are sorted by packed eight-byte windows of the keys and an in-place
/// quicksort (`IDIndexes.sort`); they must come out exactly as the general key sort
/// (`KeyOrder.sort`) puts them, or a snapshot written by one build differs from another's.
final class IDIndexSortTests: XCTestCase {
    /// Ids that share long prefixes, differ in case, run past 8, 16 and 24 bytes, repeat, and
    /// a few non-ASCII ones (kept with a folded key of their own).
    private func ids(_ count: Int, _ random: inout SplitMix) -> [String] {
        let stems = ["a", "A1.1", "z106-2024", "Z106-2024", "z106-cat-1", "z106-cat-10", "elz-leuven-zorgraad",
                     "elz-leuven-zorgraad-", "ELZ-Leuven-Zorgraad.werkgroep", "wp3.act", "éénlijn", "ÉÉNLIJN-2"]
        return (0..<count).map { _ in
            let stem = stems[Int(random.next() % UInt64(stems.count))]
            switch random.next() % 4 {
            case 0: return stem
            case 1: return stem + String(random.next() % 30)
            case 2: return stem + "." + String(random.next() % 5) + "-x" + String(random.next() % 3)
            default: return stem.uppercased()
            }
        }
    }

    func testPackedSortIsTheKeySort() {
        var random = SplitMix(seed: 12)
        for count in [0, 1, 2, 17, 100, 2_000] {
            let ids = ids(count, &random)
            var text = TextWriter(capacity: 0)
            let refs = ids.map { text.add($0) }
            let ascii = ids.map { $0.utf8.allSatisfy { $0 < 0x80 } }
            let presence = Presence.make(count: count) { !ascii[$0] }
            let folded = ids.indices.filter { !ascii[$0] }.map { text.addFolded(ids[$0]) }
            let numbers = (0..<count).map { _ in Int32(Int(random.next() % 7) - 1) }
            IDKeys.with(text: text.bytes, ids: refs, presence: presence, folded: folded) { keys in
                for then in [nil, numbers] {
                    // Every node, and every other one (entries need not be all nodes).
                    for entries in [(0..<Int32(count)).map { $0 }, stride(from: 0, to: Int32(count), by: 2).map { $0 }] {
                        let expected = KeyOrder.sort(entries, prefix: { keys.prefix(Int($0)) }, isLong: { keys.length(Int($0)) > 8 },
                                                     compare: { keys.compare(Int($0), Int($1)) }, then: { then?[Int($0)] ?? 0 })
                        var sorted = entries
                        var room = [IDIndexes.Place](repeating: IDIndexes.Place(prefix: 0, rest: 0), count: entries.count)
                        room.withUnsafeMutableBufferPointer { IDIndexes.sort(&sorted, keys, then: then, room: $0) }
                        XCTAssertEqual(sorted, expected, "\(count) ids, numbers: \(then != nil)")
                    }
                }
            }
        }
    }

    /// Keys that repeat (a template's ids in every plan) are sorted by their distinct keys
    /// (`DistinctKeys`): the same order as the general key sort, ties in node order; with too
    /// many distinct keys, or entries not in node order, it declines and changes nothing.
    func testRepeatedKeysSortAsTheKeySort() {
        var random = SplitMix(seed: 31)
        for (count, distinct) in [(128, 3), (1_000, 40), (5_000, 120), (20_000, 600)] {
            let pool = Array(Set(ids(4 * distinct, &random))).prefix(distinct)
            let ids = (0..<count).map { _ in pool[pool.startIndex + Int(random.next() % UInt64(pool.count))] }
            var text = TextWriter(capacity: 0)
            let refs = ids.map { text.add($0) }
            let ascii = ids.map { $0.utf8.allSatisfy { $0 < 0x80 } }
            let presence = Presence.make(count: count) { !ascii[$0] }
            let folded = ids.indices.filter { !ascii[$0] }.map { text.addFolded(ids[$0]) }
            IDKeys.with(text: text.bytes, ids: refs, presence: presence, folded: folded) { keys in
                for entries in [(0..<Int32(count)).map { $0 }, stride(from: 0, to: Int32(count), by: 2).map { $0 }] {
                    let expected = KeyOrder.sort(entries, prefix: { keys.prefix(Int($0)) }, isLong: { keys.length(Int($0)) > 8 },
                                                 compare: { keys.compare(Int($0), Int($1)) }, then: { _ in 0 })
                    var sorted = entries
                    var room = [IDIndexes.Place](repeating: IDIndexes.Place(prefix: 0, rest: 0), count: entries.count)
                    let took = room.withUnsafeMutableBufferPointer { DistinctKeys.sort(&sorted, keys, room: $0) }
                    XCTAssertTrue(took, "\(entries.count) entries of \(pool.count) keys")
                    XCTAssertEqual(sorted, expected, "\(entries.count) entries of \(pool.count) keys")
                    // Out of node order: declined, unchanged.
                    var reversed = Array(entries.reversed())
                    let declined = room.withUnsafeMutableBufferPointer { !DistinctKeys.sort(&reversed, keys, room: $0) }
                    XCTAssertTrue(declined)
                    XCTAssertEqual(reversed, entries.reversed())
                }
            }
        }
        // Every key its own: declined, unchanged.
        let ids = (0..<1_000).map { "id-\($0)" }
        var text = TextWriter(capacity: 0)
        let refs = ids.map { text.add($0) }
        IDKeys.with(text: text.bytes, ids: refs, presence: Presence.make(count: ids.count) { _ in false }, folded: []) { keys in
            var entries = (0..<Int32(ids.count)).map { $0 }
            var room = [IDIndexes.Place](repeating: IDIndexes.Place(prefix: 0, rest: 0), count: entries.count)
            XCTAssertFalse(room.withUnsafeMutableBufferPointer { DistinctKeys.sort(&entries, keys, room: $0) })
            XCTAssertEqual(entries, (0..<Int32(ids.count)).map { $0 })
        }
    }

    func testQuickSortSortsDistinctValues() {
        var random = SplitMix(seed: 3)
        for count in [0, 1, 2, 16, 17, 18, 100, 5_000] {
            // Random, already sorted, reversed, and sorted runs: the quicksort's hard cases.
            let shuffled = Array(Set((0..<count).map { _ in random.next() % 1_000_000 }))
            for values in [shuffled, shuffled.sorted(), shuffled.sorted().reversed(), shuffled.sorted().chunked(17)] {
                var sorted = values
                sorted.withUnsafeMutableBufferPointer { QuickSort.sort($0) }
                XCTAssertEqual(sorted, values.sorted(), "\(values.count) values")
            }
        }
    }
}

private extension Array where Element == UInt64 {
    /// The values in runs of `n`, the runs in reverse order (each run still ascending).
    func chunked(_ n: Int) -> [UInt64] {
        stride(from: 0, to: count, by: n).reversed().flatMap { self[$0..<Swift.min($0 + n, count)] }
    }
}

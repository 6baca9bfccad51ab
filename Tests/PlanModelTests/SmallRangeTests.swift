@testable import PlanModel
import SeededRandom
import TestRandom
import XCTest

/// The counting sorts behind the per-kind indexes must give exactly what the comparison sorts
/// they replace give (stably, for entries sorted by a key), or decline and change nothing.
final class SmallRangeTests: XCTestCase {
    func testCountingSortsAgreeWithComparisonSortsOrDecline() throws {
        let seed = try TestSeed(for: Self.self)
        var random = seed.generator()
        var sorted = (stably: 0, values: 0, distinct: 0)
        for _ in 0..<3_000 {
            let n = random.between(0...60), low = random.between(-1_000...1_000), width = random.between(1...(random.chance(0.5) ? 8 : 300))
            let keys = (0..<n).map { _ in Int32(low + random.below(width)) }
            let nodes = (0..<Int32(n)).map { $0 }        // in node order, as the indexes come

            var stable = nodes[...]
            let expected = nodes.sorted { (keys[Int($0)], $0) < (keys[Int($1)], $1) }
            if SmallRange.sortStably(&stable, by: { keys[Int($0)] }) {
                XCTAssertEqual(Array(stable), expected, "\(keys) — \(seed)")
                sorted.stably += 1
            } else {
                XCTAssertEqual(Array(stable), nodes, "declined, unchanged — \(seed)")
            }

            var values = keys[...]
            if SmallRange.sort(&values) {
                XCTAssertEqual(Array(values), keys.sorted(), "\(keys) — \(seed)")
                sorted.values += 1
            } else {
                XCTAssertEqual(Array(values), keys)
            }

            var distinct = keys[...]
            if SmallRange.sortDistinct(&distinct) {
                XCTAssertEqual(Set(keys).count, keys.count, "sorted numbers that were not all different — \(seed)")
                XCTAssertEqual(Array(distinct), keys.sorted(), "\(keys) — \(seed)")
                sorted.distinct += 1
            } else {
                XCTAssertEqual(Array(distinct), keys, "declined, unchanged — \(seed)")
            }
        }
        // Both ways were taken: the counting sorts did sort, and declined.
        XCTAssertGreaterThan(sorted.stably, 100, "\(seed)")
        XCTAssertGreaterThan(sorted.values, 100, "\(seed)")
        XCTAssertGreaterThan(sorted.distinct, 100, "\(seed)")
        XCTAssertLessThan(sorted.stably, 3_000, "\(seed)")
    }
}

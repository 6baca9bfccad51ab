@testable import QueryEvaluation
import XCTest

/// Values each once (`text`'s texts, a node's actors, a grouping's keys): compared one by one
/// while there are few, by a set past `FirstSeen.linearUpTo`; either way the order first given
/// and `==`'s equality, as the set alone kept them.
final class FirstSeenTests: XCTestCase {
    /// What a set alone kept: the reference.
    private func setKept(_ texts: [String]) -> [String] {
        var seen: Set<String> = []
        return texts.filter { seen.insert($0).inserted }
    }

    func testKeepsWhatASetKeeps() {
        // "é" precomposed and as e + combining accent are equal strings: kept once.
        let pool = ["zorg", "Zorg", "é", "e\u{301}", "", " ", "mantelzorg", "zorg ", "ELZ", "elz", "\u{1F600}"]
        var state: UInt64 = 7
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        for length in [0, 1, 2, 5, 16, 17, 18, 40, 200] {
            for round in 0..<20 {
                // Small pools repeat; the numbered texts push past the linear limit.
                let texts = (0..<length).map { i in round % 2 == 0 ? pool[next() % pool.count] : "t\(next() % (length + 1))" }
                let all = ["title"] + texts
                var kept = FirstSeen(all[0])
                for t in texts { kept.add(t) }
                XCTAssertEqual(kept.elements, setKept(all), "\(length) texts, round \(round)")
            }
        }
    }

    func testCanonicallyEqualTextsAreOne() {
        var kept = FirstSeen("café")
        kept.add("cafe\u{301}")
        kept.add("CAFÉ")
        XCTAssertEqual(kept.elements, ["café", "CAFÉ"])
    }

    func testNumbersAndNodesAsASetKeepsThem() {
        var state: UInt64 = 11
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        for length in [0, 1, 2, 16, 17, 50] {
            let numbers = (0..<length).map { _ in next() % 20 }
            var seen: Set<Int> = []
            XCTAssertEqual(numbers.firstSeen(), numbers.filter { seen.insert($0).inserted })
            XCTAssertEqual(numbers.sortedUnique(), Array(Set(numbers)).sorted())
        }
        // A NaN equals nothing, itself included: kept each time, as a set keeps it.
        XCTAssertEqual([Double.nan, .nan, 1, 1].firstSeen().count, 3)
    }
}

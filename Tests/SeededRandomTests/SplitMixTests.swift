import SeededRandom
import XCTest

/// The benchmark's plan sets and the tests' replays rest on one sequence per seed: a change to
/// the generator must fail here, not show up as different plans or unreplayable failures.
final class SplitMixTests: XCTestCase {
    /// SplitMix64's published first outputs for seed 0, and the helpers drawn from seed 42.
    func testKnownSeedsGiveKnownNumbers() {
        var zero = SplitMix(seed: 0)
        XCTAssertEqual((0..<3).map { _ in zero.next() }, [0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F])
        var random = SplitMix(seed: 42)
        XCTAssertEqual((0..<8).map { _ in random.below(10) }, [3, 1, 8, 4, 0, 2, 5, 8])
        XCTAssertEqual((0..<4).map { _ in random.between(-3...3) }, [3, 2, 2, 3])
        XCTAssertEqual((0..<6).map { _ in random.chance(0.5) }, [false, false, false, true, true, true])
        XCTAssertEqual(random.distinct(4, of: 10), [1, 2, 7, 8])
        XCTAssertEqual(random.string(upTo: 8, from: Array("abc")), "bcabbb")
    }

    func testTheSameSeedGivesTheSameSequence() {
        for seed: UInt64 in [0, 1, 123, .max] {
            var a = SplitMix(seed: seed), b = SplitMix(seed: seed)
            XCTAssertEqual((0..<100).map { _ in a.next() }, (0..<100).map { _ in b.next() }, "seed \(seed)")
        }
        var a = SplitMix(seed: 1), b = SplitMix(seed: 2)
        XCTAssertNotEqual((0..<4).map { _ in a.next() }, (0..<4).map { _ in b.next() })
    }

    func testAStringHasItsLengthAndOnlyItsAlphabet() {
        var random = SplitMix(seed: 7)
        var lengths = Set<Int>()
        for _ in 0..<1_000 {
            let text = random.string(2...5, from: ["a", "e\u{301}", "\r\n"])
            lengths.insert(text.count)
            XCTAssertTrue(text.allSatisfy { ["a", "e\u{301}", "\r\n"].contains($0) }, text.debugDescription)
        }
        XCTAssertEqual(lengths, [2, 3, 4, 5])
    }
}

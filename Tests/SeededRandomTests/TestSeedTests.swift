import Diagnostics
import Foundation
import TestRandom
import XCTest

/// A failure is replayed by setting `PLANQ_TEST_SEED` to the seed its message printed.
final class TestSeedTests: XCTestCase {
    func testTheVariableChoosesTheSeed() throws {
        XCTAssertEqual(try TestSeed.chosen(from: ["PLANQ_TEST_SEED": "123"]) { 9 }, 123)
        XCTAssertEqual(try TestSeed.chosen(from: ["PLANQ_TEST_SEED": "18446744073709551615"]) { 9 }, .max)
        XCTAssertEqual(try TestSeed.chosen(from: ["PLANQ_TEST_SEED": "0"]) { 9 }, 0)
        XCTAssertEqual(try TestSeed.chosen(from: [:]) { 9 }, 9, "unset: a new seed")
        XCTAssertEqual(try TestSeed.chosen(from: ["PLANQ_TEST_SEEDS": "5"]) { 9 }, 9)
    }

    func testAValueThatIsNotASeedFails() {
        for text in ["", "abc", "-1", "1.5", "0x10", " 12", "12\n", "18446744073709551616"] {
            XCTAssertThrowsError(try TestSeed.chosen(from: ["PLANQ_TEST_SEED": text]) { 9 }, text.debugDescription) { error in
                XCTAssertEqual((error as? Diagnostic)?.summary,
                               "error: PLANQ_TEST_SEED=\(text.debugDescription) is not a seed: give a whole number from 0 "
                               + "to 18446744073709551615, as a failure message prints it")
            }
        }
    }

    /// The message names the seed and the command that runs this one test again with it.
    func testTheSeedSaysHowToReplay() throws {
        XCTAssertEqual("\(TestSeed(123, test: "WrapLatinTests/testWrap"))",
                       "seed 123 (replay: PLANQ_TEST_SEED=123 swift test --filter WrapLatinTests/testWrap)")
        let seed = try TestSeed(for: Self.self)
        XCTAssertEqual(seed.test, "TestSeedTests/testTheSeedSaysHowToReplay")
        if let replayed = ProcessInfo.processInfo.environment["PLANQ_TEST_SEED"] {
            XCTAssertEqual(String(seed.value), replayed)
        }
        var a = seed.generator(), b = seed.generator()
        XCTAssertEqual(a.next(), b.next(), "each test starts at the beginning of the seed's sequence")
    }
}

@testable import Diagnostics
import SeededRandom
import TestRandom
import XCTest

/// `ByteScan` tests eight bytes at once; each test must find exactly the byte a plain loop
/// finds, at every length and start (the last, short word included), for bytes around every
/// limit it uses: 0x00, the controls, 0x0D, 0x20, 0x22, the capitals' ends (@ A Z [), 0x5C,
/// 0x7F, 0x80, 0xC2, 0xE2, 0xFF.
final class ByteScanTests: XCTestCase {
    static let interesting: [UInt8] = [0x00, 0x01, 0x09, 0x0A, 0x0D, 0x1F, 0x20, 0x22, 0x30, 0x40, 0x41, 0x4D, 0x5A, 0x5B,
                                      0x5C, 0x60, 0x61, 0x7A, 0x7E, 0x7F, 0x80, 0x9F, 0xA0, 0xC2, 0xE2, 0xFF]

    func testEachTestFindsTheFirstByteAPlainLoopFinds() throws {
        let seed = try TestSeed(for: Self.self)
        var random = seed.generator()
        let tests: [(String, (UInt64) -> UInt64, (UInt8) -> Bool)] = [
            ("non-ASCII", ByteScan.nonASCII, { $0 >= 0x80 }),
            ("= 0x0D", { ByteScan.equal($0, 0x0D) }, { $0 == 0x0D }),
            ("= 0xE2", { ByteScan.equal($0, 0xE2) }, { $0 == 0xE2 }),
            ("< 0x20", { ByteScan.below($0, 0x20) }, { $0 < 0x20 }),
            ("< 0x80", { ByteScan.below($0, 0x80) }, { $0 < 0x80 }),
            ("< 0x01", { ByteScan.below($0, 0x01) }, { $0 < 0x01 }),
            ("JSON", { ByteScan.below($0, 0x20) | ByteScan.equal($0, 0x22) | ByteScan.equal($0, 0x5C) | ByteScan.equal($0, 0xE2) },
             { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }),
        ]
        for round in 0..<20_000 {
            let length = random.below(40)
            // Mostly plain bytes with a few that matter, or any bytes at all.
            let bytes: [UInt8] = (0..<length).map { _ in
                round % 3 == 0 ? UInt8(random.below(256)) : random.chance(0.1) ? random.pick(Self.interesting) : UInt8(0x61 + random.below(26))
            }
            let start = length == 0 ? 0 : random.below(length + 1)
            bytes.withUnsafeBufferPointer { buffer in
                for (name, word, byte) in tests {
                    let expected = bytes.indices.first { $0 >= start && byte(bytes[$0]) } ?? length
                    XCTAssertEqual(ByteScan.first(in: buffer, from: start, word), expected, "\(name) in \(bytes) from \(start), \(seed)")
                }
            }
        }
    }

    func testCapitalsOfASCIIWordsAndLowering() throws {
        let seed = try TestSeed(for: Self.self)
        var random = seed.generator()
        for round in 0..<20_000 {
            let length = random.below(30)
            let bytes: [UInt8] = (0..<length).map { _ in
                round % 2 == 0 ? UInt8(random.below(128)) : random.chance(0.5) ? random.pick(Self.interesting) : UInt8(random.below(256))
            }
            var lowered = bytes
            lowered.withUnsafeMutableBufferPointer { ByteScan.lowerASCIICapitals($0) }
            XCTAssertEqual(lowered, bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, "\(bytes), \(seed)")
            let ascii = bytes.map { $0 & 0x7F }
            ascii.withUnsafeBufferPointer { buffer in
                let expected = ascii.firstIndex { $0 >= 0x41 && $0 <= 0x5A } ?? ascii.count
                XCTAssertEqual(ByteScan.first(in: buffer, ByteScan.asciiCapitals), expected, "\(ascii), \(seed)")
            }
        }
        XCTAssertFalse([UInt8]().withUnsafeBufferPointer(ByteScan.hasNonASCII))
        XCTAssertTrue(Array("plan – zorg".utf8).withUnsafeBufferPointer(ByteScan.hasNonASCII))
    }
}

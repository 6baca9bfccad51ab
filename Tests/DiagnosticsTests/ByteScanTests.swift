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
        let tests: [(String, BytePattern, (UInt8) -> Bool)] = [
            ("non-ASCII", BytePattern(nonASCII: true), { $0 >= 0x80 }),
            ("= 0x0D", BytePattern(0x0D), { $0 == 0x0D }),
            ("= 0xE2", BytePattern(0xE2), { $0 == 0xE2 }),
            ("= 0x00", BytePattern(0x00), { $0 == 0x00 }),
            ("< 0x20", BytePattern(below: 0x20), { $0 < 0x20 }),
            ("< 0x80", BytePattern(below: 0x80), { $0 < 0x80 }),
            ("< 0x01", BytePattern(below: 0x01), { $0 < 0x01 }),
            ("nothing", BytePattern(), { _ in false }),
            ("CSV", BytePattern(0x2C, 0x22, 0x0D, 0x0A), { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }),
            ("JSON", BytePattern(0x22, 0x5C, 0xE2, below: 0x20), { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }),
            ("one column", BytePattern(0x7F, below: 0x20, nonASCII: true), { $0 < 0x20 || $0 == 0x7F || $0 >= 0x80 }),
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

    func testCapitalsFoundAndLowered() throws {
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
            bytes.withUnsafeBufferPointer { buffer in
                XCTAssertEqual(ByteScan.hasASCIICapital(buffer), bytes.contains { $0 >= 0x41 && $0 <= 0x5A }, "\(bytes), \(seed)")
            }
        }
        XCTAssertFalse([UInt8]().withUnsafeBufferPointer(ByteScan.hasNonASCII))
        XCTAssertTrue(Array("plan – zorg".utf8).withUnsafeBufferPointer(ByteScan.hasNonASCII))
    }
}

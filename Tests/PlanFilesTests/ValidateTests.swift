@testable import PlanFiles
import SeededRandom
import TestRandom
import XCTest

/// The fast reader's first look at a file (`StrictYAMLParser.validate`) reads eight bytes at
/// a time while they are printable ASCII or newlines. Whatever the bytes, it must stop at the
/// same byte, for the same reason, as a reading of one byte at a time.
final class ValidateTests: XCTestCase {
    /// Bytes that matter to the eight-byte test: printable ones, the newline it lets through,
    /// the control characters and DEL it must not, and a two-byte letter (`é`).
    static let pieces: [[UInt8]] = [[0x61], [0x20], [0x7E], [0x3A], [0x0A], [0x0A], [0x0A], [0x09], [0x0D], [0x00], [0x0B],
                                    [0x1F], [0x7F], [0x2A], [0x8A], [0xC3, 0xA9]]

    func testEightBytesAtATimeStopWhereOneAtATimeDoes() throws {
        let seed = try TestSeed(for: Self.self)
        var random = seed.generator()
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            let clean = random.chance(0.5)      // mostly text and newlines, to reach the long runs
            for _ in 0..<random.between(0...40) {
                bytes += clean && random.chance(0.97) ? random.pick([[0x61], [0x20], [0x0A], [0x2D]]) : random.pick(Self.pieces)
            }
            let fast = Self.stop(bytes)
            XCTAssertEqual(fast?.offset, Self.byteByByte(bytes), "\(bytes) — \(seed)")
            if fast != nil, let c = bytes[fast!.offset...].first, c < 0x80 {
                XCTAssertEqual(fast!.what, c == 9 ? "a tab" : c == 13 ? "a carriage return (CRLF line ends)" : "a control character")
            }
        }
    }

    static func stop(_ bytes: [UInt8]) -> (offset: Int, what: String)? {
        do throws(StrictYAML.Unsupported) {
            try StrictYAMLParser.validate(bytes)
            return nil
        } catch {
            return (error.offset, error.what)
        }
    }

    /// The first byte the rules refuse, read one at a time: a control character other than
    /// the newline, DEL, a stray continuation byte (the only non-ASCII the pieces make
    /// besides a whole `é`).
    static func byteByByte(_ bytes: [UInt8]) -> Int? {
        var i = 0
        while i < bytes.count {
            let c = bytes[i]
            if c == 0xC3, i + 1 < bytes.count, bytes[i + 1] == 0xA9 { i += 2; continue }
            if c >= 0x80 || (c < 0x20 && c != 0x0A) || c == 0x7F { return i }
            i += 1
        }
        return nil
    }

    /// The scan for the end of a plain double-quoted text (`firstOfQuoteBackslashNewline`)
    /// reads eight bytes at a time; it must stop where a byte-by-byte scan stops, from any
    /// start, with the bytes it stops at anywhere in a word or in the tail.
    func testQuotedScanStopsWhereOneAtATimeDoes() throws {
        let seed = try TestSeed(for: Self.self)
        var random = seed.generator()
        let pieces: [UInt8] = [0x61, 0x20, 0x22, 0x5C, 0x0A, 0x00, 0xFF, 0x21, 0x23, 0x5B, 0x0B, 0x09]
        for _ in 0..<20_000 {
            let rare = random.chance(0.5)
            let bytes = (0..<random.between(0...40)).map { _ in rare && random.chance(0.9) ? UInt8(0x61) : random.pick(pieces) }
            let start = random.between(0...bytes.count)
            var expected = start
            while expected < bytes.count && ![0x22, 0x5C, 0x0A].contains(bytes[expected]) { expected += 1 }
            let found = bytes.withUnsafeBufferPointer { StrictYAMLParser(b: $0).firstOfQuoteBackslashNewline(from: start) }
            XCTAssertEqual(found, expected, "\(bytes) from \(start) — \(seed)")
        }
    }
}

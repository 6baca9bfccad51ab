@testable import PlanFiles
import XCTest

/// The fast reader's scanning loops test a byte against a set written as two 64-bit
/// constants (`StrictYAMLParser.plainStops`, …). Each constant must be exactly the bytes its
/// comment names, and the test must answer for every byte as membership does.
final class ByteSetTests: XCTestCase {
    typealias Parser = StrictYAMLParser

    static let named: [(set: Parser.ByteSet, bytes: String, what: String)] = [
        (Parser.plainStops, "\n#: ", "plainStops"),
        (Parser.flowPlainStops, "\n#: ,[]{}", "flowPlainStops"),
    ]

    func testByteSetsAreTheBytesTheyName() {
        for (set, bytes, what) in Self.named {
            let made = Parser.byteSet(bytes)
            XCTAssertEqual(set.low, made.low, what)
            XCTAssertEqual(set.high, made.high, what)
            let members = Set(bytes.utf8)
            for c in UInt8.min...UInt8.max {
                XCTAssertEqual(Parser.isIn(c, set), members.contains(c), "\(what), byte \(c)")
            }
        }
    }
}

@testable import PlanImport
import Foundation
import SeededRandom
import XCTest

/// The seed documents damaged at random (cut anywhere, lines dropped or doubled, bytes changed)
/// never crash the importer; it either refuses with an error, or writes a plan that loads.
final class DamagedDocumentTests: XCTestCase {
    func testDamagedSeedsImportOrFailCleanly() throws {
        var random = SplitMix(seed: 14)
        var imported = 0, refused = 0
        for source in [ImportHarness.elzSource, ImportHarness.zzlSource] {
            let original = try String(contentsOf: ImportHarness.root.appendingPathComponent(source), encoding: .utf8)
            let lines = original.components(separatedBy: "\n")
            for round in 0..<20 {
                var damaged = lines
                switch round % 4 {
                case 0: damaged = Array(damaged.prefix(random.int(1...damaged.count)))
                case 1: for _ in 0..<random.int(1...30) { damaged.remove(at: random.int(0...(damaged.count - 1))) }
                case 2: for _ in 0..<random.int(1...10) { let i = random.int(0...(damaged.count - 1)); damaged.insert(damaged[i], at: i) }
                default:
                    var bytes = Array(original.utf8.prefix(random.int(1...original.utf8.count)))
                    for _ in 0..<random.int(1...20) { bytes[random.int(0...(bytes.count - 1))] = UInt8(random.int(32...126)) }
                    damaged = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\n")
                }
                let (directory, _) = try ImportHarness.actors()
                switch PlanImporter.importDocument(Data(damaged.joined(separator: "\n").utf8), path: "damaged.txt", actors: directory) {
                case .success(let result):
                    imported += 1
                    _ = try ImportHarness.load(result.plan)
                case .failure(let problems):
                    refused += 1
                    XCTAssertTrue(problems.hasErrors, "\(source) round \(round): a failure names its error")
                    XCTAssertTrue(problems.errors.allSatisfy { $0.range != nil && $0.file != nil }, "\(source) round \(round)")
                }
            }
        }
        XCTAssertGreaterThan(imported, 0)
        XCTAssertGreaterThan(refused, 0)
    }
}

@testable import PlanImport
import Diagnostics
import Foundation
import XCTest

/// Documents the importer cannot read get one positioned error each, with what was expected.
final class BadInputTests: XCTestCase {
    static func seedLines(_ relative: String, _ range: ClosedRange<Int>) throws -> String {
        let text = try String(contentsOf: ImportHarness.root.appendingPathComponent(relative), encoding: .utf8)
        return text.components(separatedBy: "\n")[(range.lowerBound - 1)...(range.upperBound - 1)].joined(separator: "\n")
    }

    func testErrorsAreExactAndPositioned() throws {
        let elzCut = try Self.seedLines(ImportHarness.elzSource, 1...345)
        let elzAfterGoal = try Self.seedLines(ImportHarness.elzSource, 1...334)
        let zzlCut = try Self.seedLines(ImportHarness.zzlSource, 1...270)
        // An action (line 17) before the first goal heading, then strategic goal 1 with its action.
        let elzActionFirst = try [1...16, 82...158, 78...158].map { try Self.seedLines(ImportHarness.elzSource, $0) }.joined(separator: "\n")
        let cases: [(name: String, bytes: [UInt8], expected: [String])] = [
            ("empty", [], ["doc.txt:1:1: error: the document is empty: expected an action plan (ELZ template) or a transition plan"]),
            ("blank lines", Array("\n \r\n\t\n".utf8), ["doc.txt:1:1: error: the document is empty: expected an action plan (ELZ template) or a transition plan"]),
            ("NUL byte", Array("abc".utf8) + [0] + Array("def".utf8), ["doc.txt:1:4: error: binary file: NUL byte at offset 3; expected a text document"]),
            ("not UTF-8", Array("Actieplan\nx".utf8) + [0xFF, 0x41], ["doc.txt:2:2: error: not UTF-8 text: invalid byte 0xff at offset 11"]),
            ("neither template", Array("\nNotulen van de stuurgroep\n\nAanwezig: iedereen.\n".utf8),
             ["doc.txt:2:1: error: neither template: expected an ELZ action plan ('Strategische doelstelling 1 – …', 'Actie: …' headings) or a transition plan (the 'Vraag c' activity table)"]),
            ("ELZ cut in an action", Array(elzCut.utf8),
             ["doc.txt:341:1: error: the document ends in the middle of action 'Oprichting ‘inspiratietank’ en samenstellen toolbox' (line 336): expected 'Startdatum' and 'Evaluatie'"]),
            ("ELZ cut after a goal", Array(elzAfterGoal.utf8),
             ["doc.txt:334:1: error: the document ends after operational goal 5.1 (line 334) without its action: expected 'Actie: …' and the action form"]),
            ("ELZ action before any goal", Array(elzActionFirst.utf8),
             ["doc.txt:17:1: error: action 'ELZ Leuven ontmoet' comes before any goal heading: expected 'Strategische doelstelling n – …' (or 'Operationele doelstelling n.m – …') above it"]),
            ("transition plan cut in the table", Array(zzlCut.utf8),
             ["doc.txt:270:1: error: the document ends inside the 'Vraag c' table: expected more rows and the footnote with the actor categories"]),
        ]
        for c in cases {
            let (directory, _) = try ImportHarness.actors()
            switch PlanImporter.importDocument(Data(c.bytes), path: "doc.txt", actors: directory) {
            case .success: XCTFail("\(c.name): imported")
            case .failure(let problems):
                XCTAssertEqual(problems.errors.map(\.summary), c.expected, c.name)
                XCTAssertTrue(problems.errors.allSatisfy { $0.range != nil }, c.name)
            }
        }
    }

    /// Guesses are warnings (never errors) and each names its line: placeholder, unreadable
    /// date, unmatched name, unrecognised own role.
    /// A transition period that ends before it starts ('01/01/2088 - 31/12/2024', the import
    /// fuzzer's fifth finding) is no period: a warning at its line, and the plan has none
    /// (written as it stood, the plan file did not load).
    func testATransitionPeriodEndingBeforeItStartsIsNoPeriod() throws {
        let text = try Self.seedLines(ImportHarness.zzlSource, 1...515).replacingOccurrences(of: "(01/01/2023 - 31/12/2024)", with: "(01/01/2088 - 31/12/2024)")
        let result = try ImportHarness.importText(text)
        XCTAssertNil(result.plan.period)
        XCTAssertTrue(result.warnings.contains { $0.message == "the transition period '01/01/2088 - 31/12/2024' ends before it starts; the plan has no period" },
                      result.warnings.map(\.message).joined(separator: "\n"))
        _ = try ImportHarness.load(result.plan)
    }

    func testGuessesAreWarnings() throws {
        var text = try Self.seedLines(ImportHarness.elzSource, 1...362)
        text = text.replacingOccurrences(of: "Startdatum: 1/07/2024", with: "Startdatum: begin juli")
        text = text.replacingOccurrences(of: "Eindverantwoordelijke: Partner\tStad Leuven", with: "Eindverantwoordelijke: Partner\tStedelijk Overleg")
        text = text.replacingOccurrences(of: "Welke rol neem je zelf op? Trekkende rol", with: "Welke rol neem je zelf op? Adviserende rol")
        let result = try ImportHarness.importText(text)
        let summaries = result.warnings.map(\.summary)
        for expected in [
            "doc.txt:215:2: warning: unreadable Startdatum 'begin juli'; expected a date like 1/01/2024",
            "doc.txt:242:2: warning: 'Stedelijk Overleg' (responsible) matches no actor of the actors file: added as new actor 'stedelijk-overleg'",
            "doc.txt:173:2: warning: own role 'Adviserende rol' is none of Trekkende, Faciliterende or Ondersteunende rol; no role given",
        ] {
            XCTAssertTrue(summaries.contains(expected), "\(expected)\nnot in\n\(summaries.joined(separator: "\n"))")
        }
        let a22 = try XCTUnwrap(result.plan.activities.first { $0.id == "A2.2" })
        XCTAssertNil(a22.start, "an unreadable date stays unknown")
        XCTAssertTrue(a22.notes.contains("unreadable Startdatum 'begin juli'; expected a date like 1/01/2024"))
        XCTAssertTrue(result.plan.actors.contains { $0.id == "stedelijk-overleg" })
    }
}

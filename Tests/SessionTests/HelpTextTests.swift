import Diagnostics
import Foundation
import PlanFiles
import QuerySyntax
import Session
import XCTest

/// The examples `.help` shows must run on the example plans: help cannot drift from the language.
final class HelpTextTests: XCTestCase {
    func testEveryHelpExampleRunsWithoutError() throws {
        guard case .success(let loaded) = PlanLoader.load(paths: [GoldenScriptTests.examples.path]) else {
            return XCTFail("example plans do not load")
        }
        var count = 0
        for topic in HelpText.topics {
            let session = Session(graph: loaded.graph)
            for example in topic.examples {
                var errors: [String] = []
                let outcome = session.run(SourceFile(name: "help", text: example)) { event in
                    switch event {
                    case .diagnostic(let d) where d.severity == .error: errors.append(d.summary)
                    case .expectationFailed(let d): errors.append(d.summary)
                    default: break
                    }
                }
                XCTAssertEqual(outcome, .ok, "\(topic.name): \(example) — \(errors)")
                XCTAssertEqual(errors, [], example)
                count += 1
            }
        }
        XCTAssertGreaterThan(count, 25)
    }

    func testHelpListsEveryMetaCommand() {
        let text = HelpText.text(topic: nil)
        for command in MetaCommands.all { XCTAssertTrue(text.contains(command.usage), command.name) }
    }
}

final class TimerTextTests: XCTestCase {
    func testTimerPrintsMilliseconds() {
        XCTAssertEqual(Batch.timerText(.microseconds(72)), "time: 0.07 ms")
        XCTAssertEqual(Batch.timerText(.milliseconds(1500)), "time: 1500.00 ms")
    }
}

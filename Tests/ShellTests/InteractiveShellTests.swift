import Diagnostics
import Foundation
import Session
import XCTest
@testable import Shell

/// A reader that plays back what a person typed, and records the prompts it was shown.
final class ScriptedReader: LineReader {
    var script: [LineResult]
    var prompts: [String] = []
    var remembered: [String] = []
    var closed = false
    /// Runs before the result at that index is returned.
    var before: [Int: () -> Void] = [:]

    init(_ script: [LineResult]) { self.script = script }

    func readLine(prompt: String) -> LineResult {
        prompts.append(prompt)
        before[prompts.count - 1]?()
        return script.isEmpty ? .endOfInput : script.removeFirst()
    }

    func remember(_ entry: String) { remembered.append(entry) }

    func close() { closed = true }

    /// The lines are pasted: the rest is already waiting while one is read.
    var pasted = false
    var hasPendingInput: Bool { pasted && !script.isEmpty }
}

final class InteractiveShellTests: XCTestCase {
    var output = ""
    var errors = ""

    override func setUp() {
        output = ""
        errors = ""
        Interrupt.clear()
    }

    func shell(_ reader: ScriptedReader, history: HistoryFile? = nil) -> InteractiveShell {
        InteractiveShell(session: Session(graph: ExamplePlans.graph), reader: reader, history: history,
                         writeOutput: { [unowned self] in self.output += $0 },
                         writeError: { [unowned self] in self.errors += $0 })
    }

    func testAMultiLineEntryIsOneHistoryEntry() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planq-shell-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("history").path
        let reader = ScriptedReader([.line("goals of"), .line("elz limit 1"), .line("plans")])
        XCTAssertEqual(shell(reader, history: HistoryFile(path: path, warn: { XCTFail($0) })).run(), 0)
        XCTAssertEqual(reader.prompts, ["planq> ", "   ...> ", "planq> ", "planq> "])
        XCTAssertEqual(reader.remembered, ["goals of\nelz limit 1", "plans"])
        XCTAssertEqual(HistoryFile(path: path, warn: { XCTFail($0) }).load(), ["goals of\nelz limit 1", "plans"])
        XCTAssertTrue(output.contains("elz.SD1"), output)
        XCTAssertTrue(output.contains("Transitieplan Zorgzaam Leuven"), output)
        XCTAssertTrue(output.hasSuffix("\n"), "Ctrl-D ends with a newline")
        XCTAssertTrue(reader.closed)
        XCTAssertEqual(errors, "")
    }

    func testAnEmptyLineWhileContinuingKeepsReading() {
        let reader = ScriptedReader([.line("goals of"), .line(""), .line("  "), .line("elz limit 1")])
        _ = shell(reader).run()
        XCTAssertEqual(reader.prompts, ["planq> ", "   ...> ", "   ...> ", "   ...> ", "planq> "])
        XCTAssertEqual(reader.remembered, ["goals of\n\n  \nelz limit 1"])
        XCTAssertTrue(output.contains("elz.SD1"), output)
    }

    func testCtrlCAbandonsTheEntry() {
        let reader = ScriptedReader([.line("goals of"), .interrupted, .line("plans")])
        _ = shell(reader).run()
        XCTAssertEqual(reader.prompts, ["planq> ", "   ...> ", "planq> ", "planq> "])
        XCTAssertEqual(reader.remembered, ["plans"])
        XCTAssertEqual(errors, "")
    }

    func testCtrlCDuringAStatementDropsTheRestOfItsOutput() {
        // Two statements in one entry; Ctrl-C comes while the first one's answer is written.
        let reader = ScriptedReader([.line("plans; goals of elz"), .line("plans")])
        var outputs = 0
        let shell = InteractiveShell(session: Session(graph: ExamplePlans.graph), reader: reader,
                                     writeOutput: { [unowned self] text in
                                         outputs += 1
                                         if outputs == 1 { Interrupt.request() }
                                         self.output += text
                                     },
                                     writeError: { [unowned self] in self.errors += $0 })
        _ = shell.run()
        XCTAssertEqual(errors, "Interrupted.\n")
        XCTAssertFalse(output.contains("elz.SD1"), "the second statement's answer is not shown")
        XCTAssertFalse(Interrupt.isRequested, "the next statement starts afresh")
        XCTAssertEqual(outputs, 3, "the answer to the next entry (and the final newline) are shown")
    }

    /// A paste is read as a script is: a line the parser takes continues the statement above it.
    func testPastedLinesSplitAsInAScript() {
        let reader = ScriptedReader([.line(".format csv"), .line("activities of elz order by start"), .line("  desc limit 2"),
                                     .line("count goals of zzl"), .line("count goals of elz")])
        reader.pasted = true
        XCTAssertEqual(shell(reader).run(), 0)
        XCTAssertEqual(errors, "")
        XCTAssertEqual(output, "id,kind,plan,title\r\nelz.A2.2,activity,elz,Opzetten proeftuin\r\nelz.A1.1,activity,elz,ELZ Leuven ontmoet\r\n"
                               + "count\r\n8\r\ncount\r\n11\r\n\n")
        XCTAssertEqual(reader.remembered, [".format csv", "activities of elz order by start\n  desc limit 2", "count goals of zzl",
                                           "count goals of elz"])
    }

    func testAPasteLooksPastBlankAndCommentLinesAsAScriptDoes() {
        let reader = ScriptedReader([.line(".format csv"), .line("activities of elz order by start"), .line(""),
                                     .line("# the last two"), .line("  desc limit 2"), .line("count goals of zzl"), .line("")])
        reader.pasted = true
        XCTAssertEqual(shell(reader).run(), 0)
        XCTAssertEqual(errors, "")
        XCTAssertEqual(output, "id,kind,plan,title\r\nelz.A2.2,activity,elz,Opzetten proeftuin\r\nelz.A1.1,activity,elz,ELZ Leuven ontmoet\r\n"
                               + "count\r\n8\r\n\n")
    }

    func testTypedLinesRunAsSoonAsTheyAreComplete() {
        let reader = ScriptedReader([.line(".format csv"), .line("activities of elz order by start"), .line("  desc limit 2")])
        XCTAssertEqual(shell(reader).run(), 0)
        XCTAssertTrue(output.hasPrefix("id,kind,plan,title\r\nelz.A1.1,"), "nothing waits: the first line runs on its own")
        XCTAssertTrue(errors.contains("desc"), errors)
    }

    func testQuitAndMetaCommands() {
        let reader = ScriptedReader([.line(".format csv"), .line("goals of elz limit 1"), .line(".quit"),
                                     .line("plans")])
        XCTAssertEqual(shell(reader).run(), 0)
        XCTAssertEqual(reader.prompts.count, 3, "nothing is read after .quit")
        XCTAssertTrue(output.hasPrefix("id,kind,plan,title\r\nelz.SD1,goal,elz,"), output)
        XCTAssertEqual(reader.remembered, [".format csv", "goals of elz limit 1", ".quit"])
    }

    func testErrorsAreReportedAndTheShellGoesOn() {
        let reader = ScriptedReader([.line("activities with lead ELX"), .line(".nope"), .line("plans")])
        _ = shell(reader).run()
        XCTAssertTrue(errors.contains("<stdin>:1:"), errors)
        XCTAssertTrue(errors.contains("unknown command '.nope'"), errors)
        XCTAssertTrue(output.contains("Transitieplan Zorgzaam Leuven"))
    }

    func testTheSameEntryTwiceInARowIsRememberedOnce() {
        let reader = ScriptedReader([.line("plans"), .line("plans"), .line("goals of elz limit 1"), .line("plans")])
        _ = shell(reader).run()
        XCTAssertEqual(reader.remembered, ["plans", "goals of elz limit 1", "plans"])
    }

    func testCompletionSeesEarlierLinesAndTheCurrentPlans() {
        let session = Session(graph: ExamplePlans.graph)
        let source = CompletionSource(session: session)
        source.pending = "activities of elz"
        XCTAssertEqual(source.complete("for SD").candidates.map(\.value), ["SD1", "SD2", "SD3", "SD4", "SD5"])
        source.pending = ""
        XCTAssertEqual(source.complete("q").candidates, [])
        _ = session.run(SourceFile(name: "t", text: "let quick = goals of elz")) { _ in }
        XCTAssertEqual(source.complete("q").candidates.map(\.value), ["quick"], "names made with let")
    }
}

final class PlainLineReaderTests: XCTestCase {
    func pipe(_ text: String) -> Int32 {
        var fds: [Int32] = [0, 0]
        XCTAssertEqual(Foundation.pipe(&fds), 0)
        _ = text.utf8CString.withUnsafeBufferPointer { write(fds[1], $0.baseAddress, $0.count - 1) }
        close(fds[1])
        return fds[0]
    }

    func testReadsLinesWithoutATerminal() {
        let fd = pipe("plans\r\ngoals of\nelz\nlast without newline")
        defer { close(fd) }
        var prompts = ""
        let reader = PlainLineReader(fd: fd, showsPrompt: false, writePrompt: { prompts += $0 })
        XCTAssertEqual(reader.readLine(prompt: "planq> "), .line("plans"))
        XCTAssertEqual(reader.readLine(prompt: "planq> "), .line("goals of"))
        XCTAssertEqual(reader.readLine(prompt: "   ...> "), .line("elz"))
        XCTAssertEqual(reader.readLine(prompt: "planq> "), .line("last without newline"))
        XCTAssertEqual(reader.readLine(prompt: "planq> "), .endOfInput)
        XCTAssertEqual(prompts, "")
    }

    func testInterruptAbandonsTheLine() {
        let fd = pipe("plans\n")
        defer { close(fd) }
        var prompts = ""
        let reader = PlainLineReader(fd: fd, showsPrompt: true, writePrompt: { prompts += $0 })
        Interrupt.request()
        XCTAssertEqual(reader.readLine(prompt: "planq> "), .interrupted)
        Interrupt.clear()
        XCTAssertEqual(reader.readLine(prompt: "planq> "), .line("plans"))
        XCTAssertEqual(prompts, "planq> \nplanq> ")
    }
}

import Diagnostics
import Foundation
@testable import PlanFiles
import PlanModel
import XCTest

/// The loader reads files in planq's own YAML subset with the fast reader and any other YAML
/// with Yams, into the same node arena and through the same builder. The two readings must
/// give exactly the same graph and warnings — or exactly the same diagnostics — and the fast
/// reader must decline whatever it does not read the way Yams does.
final class ReaderEquivalenceTests: XCTestCase {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    func inputs(_ paths: [String]) -> [PlanInput] {
        PlanFileReader.expand(paths).files.filter { !$0.hasSuffix(".txt") }.map(PlanInput.path)
    }

    /// Both readings of the files, as comparable text; the fast one, and how many files it
    /// left to Yams.
    func readings(_ paths: [String]) -> (fast: String, general: String, declined: Int, loaded: LoadedPlans?) {
        let fast = PlanLoader.load(inputs(paths))
        let general = PlanLoader.load(inputs(paths), reader: .general)
        return (LoadComparison.text(fast), LoadComparison.text(general), (try? fast.get())?.generalReaderNotes.count ?? -1,
                try? fast.get())
    }

    /// The fast reader must read every file of `paths` and agree with Yams.
    @discardableResult
    func assertSameGraph(_ paths: [String], file: StaticString = #filePath, line: UInt = #line) throws -> LoadedPlans {
        let r = readings(paths)
        XCTAssertEqual(r.declined, 0, "the fast reader declined a file of \(paths)", file: file, line: line)
        if let difference = LoadComparison.firstDifference(r.fast, r.general) {
            XCTFail("fast and Yams readings differ at \(difference)", file: file, line: line)
        }
        return try XCTUnwrap(r.loaded, file: file, line: line)
    }

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("planq-readers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    func testTheExamplePlansReadTheSameWithoutYams() throws {
        try assertSameGraph([Self.repo.appendingPathComponent("Examples/plans").path])
    }

    func testTheGoodFixtureReadsTheSameWithoutYams() throws {
        try assertSameGraph([Self.repo.appendingPathComponent("Tests/PlanFilesTests/Fixtures/good").path])
    }

    /// YAML the subset reads: folded and escaped quoted text, block scalars, flow collections
    /// over several lines, compact sequences, comments, empty values, warnings (no lead).
    func testTheConstructsOfTheSubsetReadTheSame() throws {
        let folder = try temporaryFolder()
        let plan = #"""
            # a comment
            plan:
              id: p1   # trailing comment
              title: "Plan met \"quotes\", \\ en \u00e9\x41 en
                  een tweede regel

                na een lege regel"
              owner: org-a
              period: 2024-01-01..2025-12-31
              source: {document: "Bron", file: bron.txt}
              notes:
              - 'single ''quoted'' note'
              - plain note, not a key # comment
              - "escaped \
                line break"
            actors:
              - id: org-a
                name: Organisatie A
                type: organisation
                aliases: [OA, 'Org A']
              - {id: grp, name: Groep, type: group, members: [org-a,
                  org-b]}
              - id: org-b
                name: Organisatie B
                type: organisation
                aliases:
            goals:
              - id: SD1
                level: strategic
                text: |-
                  Eerste regel
                    ingesprongen

                  derde
              - id: OD1.1
                level: operational
                parent: SD1
                text: >
                  gevouwen
                  tekst
                deadline: 2024-06
                written: "Eind juni"
                approximate: yes
            activities:
              - id: A1
                goal: OD1.1
                title: Zonder trekker
                description: |
                  letterlijk
                start: 2024 Q1
                end: 2024-05
                actors:
                  partner:
                    - org-b
                    - {actor: grp, note: "via de groep"}
                  involved: grp
                  audience:
                phase: unknown
                target_groups: "één doelgroep"
                months: [1, 2, 3]
                indicators:
                - id: A1-p
                  type: process
                  text: "elke maand"
              - id: A2
                goal: SD1
                title: "Met trekker"
                actors: {lead: [OA]}
                links: A1
            events:
              - {id: E1, type: event, title: Start, date: 2023-12-05, approximate: false}
            """#
        try plan.write(to: folder.appendingPathComponent("p1.yaml"), atomically: true, encoding: .utf8)
        let g = try assertSameGraph([folder.path]).graph
        XCTAssertEqual(g[try XCTUnwrap(g.plan(named: "p1"))].title,
                       "Plan met \"quotes\", \\ en éA en een tweede regel\nna een lege regel")
        XCTAssertEqual(g[try XCTUnwrap(g.node(qualifiedID: "p1.SD1"))].title, "Eerste regel\n  ingesprongen\n\nderde")
        XCTAssertEqual(g[try XCTUnwrap(g.node(qualifiedID: "p1.OD1.1"))].title, "gevouwen tekst\n")
    }

    /// A node's title is the first of `title`, `name`, `role` and `text` it has as text,
    /// in whatever order they are written: the fast reader finds it in one pass over the keys
    /// (`PlanDocument.firstTitleScalar`), Yams's reading key by key.
    func testTitlesComeFromTheFirstTitleKeyAlike() throws {
        let folder = try temporaryFolder()
        let plan = #"""
            plan: {id: p, title: Plan}
            goals:
              - {id: G1, text: Tekst, title: Titel}
              - {id: G2, text: Alleen tekst}
              - {id: G3}
              - id: G4
                text: Blok
                level: strategic
                title: Bloktitel
              - id: G5
                level: strategic
                text: Alleen blok
            core_functions:
              - {id: C1, text: Tekst, name: Naam}
              - {id: C2, name: [geen, tekst], text: Tekst}
            staff:
              - {id: S1, role: Rol}
            themes:
              - {id: T1, name: Naam}
            """#
        try plan.write(to: folder.appendingPathComponent("p.yaml"), atomically: true, encoding: .utf8)
        let expected = ["G1": "Titel", "G2": "Alleen tekst", "G3": "G3", "G4": "Bloktitel", "G5": "Alleen blok",
                        "C1": "Naam", "C2": "Tekst", "S1": "Rol", "T1": "Naam"]
        let r = readings([folder.path])
        XCTAssertNil(LoadComparison.firstDifference(r.fast, r.general).map { "fast and Yams readings differ at \($0)" })
        XCTAssertTrue(r.fast.contains("'name' must be text"), r.fast)
        for reader in [PlanLoader.Reader.fastWherePossible, .general] {
            guard case .failure(let problems) = PlanLoader.load([.path(folder.path + "/p.yaml")], reader: reader) else {
                return XCTFail("a list as a name is an error")
            }
            XCTAssertEqual(problems.diagnostics.count, 1, "\(reader): \(problems.diagnostics)")
        }
        try plan.replacingOccurrences(of: "name: [geen, tekst], ", with: "")
            .write(to: folder.appendingPathComponent("p.yaml"), atomically: true, encoding: .utf8)
        let g = try assertSameGraph([folder.path]).graph
        for (id, title) in expected {
            XCTAssertEqual(g[try XCTUnwrap(g.node(qualifiedID: "p." + id), id)].title, title, id)
        }
        for (i, key) in PlanDocument.titleKeys.enumerated() {
            var word: UInt64 = 0
            withUnsafeMutableBytes(of: &word) { $0.copyBytes(from: Array(key.utf8)) }
            XCTAssertEqual(PlanDocument.titleRank(word), i, key)
        }
    }

    /// Plan ids where one is another's followed by a dot: `a.b.c` names plan `a.b`'s goal `c`
    /// from plan `a`'s file, read before it. Both readings resolve it the same way.
    func testNestedPlanIDsResolveAcrossFilesAlike() throws {
        let folder = try temporaryFolder()
        try "plan: {id: a, title: A}\nactors:\n  - {id: x, name: X, type: organisation}\nactivities:\n  - {id: A1, goal: b.c, actors: {lead: [x]}}\n"
            .write(to: folder.appendingPathComponent("1.yaml"), atomically: true, encoding: .utf8)
        try "plan: {id: a.b, title: AB}\ngoals:\n  - {id: c, level: strategic, text: C}\n"
            .write(to: folder.appendingPathComponent("2.yaml"), atomically: true, encoding: .utf8)
        let g = try assertSameGraph([folder.path]).graph
        let activity = try XCTUnwrap(g.node(qualifiedID: "a.A1"))
        XCTAssertEqual(g[try XCTUnwrap(g[activity].parent)].id, "c")
    }

    /// Every plan file of the fuzz corpus and every bad fixture, and text at the edges of the
    /// subset: both readings give the same graph or the same diagnostics, and only files that
    /// read the same are read fast.
    func testTheFastReaderNeverReadsDifferentlyFromYams() throws {
        var sets: [[String]] = []
        let corpus = Self.repo.appendingPathComponent("Tests/FuzzCorpus/plan")
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted() {
            sets.append([corpus.appendingPathComponent(name).path,
                         Self.repo.appendingPathComponent("Examples/plans/actors.yaml").path])
        }
        let bad = Self.repo.appendingPathComponent("Tests/PlanFilesTests/Fixtures/bad")
        for name in try FileManager.default.contentsOfDirectory(atPath: bad.path).sorted() {
            sets.append([bad.appendingPathComponent(name).path])
        }
        // Text at the edges of the subset: tabs, CRLF, control and separator characters, a
        // multi-line plain scalar, a duplicate key, a tag, an explicit key, a document marker.
        let folder = try temporaryFolder()
        let plan = "plan:\n  id: p\n  title: T\n  period: \"2024\"\n"
        let edges = ["\ttitle: x\n", "  notes: [a]\r\n", "  notes: [\"\u{85}\"]\n", "  notes: [\"a\u{2028}b\"]\n",
                     "  version: one\n    two\n", "  title: again\n", "  version: !!str 1\n", "? version\n: 1\n",
                     "---\n", "  version: \"a\\ b\"\n", "  version: 'a\n    b'\n", "  version: \"\u{7F}\"\n"]
        for (i, edge) in edges.enumerated() {
            let url = folder.appendingPathComponent("edge\(i).yaml")
            try (plan + edge).write(to: url, atomically: true, encoding: .utf8)
            sets.append([url.path])
        }
        var readFast: [String] = []
        for paths in sets {
            let r = readings(paths)
            if let difference = LoadComparison.firstDifference(r.fast, r.general) {
                XCTFail("\(paths): fast and Yams readings differ at \(difference)")
            }
            if r.declined == 0 { readFast.append(URL(fileURLWithPath: paths[0]).lastPathComponent) }
        }
        // Of these the corpus's demo and subset plans load, read fast, and so does the title
        // with `*` after commas (text, not aliases, in a block value); the bad fixtures fail to
        // load (their diagnostics compared above); every edge file is left to Yams.
        XCTAssertEqual(readFast, ["demo.yaml", "regression-diff-anchor-scan-comma.yaml", "subset-constructs.yaml"])
    }
}

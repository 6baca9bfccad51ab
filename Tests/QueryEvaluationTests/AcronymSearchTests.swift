@testable import QueryEvaluation
import QueryTestSupport
import SeededRandom
import TestRandom
import XCTest

/// `title ~ "ELZ"` also finds "Welzijn" and "mantelzorg": `~` finds text anywhere, as Dutch
/// compounds need. For an acronym the answer notes the rows that hold it only inside words.
final class AcronymSearchTests: XCTestCase {
    func testWhatIsAnAcronym() {
        XCTAssertTrue(AcronymSearch.isAcronym("ELZ"))
        XCTAssertTrue(AcronymSearch.isAcronym("GGZ-netwerk".uppercased()))
        XCTAssertTrue(AcronymSearch.isAcronym("UZ"))
        XCTAssertFalse(AcronymSearch.isAcronym("Z"), "one letter")
        XCTAssertFalse(AcronymSearch.isAcronym("zorg"))
        XCTAssertFalse(AcronymSearch.isAcronym("UZ Leuven"))
        XCTAssertFalse(AcronymSearch.isAcronym("2024"))
    }

    func testOnlyInsideWords() {
        XCTAssertEqual(AcronymSearch.onlyInsideWords("elz", ["welzijn en zorg"]), "welzijn")
        XCTAssertEqual(AcronymSearch.onlyInsideWords("elz", ["patient/mantelzorg", "welzijn"]), "mantelzorg")
        XCTAssertNil(AcronymSearch.onlyInsideWords("elz", ["welzijn", "elz leuven"]), "a whole word somewhere")
        XCTAssertNil(AcronymSearch.onlyInsideWords("elz", ["zzi steunt elz/lokale besturen"]), "a slash ends a word")
        XCTAssertNil(AcronymSearch.onlyInsideWords("elz", ["elz"]))
        XCTAssertNil(AcronymSearch.onlyInsideWords("elz", ["zorg"]), "not there at all")
        XCTAssertEqual(AcronymSearch.onlyInsideWords("elz", ["elz2"]), "elz2", "a digit continues a word")
    }

    /// The example plans: two of the eight titles with "ELZ" have it only in "Welzijn" and
    /// "mantelzorg"; the answer is unchanged, the note names them.
    func testTheExamplePlans() {
        XCTAssertEqual(ExamplePlans.answer("count activities where title ~ \"ELZ\""), ["8"])
        guard case .success(let bound) = ExamplePlans.bind("activities where title ~ \"ELZ\""),
              case .success(let word) = ExamplePlans.bind("activities where title ~ \"zorg\"") else { return XCTFail("binds") }
        var trace = Evaluator.Trace()
        _ = Evaluator(graph: ExamplePlans.graph).run(bound, trace: &trace)
        XCTAssertEqual(trace.insideWords.count, 1)
        XCTAssertEqual(trace.insideWords.first?.search.count, 2)
        XCTAssertEqual(Set(trace.insideWords.first?.search.words ?? []), ["welzijn", "mantelzorg"])
        // Not for a word: `zorg` inside `mantelzorg` is what a Dutch search wants.
        var quiet = Evaluator.Trace()
        _ = Evaluator(graph: ExamplePlans.graph).run(word, trace: &quiet)
        XCTAssertTrue(quiet.insideWords.isEmpty)
    }

    /// Plain ASCII is searched over the bytes: it must find what the search by characters
    /// finds — matches one after another (`aa` twice in `aaaa`), word characters (letters,
    /// digits) around them, and the first longer word — and text with a CR LF or any
    /// non-ASCII goes by characters.
    func testTheByteSearchFindsWhatTheCharacterSearchFinds() throws {
        let seed = try TestSeed(for: Self.self)
        var random = seed.generator()
        let alphabet: [Character] = ["e", "l", "z", "E", "9", " ", "-", "_", "/", "a", "\r\n", "\n", "é", "Z"]
        for _ in 0..<20_000 {
            let text = random.string(upTo: 14, from: alphabet)
            let needle = random.string(upTo: 3, from: ["e", "l", "z", "a", " "])
            guard !needle.isEmpty else { continue }
            XCTAssertEqual(AcronymSearch.occurrences(of: needle, in: text),
                           AcronymSearch.occurrencesByCharacters(of: needle, in: text),
                           "\(needle.debugDescription) in \(text.debugDescription), \(seed)")
        }
        XCTAssertEqual(AcronymSearch.occurrences(of: "aa", in: "aaaa"), .inside("aaaa"))
        XCTAssertEqual(AcronymSearch.occurrences(of: "elz", in: "welzijn elz"), .asWord)
        XCTAssertEqual(AcronymSearch.occurrences(of: "elz", in: "9elz"), .inside("9elz"))
        XCTAssertEqual(AcronymSearch.occurrences(of: "elz", in: "zorg"), .absent)
    }
}

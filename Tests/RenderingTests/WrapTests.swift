import Diagnostics
@testable import Rendering
import SeededRandom
import TestRandom
import XCTest

/// `wrap` measures a text once (`TextColumns`: from the bytes for one-column text — printable
/// ASCII, precomposed Latin, typographic punctuation — a character at a time for any other) and cuts its lines from the bytes.
/// It must give the lines the plain word-by-word wrap below gives: runs of spaces, spaces at
/// either end, words longer than the width, wide and zero-width characters, widths down to
/// one column.
final class WrapTests: XCTestCase {
    /// The reference: words split at spaces, each made a string and measured, a word too wide
    /// cut a character at a time (what `wrap` did before it measured a text once).
    private func wrapWordByWord(_ text: String, toWidth width: Int) -> [String] {
        guard width > 0, displayWidth(text) > width else { return [text] }
        func trimmed(_ line: String) -> String {
            var line = line
            while line.last == " " { line.removeLast() }
            return line
        }
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            let word = String(word)
            let wordWidth = displayWidth(word)
            if !current.isEmpty {
                if currentWidth + 1 + wordWidth <= width {
                    current += " " + word
                    currentWidth += 1 + wordWidth
                    continue
                }
                lines.append(trimmed(current))
            }
            if wordWidth <= width {
                current = word
                currentWidth = wordWidth
            } else {
                var pieces: [String] = []
                var piece = ""
                var pieceWidth = 0
                for character in word {
                    let c = columns(of: character)
                    if pieceWidth + c > width && !piece.isEmpty {
                        pieces.append(piece)
                        piece = ""
                        pieceWidth = 0
                    }
                    piece.append(character)
                    pieceWidth += c
                }
                pieces.append(piece)
                current = pieces.removeLast()
                currentWidth = displayWidth(current)
                lines += pieces
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(trimmed(current)) }
        return lines
    }

    func testTheByteWrapGivesTheWordByWordLines() throws {
        let seed = try TestSeed(for: Self.self)
        var random = seed.generator()
        let latin = Array("ab  x~ éÿʰ\u{AD}\u{A0}’–…•→")
        // Wide (CJK, emoji, a flag), zero-width (ZWSP, a combining mark, on a space too),
        // typographic punctuation and a ZWJ sequence.
        let other = latin + ["日", "本", "😀", "🇧🇪", "\u{200B}", "e\u{301}", " \u{301}", "’", "–", "👩‍👩‍👧", "\u{FE0F}"]
        for alphabet in [latin, other] {
            for _ in 0..<20_000 {
                let text = random.string(upTo: 30, from: alphabet)
                let width = random.between(1...12)
                XCTAssertEqual(wrap(text, toWidth: width), wrapWordByWord(text, toWidth: width),
                               "\(text.debugDescription) at \(width), \(seed)")
            }
        }
    }

    /// `wrap` returns a text of no more bytes than the width unmeasured: no character may be
    /// wider than its bytes — wide, emoji, flags, keycaps, a text or emoji selector after ASCII,
    /// Hangul, fullwidth forms, marks, zero-width characters.
    func testNoCharacterIsWiderThanItsBytes() {
        let characters: [Character] = ["a", "é", "ʰ", "\u{AD}", "日", "😀", "🇧🇪", "#\u{FE0F}\u{20E3}", "a\u{FE0F}", "\u{2764}\u{FE0F}",
                                        "\u{2764}\u{FE0E}", "한", "\u{1100}", "Ａ", "\u{3000}", "e\u{301}", "\u{200B}", "👩‍👩‍👧", "\u{FFFD}", "’"]
        for character in characters {
            XCTAssertLessThanOrEqual(TextColumns(characters: String(character)).width, character.utf8.count, character.debugDescription)
            XCTAssertLessThanOrEqual(displayWidth(String(character)), character.utf8.count, character.debugDescription)
        }
        for scalar in (0x20...0x2FFFF).compactMap(Unicode.Scalar.init) where !scalar.properties.isNoncharacterCodePoint {
            let text = String(Character(scalar))
            XCTAssertLessThanOrEqual(TextColumns(characters: text).width, text.utf8.count, "U+\(String(scalar.value, radix: 16))")
        }
    }

    func testOneColumnTextMeasuresAlikeEitherWay() throws {
        let seed = try TestSeed(for: Self.self)
        var random = seed.generator()
        let alphabet = Array("ab  x~ éÿʰ\u{AD}\u{A0}’“”–—…•→€‰")
        for _ in 0..<5_000 {
            let text = random.string(upTo: 30, from: alphabet)
            let width = random.between(1...12)
            var bytes = text
            let (latin, lines) = bytes.withUTF8 { utf8 in
                (TextColumns(oneColumn: utf8)!, TextColumns(characters: text).wrap(utf8, toWidth: width))
            }
            XCTAssertEqual(latin.starts, TextColumns(characters: text).starts, text.debugDescription)
            XCTAssertEqual(latin.width, displayWidth(text), text.debugDescription)
            XCTAssertEqual(bytes.withUTF8 { latin.wrap($0, toWidth: width) }, lines, "\(text.debugDescription) at \(width)")
        }
    }

    func testCases() {
        let cases: [(String, Int, [String])] = [
            ("", 5, [""]),
            ("abc", 5, ["abc"]),
            ("abc def", 3, ["abc", "def"]),
            ("abcdefgh", 3, ["abc", "def", "gh"]),
            ("ab  cd", 3, ["ab", "cd"]),
            ("  ab", 2, ["ab"]),
            ("ab   ", 2, ["ab"]),
            ("a bcdefg h", 4, ["a", "bcde", "fg h"]),
            ("één twee", 3, ["één", "twe", "e"]),
            ("zorg’s plan", 6, ["zorg’s", "plan"]),
            ("日本 語", 4, ["日本", "語"]),
            ("日本 語", 2, ["日", "本", "語"]),
            ("日本語", 3, ["日", "本", "語"]),
            ("😀x", 1, ["😀", "x"]),
        ]
        for (text, width, lines) in cases {
            XCTAssertEqual(wrap(text, toWidth: width), lines, "\(text.debugDescription) at \(width)")
            XCTAssertEqual(wrapWordByWord(text, toWidth: width), lines, "\(text.debugDescription) at \(width)")
        }
    }

    func testOtherTextIsMeasuredByCharacters() {
        for text in ["ab\tcd", "ab\u{1B}[1mcd", "e\u{301}e\u{301}", "ab\u{85}cd", "a\u{200D}b", "a\u{2028}b", "日本",
                     "\u{2066}x", "↔\u{FE0F}"] {
            var text = text
            XCTAssertNil(text.withUTF8 { TextColumns(oneColumn: $0) }, text.debugDescription)
        }
        var typographic = "zorg’s “plan” – 2024…"
        XCTAssertEqual(typographic.withUTF8 { TextColumns(oneColumn: $0)?.width }, 21)
        // A combining mark: two scalars, one character, one column.
        XCTAssertEqual(TextColumns(characters: "e\u{301}e\u{301}").before, [0, 1, 2])
        // An escape sequence takes no columns, as `displayWidth` measures it.
        XCTAssertEqual(TextColumns(characters: "a\u{1B}[1mb").width, displayWidth("a\u{1B}[1mb"))
    }
}

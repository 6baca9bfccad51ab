import PlanWords
import Testing
@testable import QuerySyntax

/// `Grammar/keywords.tsv` is the one table of the language's words; the Swift tables that the
/// lexer, the parser and completion read must say exactly what it says.
@Suite struct KeywordTableTests {
    struct Row: Equatable, CustomStringConvertible {
        let word: String, part: String, dutch: [String]
        var description: String { "\(word) \(part) [\(dutch.joined(separator: ", "))]" }
    }

    static func fileRows() throws -> [Row] {
        try readRepositoryFile("Grammar/keywords.tsv").split(separator: "\n")
            .filter { !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { line in
                let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                let dutch = cells.count > 2 ? cells[2].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } : []
                return Row(word: cells[0], part: cells.count > 1 ? cells[1] : "", dutch: dutch)
            }
    }

    static func swiftRows() -> [Row] {
        Keyword.table.map { Row(word: $0.keyword.rawValue, part: $0.part.rawValue, dutch: $0.dutch) }
            + Role.allCases.map { role in
                Row(word: role.rawValue, part: "role", dutch: Role.dutch.first { $0.role == role }?.words ?? [])
            }
            + FieldWords.dutch.map { Row(word: $0.field, part: "field", dutch: $0.words) }
    }

    @Test func theFileAndTheSwiftTablesAgree() throws {
        let file = try Self.fileRows(), swift = Self.swiftRows()
        #expect(file.count == swift.count)
        for (a, b) in zip(file, swift) { #expect(a == b) }
    }

    @Test func everyKeywordIsInTheTableOnce() {
        #expect(Keyword.table.map(\.keyword).sorted { $0.rawValue < $1.rawValue }
                == Keyword.allCases.sorted { $0.rawValue < $1.rawValue })
    }

    /// No Dutch word means two things, or shadows an English keyword or role. Field words are
    /// read only where a field is expected, so they are checked among themselves.
    @Test func everyWordMeansOneThing() {
        var seen: [String: String] = [:]
        for row in Self.swiftRows() where row.part != "field" {
            for word in [row.word] + row.dutch {
                #expect(seen[word] == nil, "'\(word)' is both \(seen[word] ?? "") and \(row.word)")
                seen[word] = row.word
            }
        }
    }

    /// Each Dutch field word names one field, is not itself an English field word, and is one
    /// token (a word, or a keyword, which a field may be spelled as).
    @Test func dutchFieldWordsMeanOneField() {
        let english = Set(FieldWords.dutch.map(\.field))
        var seen: [String: String] = [:]
        for (field, words) in FieldWords.dutch {
            for word in words {
                #expect(seen[word] == nil, "'\(word)' names both \(seen[word] ?? "") and \(field)")
                seen[word] = field
                #expect(!english.contains(word), "'\(word)' is an English field too")
                #expect(FieldWords.english(word.uppercased()) == field)
                let tokens = Lexer.tokenize(word)
                #expect(tokens.count == 2, "\(word) is one token")
                #expect(Parser.isFieldName(tokens[0]), "\(word) can stand where a field is expected")
            }
        }
        #expect(FieldWords.english("title") == nil)
    }

    /// Dutch "of" is English "or"; read as English `of`, the query stops at the next filter,
    /// and the error says which word was meant.
    @Test func dutchOfForOrIsExplained() {
        for text in ["acties waar titel ~ \"zorg\" of titel ~ \"welzijn\"", "acties van zzl met trekker ELZ of met partner ELZ"] {
            guard case .failure(let errors) = Parser.parse(text) else { Issue.record("\(text) parses"); continue }
            #expect(errors[0].notes.contains { $0.contains("write 'or'") }, "\(errors[0].notes)")
        }
        guard case .failure(let errors) = Parser.parse("activities with lead ELZ ~ x") else { Issue.record("parses"); return }
        #expect(!errors[0].notes.contains { $0.contains("write 'or'") }, "no note where no 'of' comes just before")
    }

    @Test func dutchKeywordsLexAsTheirEnglishKeyword() {
        for entry in Keyword.table {
            for word in entry.dutch {
                let tokens = Lexer.tokenize(word.uppercased())
                #expect(tokens.first?.keyword == entry.keyword, "\(word)")
                #expect(tokens.count == 2, "\(word) is one token")
            }
        }
    }

    @Test func dutchRoleWordsNameTheirRole() {
        for (role, words) in Role.dutch {
            for word in words { #expect(Role(word: word.capitalized) == role) }
        }
        #expect(Role(word: "trekker") == .lead)
        #expect(Role(word: "leed") == nil)
    }

    /// The lexer looks no further up a word longer than `Keyword.longestSpelling` bytes: no
    /// spelling may be longer.
    @Test func noSpellingIsLongerThanTheLexerLooks() {
        let longest = Keyword.spellings.keys.map(\.utf8.count).max() ?? 0
        #expect(longest <= Keyword.longestSpelling)
    }
}

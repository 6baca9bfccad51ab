import Diagnostics
import Testing
@testable import QuerySyntax

@Suite struct LexerTests {
    /// An ASCII word byte is read from two masks: the same bytes as the scalar test.
    @Test func asciiWordBytesAreTheWordScalars() {
        for byte in UInt8(0)..<0x80 {
            #expect(Lexer.isASCIIWordByte(byte) == Lexer.isWordScalar(Unicode.Scalar(byte)), "byte \(byte)")
        }
        #expect(!Lexer.isASCIIWordByte(0x80) && !Lexer.isASCIIWordByte(0xFF))
    }

    /// Strings are read a run at a time between quotes and backslashes: escapes, the other
    /// quote, runs across eight-byte words and a backslash at the very end.
    @Test func stringsReadARunAtATime() {
        #expect(lex(#""abcdefghij\"klmnop\\q 'x' z""#) == [#"str(abcdefghij"klmnop\q 'x' z):"abcdefghij\"klmnop\\q 'x' z"@0+29"#])
        #expect(lex("'it''s'") == ["str(it):'it'@0+4", "str(s):'s'@4+3"])
        #expect(lex(#""abcdefgh\"#) == [#"open:"abcdefgh\@0+10"#])
        #expect(lex("\"abc # not a comment\" # a comment \"still\nword")
                == [#"str(abc # not a comment):"abc # not a comment"@0+21"#, "word:word@41+4^"])
    }

    /// Kind, text and range of each token, in a compact form: `word:SD3@0+3`.
    func lex(_ text: String) -> [String] {
        Lexer.tokenize(text).dropLast().map { t in
            let kind: String
            switch t.kind {
            case .word: kind = "word"
            case .keyword(let k): kind = "kw"
                _ = k
            case .number(let n): kind = "num=\(n)"
            case .string(let s): kind = "str(\(s))"
            case .op(let o): kind = "op"
                _ = o
            case .leftParen, .rightParen, .leftBracket, .rightBracket, .comma, .semicolon, .dotDot: kind = "punct"
            case .invalid: kind = "invalid"
            case .unterminatedString: kind = "open"
            case .end: kind = "end"
            }
            return "\(kind):\(t.text)@\(t.range)" + (t.startsLine ? "^" : "")
        }
    }

    @Test func wordsIdsAndKeywords() {
        #expect(lex("activities of elz.A2.1 with stad-leuven") == [
            "kw:activities@0+10", "kw:of@11+2", "word:elz.A2.1@14+8", "kw:with@23+4", "word:stad-leuven@28+11",
        ])
        #expect(lex("Work_Packages WORK package") == ["kw:Work_Packages@0+13", "kw:WORK@14+4", "kw:package@19+7"])
    }

    @Test func periodsSplitAtDotDot() {
        #expect(lex("2024-01-15..2024-03 2024 Q1-Q2..2025") == [
            "word:2024-01-15@0+10", "punct:..@10+2", "word:2024-03@12+7", "num=2024:2024@20+4", "word:Q1-Q2@25+5",
            "punct:..@30+2", "num=2025:2025@32+4",
        ])
    }

    @Test func stringsAndEscapes() {
        #expect(lex(#""UZ Leuven" 'it\'s' "a\\b\"c""#) == [
            #"str(UZ Leuven):"UZ Leuven"@0+11"#, #"str(it's):'it\'s'@12+7"#, #"str(a\b"c):"a\\b\"c"@20+9"#,
        ])
        #expect(lex("\"open") == ["open:\"open@0+5"])
    }

    @Test func operatorsAndPunctuation() {
        #expect(lex("a<=b!=c~d>=(1,2);[x]") == [
            "word:a@0+1", "op:<=@1+2", "word:b@3+1", "op:!=@4+2", "word:c@6+1", "op:~@7+1", "word:d@8+1",
            "op:>=@9+2", "punct:(@11+1", "num=1:1@12+1", "punct:,@13+1", "num=2:2@14+1", "punct:)@15+1",
            "punct:;@16+1", "punct:[@17+1", "word:x@18+1", "punct:]@19+1",
        ])
    }

    @Test func commentsAndLineStarts() {
        #expect(lex("goals # a comment\n  of -- another\nzzl") == [
            "kw:goals@0+5", "kw:of@20+2^", "word:zzl@34+3^",
        ])
    }

    @Test func utf8Offsets() {
        #expect(lex("café été") == ["word:café@0+5", "word:été@6+5"])
    }

    @Test func keywordListIsLowercaseAndUnique() {
        #expect(Set(Lexer.keywords).count == Lexer.keywords.count)
        #expect(Lexer.keywords.allSatisfy { $0 == $0.lowercased() })
        #expect(Lexer.keywords.contains("work_packages"))
    }
}

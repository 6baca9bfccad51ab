import Diagnostics

/// One lexeme of a query: what it is, exactly how it was written, and where.
public struct Token: Sendable, Equatable {
    /// What a token is; keywords, numbers and strings carry their value.
    public enum Kind: Sendable, Equatable {
        /// A bare word or id: `SD3`, `elz.A2.1`, `stad-leuven`, `Q1-Q2`, `2024-03`, `title`.
        case word
        /// A word that spells a keyword, in any case.
        case keyword(Keyword)
        /// A word of ASCII digits only.
        case number(Int)
        /// A quoted string; the payload has its escapes resolved.
        case string(String)
        case op(Operator)
        case leftParen, rightParen, leftBracket, rightBracket, comma, semicolon, dotDot
        /// Something the lexer could not read (`Token.unreadable` says what).
        case invalid(Unreadable)
        /// A string still open at the end of the text: the input stops early.
        case unterminatedString
        case end
    }

    public var kind: Kind
    /// The source text of the token, quotes included.
    public var text: String
    public var range: SourceRange
    /// A line break stands between this token and the one before it.
    public var startsLine: Bool

    public init(_ kind: Kind, _ text: String, _ range: SourceRange, startsLine: Bool = false) {
        self.kind = kind
        self.text = text
        self.range = range
        self.startsLine = startsLine
    }

    /// What the lexer could not read in an `.invalid` token. The message is made from the
    /// token's text when it is reported, not for every such token: a line of binary garbage
    /// is thousands of them, and the parser reports the first.
    public enum Unreadable: Sendable, Equatable {
        /// A lone `.` (`..` is a range).
        case dot
        /// A character that starts no token (the token is that one character).
        case character
        /// A run of operator characters that spells no operator (`==`, `<>`).
        case `operator`
        /// A number of digits only, too large for an integer.
        case largeNumber
        /// A backslash escape a string does not know (the token is the escape).
        case escape
    }

    /// For an `.invalid` token: what is wrong, and what was probably meant.
    public var unreadable: (message: String, suggestion: String?)? {
        guard case .invalid(let what) = kind else { return nil }
        switch what {
        case .dot: return ("unexpected '.'", nil)
        case .character:
            let scalar = text.unicodeScalars.first ?? "\u{FFFD}"
            let name = scalar.value < 0x20 || scalar.value == 0x7F ? Token.codePoint(scalar) : "'\(scalar)'"
            return ("unexpected character \(name)", nil)
        case .operator:
            let meant = Lexer.operatorMistakes[text]
            return ("unknown operator '\(text)'" + (meant.map { " — did you mean '\($0)'?" } ?? ""), meant)
        case .largeNumber: return ("number '\(text)' is too large", nil)
        case .escape: return ("unknown escape '\(text)' in a string (write '\\\\' for a backslash)", nil)
        }
    }

    public var keyword: Keyword? {
        if case .keyword(let k) = kind { return k }
        return nil
    }

    public func isKeyword(_ k: Keyword) -> Bool { keyword == k }

    /// A keyword written as one of its Dutch aliases (`met`, `van`): where a name is expected
    /// it reads as that name, so `where status = met` keeps its meaning.
    public var isAlias: Bool {
        guard let keyword else { return false }
        return text.lowercased() != keyword.rawValue
    }

    /// The input stops here (the text ended, or an open string ran to its end).
    public var isEndOfInput: Bool {
        switch kind {
        case .end, .unterminatedString: return true
        default: return false
        }
    }

    /// How the token is named in a message: `'mantelzorg'`, `end of input`; long text is cut.
    public var shown: String {
        switch kind {
        case .end: return "end of input"
        case .unterminatedString: return "an unterminated string"
        default:
            let visible = text.unicodeScalars.map { s -> String in
                s.value < 0x20 || s.value == 0x7F ? Token.codePoint(s) : String(s)
            }.joined()
            let cut = visible.count > 40 ? String(visible.prefix(37)) + "…" : visible
            return "'\(cut)'"
        }
    }
}

/// The comparison operators of a `where` condition.
public enum Operator: String, CaseIterable, Sendable {
    case equal = "="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    /// Contains, case-insensitively (the binder decides how text is compared).
    case contains = "~"
}

/// Every reserved word of the language. Keywords are matched case-insensitively.
/// Role words (`lead`, `partner`, …) and field names are deliberately *not* keywords:
/// the binder validates them, so a new role or field needs no grammar change.
/// What each keyword does, and its Dutch aliases, is in `KeywordTable.swift`.
public enum Keyword: String, CaseIterable, Sendable {
    // statements
    case `let`, describe, explain, tree, timeline, path, from, expect, empty
    case graph, overview
    // queries
    case count, sum, average, min, max, number
    // node kinds
    case plan, plans, goal, goals, activity, activities
    case work, package, packages, workpackage, workpackages
    case workUnderscorePackage = "work_package", workUnderscorePackages = "work_packages"
    case actor, actors, theme, themes, indicator, indicators, event, events
    case staff, achievement, achievements
    case success, factor, factors, core, function, functions
    case successUnderscoreFactor = "success_factor", successUnderscoreFactors = "success_factors"
    case coreUnderscoreFunction = "core_function", coreUnderscoreFunctions = "core_functions"
    // filter clauses
    case of, `for`, `in`, starting, ending, before, after, with, `where`, contributing, to, linked
    // logic
    case and, or, not, `is`, unknown
    // shaping
    case by, order, asc, desc, limit, show
}

extension Token {
    /// `U+0007`: how a control character is named in a message.
    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

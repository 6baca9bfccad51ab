extension String {
    /// The text with each scalar that `replacement` maps replaced, in one pass; the text itself
    /// when none is. Foundation's `replacingOccurrences(of:with:)` copies the text into an
    /// `NSString` and searches it once per call: six such calls for each label and three for
    /// each line took a third of an import. A scalar is replaced even where a combining mark
    /// follows it (an NBSP with an accent on it is still a space).
    func replacingScalars(_ replacement: (Unicode.Scalar) -> Unicode.Scalar?) -> String {
        guard unicodeScalars.contains(where: { replacement($0) != nil }) else { return self }
        var out = String.UnicodeScalarView()
        for scalar in unicodeScalars { out.append(replacement(scalar) ?? scalar) }
        return String(out)
    }
}

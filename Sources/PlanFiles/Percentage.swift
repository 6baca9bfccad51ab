import Foundation
import PlanModel

/// Percentages in plan files (`share: "25%"`) are numbers of percent: `25%` is stored as 25,
/// so that `sum share of staff` reads 315 as the staff table adds up. Text that is no
/// percentage ("A rato van gepresteerde uren") stays text: the source's words, not a number.
enum Percentage {
    /// `25%`, `25 %`, `2,5%`, `12.5%` → 25, 25, 2.5, 12.5; anything else is kept as text.
    static func value(_ written: String) -> FieldValue {
        var digits = written.trimmingCharacters(in: .whitespaces)
        guard digits.hasSuffix("%") else { return .text(written) }
        digits.removeLast()
        digits = digits.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        guard let n = Double(digits), n.isFinite, digits.first?.isNumber == true else { return .text(written) }
        return .number(n)
    }
}

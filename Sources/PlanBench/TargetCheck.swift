import Foundation

/// One target of the performance issues, judged against what a run measured: a limit the
/// measured value must stay under (times, memory, ratios) or reach (rates).
public struct TargetCheck: Sendable {
    public enum Bound: Sendable {
        case atMost(Double)
        case atLeast(Double)

        var limit: Double {
            switch self {
            case .atMost(let limit), .atLeast(let limit): return limit
            }
        }
    }

    /// What the target asks, as the issue words it ("design card at 10^6 ≤ 1 ms, binding included").
    public let target: String
    public let bound: Bound
    /// In the target's unit; nil when this run did not measure it.
    public let measured: Double?
    /// The measured value as it reads in the output ("1.52× (2.31 ms vs 1.52 ms)"), or why it
    /// was not measured.
    public let shown: String

    public init(_ target: String, _ bound: Bound, measured: Double?, shown: String) {
        self.target = target
        self.bound = bound
        self.measured = measured
        self.shown = shown
    }

    /// nil when not measured. A value that is not a number (a failed measurement) never meets.
    public var met: Bool? {
        guard let measured else { return nil }
        switch bound {
        case .atMost(let limit): return measured <= limit
        case .atLeast(let limit): return measured >= limit
        }
    }

    /// Measured over the limit: at most 1 meets an "at most" target, at least 1 an "at least" one.
    public var ratio: Double? { measured.map { $0 / bound.limit } }

    /// `met    TARGET: SHOWN (measured/target 0.83)`, `MISSED …`, or `NOT MEASURED TARGET: SHOWN`.
    public var line: String {
        guard let met, let ratio else { return "NOT MEASURED \(target): \(shown)" }
        return (met ? "met    " : "MISSED ") + "\(target): \(shown) (measured/target \(Self.format(ratio)))"
    }

    /// A ratio with three significant digits: `0.0412`, `0.83`, `3.68`, `12.4`, `250`, `1234`.
    static func format(_ ratio: Double) -> String {
        String(format: abs(ratio) >= 1000 ? "%.0f" : "%.3g", ratio)
    }
}

/// A yes-or-no target (the answers agree): `met` or `MISSED` and what was seen.
public func agreementLine(_ target: String, agree: Bool, shown: String) -> String {
    (agree ? "met    " : "MISSED ") + "\(target): \(shown)"
}

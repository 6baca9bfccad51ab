import PlanBench
import XCTest

/// A target line says met only when the measured value is on the right side of the limit,
/// MISSED otherwise (a failed measurement too), and NOT MEASURED when there is no value.
final class TargetCheckTests: XCTestCase {
    func testEachLineSaysWhetherTheMeasuredValueMeetsItsLimit() {
        let cases: [(TargetCheck.Bound, Double?, String)] = [
            (.atMost(0.1), 1.95, "MISSED warm ≤ 100 ms: x (measured/target 19.5)"),
            (.atMost(0.1), 0.1, "met    warm ≤ 100 ms: x (measured/target 1)"),
            (.atMost(0.1), 0.0412, "met    warm ≤ 100 ms: x (measured/target 0.412)"),
            (.atMost(1.5), 5.52, "MISSED warm ≤ 100 ms: x (measured/target 3.68)"),
            (.atLeast(200_000), 54_497, "MISSED warm ≤ 100 ms: x (measured/target 0.272)"),
            (.atLeast(50_000), 61_000, "met    warm ≤ 100 ms: x (measured/target 1.22)"),
            (.atLeast(50_000), 60_000_000, "met    warm ≤ 100 ms: x (measured/target 1200)"),
            (.atMost(1024), .nan, "MISSED warm ≤ 100 ms: x (measured/target nan)"),
            (.atLeast(1), .nan, "MISSED warm ≤ 100 ms: x (measured/target nan)"),
            (.atMost(1024), nil, "NOT MEASURED warm ≤ 100 ms: x"),
        ]
        for (bound, measured, line) in cases {
            let check = TargetCheck("warm ≤ 100 ms", bound, measured: measured, shown: "x")
            XCTAssertEqual(check.line, line, "\(bound) \(String(describing: measured))")
            XCTAssertEqual(check.met, line.hasPrefix("met") ? true : line.hasPrefix("MISSED") ? false : nil)
        }
    }

    func testTheAgreementLineIsMissedWhenAnswersDiffer() {
        XCTAssertEqual(agreementLine("same answers", agree: false, shown: "differ: 1000: text search"),
                       "MISSED same answers: differ: 1000: text search")
        XCTAssertEqual(agreementLine("same answers", agree: true, shown: "every query"), "met    same answers: every query")
    }
}

@testable import Drawing
import Foundation
import PlanModel
import XCTest

/// Pictures go on projectors and greyscale prints: text large enough, kinds apart in grey
/// level (15 points of L*) or outline, text in contrast with its box, the three kinds of period apart in texture.
final class ReadabilityTests: XCTestCase {
    /// sRGB relative luminance (WCAG 2).
    func luminance(_ hex: String) -> Double {
        let v = Int(hex.dropFirst(), radix: 16)!
        let channels = [(v >> 16) & 255, (v >> 8) & 255, v & 255].map { c -> Double in
            let s = Double(c) / 255
            return s <= 0.03928 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }

    /// CIE L*, 0 (black) … 100 (white): grey levels as the eye tells them apart.
    func lightness(_ hex: String) -> Double {
        let y = luminance(hex)
        return y > 0.008856 ? 116 * pow(y, 1.0 / 3) - 16 : 903.3 * y
    }

    func contrast(_ a: String, _ b: String) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    func testKindsStayApartInGreyscaleAndTextIsReadable() {
        let kinds = Palette.kindsShown
        for kind in kinds {
            let p = Palette.of(kind)
            XCTAssertGreaterThanOrEqual(contrast(p.text, p.fill), 7, "\(kind): text on its box (WCAG AAA is 7:1)")
        }
        for (i, a) in kinds.enumerated() {
            for b in kinds[(i + 1)...] {
                let (pa, pb) = (Palette.of(a), Palette.of(b))
                let apart = abs(lightness(pa.fill) - lightness(pb.fill)) >= 15 || pa.dash != pb.dash
                XCTAssertTrue(apart, "\(a) and \(b) look alike in greyscale")
            }
        }
    }

    func testTextIsLargeEnoughForAProjector() throws {
        let regex = try NSRegularExpression(pattern: #"font-size="([0-9.]+)""#)
        for (statement, plans) in Drawn.cases where !statement.hasPrefix("graph") {
            let svg = Drawn.output(statement, .svg, plans: plans)
            let sizes = regex.matches(in: svg, range: NSRange(svg.startIndex..., in: svg)).map {
                Double(svg[Range($0.range(at: 1), in: svg)!])!
            }
            XCTAssertFalse(sizes.isEmpty, statement)
            XCTAssertGreaterThanOrEqual(sizes.min() ?? 0, 14, "\(statement): text smaller than 14 px")
        }
    }

    /// Own, inherited and approximate periods differ in fill texture (solid, hatched, dotted),
    /// not only in colour, and the legend says which is which.
    func testThreeKindsOfPeriodDifferInTexture() {
        let svg = Drawn.output("timeline activities of nasty", .svg, plans: Drawn.nasty)
        XCTAssertTrue(svg.contains("fill=\"#1f4e79\" stroke=\"#10283f\""), "own period: solid")
        XCTAssertTrue(svg.contains("fill=\"url(#inherited)\""), "inherited: hatched")
        XCTAssertTrue(svg.contains("fill=\"url(#approximate)\"") && svg.contains("stroke-dasharray=\"6 4\""), "approximate: dotted, dashed outline")
        for words in ["own period", "inherited from its goal or plan", "approximate"] { XCTAssertTrue(svg.contains(">\(words)</text>"), words) }
        // A1 has its own dates, A2 inherits SD2's, A3 is approximate: one bar of each.
        XCTAssertEqual(svg.components(separatedBy: "fill=\"url(#inherited)\"").count - 1, 2, "A2's bar and the legend's")
    }
}

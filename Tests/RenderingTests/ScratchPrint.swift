import XCTest
import Rendering

final class ScratchPrint: XCTestCase {
    func testPrint() {
        for f in OutputFormat.allCases {
            print("=== \(f)")
            print(Renderer(format: f).render(sample).debugDescription)
            print(Renderer(format: f).render(sample))
        }
        print(Renderer(format: .table, width: 40).render(sample))
        print(Renderer(format: .expanded, width: 30).render(sample))
        print(Renderer(format: .table, color: true).render(sample).debugDescription)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the bundled example plans are: `$PLANQ_EXAMPLES`, else `Examples/plans` of the
/// source tree this binary was built from.
enum ExamplePlans {
    static var folder: String {
        if let override = getenv("PLANQ_EXAMPLES").map({ String(cString: $0) }), !override.isEmpty { return override }
        // …/Sources/planq/ExamplePlans.swift, three names up: the source tree.
        var source = Substring(#filePath)
        for _ in 0..<3 { source = source[..<(source.lastIndex(of: "/") ?? source.startIndex)] }
        return source + "/Examples/plans"
    }
}

import Foundation

/// Where the bundled example plans are: `$PLANQ_EXAMPLES`, else `Examples/plans` of the
/// source tree this binary was built from.
enum ExamplePlans {
    static var folder: String {
        if let override = ProcessInfo.processInfo.environment["PLANQ_EXAMPLES"], !override.isEmpty { return override }
        let source = URL(fileURLWithPath: #filePath)   // …/Sources/planq/ExamplePlans.swift
        return source.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Examples/plans").path
    }
}

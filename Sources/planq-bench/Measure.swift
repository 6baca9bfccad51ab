import Foundation

/// Timing helpers: medians of repeated runs with `ContinuousClock`.
enum Measure {
    static func median(runs: Int, _ body: () -> Void) -> Duration {
        var samples: [Duration] = []
        for _ in 0..<runs {
            let start = ContinuousClock.now
            body()
            samples.append(ContinuousClock.now - start)
        }
        return samples.sorted()[samples.count / 2]
    }

    static func format(_ d: Duration) -> String {
        let us = Double(d.components.seconds) * 1e6 + Double(d.components.attoseconds) / 1e12
        if us < 1000 { return String(format: "%.1f µs", us) }
        return String(format: "%.2f ms", us / 1000)
    }
}

import Diagnostics
import Foundation
import PlanFiles

/// Load time and memory of `PlanLoader.load`, measured in a fresh process each time so that
/// the peak is the load's own and not what an earlier size left behind.
enum LoadProbe {
    struct Probe {
        var activities = 0
        var nodes = 0
        var seconds = 0.0
        /// Processor time (user and system) of the load: what it costs when others share the machine.
        var cpuSeconds = 0.0
        /// Resident memory before loading, at its peak during the load, and once loaded (KiB).
        var baselineKiB = 0
        var peakKiB = 0
        var afterKiB = 0

        var activitiesPerSecond: Double { Double(activities) / seconds }
        /// Peak growth of resident memory during the load, per activity.
        var peakBytesPerActivity: Double { Double((peakKiB - baselineKiB) * 1024) / Double(max(1, activities)) }
        var retainedBytesPerActivity: Double { Double((afterKiB - baselineKiB) * 1024) / Double(max(1, activities)) }
    }

    /// Probes per size, at every size: at 10^6 three take ≈ 20 s more than one did.
    static let runs = 3

    /// In the child (`planq-bench load-probe FOLDER`): loads once and prints one line of key=value.
    static func child(folder: String) -> Int32 {
        let baseline = Measure.statusKiB("VmRSS")
        var outcome: Result<LoadedPlans, DiagnosticList>?
        let cpuBefore = Measure.cpuSeconds
        let seconds = Measure.time { outcome = PlanLoader.load(paths: [folder]) }
        let cpu = Measure.cpuSeconds - cpuBefore
        let peak = Measure.statusKiB("VmHWM"), after = Measure.statusKiB("VmRSS")
        guard case .success(let loaded)? = outcome else {
            FileHandle.standardError.write(Data("load-probe: \(folder) does not load\n".utf8))
            return 1
        }
        say("activities=\(loaded.graph.nodes(of: .activity).count) nodes=\(loaded.graph.count) seconds=\(seconds) cpu_seconds=\(cpu) "
              + "baseline_kib=\(baseline) peak_kib=\(peak) after_kib=\(after)")
        return 0
    }

    /// Several probes of one folder. The rate is the median run's: one run at 10^6 moved
    /// between 7.5 and 11.5 s with the machine's other work while quiet runs took 5.9–6.8 s.
    /// The peak is the highest run's: a memory target holds for every load, not for the middle one,
    /// and the peak spreads with the allocator's timing (979–1,028 B/activity over 8 runs at 10^5).
    struct Series {
        let runs: [Probe]
        var median: Probe { runs.sorted { $0.seconds < $1.seconds }[runs.count / 2] }
        var highestPeak: Probe { runs.max { $0.peakBytesPerActivity < $1.peakBytesPerActivity } ?? Probe() }
        var fastest: Double { runs.map(\.seconds).min() ?? .nan }
        var slowest: Double { runs.map(\.seconds).max() ?? .nan }
    }

    /// In the parent: `runs` fresh processes, one after the other.
    static func measure(folder: String, runs: Int) throws -> Series {
        var results: [Probe] = []
        for _ in 0..<runs {
            let line = try Spawn.output([selfPath, "load-probe", folder])
            var r = Probe()
            for pair in line.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                let kv = pair.split(separator: "=", maxSplits: 1).map(String.init)
                guard kv.count == 2 else { continue }
                switch kv[0] {
                case "activities": r.activities = Int(kv[1]) ?? 0
                case "nodes": r.nodes = Int(kv[1]) ?? 0
                case "seconds": r.seconds = Double(kv[1]) ?? .nan
                case "cpu_seconds": r.cpuSeconds = Double(kv[1]) ?? .nan
                case "baseline_kib": r.baselineKiB = Int(kv[1]) ?? 0
                case "peak_kib": r.peakKiB = Int(kv[1]) ?? 0
                case "after_kib": r.afterKiB = Int(kv[1]) ?? 0
                default: break
                }
            }
            results.append(r)
        }
        return Series(runs: results)
    }

    static var selfPath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}

import Diagnostics
import Foundation
import SeededRandom

/// The seed a test draws its random cases from: `$PLANQ_TEST_SEED` when set, to replay a failure,
/// otherwise one new seed per test process. Each test starts its own generator from it, so its cases
/// do not depend on which tests ran before; its failure messages print the seed (`"\(seed)"`) and
/// the command that replays them.
public struct TestSeed: CustomStringConvertible, Sendable {
    public static let variable = "PLANQ_TEST_SEED"

    public let value: UInt64
    /// The `swift test --filter` that runs this test alone.
    public let test: String

    public init(_ value: UInt64, test: String) {
        self.value = value
        self.test = test
    }

    /// This process's seed, for the test `function` of `type`; throws when `$PLANQ_TEST_SEED` is not a seed.
    public init(for type: Any.Type, _ function: String = #function) throws(Diagnostic) {
        self.init(try Self.processSeed.get(), test: "\(type)/\(function.prefix { $0 != "(" })")
    }

    /// A generator at the start of this seed's sequence.
    public func generator() -> SplitMix { SplitMix(seed: value) }

    public var description: String {
        "seed \(value) (replay: \(Self.variable)=\(value) swift test --filter \(test))"
    }

    /// The seed `environment` names, or `fresh()` when it names none. A value that is not a whole
    /// number fails: a replay that silently ran other cases would look like a fix.
    public static func chosen(from environment: [String: String], fresh: () -> UInt64) throws(Diagnostic) -> UInt64 {
        guard let text = environment[variable] else { return fresh() }
        guard let seed = UInt64(text) else {
            throw .error("\(variable)=\(text.debugDescription) is not a seed: give a whole number from 0 to \(UInt64.max), "
                         + "as a failure message prints it")
        }
        return seed
    }

    static let processSeed = Result { () throws(Diagnostic) in
        try chosen(from: ProcessInfo.processInfo.environment) { .random(in: .min ... .max) }
    }
}

import Foundation

/// Reads and parses the next few files on a second thread while the loader builds the graph
/// from the ones before (the fast reader's half of a large load runs on the other core). The
/// loader takes the files in order; at most `window` parsed files wait, so memory stays bounded.
final class ReadAhead: @unchecked Sendable {
    enum Slot {
        case parsed(PlanDocument)
        /// What the fast reader met that it does not read, and where.
        case declined(String, offset: Int)
        /// Left to Yams without trying (asked for, or the bytes could not be read plainly).
        case general
    }

    private let condition = NSCondition()
    private var slots: [Slot?]
    private var taken = 0
    private let window = 32

    /// Starts reading `inputs`; those named in `general` are not tried.
    init(_ inputs: [PlanInput], general: Set<String>) {
        slots = Array(repeating: nil, count: inputs.count)
        let thread = Thread { [self] in
            for (i, input) in inputs.enumerated() {
                condition.lock()
                while i >= taken + window { condition.wait() }
                condition.unlock()
                let slot = general.contains(input.name) ? .general : Self.read(input)
                condition.lock()
                slots[i] = slot
                condition.broadcast()
                condition.unlock()
            }
        }
        thread.stackSize = 4 << 20
        thread.start()
    }

    /// The `i`th file, once read; files are taken in order.
    func take(_ i: Int) -> Slot {
        condition.lock()
        defer { condition.unlock() }
        while slots[i] == nil { condition.wait() }
        let slot = slots[i]!
        slots[i] = nil
        taken = i + 1
        condition.broadcast()
        return slot
    }

    /// One file through the fast reader.
    static func read(_ input: PlanInput) -> Slot {
        guard let bytes = input.plainBytes() else { return .general }
        if let offset = AnchorScan.anchorOffset(bytes) { return .declined("an anchor or alias (&name, *name)", offset: offset) }
        do {
            return .parsed(try StrictYAML.read(bytes, name: input.name))
        } catch {
            return .declined(error.what, offset: error.offset)
        }
    }
}

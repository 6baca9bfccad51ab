/// A plan file whose own share of a load — read, declared and filled (`FileLoad`) — is done
/// once and reused by every load it is given to (`PlanInput.readOnce`): the fuzz targets load
/// each input beside the same actors file. A file's own share depends on the file alone
/// (what depends on the other files is done when the loader merges it), so a load given it
/// is the load given the file, by either reader (the fast one where it can, or Yams: the
/// loader asks for Yams to position a problem, the differential target to compare). It takes
/// bytes, never a path: a file on disk would be read again for a diagnostic's text, and it
/// may have changed since.
public final class ReadPlanFile: Sendable {
    let input: PlanInput
    /// Never changed: each load takes a copy (its arrays are copied only where the load
    /// writes to them).
    let fastWherePossible: FileLoad, general: FileLoad

    public init(name: String, bytes: [UInt8]) {
        let input = PlanInput.bytes(name: name, bytes)
        self.input = input
        fastWherePossible = FileLoad(input, general: false, build: true)
        general = FileLoad(input, general: true, build: true)
    }
}

import PlanFiles

/// One fuzz input for loading several files at once: the bytes are plan files one after
/// another, each ended by a line `---` (the last needs none), loaded beside the actors. Read on
/// two reader threads and on the calling thread alone, the set must give the same graph and
/// warnings, or the same diagnostics: which thread did a file, and in which order the threads
/// finished, never shows — whatever crosses files (plan ids taken twice, actors named in one
/// file and used in another, nested plan ids).
public enum FileSetTarget {
    /// More files than this are read as part of the last one (the merge is exercised by a few).
    static let maxFiles = 16

    /// The files of an input, named `set-01.yaml`, `set-02.yaml`, … in input order.
    public static func files(_ bytes: [UInt8]) -> [PlanInput] {
        var pieces: [ArraySlice<UInt8>] = []
        var start = 0, lineStart = 0
        for i in bytes.indices where bytes[i] == 0x0A || i == bytes.count - 1 {
            let lineEnd = bytes[i] == 0x0A ? i : i + 1
            if pieces.count < maxFiles - 1, bytes[lineStart..<lineEnd].elementsEqual("---".utf8) {
                pieces.append(bytes[start..<lineStart])
                start = i + 1
            }
            lineStart = i + 1
        }
        if start < bytes.count || pieces.isEmpty { pieces.append(bytes[start...]) }
        return pieces.enumerated().map { i, piece in
            .bytes(name: "set-\(i < 9 ? "0" : "")\(i + 1).yaml", Array(piece))
        }
    }

    /// Where the two loads differ, or nil when they agree.
    public static func difference(_ bytes: [UInt8], beside actors: PlanInput) -> String? {
        let inputs = files(bytes) + [actors]
        let threaded = LoadComparison.text(PlanLoader.load(inputs, readers: 2))
        let alone = LoadComparison.text(PlanLoader.load(inputs, readers: 0))
        return LoadComparison.firstDifference(threaded, alone)
    }

    public static func run(_ bytes: [UInt8], beside actors: PlanInput) {
        if let difference = difference(bytes, beside: actors) {
            fatalError("loading on reader threads and alone disagree at \(difference)")
        }
    }
}

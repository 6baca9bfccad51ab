import Diagnostics
import Foundation
import Session

/// The interactive prompt. A plain line reader for now; the libedit shell replaces it.
struct Shell {
    let session: Session

    func run() -> Int32 {
        var buffer = ""
        while true {
            print(buffer.isEmpty ? "planq> " : "   ...> ", terminator: "")
            fflush(nil)
            guard let line = readLine() else { print(); return 0 }
            buffer += buffer.isEmpty ? line : "\n" + line
            if buffer.trimmingCharacters(in: .whitespaces).isEmpty { buffer = ""; continue }
            if buffer == ".quit" || buffer == ".exit" { return 0 }
            let outcome = session.run(SourceFile(name: "<stdin>", text: buffer)) { event in
                switch event {
                case .output(let t): print(t, terminator: "")
                case .diagnostic(let d), .expectationFailed(let d): printError(DiagnosticPrinter().render(d))
                }
            }
            if case .incomplete = outcome { continue }
            buffer = ""
        }
    }
}

import PlanModel
import Session

/// Connects Tab to the session: the lines of the entry so far, the loaded plans (whose
/// names are gathered again after `.load`) and the queries named with `let`.
final class CompletionSource {
    let session: Session
    /// Earlier lines of a multi-line entry; the shell sets it before each line.
    var pending = ""
    private var vocabulary: Vocabulary?

    init(session: Session) { self.session = session }

    /// `lineBeforeCursor`: the current line up to the cursor.
    func complete(_ lineBeforeCursor: String) -> Completion {
        let graph = session.graph
        if vocabulary.map({ $0.graph !== graph }) ?? true { vocabulary = Vocabulary(graph: graph) }
        let text = pending.isEmpty ? lineBeforeCursor : pending + "\n" + lineBeforeCursor
        return Completer(vocabulary: vocabulary!, queryNames: session.queryNames).complete(text)
    }
}

import Diagnostics
import Foundation

/// The result of importing one document: the plan, and every warning about what was guessed.
public struct ImportResult: Sendable {
    public var plan: ImportedPlan
    public var warnings: [Diagnostic]
}

/// Recognises the template of a source document and reads it with the matching reader.
public enum PlanImporter {
    public static func importDocument(_ data: Data, path: String, actors: ActorDirectory) -> Result<ImportResult, DiagnosticList> {
        let document: DocumentText
        switch DocumentText.read(data, name: path) {
        case .success(let d): document = d
        case .failure(let problem): return .failure(DiagnosticList([problem]))
        }
        let findings = Findings(document)
        var plan: ImportedPlan?
        switch template(of: document) {
        case .elzActionPlan?:
            plan = ELZReader(document: document, path: path, actors: actors, findings: findings).read()
        case .transitionPlan?:
            plan = TransitionReader(document: document, path: path, actors: actors, findings: findings).read()
        case nil:
            let first = (1...max(1, document.lines.count)).first { !document.line($0).trimmingCharacters(in: .whitespaces).isEmpty } ?? 1
            findings.error("neither template: expected an ELZ action plan ('Strategische doelstelling 1 – …', 'Actie: …' headings) or a transition plan (the 'Vraag c' activity table)", line: first)
        }
        if findings.hasErrors || plan == nil { return .failure(DiagnosticList(findings.diagnostics)) }
        return .success(ImportResult(plan: plan!, warnings: findings.diagnostics))
    }

    /// The headings that tell the templates apart, parsed once (see `CellText.Tags`).
    enum TemplateMarks {
        nonisolated(unsafe) static let strategic = #/^Strategische\s+doelstelling\s*[0-9]*\s*([–—-]|$)/#.ignoresCase()
        nonisolated(unsafe) static let action = #/^(Actie\s*:|Operationele\s+doelstelling)/#.ignoresCase()
        nonisolated(unsafe) static let vraagC = #/^Vraag\s+c\b/#.ignoresCase()
    }

    /// Which template a document is written on, judged by the headings each template prints.
    static func template(of document: DocumentText) -> ImportedPlan.Template? {
        var strategic = false, action = false, vraagC = false, sdRow = false
        for (line, plain) in zip(document.lines, document.plainLines) where !plain.isEmpty {
            if ELZHeadings.mayBeHeading(plain) {
                if plain.contains(TemplateMarks.strategic) { strategic = true }
                if plain.contains(TemplateMarks.action) { action = true }
            }
            if plain.lowercased().hasPrefix("vraag"), plain.contains(TemplateMarks.vraagC) { vraagC = true }
            if line.contains("\t"), ["sd", "st"].contains(plain.prefix(2).lowercased()),
               TransitionTable.goalLabel(CellText.cells(of: line, number: 0)[0]) != nil { sdRow = true }
        }
        if vraagC && sdRow { return .transitionPlan }
        if strategic && action { return .elzActionPlan }
        return nil
    }
}

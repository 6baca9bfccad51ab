import Diagnostics
import Foundation
@testable import QuerySyntax

/// The repository root, found from this file's place in it (Tests/QuerySyntaxTests/Support.swift).
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func readRepositoryFile(_ path: String) throws -> String {
    try String(contentsOf: repositoryRoot.appendingPathComponent(path), encoding: .utf8)
}

/// The statements of a text that must parse completely, or nil.
func statements(_ text: String) -> [Statement]? {
    if case .complete(let statements) = Parser.parse(text) { return statements }
    return nil
}

/// A one-line account of a parse, for comparing with a table: the canonical forms joined by
/// "; ", or "incomplete: message @offset+length", or "error: message @offset+length" (first error).
func outcome(_ text: String) -> String {
    switch Parser.parse(text) {
    case .complete(let statements):
        return statements.map(\.description).joined(separator: "; ")
    case .incomplete(let d):
        return "incomplete: \(d.message) @\(d.range.map(\.description) ?? "-")"
    case .failure(let ds):
        return "error: \(ds[0].message) @\(ds[0].range.map(\.description) ?? "-")"
    }
}

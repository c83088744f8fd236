import Foundation
import TabletopCore
import TabletopDrill
import TabletopStore
import TabletopShell

/// Where the command line writes: results to stdout, errors and diagnostics to stderr.
enum Output {
    /// Writes a line to standard error.
    static func error(_ text: String) {
        // `try?`: a full disk or a closed pipe behind standard error must not crash the drill.
        // Errors quote arguments, paths and file names, which may hold anything: shown, never executed.
        try? FileHandle.standardError.write(contentsOf: Data((TerminalText.block(text) + "\n").utf8))
    }

    /// An error in words for a person, without a leading "error: " (warnings quote it).
    static func describe(_ error: any Error) -> String {
        CommandFailure.describe(error)
    }

    /// Prints the diagnostics of a load, each with its source line and caret, to standard error.
    static func diagnostics<Value>(_ result: LoadResult<Value>) {
        guard !result.diagnostics.isEmpty else { return }
        error(result.renderedDiagnostics)
    }

    /// JSON with sorted keys, for stable output (`JSONText.encode`).
    static func json<Value: Encodable>(_ value: Value) throws -> String {
        try JSONText.encode(value)
    }

    /// Authors' text reflowed into paragraphs and wrapped at the terminal's width (80 when not a terminal),
    /// every line indented by `indent` spaces. Reflowing first matters: YAML block text keeps the author's
    /// line breaks, and wrapping those lines one by one gave ragged short lines.
    static func wrap(_ text: String, indent: Int = 0) -> String {
        let renderer = Renderer(color: false, width: terminalWidth())
        return renderer.wrap(renderer.reflow(text), indent: indent)
    }
}

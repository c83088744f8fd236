import Foundation
import TabletopCore

/// Where the command line writes: results to stdout, errors and diagnostics to stderr.
enum Output {
    /// Writes a line to standard error.
    static func error(_ text: String) {
        // `try?`: a full disk or a closed pipe behind standard error must not crash the drill.
        try? FileHandle.standardError.write(contentsOf: Data((text + "\n").utf8))
    }

    /// Prints the diagnostics of a load, each with its source line and caret, to standard error.
    static func diagnostics<Value>(_ result: LoadResult<Value>) {
        guard !result.diagnostics.isEmpty else { return }
        error(result.renderedDiagnostics)
    }

    /// JSON with sorted keys, for stable output.
    static func json<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Text wrapped at `width` columns with every line indented by `indent` spaces; paragraphs kept.
    static func wrap(_ text: String, width: Int = 80, indent: Int = 0) -> String {
        let pad = String(repeating: " ", count: indent)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { paragraph -> String in
            var lines: [String] = []
            var line = ""
            for word in paragraph.split(separator: " ") {
                if !line.isEmpty, line.count + 1 + word.count > width - indent {
                    lines.append(pad + line)
                    line = ""
                }
                line += line.isEmpty ? String(word) : " " + word
            }
            lines.append(pad + line)
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }
}

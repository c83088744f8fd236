extension Diagnostic {
    /// Source lines longer than this are shown as a window around the column.
    static let maximumShownColumns = 120

    /// The headline alone: `path:line:col: error: message`.
    public var headline: String {
        // Messages quote what a file holds, so they are made inert like any text from outside.
        var text = TerminalText.inline(path)
        if let location {
            text += ":\(location.line):\(location.column)"
        }
        return text + ": \(severity.rawValue): \(TerminalText.block(message))"
    }

    /// The headline, then the offending source line and a caret under the column, as compilers print them.
    public func rendered(in source: SourceFile?) -> String {
        guard severity != .note, let location, let source, let line = source.line(location.line) else {
            return headline
        }
        // Very long lines are shown as a window around the column, so the caret stays on screen.
        let scalars = Array(line.unicodeScalars)
        let windowStart = scalars.count > Self.maximumShownColumns ? max(0, min(location.column - 1, scalars.count) - Self.maximumShownColumns / 2) : 0
        let windowEnd = min(scalars.count, windowStart + Self.maximumShownColumns)
        var shown = windowStart > 0 ? "…" : ""
        var caret = windowStart > 0 ? " " : ""
        shown += Substring(String(String.UnicodeScalarView(scalars[windowStart..<windowEnd]))).printable()
        if windowEnd < scalars.count { shown += "…" }
        for index in windowStart..<min(windowEnd, location.column - 1) {
            caret.unicodeScalars.append(scalars[index] == "\t" ? "\t" : " ")
        }
        return headline + "\n" + shown + "\n" + caret + "^"
    }
}

extension Substring {
    /// The line with control characters (other than tab; C0, DEL, C1 and bidirectional controls) shown
    /// as U+FFFD, so a terminal is never disturbed.
    func printable() -> String {
        var result = ""
        for scalar in unicodeScalars {
            let isControl = scalar != "\t" && TerminalText.isControl(scalar)
            result.unicodeScalars.append(isControl ? "\u{FFFD}" : scalar)
        }
        return result
    }
}

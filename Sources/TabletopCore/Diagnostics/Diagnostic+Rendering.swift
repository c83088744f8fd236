extension Diagnostic {
    /// The headline alone: `path:line:col: error: message`.
    public var headline: String {
        var text = path
        if let location {
            text += ":\(location.line):\(location.column)"
        }
        return text + ": \(severity.rawValue): \(message)"
    }

    /// The headline, then the offending source line and a caret under the column, as compilers print them.
    public func rendered(in source: SourceFile?) -> String {
        guard let location, let source, let line = source.line(location.line) else {
            return headline
        }
        let shown = line.printable()
        var caret = ""
        for (index, scalar) in line.unicodeScalars.enumerated() where index < location.column - 1 {
            caret.unicodeScalars.append(scalar == "\t" ? "\t" : " ")
        }
        return headline + "\n" + shown + "\n" + caret + "^"
    }
}

extension Substring {
    /// The line with control characters (other than tab) shown as U+FFFD, so a terminal is never disturbed.
    func printable() -> String {
        var result = ""
        for scalar in unicodeScalars {
            let isControl = scalar.value < 0x20 && scalar != "\t" || scalar.value == 0x7F
            result.unicodeScalars.append(isControl ? "\u{FFFD}" : scalar)
        }
        return result
    }
}

/// One problem found in an input file: where, how bad, and what is wrong, in words a person understands.
public struct Diagnostic: Error, Sendable, Hashable, Codable {
    /// How serious a diagnostic is: errors fail a load, warnings and notes do not.
    public enum Severity: String, Sendable, Hashable, Codable {
        case error
        case warning
        /// Nothing wrong yet, such as a deprecated format; shown as one line, without the source.
        case note
    }

    /// The file the problem is in, as the user named it.
    public var path: String
    /// Where in the file; nil when the problem concerns the whole file.
    public var location: SourceLocation?
    /// Error, warning or note.
    public var severity: Severity
    /// The message: one sentence, no trailing period, no line breaks.
    public var message: String

    /// Creates a diagnostic.
    public init(path: String, location: SourceLocation?, severity: Severity, message: String) {
        self.path = path
        self.location = location
        self.severity = severity
        self.message = message.replacingNewlines()
    }

    /// Whether this diagnostic makes a load fail.
    public var isError: Bool { severity == .error }
}

extension String {
    /// The string with every line break folded into a space, so that a message stays on one line.
    func replacingNewlines() -> String {
        guard contains(where: \.isNewline) else { return self }
        return String(map { $0.isNewline ? " " : $0 })
    }
}

/// What loading a file gives: the value when it loaded without errors, and every diagnostic found.
public struct LoadResult<Value: Sendable>: Sendable {
    /// The loaded value; nil when any error was found.
    public var value: Value?
    /// Errors and warnings, in file order.
    public var diagnostics: [Diagnostic]
    /// The decoded file, for rendering diagnostics with their source lines; nil when it could not be decoded.
    public var source: SourceFile?

    /// Whether the file loaded without errors.
    public var succeeded: Bool { value != nil }

    /// Every diagnostic rendered with its source line and caret, one block after another.
    public var renderedDiagnostics: String {
        diagnostics.map { $0.rendered(in: source) }.joined(separator: "\n")
    }
}

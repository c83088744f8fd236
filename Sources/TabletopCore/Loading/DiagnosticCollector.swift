/// Gathers the diagnostics of one file while it is read, so that every problem is reported at once.
final class DiagnosticCollector {
    let source: SourceFile
    private(set) var diagnostics: [Diagnostic] = []

    /// More than this many errors in one file and the rest are summarised, so output stays readable.
    static let maximumErrors = 200

    init(source: SourceFile) {
        self.source = source
    }

    var hasErrors: Bool { diagnostics.contains(where: \.isError) }

    func error(_ message: String, at location: SourceLocation?) {
        add(Diagnostic(path: source.path, location: location, severity: .error, message: message))
    }

    func warning(_ message: String, at location: SourceLocation?) {
        add(Diagnostic(path: source.path, location: location, severity: .warning, message: message))
    }

    private func add(_ diagnostic: Diagnostic) {
        let errors = diagnostics.count(where: \.isError)
        if diagnostic.isError, errors >= Self.maximumErrors {
            if errors == Self.maximumErrors {
                diagnostics.append(Diagnostic(path: source.path, location: nil, severity: .error,
                                              message: "too many errors; the rest of the file was not reported"))
            }
            return
        }
        diagnostics.append(diagnostic)
    }

    /// The diagnostics sorted by position, file-level ones first, in the order found within a position.
    var sorted: [Diagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            let left = lhs.element.location ?? SourceLocation(line: 0, column: 0)
            let right = rhs.element.location ?? SourceLocation(line: 0, column: 0)
            return left == right ? lhs.offset < rhs.offset : left < right
        }.map(\.element)
    }
}

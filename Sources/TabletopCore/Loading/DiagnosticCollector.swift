/// Gathers the diagnostics of one file while it is read, so that every problem is reported at once.
final class DiagnosticCollector {
    let source: SourceFile
    private(set) var diagnostics: [Diagnostic] = []
    /// Required keys found missing, grouped by the mapping they are missing from, in the order found.
    private var missingKeys: [(context: String, location: SourceLocation?, keys: [(key: String, example: String?)])] = []

    /// More than this many errors in one file and the rest are summarised, so output stays readable.
    static let maximumErrors = 200

    init(source: SourceFile) {
        self.source = source
    }

    var hasErrors: Bool { !missingKeys.isEmpty || diagnostics.contains(where: \.isError) }

    /// Records a required key missing from a mapping; all keys missing from one mapping become one error.
    func missing(_ key: String, example: String?, in context: String, at location: SourceLocation?) {
        if let index = missingKeys.firstIndex(where: { $0.context == context && $0.location == location }) {
            missingKeys[index].keys.append((key, example))
        } else {
            missingKeys.append((context, location, [(key, example)]))
        }
    }

    private func flushMissingKeys() {
        let groups = missingKeys
        missingKeys = []
        for group in groups {
            if group.keys.count == 1, let only = group.keys.first {
                let tail = only.example.map { ", such as '\(only.key): \($0)'" } ?? ""
                error("\(group.context) is missing '\(only.key)'\(tail)", at: group.location)
            } else {
                let names = group.keys.map { "'\($0.key)'" }.joined(separator: ", ")
                error("\(group.context) is missing \(group.keys.count) required keys: \(names)", at: group.location)
            }
        }
    }

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
        flushMissingKeys()
        return diagnostics.enumerated().sorted { lhs, rhs in
            let left = lhs.element.location ?? SourceLocation(line: 0, column: 0)
            let right = rhs.element.location ?? SourceLocation(line: 0, column: 0)
            return left == right ? lhs.offset < rhs.offset : left < right
        }.map(\.element)
    }
}

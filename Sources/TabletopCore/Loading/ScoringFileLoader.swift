import Yams

/// Loads the files under `Scoring/`: the runbook, the severity matrix and the scoring policy.
public enum ScoringFileLoader {
    /// Loads `runbook.yaml`.
    public static func loadRunbook(path: String, bytes: [UInt8]) -> LoadResult<Runbook> {
        load(path: path, bytes: bytes) { RunbookBuilder(collector: $0).build($1) }
    }

    /// Loads `severity.yaml`.
    public static func loadSeverityMatrix(path: String, bytes: [UInt8]) -> LoadResult<SeverityMatrix> {
        load(path: path, bytes: bytes) { SeverityMatrixBuilder(collector: $0).build($1) }
    }

    /// Loads `policy.yaml`; `runbook` is checked against it (weights must add up) when given.
    public static func loadPolicy(path: String, bytes: [UInt8], runbook: Runbook? = nil) -> LoadResult<ScoringPolicy> {
        load(path: path, bytes: bytes) { collector, root in
            let policy = PolicyBuilder(collector: collector, runbook: runbook).build(root)
            if let policy, let runbook {
                let total = runbook.steps.reduce(0) { $0 + $1.weight }
                if total != policy.totalWeight {
                    collector.error("the runbook's step weights add up to \(total), but 'total_weight' is \(policy.totalWeight)", at: nil)
                }
            }
            return policy
        }
    }

    /// What kind of scoring file a YAML tree is, from its top-level keys; nil when it looks like a scenario.
    public enum Kind: String, Sendable { case runbook, severity, policy }

    /// Guesses the kind of a file by its top-level keys, so `lint` can take any of them.
    ///
    /// A plain scan of the lines that start with `key:`, not a YAML parse: a hostile file must not get
    /// past the loader's own checks by way of this guess.
    public static func kind(ofFileWithBytes bytes: [UInt8]) -> Kind? {
        var keys = Set<String>()
        for line in bytes.split(separator: 0x0A).prefix(10_000) {
            guard let first = line.first, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first),
                  let colon = line.firstIndex(of: UInt8(ascii: ":")) else { continue }
            keys.insert(String(decoding: line[line.startIndex..<colon], as: UTF8.self))
        }
        if keys.contains("steps") { return .runbook }
        if keys.contains("levels") { return .severity }
        if keys.contains("total_weight") { return .policy }
        return nil
    }

    /// Decodes and parses a file, then builds a value from its YAML tree, collecting every diagnostic.
    static func load<Value: Sendable>(path: String, bytes: [UInt8], build: (DiagnosticCollector, Node) -> Value?) -> LoadResult<Value> {
        let source: SourceFile
        switch YAMLDocument.decode(path: path, bytes: bytes) {
        case .success(let decoded): source = decoded
        case .failure(let diagnostic):
            // Decoded leniently only to show the line at fault with its caret (controls are shown inert).
            return LoadResult(value: nil, diagnostics: [diagnostic], source: SourceFile(path: path, text: String(decoding: bytes, as: UTF8.self)))
        }
        let collector = DiagnosticCollector(source: source)
        var value: Value?
        if let root = YAMLDocument.parse(source, into: collector) {
            value = build(collector, root)
        }
        return LoadResult(value: collector.hasErrors ? nil : value, diagnostics: collector.sorted, source: source)
    }
}

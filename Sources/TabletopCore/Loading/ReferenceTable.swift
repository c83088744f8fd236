import Collections
import Yams

/// The ids a file declares and the references it makes, checked against each other once all is read.
final class ReferenceTable {
    private var declared: [ReferenceKind: OrderedDictionary<String, SourceLocation>] = [:]
    private var pending: [(kind: ReferenceKind, name: String, location: SourceLocation?, context: String)] = []
    private let collector: DiagnosticCollector

    init(collector: DiagnosticCollector) {
        self.collector = collector
    }

    /// Records a declaration; a second one of the same kind and id is an error.
    func declare(_ kind: ReferenceKind, _ id: Located<String>) {
        if let first = declared[kind]?[id.value] {
            collector.error("duplicate \(kind.noun) id '\(id.value)'; it is first declared on line \(first.line)", at: id.location)
            return
        }
        declared[kind, default: [:]][id.value] = id.location
    }

    /// The declared ids of a kind, in file order.
    func ids(_ kind: ReferenceKind) -> [String] {
        declared[kind].map { Array($0.keys) } ?? []
    }

    func isDeclared(_ kind: ReferenceKind, _ id: String) -> Bool {
        declared[kind]?[id] != nil
    }

    /// Records a reference to check once every declaration is known.
    func refer(_ kind: ReferenceKind, _ name: String, at location: SourceLocation?, in context: String) {
        pending.append((kind, name, location, context))
    }

    /// Reports every reference to an id that was never declared.
    func resolve() {
        for reference in pending where !isDeclared(reference.kind, reference.name) {
            let hint = Suggestion.didYouMean(reference.name, among: ids(reference.kind))
            let known = ids(reference.kind)
            let tail = hint.isEmpty ? (known.isEmpty ? "; the scenario declares none" : "") : hint
            collector.error("unknown \(reference.kind.noun) '\(reference.name)' in \(reference.context)\(tail)", at: reference.location)
        }
    }
}

import Foundation
import Yams

/// Reads one YAML mapping with typed accessors; every wrong key, type or value becomes a located diagnostic.
///
/// Accessors return nil (or an empty value) after reporting a problem, so the caller goes on and
/// every problem of the file is reported in one run.
struct MappingReader {
    let node: Node
    let context: String
    let collector: DiagnosticCollector
    private let pairs: [(key: String, keyNode: Node, value: Node)]
    /// The keys of `pairs`, in the same order: a look-up compares strings without copying the pairs' nodes.
    private let keyNames: [String]
    /// Known keys that an unknown key probably misspells; their absence is not reported again.
    private var misspelled: Set<String> = []

    /// Wraps `node`, which must be a mapping with string keys among `keys`; reports what is not.
    init?(_ node: Node, context: String, keys: [String], collector: DiagnosticCollector) {
        guard case .mapping(let mapping) = node else {
            collector.error("expected \(context) to be a mapping of 'key: value' lines, found \(node.kindDescription)", at: node.location)
            return nil
        }
        self.node = node
        self.context = context
        self.collector = collector
        var pairs: [(String, Node, Node)] = []
        var misspelled: Set<String> = []
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                collector.error("keys in \(context) must be plain words, found \(key.kindDescription)", at: key.location)
                continue
            }
            guard keys.contains(scalar.string) else {
                if let suggestion = Suggestion.closest(to: scalar.string, among: keys) { misspelled.insert(suggestion) }
                let hint = Suggestion.didYouMean(scalar.string, among: keys)
                let known = hint.isEmpty ? "; expected one of: \(keys.joined(separator: ", "))" : hint
                collector.error("unknown key '\(scalar.string)' in \(context)\(known)", at: key.location)
                continue
            }
            pairs.append((scalar.string, key, value))
        }
        self.pairs = pairs
        keyNames = pairs.map(\.0)
        self.misspelled = misspelled
    }

    /// A copy with another context (and optionally collector), without checking the keys again.
    init(renaming other: MappingReader, context: String, collector: DiagnosticCollector? = nil) {
        node = other.node
        self.context = context
        self.collector = collector ?? other.collector
        pairs = other.pairs
        keyNames = other.keyNames
        misspelled = other.misspelled
    }

    var location: SourceLocation { node.location ?? SourceLocation(line: 1, column: 1) }

    /// Whether the key is present (with any value).
    func has(_ key: String) -> Bool { keyNames.contains(key) }

    /// The raw value of a key, treating an explicit null as absent.
    func value(_ key: String) -> Node? {
        guard let index = keyNames.firstIndex(of: key), !pairs[index].value.isNull else { return nil }
        return pairs[index].value
    }

    /// Where the key itself is written (or the mapping, when it is missing).
    func keyLocation(_ key: String) -> SourceLocation {
        keyNames.firstIndex(of: key).flatMap { pairs[$0].keyNode.location } ?? location
    }

    /// Reports a required key that is missing.
    func missing(_ key: String, example: String? = nil) {
        guard !misspelled.contains(key) else { return }
        collector.missing(key, example: example, in: context, at: location)
    }

    /// A scalar's text. Numbers and booleans are accepted as their spelling.
    func string(_ key: String, required: Bool = false, example: String? = nil) -> Located<String>? {
        guard let value = value(key) else {
            if required { missing(key, example: example) }
            return nil
        }
        guard case .scalar(let scalar) = value else {
            collector.error("'\(key)' in \(context) must be text, found \(value.kindDescription)", at: value.location)
            return nil
        }
        return printable(scalar.string, node: value, key: key)
    }

    /// The text, unless it holds a control character: an escape in a quoted scalar ("\e", "\x1b") can
    /// smuggle in what the raw file may not hold, and scenario text is shown on terminals.
    private func printable(_ text: String, node: Node, key: String) -> Located<String>? {
        if let control = TerminalText.firstControl(in: text, allowingLineBreaks: true, allowingBidi: true) {
            collector.error("'\(key)' in \(context) holds a control character (\(TerminalText.visible(control.scalar))); text may hold only printable characters, tabs and line breaks",
                            at: node.location(atOffset: control.offset) ?? node.location)
            return nil
        }
        return Located(value: text, location: node.location ?? location)
    }

    /// Text that may not be empty.
    func text(_ key: String, required: Bool = false, example: String? = nil) -> String? {
        guard let text = string(key, required: required, example: example) else { return nil }
        // Block scalars ('|') end in a line break that is not part of the text.
        let trimmed = text.value.trimmingWhitespaceAndNewlines()
        if trimmed.isEmpty {
            collector.error("'\(key)' in \(context) is empty", at: text.location)
            return nil
        }
        return trimmed
    }

    /// An id: lower-case letters, digits and dashes (and a leading `#` for channels).
    func identifier(_ key: String, required: Bool = false, example: String? = nil) -> Located<String>? {
        guard let text = string(key, required: required, example: example) else { return nil }
        guard Self.isIdentifier(text.value) else {
            collector.error("'\(text.value)' is not a valid id in \(context); use lower-case letters, digits and dashes, such as 'web-03'", at: text.location)
            return nil
        }
        return text
    }

    static func isIdentifier(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        if scalars.first == "#" { scalars = scalars.dropFirst() }
        guard let first = scalars.first, first.isLowercaseASCIILetterOrDigit, text.unicodeScalars.count <= 64 else { return false }
        return scalars.allSatisfy { $0.isLowercaseASCIILetterOrDigit || $0 == "-" || $0 == "_" || $0 == "." }
    }

    /// `true` or `false`.
    func bool(_ key: String, default fallback: Bool) -> Bool {
        guard let text = string(key) else { return fallback }
        switch text.value {
        case "true": return true
        case "false": return false
        default:
            collector.error("'\(key)' in \(context) must be true or false, found '\(text.value)'", at: text.location)
            return fallback
        }
    }

    /// A whole number within `range`.
    func integer(_ key: String, in range: ClosedRange<Int>, required: Bool = false) -> Int? {
        guard let text = string(key, required: required) else { return nil }
        guard let number = Int(text.value), range.contains(number) else {
            collector.error("'\(key)' in \(context) must be a whole number from \(range.lowerBound) to \(range.upperBound), found '\(text.value)'", at: text.location)
            return nil
        }
        return number
    }

    /// A number within `range` (fractions allowed).
    func number(_ key: String, in range: ClosedRange<Double>, required: Bool = false) -> Double? {
        guard let text = string(key, required: required) else { return nil }
        guard let number = Double(text.value), range.contains(number) else {
            collector.error("'\(key)' in \(context) must be a number from \(range.lowerBound) to \(range.upperBound), found '\(text.value)'", at: text.location)
            return nil
        }
        return number
    }

    /// A duration such as `30m`, `2h`, `1d`, `1h30m`.
    func duration(_ key: String, required: Bool = false, example: String = "30m") -> SimDuration? {
        guard let text = string(key, required: required, example: example) else { return nil }
        guard let duration = SimDuration(parsing: text.value) else {
            collector.error("bad duration '\(text.value)' for '\(key)' in \(context); expected a number and a unit (s, m, h, d), such as 30m, 2h or 1d", at: text.location)
            return nil
        }
        return duration
    }

    /// One of the raw values of an enumeration.
    func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type, required: Bool = false) -> T? where T.RawValue == String {
        guard let text = string(key, required: required, example: T.allCases.first?.rawValue) else { return nil }
        return Self.choice(text, type, key: key, context: context, collector: collector)
    }

    static func choice<T: RawRepresentable & CaseIterable>(_ text: Located<String>, _ type: T.Type, key: String, context: String, collector: DiagnosticCollector) -> T? where T.RawValue == String {
        if let value = T(rawValue: text.value) { return value }
        let names = T.allCases.map(\.rawValue)
        let hint = Suggestion.didYouMean(text.value, among: names)
        collector.error("'\(text.value)' is not a valid \(key) in \(context)\(hint.isEmpty ? "; expected one of: \(names.joined(separator: ", "))" : hint)", at: text.location)
        return nil
    }

    /// The elements of a list; a single scalar counts as a list of one.
    func list(_ key: String, required: Bool = false) -> [Node] {
        guard let value = value(key) else {
            if required { missing(key) }
            return []
        }
        switch value {
        case .sequence(let sequence): return Array(sequence)
        case .scalar: return [value]
        default:
            collector.error("'\(key)' in \(context) must be a list, found \(value.kindDescription)", at: value.location)
            return []
        }
    }

    /// A list of texts (a single text counts as a list of one).
    func strings(_ key: String, required: Bool = false) -> [Located<String>] {
        list(key, required: required).compactMap { element in
            guard case .scalar(let scalar) = element else {
                collector.error("each entry of '\(key)' in \(context) must be text, found \(element.kindDescription)", at: element.location)
                return nil
            }
            return printable(scalar.string, node: element, key: key)
        }
    }

    /// A condition of the scenario language, parsed; errors point into the condition text.
    func condition(_ key: String, required: Bool = false) -> (ParsedCondition, Node)? {
        guard let value = value(key) else {
            if required { missing(key, example: "done(8)") }
            return nil
        }
        guard case .scalar(let scalar) = value else {
            collector.error("'\(key)' in \(context) must be a condition such as 'done(8)', found \(value.kindDescription)", at: value.location)
            return nil
        }
        switch ConditionParser.parse(scalar.string) {
        case .success(let parsed):
            warnFormat1Spellings(in: scalar.string, node: value, key: key)
            return (parsed, value)
        case .failure(let error):
            collector.error("bad condition in '\(key)': \(error.message)", at: value.location(atOffset: error.offset))
            return nil
        }
    }

    /// A format-1 spelling of a concept (`attacker.present`) still parses, so that a half-migrated file
    /// loads; a format-2 file (format-1 files reach here already migrated) is told the one name to use.
    private func warnFormat1Spellings(in text: String, node: Node, key: String) {
        for spelling in FormatChanges.conditionSpellings {
            guard text.quickContains(spelling.old), let range = text.range(of: spelling.old) else { continue }
            let offset = text.scalarOffset(of: text[range])
            collector.warning("'\(spelling.old)' in '\(key)' of \(context) is format 1's spelling; format 2 writes '\(spelling.new)'",
                              at: node.location(atOffset: offset))
        }
    }

    /// An action pattern such as `isolate web-03`.
    func action(_ key: String, required: Bool = false) -> Located<ActionPattern>? {
        guard let text = string(key, required: required, example: "isolate web-03") else { return nil }
        return Self.action(text, node: value(key)!, key: key, context: context, collector: collector)
    }

    static func action(_ text: Located<String>, node: Node, key: String, context: String, collector: DiagnosticCollector) -> Located<ActionPattern>? {
        switch ActionPattern.parse(text.value) {
        case .success(let pattern):
            return Located(value: pattern, location: text.location)
        case .failure(let error):
            collector.error("bad action in '\(key)' of \(context): \(error.message)", at: node.location(atOffset: error.offset))
            return nil
        }
    }

    /// A nested mapping.
    func mapping(_ key: String, context nested: String, keys: [String], required: Bool = false) -> MappingReader? {
        guard let value = value(key) else {
            if required { missing(key) }
            return nil
        }
        return MappingReader(value, context: nested, keys: keys, collector: collector)
    }
}

extension Unicode.Scalar {
    var isLowercaseASCIILetterOrDigit: Bool {
        ("a"..."z").contains(self) || ("0"..."9").contains(self)
    }
}

extension Node {
    /// Where the node starts.
    var location: SourceLocation? { mark.map(YAMLDocument.location) }

    /// Where a character of a scalar's text is, for pointing into conditions. Exact for plain and quoted
    /// scalars on one line; block scalars point at their start.
    func location(atOffset offset: Int) -> SourceLocation? {
        guard let base = location, case .scalar(let scalar) = self else { return location }
        switch scalar.style {
        case .plain, .any: return base.advanced(by: offset)
        case .singleQuoted, .doubleQuoted: return base.advanced(by: offset + 1)
        default: return base
        }
    }

    /// `~`, `null` or an empty plain value.
    var isNull: Bool {
        guard case .scalar(let scalar) = self, scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// How the node is described in messages.
    var kindDescription: String {
        switch self {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .scalar(let scalar): "'\(scalar.string.prefix(40))'"
        case .alias: "an alias"
        }
    }
}

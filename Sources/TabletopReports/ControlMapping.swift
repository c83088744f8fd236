import TabletopCore

/// The control references an exercise record cites, read from a file the organisation writes itself
/// (`tabletop report --format record --controls FILE`; README "The exercise record"). tabletop ships no
/// references: a control's id and wording belong to the standard the organisation is audited against,
/// and only the organisation can say which of its controls a drill evidences.
///
/// One mapping a line, `WHAT = REFERENCE`; `#` starts a comment line, blank lines are skipped:
/// - `exercise = …`: cited for the drill as a whole (an annual test of the incident response plan);
/// - `phase:<id> = …`: cited beside every exercised runbook step of that phase (`phase:contain`);
/// - `step:<n> = …`: cited beside runbook step n.
/// Several lines may name the same target; they are cited in the file's order.
public struct ControlMapping: Sendable, Hashable {
    /// What a reference is cited for.
    public enum Target: Sendable, Hashable {
        case exercise
        case phase(String)
        case step(Int)
    }

    /// One line of the file.
    public struct Entry: Sendable, Hashable {
        public var target: Target
        public var reference: String
    }

    /// The file's mappings, in its order.
    public var entries: [Entry]
    /// Where the mapping came from, for the record's footer (nil: no file was given).
    public var source: String?

    /// A mapping; none by default.
    public init(entries: [Entry] = [], source: String? = nil) {
        self.entries = entries
        self.source = source
    }

    /// The references cited for `target`, in the file's order.
    public func references(for target: Target) -> [String] {
        entries.filter { $0.target == target }.map(\.reference)
    }

    /// Reads a mapping file's text; `phases` and `steps` are the runbook's, so a typo is an error rather
    /// than a reference silently never cited. Errors are one line, `path:line:col: error: …`.
    public static func parse(_ text: String, path: String, phases: [String], steps: [Int]) -> Result<ControlMapping, InputError> {
        var entries: [Entry] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
            let column = line.count - trimmed.count + 1
            func failure(_ message: String, at offset: Int = 0) -> Result<ControlMapping, InputError> {
                .failure(InputError("\(path):\(index + 1):\(column + offset): error: \(message)"))
            }
            guard let equals = trimmed.firstIndex(of: "=") else {
                return failure("expected 'WHAT = REFERENCE' (WHAT: exercise, phase:<id> or step:<n>)")
            }
            let what = trimmed[..<equals].trimmingSpaces
            let reference = trimmed[trimmed.index(after: equals)...].trimmingSpaces
            guard !reference.isEmpty else { return failure("no reference after '='", at: trimmed.distance(from: trimmed.startIndex, to: equals) + 1) }
            guard reference.count <= 500 else { return failure("a reference has up to 500 characters") }
            let target: Target
            if what == "exercise" {
                target = .exercise
            } else if what.hasPrefix("phase:") {
                let phase = String(what.dropFirst("phase:".count))
                guard phases.contains(phase) else {
                    return failure("unknown runbook phase '\(TerminalText.inline(phase))'; the phases are \(phases.joined(separator: ", "))")
                }
                target = .phase(phase)
            } else if what.hasPrefix("step:") {
                guard let number = Int(what.dropFirst("step:".count)), steps.contains(number) else {
                    return failure("'\(TerminalText.inline(what))' names no runbook step; the steps are \(steps.first ?? 1) to \(steps.last ?? 1)")
                }
                target = .step(number)
            } else {
                return failure("'\(TerminalText.inline(what))' is not exercise, phase:<id> or step:<n>")
            }
            entries.append(Entry(target: target, reference: reference))
        }
        return .success(ControlMapping(entries: entries, source: path))
    }
}

extension Substring {
    /// Without leading and trailing spaces and tabs.
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}

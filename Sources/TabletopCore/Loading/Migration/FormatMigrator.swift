import Foundation
import Yams

/// Rewrites a format-1 scenario to format 2 as a text edit guided by the YAML tree's marks: only the
/// renamed keys, the format-1 spellings in conditions and the step numbers change; comments, order and
/// layout stay as written.
public enum FormatMigrator {
    /// What migrating one file found: the edits, one line per change, and problems.
    public struct Plan: Sendable {
        /// The format the file declared (nil when it declared none that could be read).
        public var format: Int?
        /// The replacements, in file order.
        public var edits: [TextEdit] = []
        /// One description per edit (`when → trigger`), at the edit's place.
        public var changes: [(location: SourceLocation, description: String)] = []
        /// What could not be rewritten and must be edited by hand.
        public var problems: [(location: SourceLocation, message: String)] = []
        /// The text with the edits applied.
        public var text: String = ""
    }

    /// Plans the migration of a file; a file that cannot be read gives its located diagnostics instead.
    /// A file already in format 2 gives a plan without edits.
    public static func plan(path: String, bytes: [UInt8], runbook: Runbook) -> LoadResult<Plan> {
        ScoringFileLoader.load(path: path, bytes: bytes) { collector, root in
            var walker = Walker(editor: TextEditor(text: collector.source.text), runbook: runbook)
            guard case .mapping(let top) = root else {
                collector.error("expected the scenario to be a mapping of 'key: value' lines, found \(root.kindDescription)", at: root.location)
                return nil
            }
            // Plans and scoring files have a 'format' of their own; only scenarios have a 'cast'.
            guard top.contains(where: { $0.key.scalar?.string == "cast" || $0.key.scalar?.string == "injects" }) else {
                collector.error("not a scenario file (it has neither 'cast' nor 'injects'); only scenarios are migrated", at: root.location)
                return nil
            }
            let formatNode = top.first { $0.key.scalar?.string == "format" }?.value
            walker.plan.format = formatNode?.scalar.flatMap { Int($0.string) }
            guard let formatNode, walker.plan.format == 1 else {
                if walker.plan.format != FormatChanges.current {
                    collector.error("only format 1 files can be migrated; this file declares \(formatNode.map { "format \($0.kindDescription)" } ?? "no format")",
                                    at: formatNode?.location ?? root.location)
                    return nil
                }
                walker.plan.text = collector.source.text
                return walker.plan
            }
            walker.replace(formatNode, with: "\(FormatChanges.current)", describing: "format: 1 → \(FormatChanges.current)")
            walker.walk(root, as: "scenario")
            walker.attackerFields(in: top)
            walker.plan.text = walker.editor.applying(walker.plan.edits)
            return walker.plan
        }
    }

    /// Walks the tree by the format's structure, collecting edits.
    private struct Walker {
        let editor: TextEditor
        let runbook: Runbook
        var plan = Plan()
        /// `{{variable.field}}` values of `attacker:` effects, whose values say present or gone.
        var attackerPlaceholders: [(variable: String, field: String)] = []

        init(editor: TextEditor, runbook: Runbook) {
            self.editor = editor
            self.runbook = runbook
        }

        mutating func walk(_ node: Node, as definition: String) {
            switch node {
            case .sequence(let sequence):
                for element in sequence { walk(element, as: definition) }
            case .mapping(let mapping):
                // What this definition's keys may be, looked up once per mapping rather than once per key.
                let conditionKeys = FormatChanges.conditionKeys[definition], stepKeys = FormatChanges.stepKeys[definition]
                let renames = FormatChanges.renames.filter { $0.definition == definition }
                let children = FormatChanges.children[definition]
                for (keyNode, value) in mapping {
                    guard let key = keyNode.scalar?.string else { continue }
                    if conditionKeys?.contains(key) == true { condition(value) }
                    if stepKeys?.contains(key) == true { steps(value) }
                    if definition == "effects", key == "attacker", let text = value.scalar?.string {
                        if let new = FormatChanges.attackerValues[text] {
                            replace(value, with: new, describing: "attacker: \(text) → attacker-present: \(new)")
                        } else if text.hasPrefix("{{"), text.hasSuffix("}}") {
                            let parts = text.dropFirst(2).dropLast(2).trimmingCharacters(in: .whitespaces).split(separator: ".", maxSplits: 1)
                            if parts.count == 2 { attackerPlaceholders.append((String(parts[0]), String(parts[1]))) }
                        }
                    }
                    if var new = renames.first(where: { $0.old == key })?.new {
                        if definition == "trap", mapping.contains(where: { $0.key.scalar?.string == "action" }) { new = FormatChanges.guardedTrapKey }
                        replace(keyNode, with: new, describing: "\(key) → \(new)")
                    }
                    if let child = children?[key] { walk(value, as: child) }
                }
            default:
                break
            }
        }

        /// The variant fields an `attacker:` effect reads say `true` or `false` as `attacker-present:` does.
        mutating func attackerFields(in top: Node.Mapping) {
            guard !attackerPlaceholders.isEmpty, case .sequence(let variables)? = top.first(where: { $0.key.scalar?.string == "variables" })?.value else { return }
            for variable in variables {
                guard case .mapping(let declaration) = variable, let id = declaration["id"]?.scalar?.string,
                      case .sequence(let values)? = declaration["values"] else { continue }
                for placeholder in attackerPlaceholders where placeholder.variable == id {
                    for case .mapping(let value) in values {
                        guard let field = value[placeholder.field], let text = field.scalar?.string,
                              let new = FormatChanges.attackerValues[text] else { continue }
                        replace(field, with: new, describing: "\(id).\(placeholder.field): \(text) → \(new) (read by an attacker-present effect)")
                    }
                }
            }
        }

        /// Step numbers under a step key become the step's slug.
        private mutating func steps(_ node: Node) {
            let elements: [Node] = if case .sequence(let sequence) = node { Array(sequence) } else { [node] }
            for element in elements {
                guard let text = element.scalar?.string, let number = Int(text),
                      let slug = runbook.steps.first(where: { $0.number == number })?.slug else { continue }
                replace(element, with: slug, describing: "step \(number) → \(slug)")
            }
        }

        /// A condition's format-1 spellings and step numbers, rewritten in place.
        private mutating func condition(_ node: Node) {
            guard let text = node.scalar?.string else { return }
            // A condition with `{{variable.field}}` in it parses only once a variant is picked; its
            // spellings are still rewritten, word for word, and only its step numbers wait for the author.
            let references = (try? ConditionParser.parse(text).get())?.references ?? []
            var scalars = Array(text.unicodeScalars)
            var notes: [String] = []
            for reference in references.reversed() where reference.kind == .step {
                guard let number = Int(reference.name), let slug = runbook.steps.first(where: { $0.number == number })?.slug else { continue }
                scalars.replaceSubrange(reference.offset..<(reference.offset + reference.name.unicodeScalars.count), with: Array(slug.unicodeScalars))
                notes.insert("done(\(number)) → done(\(slug))", at: 0)
            }
            var new = String(String.UnicodeScalarView(scalars))
            for spelling in FormatChanges.conditionSpellings where new.quickContains(spelling.old) {
                new = new.replacingOccurrences(of: spelling.old, with: spelling.new)
                notes.append("\(spelling.old) → \(spelling.new)")
            }
            if new != text { replace(node, with: new, describing: notes.joined(separator: ", ")) }
        }

        /// Replaces a scalar's text where it is written; a scalar whose text the file does not hold
        /// verbatim (block, folded or escaped) is left for the author, with a problem saying what to write.
        mutating func replace(_ node: Node, with new: String, describing description: String) {
            guard case .scalar(let scalar) = node, let location = node.location else { return }
            let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
            let start = quoted ? location.advanced(by: 1) : location
            let quote: Character = scalar.style == .singleQuoted ? "'" : "\""
            let oneLine = !scalar.string.quickContains("\n") && !new.quickContains("\n")
            guard scalar.style == .plain || scalar.style == .any || quoted, oneLine, !(quoted && new.contains(quote)),
                  !new.quickContains("\\"), editor.holds(scalar.string, at: start) else {
                plan.problems.append((location, "could not rewrite '\(scalar.string)' in place; write '\(new)' (\(description))"))
                return
            }
            plan.edits.append(TextEdit(location: start, old: scalar.string, new: new))
            plan.changes.append((location, description))
        }
    }
}

import TabletopCore
import TabletopDrill

/// Context-sensitive completion: verbs first, then the arguments that fit the verb.
public enum Completer {
    /// Candidates for the word under the cursor, given the text before the cursor.
    public static func candidates(beforeCursor text: String, snapshot: CompletionSnapshot) -> [String] {
        var words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let partial = text.last == " " || text.isEmpty ? "" : (words.popLast() ?? "")
        if let first = words.first, first.hasPrefix("@") { words.removeFirst() }
        return options(after: words, partial: partial, snapshot: snapshot).filter { $0.hasPrefix(partial.lowercased()) || $0.hasPrefix(partial) }
    }

    private static func options(after words: [String], partial: String, snapshot: CompletionSnapshot) -> [String] {
        if words.isEmpty {
            if partial.hasPrefix("@") { return snapshot.players.map { "@" + $0 } }
            return firstWords(of: Vocabulary.verbs)
        }
        let lowered = words.map { Substring($0.lowercased()) }
        if lowered.count == 1 {
            // The second word of a two-word verb: `doc create`, `statement publish`, `brief leadership`.
            let seconds = Vocabulary.spellings.compactMap { spelling -> String? in
                let parts = spelling.split(separator: " ")
                return parts.count == 2 && parts[0] == lowered[0] ? String(parts[1]) : nil
            }
            if !seconds.isEmpty { return seconds }
        }
        guard let (verb, rest) = Vocabulary.match(lowered) else { return [] }
        let index = rest.count
        switch verb.argument {
        case .person:
            if verb == .invite, index == 1 { return snapshot.channels }
            // `delegate dana …` goes on as the command dana is handed.
            if verb == .delegate, index >= 1 {
                let task = Array(rest.dropFirst()).map(String.init)
                return task.isEmpty ? firstWords(of: Vocabulary.verbs.filter(\.isDelegable)) : options(after: task, partial: partial, snapshot: snapshot)
            }
            guard index == 0 else { return [] }
            return verb == .ic ? ["me"] + snapshot.people : snapshot.people
        case .asset: return index == 0 ? snapshot.assets : []
        case .channel: return index == 0 && verb == .post ? snapshot.channels : []
        case .severity: return index == 0 ? Severity.allCases.map(\.rawValue) : []
        case .audience: return index == 0 ? Audience.allCases.map(\.rawValue) : []
        case .section: return index == 0 ? DocumentSection.allCases.map(\.rawValue) : []
        case .choice: return index == 0 ? (0..<snapshot.choices).map { String($0 + 1) } : []
        case .duration: return index == 0 ? ["15m", "30m", "1h", "2h", "4h"] + (verb == .wait ? ["until"] : []) : []
        case .topic: return index == 0 ? firstWords(of: Vocabulary.verbs) : []
        case .text where verb == .sweep: return index == 0 ? snapshot.groups : []
        case .text: return verb.options.contains { $0.missingValue != nil && $0.name == words.last } ? snapshot.people : []
        default: return []
        }
    }

    /// The first words of the verbs' spellings (`doc` once for `doc create`, `doc note` …), in order.
    private static func firstWords(of verbs: [Verb]) -> [String] {
        var words: [String] = []
        for verb in verbs {
            let first = String(verb.spelling.split(separator: " ")[0])
            if !words.contains(first) { words.append(first) }
        }
        return words
    }
}

extension Engine {
    /// Asked what a piece of work handed to them showed ("What did your sweep at 16:46 show for the nine hosts?", blind140 #74:
    /// the C2 card, in the present tense, hours after the block; "what did your sweep show?" got "I don't know that"): what they
    /// reported when it was done, and when. Nil when the question names no work of theirs by its move ("your sweep", "the
    /// snapshot", "your read of the logs"), when they finished none such, and for a request.
    func ownWorkAnswer(_ person: Person, question: String) -> String? {
        guard !person.mustNotKnow, !Self.isRequest(question) else { return nil }
        let tokens = question.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        let named = tokens.indices.compactMap { index -> (noun: String, verb: Verb)? in
            guard ["your", "the"].contains(tokens[index]), let noun = tokens[safe: index + 1], let verb = Self.workNouns[noun] else { return nil }
            return (noun, verb)
        }
        for (noun, verb) in named {
            let opening = "I did what you asked (\(verb.spelling) "
            // Still on it: when they report back.
            if let task = state.tasks.last(where: { $0.person == person.id && !$0.done && Self.verbOfTask($0.line) == verb }) { return stillOn(task) }
            guard let deed = (state.deeds ?? []).last(where: { $0.person == person.id && $0.text.hasPrefix(opening) }) else { continue }
            // ("I did what you asked (sweep web-fleet): Sweep of …" says what it found after its task line.)
            let result = deed.text.range(of: "): ").map { String(deed.text[$0.upperBound...]) } ?? deed.text
            return "The \(noun) you gave me was done at \(stamp(deed.at)). \(result)"
        }
        return nil
    }

    /// Nouns that name a piece of work by its move ("your sweep", "the snapshot").
    /// (Not "test": the tester's answers say more, `testerAnswer`.)
    static let workNouns: [String: Verb] = ["sweep": .sweep, "scan": .sweep, "snapshot": .snapshot, "snapshots": .snapshot,
                                            "inspection": .inspect, "rollout": .rollout]
}

extension Engine {
    /// What a sweep found, in one sentence, from the lines it printed ("Sweep of web-fleet (12 assets):", a line per member that
    /// shows something, "The other 9 (…): clean: …"): "Sweep of web-fleet (12 assets): signs on web-03, web-05 and web-07; the
    /// other 9 clean." Nil when it printed nothing.
    static func sweepSummary(_ lines: [String]) -> String? {
        let all = lines.flatMap { $0.split(whereSeparator: \.isNewline) }.map { $0.trimmingCharacters(in: .whitespaces) }
        guard let head = all.first else { return nil }
        let rest = all.dropFirst()
        let others = rest.first { $0.hasPrefix("The other ") }
        let touched = rest.filter { !$0.hasPrefix("The other ") }.compactMap { line -> String? in
            line.firstIndex(of: " ").map { String(line[..<$0]) }.flatMap { $0.contains("-") || $0.contains(where: \.isNumber) ? $0 : nil }
        }
        let clean = others.flatMap { line in line.split(separator: " ").dropFirst(2).first.map { "the other \($0) clean" } }
        let found = touched.isEmpty ? "nothing found on any of them" : "signs on \(series(touched))"
        return "\(head) \([found, clean].compactMap { $0 }.joined(separator: "; "))."
    }
}

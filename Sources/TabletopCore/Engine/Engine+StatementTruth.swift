import Foundation

extension Engine {
    /// What publishing the drafted statement would spring, judged on what it says against what the team
    /// knows: a denial of what was taken or reached once the team knows data left is concealment; naming
    /// someone who must not know, while they still have access, tips them off (game37: a cleared "our
    /// systems were not breached" after 2.1 million records were confirmed copied scored as the control).
    func statementTraps(for action: Action) -> [GenericTrap: String] {
        guard action.verb == .statementPublish, let draft = state.statementDraft else { return [:] }
        var sprung: [GenericTrap: String] = [:]
        if dataTakenKnown, let denial = Self.impactDenial(in: draft) { sprung[.misleadingStatement] = String(denial.prefix(80)) }
        if suspectStillUnaware, let suspect = scenario.cast.first(where: { $0.mustNotKnow && Self.names(draft, $0) }) {
            sprung[.tippedOff] = suspect.id
        }
        return sprung
    }

    /// Whether the team has learnt a fact that shows data was taken.
    var dataTakenKnown: Bool {
        scenario.facts.contains { $0.shows.contains(.dataTaken) && state.facts.contains($0.id) }
    }

    /// Whether a text names the person: by id, or by their first or last name.
    static func names(_ text: String, _ person: Person) -> Bool {
        let words = Set(StepJudge.indicatorWords(text))
        return words.contains(person.id.lowercased())
            || person.name.lowercased().split(separator: " ").contains { $0.count >= 3 && words.contains(String($0)) }
    }

    /// The first sentence of a statement that denies the incident reached or took anything, or nil: a
    /// negation followed within eight words by a word for what an intrusion does, in a sentence naming
    /// what it would be done to (data, systems, customers). A sentence about misuse ("no evidence the data
    /// has been misused"), a kind of data kept apart (payment cards, passwords) or what is not yet known
    /// ("we cannot rule out", "not yet determined whether") is an honest limit, not a denial.
    static func impactDenial(in text: String) -> String? {
        let sentences = text.replacing("’", with: "'").split(whereSeparator: { ".!?;\n".contains($0) })
        for sentence in sentences {
            let words = sentence.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init)
            let all = Set(words)
            guard !all.isDisjoint(with: targetWords), all.isDisjoint(with: limitWords) else { continue }
            let denies = words.indices.contains { index in
                let word = words[index]
                guard negations.contains(word) || word.hasSuffix("n't") else { return false }
                if word == "no", words[safe: index + 1] == "longer" { return false }
                return words[(index + 1)..<min(words.count, index + 9)].contains(where: intrusionWords.contains)
                    || word == "unaffected"
            }
            if denies { return sentence.trimmingCharacters(in: .whitespaces) }
        }
        return nil
    }

    private static let negations: Set<String> = ["no", "not", "nothing", "never", "none", "neither", "nor", "unaffected"]
    private static let intrusionWords: Set<String> = [
        "breach", "breached", "accessed", "access", "taken", "stolen", "exposed", "compromised", "copied", "exfiltrated",
        "affected", "unaffected", "leaked", "hacked", "intrusion", "impacted", "lost", "downloaded", "viewed",
    ]
    private static let targetWords: Set<String> = [
        "data", "information", "records", "customer", "customers", "personal", "systems", "system", "network", "we", "our", "us",
        "files", "details", "employees", "patients", "staff",
    ]
    private static let limitWords: Set<String> = [
        "misuse", "misused", "fraud", "fraudulent", "payment", "card", "cards", "password", "passwords", "financial", "bank",
        "rule", "ruled", "whether", "determine", "determined", "yet",
    ]
}

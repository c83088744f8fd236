import Foundation

extension Engine {
    /// A line cut where a new sentence starts (after ". ", "? " or "! ") and where a clause after ", and",
    /// " - ", " — " or "; " opens as a question or request of its own. (", or" joins alternatives of one
    /// question: "is it safe today, or would that tip him off?") Only at sentences when not `atJoints`.
    static func questionClauses(of line: String, atJoints: Bool = true) -> [String] {
        var clauses: [String] = []
        var current = ""
        var characters = Array(line)[...]
        while let character = characters.popFirst() {
            current.append(character)
            if ".?!".contains(character), characters.first == " " {
                clauses.append(current)
                current = ""
                continue
            }
            for joint in clauseJoints where atJoints && current.hasSuffix(joint) {
                let said = String(characters)
                let rest = said.lowercased()
                // After a dash or a semicolon any question opens a clause of its own ("what do you make of the alert - is
                // 3.6 GB normal for him?"); after ", and" only one that names who is asked or what is asked of them.
                let opens = clauseOpeners.contains(where: rest.hasPrefix) || opensAsQuestionOnAThing(said)
                    || joint != ", and " && questionWords.contains(String(rest.prefix { $0.isLetter }))
                if opens, current.split(separator: " ").count >= 4 {
                    clauses.append(String(current.dropLast(joint.count)))
                    current = ""
                }
                break
            }
        }
        if !current.trimmingCharacters(in: .whitespaces).isEmpty { clauses.append(current) }
        return clauses.filter { $0.split(separator: " ").count >= 2 }
    }

    /// Whether words after ", and" open a question of their own: a verb that asks, then a determiner ("…, and is the
    /// ci-config repository now set so it cannot be made public again?", blind107 #96: asked whole, neither half was answered),
    /// "we", "you", "they", "he" or "she" ("…, and are we the controller or the processor?", blind138 #38), a name ("…, and will
    /// Nina need anything from you?", blind138 #92), or "it" after a verb that cannot order ("…, and would it break anything?",
    /// blind136 #23). Not "do the same for web-02", "do it now" or "have Lena check it", which ask nothing.
    static func opensAsQuestionOnAThing(_ rest: String) -> Bool {
        let said = rest.split(separator: " ", maxSplits: 2).map { String($0.filter { $0.isLetter || $0 == "-" }) }
        let words = said.map { $0.lowercased() }
        guard words.count >= 3 else { return false }
        let orders = ["do", "have"].contains(words[0])
        guard orders || ["is", "are", "was", "were", "has", "does", "did", "can", "could", "will", "would", "should"].contains(words[0]) else { return false }
        if ["the", "our", "your", "their", "this", "that", "his", "her", "its", "any", "every", "either", "both"].contains(words[1]) {
            return !(words[0] == "do" && ["same", "rest", "needful"].contains(words[2]))
        }
        if ["we", "you", "they", "he", "she"].contains(words[1]) { return true }
        return !orders && (words[1] == "it" || said[1].first?.isUppercase == true && said[1] != "I")
    }

    /// Whether a clause asks something: it ends in a question mark, or opens as a question or request.
    static func asks(_ clause: String) -> Bool {
        let lowered = clause.lowercased()
        if lowered.hasSuffix("?") || clauseOpeners.contains(where: lowered.hasPrefix) { return true }
        // A question whose mark comes only at the end of the line ("Is the statement still accurate, and who tells them?"),
        // also after an opening phrase ("after the rollout, does the test still hold …", blind67 #77: taken for a preamble).
        // (Also after a colon: "before I pull the key: would revoking it break deploys, and …?", blind80 #21.)
        return lowered.components(separatedBy: ", ").prefix(2).flatMap { $0.components(separatedBy: ": ").prefix(2) }.contains { segment in
            questionWords.contains(String(segment.prefix { $0.isLetter })) || clauseOpeners.contains(where: segment.hasPrefix)
        }
    }

    /// Words a question opens with.
    static let questionWords: Set<String> = ["is", "are", "was", "were", "do", "does", "did", "can", "could", "will", "would", "should", "has",
                                             "have", "may", "might", "must", "shall", "who", "what", "when", "where", "which", "why", "how",
                                             // Chat's short questions: "anything open on the legal side, and who still needs telling?" (blind76 #132).
                                             "anything", "anyone", "anybody"]

    /// Whether a clause points back at what came before it ("does that run out?", "who may read it?", "what can
    /// that key reach?", "is there customer data in there?") and names nothing by id of its own. "This morning"
    /// names its own time.
    static func pointsBack(_ clause: String) -> Bool {
        let words = clause.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != "'" }).map(String.init)
        guard !words.contains(where: { $0.contains("-") }) else { return false }
        return words.indices.contains { index in
            let word = words[index]
            // "How long would it take you?" points at nothing: its "it" stands for what follows (blind138 #58: the thanks for
            // preserving ci-config before it made it "how long would preserving ci-config take").
            if word == "it", let next = words[safe: index + 1], dummyItVerbs.contains(next) { return false }
            if pronouns.contains(word) { return true }
            if word == "there", let before = words[safe: index - 1], ["in", "from", "into", "out", "over", "up"].contains(before) { return true }
            guard demonstratives.contains(word) else { return false }
            return !(words[safe: index + 1].map(timeNouns.contains) ?? false)
        }
    }

    /// Whether a clause leans on what came before it by a word that names nothing of its own: "it", "they", "he" ("can they
    /// read the instance role credentials?"), a possessive with no noun before it in the clause, or "this", "that", "both" …
    /// standing alone. Not "that notice", "both keys", "their own clock" after "the retailers", nor "that" after a noun and
    /// before a verb ("any key in our accounts that is older than 90 days").
    static func leansBare(_ clause: String) -> Bool {
        let words = clause.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init)
        let verbs: Set<String> = ["is", "was", "are", "were", "has", "have", "had", "can", "could", "will", "would", "should", "may", "might",
                                  "must", "do", "does", "did"]
        return words.indices.contains { index in
            let word = words[index]
            let before = words[..<index]
            if ["it", "it's", "they", "them", "he", "him", "she", "ones"].contains(word) { return true }
            if ["its", "their", "his", "her"].contains(word) { return !before.contains { ["the", "our", "your"].contains($0) } }
            guard demonstratives.contains(word) || word == "both" else { return false }
            guard let next = words[safe: index + 1] else { return true }
            let small: Set<String> = ["on", "in", "at", "to", "for", "of", "from", "with", "by", "about", "up", "out", "off", "and", "or",
                                      "but", "if", "then", "now", "still", "already", "yet", "too", "again", "also", "all", "right"]
            if !verbs.contains(next) && !small.contains(next) { return false }
            return word != "that" || before.last.map { verbs.contains($0) || questionWords.contains($0) } ?? true
        }
    }

    /// Verbs after which "it" stands for what follows, not for something said before ("would it take", "is it worth").
    static let dummyItVerbs: Set<String> = ["take", "takes", "took", "cost", "costs", "worth", "possible", "likely", "true", "wise", "okay", "ok"]

    static let pronouns: Set<String> = ["it", "its", "it's", "they", "them", "their", "he", "him", "his", "she", "her", "both", "ones"]
    static let demonstratives: Set<String> = ["this", "that", "these", "those"]
    /// Words after a demonstrative that name a time of their own ("this morning"), not something said before.
    static let timeNouns: Set<String> = ["morning", "afternoon", "evening", "night", "week", "weekend", "time", "year", "month", "quarter", "hour", "minute"]

    /// What joins two clauses that may each ask something.
    static let clauseJoints = [", and ", " - ", " — ", " – ", "; "]
    /// How a clause opens when it asks a question or makes a request of its own.
    static let clauseOpeners = ["can you ", "could you ", "would you ", "will you ", "please ", "do you ", "did you ", "are you ", "have you ",
                                "can we ", "should we ", "shall we ", "do we ", "is there ", "are there ", "is it ", "does it ", "does that ",
                                "did he ", "has he ", "is he ", "can he ", "has anything ", "was anything ", "is anything ", "did anything ", "did she ", "has she ", "is she ", "can she ", "did anyone ", "has anyone ",
                                "who ", "what ", "when ", "where ", "which ", "why ", "how "]
        // ("Can you preserve audit-logs, and then tell me whether the attacker touched anything else?", blind135 #22: asked whole, the
        // request was dropped. Not "… and let me know when it is done", the report back on the request.)
        + ["", "then "].flatMap { lead in ["tell me", "let me know"].flatMap { ask in ["whether", "if", "what", "which", "who"].map { "\(lead)\(ask) \($0) " } } }

    /// The openings of a clause that only sets the scene of a question ("… before we touch the key").
    static let sceneOpenings = [" before we ", " before you ", " before i ", " before anyone ", " until we ", " now that "]

    /// The words of a question's scene-setting clauses, each from its opening to the next punctuation.
    static func sceneSettingWords(in question: String) -> Set<String> {
        Set(sceneClauses(in: question.lowercased()).flatMap { topicWords(String($0)) })
    }

    /// The question with its scene-setting clauses left out.
    static func withoutSceneSetting(_ question: String) -> String {
        var lowered = question.lowercased()
        for clause in sceneClauses(in: lowered).reversed() { lowered.removeSubrange(clause.startIndex..<clause.endIndex) }
        return lowered
    }

    /// The scene-setting clauses of a lower-cased question, in order.
    private static func sceneClauses(in lowered: String) -> [Substring] {
        var clauses: [Substring] = []
        var from = lowered.startIndex
        while let opening = sceneOpenings.compactMap({ lowered.range(of: $0, range: from..<lowered.endIndex) }).min(by: { $0.lowerBound < $1.lowerBound }) {
            let rest = lowered[opening.lowerBound...]
            let end = rest.dropFirst().firstIndex { ".?!;,:".contains($0) } ?? rest.endIndex
            clauses.append(lowered[opening.lowerBound..<end])
            from = end
        }
        return clauses
    }
}

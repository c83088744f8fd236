import Foundation

extension Engine {
    /// An outcome as it is told when it comes: a clause telling of a change its effects make that was
    /// done already ("Omar starts a remote forensic image" an hour after the image was taken) is not
    /// retold as starting now; what was already done, and when, is said instead. `deed` is the
    /// outcome without those clauses or that note: what the people it names did now.
    func outcomeAsItComes(_ outcome: String, effects: Effects) -> (told: String, deed: String) {
        let done = effects.assets.compactMap { change in
            state.assetChanges.first { $0.asset == change.asset && $0.state == change.state }
        }
        guard !done.isEmpty else { return (outcome, outcome) }
        let sentences = Self.clauses(of: outcome).map { sentence in
            (clauses: sentence.clauses.filter { clause in !done.contains { Self.mentionsDeed(clause, $0.state) } }, end: sentence.end)
        }
        let already = done.map { "\($0.asset) \(Self.word(for: $0.state)) at \(stamp($0.at))\($0.by.map { " (\($0))" } ?? " (by you)")" }
        let deed = Self.joined(sentences)
        return ([deed, "Already done before: \(already.joined(separator: "; "))."].filter { !$0.isEmpty }.joined(separator: " "), deed)
    }

    /// A text cut into sentences, each into its clauses (split at "; "), without their ends: what a
    /// deed or outcome says, one act at a time. Nothing is cut inside brackets or double quotes (a
    /// fix's own text, a message).
    static func clauses(of text: String) -> [(clauses: [String], end: String)] {
        var sentences: [(clauses: [String], end: String)] = []
        var current = ""
        var clauses: [String] = []
        let characters = Array(text.trimmingWhitespaceAndNewlines())
        var depth = 0, quoted = false
        for (index, character) in characters.enumerated() {
            let last = index + 1 == characters.count
            if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) } else if "\"“”".contains(character) { quoted.toggle() }
            let breaks = (last || characters[index + 1] == " ") && depth == 0 && !quoted
            if ".!?".contains(character), breaks {
                sentences.append((clauses + [current.trimmingCharacters(in: .whitespaces)], String(character)))
                (current, clauses) = ("", [])
            } else if character == ";", breaks {
                clauses.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(character)
            }
        }
        let rest = current.trimmingCharacters(in: .whitespaces)
        if !rest.isEmpty || !clauses.isEmpty { sentences.append((clauses + [rest], "")) }
        return sentences.map { ($0.clauses.filter { !$0.isEmpty }, $0.end) }
    }

    /// Sentences of clauses put back together, each starting with a capital, empty ones left out.
    static func joined(_ sentences: [(clauses: [String], end: String)]) -> String {
        sentences.filter { !$0.clauses.isEmpty }.map { sentence in
            let text = sentence.clauses.joined(separator: "; ")
            return text.prefix(1).uppercased() + text.dropFirst() + sentence.end
        }.joined(separator: " ")
    }

    /// A deed retold by the person it is recorded for, split into what they did themselves (the
    /// clauses where they are the subject: "I start a remote forensic image") and what happened
    /// around them ("Ben grumbles but agrees."), so that nobody else's act is told as theirs.
    /// A quoted message is someone's words, all of it what happened.
    func ownAndAround(_ text: String, of person: Person) -> (own: String?, around: String?) {
        guard !Self.isQuote(text) else { return (nil, text) }
        let alone = named(in: text).allSatisfy { $0.id == person.id }
        let retold = Self.inFirstPerson(text, of: person, pronouns: alone)
        // A clause after their own act that names nobody else ("; the build server gets the new one") is
        // what came of it, and stays with it.
        let sentences = Self.clauses(of: retold).map { sentence in
            (sentence: sentence, own: sentence.clauses.indices.map { index in
                Self.toldAsOwn(sentence.clauses[index])
                    || (sentence.clauses[..<index].contains(where: Self.toldAsOwn) && named(in: sentence.clauses[index]).isEmpty)
            })
        }
        let own = sentences.map { item in (item.sentence.clauses.indices.filter { item.own[$0] }.map { item.sentence.clauses[$0] }, item.sentence.end) }
        let around = sentences.map { item in (item.sentence.clauses.indices.filter { !item.own[$0] }.map { item.sentence.clauses[$0] }, item.sentence.end) }
        let ownText = Self.joined(own), aroundText = Self.joined(around)
        return (ownText.isEmpty ? nil : ownText, aroundText.isEmpty ? nil : aroundText)
    }

    /// Whether a clause retold in the first person has "I" as its actor: opening it, or after a
    /// comma or a joining word ("Hearing nothing, I take", "Peter and I collect"), before any quoted
    /// words. "Kai messages me: 'Am I being investigated?'" and "the fleet loses access until I
    /// issue a narrower role" are not the teller's acts.
    private static func toldAsOwn(_ clause: String) -> Bool {
        let spoken = clause.range(of: ": '").map { clause[..<$0.lowerBound] }
            ?? clause.range(of: ": \"").map { clause[..<$0.lowerBound] } ?? clause[...]
        let words = spoken.split(separator: " ").map(String.init)
        return words.indices.contains { index in
            words[index].trimmingCharacters(in: .punctuationCharacters) == "I"
                && (index == 0 || words[index - 1].hasSuffix(",") || ["and", "so", "then", "but"].contains(words[index - 1].lowercased()))
        }
    }
}

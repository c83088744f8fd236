extension Engine {
    /// A line of the world's narration retold by a person it names, in their own words: "Hannah files
    /// the notification and briefs the board" becomes "I file the notification and brief the board",
    /// "reviewed by Sofia Ortega" becomes "reviewed by me", "Hannah's" becomes "my". A quoted message
    /// ("Grace Liu (phone): …") is someone else's words and stays as it was.
    /// `pronouns`: nobody else of the cast is named, so a later "she takes" is them too.
    static func inFirstPerson(_ text: String, of person: Person, pronouns: Bool = false) -> String {
        guard !isQuote(text) else { return text }
        let names = [person.name, String(person.name.split(separator: " ").first ?? "")].filter { $0.count >= 2 }
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        var subject = false
        while index < words.count {
            guard let length = names.lazy.map({ $0.split(separator: " ").count }).first(where: { count in
                index + count <= words.count && names.contains(Self.bare(words[index..<index + count].joined(separator: " ")))
            }) else {
                // Once they are the subject, "she takes it … herself" later in the text is them too.
                if subject, pronouns { retellPronoun(&words, at: index) }
                index += 1
                continue
            }
            let last = words[index + length - 1]
            let trail = String(last.drop(while: { $0.isLetter || $0 == "'" || $0 == "’" }))
            let possessive = last.hasSuffix("'s" + trail) || last.hasSuffix("’s" + trail)
            let start = index == 0 || [".", ";", ":", ","].contains(words[index - 1].last.map(String.init) ?? "")
                || ["and", "but", "so", "then", "while"].contains(words[index - 1].lowercased())
                // A clause's subject after a subordinator ("until Sara issues") is "I", never "me".
                || (Self.subordinators.contains(words[index - 1].lowercased()) && index + length < words.count && baseForm(words[index + length]) != nil)
            let replacement: String
            if possessive {
                replacement = (index == 0 || words[index - 1].hasSuffix(".") ? "My" : "my") + trail.replacingOccurrences(of: "'s", with: "")
            } else if trail.isEmpty, index + length + 2 < words.count, words[index + length] == "and",
                      let other = words[index + length + 1].first, other.isUppercase {
                // "Grace and Peter collect" told by Grace: "Peter and I collect".
                let partner = words[index + length + 1]
                let partnerTrail = String(partner.drop(while: \.isLetter))
                words.replaceSubrange(index..<index + length + 2, with: [String(partner.prefix(while: \.isLetter)), "and", "I" + partnerTrail])
                index += 3
                continue
            } else if start && trail.isEmpty {
                replacement = "I"
                subject = true
                if index + length < words.count, let base = baseForm(words[index + length]) {
                    words[index + length] = base
                    conjugateCoordinated(&words, from: index + length + 1)
                }
            } else {
                replacement = (index == 0 ? "Me" : "me") + trail
                // "tested by Nina Kowalski (QA lead), who tries to get around it": "tested by me, and I try to get around it".
                if let relative = relativeClause(in: words, after: index + length) {
                    let base = baseForm(words[relative + 1]) ?? words[relative + 1]
                    words.replaceSubrange(index..<relative + 2, with: ["me,", "and", "I", base])
                    conjugateCoordinated(&words, from: index + 4)
                    index += 4
                    continue
                }
            }
            words.replaceSubrange(index..<index + length, with: [replacement])
            index += 1
        }
        return words.joined(separator: " ")
    }

    /// Words that open a clause whose subject follows them ("until", "when", "if").
    private static let subordinators: Set<String> = ["until", "when", "before", "after", "if", "unless", "because", "once", "since", "whether", "that", "till"]

    /// Where a relative clause about the person just named starts ("(QA lead), who tries"): the
    /// position of "who", with a verb after it; nil when none follows.
    private static func relativeClause(in words: [String], after end: Int) -> Int? {
        var index = end
        // A parenthesis after the name ("(QA lead),") is their role: skipped, it ends with a comma.
        if index < words.count, words[index].hasPrefix("(") {
            while index < words.count, !words[index].contains(")") { index += 1 }
            guard index < words.count, words[index].hasSuffix("),") else { return nil }
            index += 1
        } else if end > 0, !words[end - 1].hasSuffix(",") {
            return nil
        }
        guard index + 1 < words.count, words[index] == "who", baseForm(words[index + 1]) != nil else { return nil }
        return index
    }

    /// Whether a recorded line quotes a message ("Grace Liu (phone): Exit meeting done."): its sender speaks.
    static func isQuote(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 80,
              let open = text[..<colon].range(of: " (", options: .backwards) else { return false }
        let channel = text[open.upperBound..<colon]
        return channel.hasSuffix(")") && !channel.contains(" ")
    }

    /// A word without the punctuation around it.
    private static func bare(_ word: String) -> String {
        var text = Substring(word)
        while let last = text.last, !last.isLetter { text = text.dropLast() }
        if text.hasSuffix("'s") || text.hasSuffix("’s") { text = text.dropLast(2) }
        return String(text)
    }

    /// A pronoun of the person once they are the subject: "she takes" → "I take", "his" → "my",
    /// "herself" → "myself". "Her" is left alone: it may be "me" or "my".
    private static func retellPronoun(_ words: inout [String], at index: Int) {
        let word = bare(words[index]), trail = String(words[index].dropFirst(word.count))
        if ["she", "he"].contains(word), index + 1 < words.count, let base = baseForm(words[index + 1]) {
            words[index] = "I" + trail
            words[index + 1] = base
            conjugateCoordinated(&words, from: index + 2)
        } else if word == "his" {
            words[index] = "my" + trail
        } else if ["herself", "himself"].contains(word) {
            words[index] = "myself" + trail
        }
    }

    /// The verbs after "and"/"but"/a comma that share the subject ("… and briefs the board", "…,
    /// pulls it from"): a third-person verb that ends the clause or is followed by its object (a
    /// lowercase word, an article, a pronoun), up to the end of the clause.
    private static func conjugateCoordinated(_ words: inout [String], from start: Int) {
        var index = start
        while index + 1 < words.count {
            if let end = words[index].last, ".;:".contains(end) { return }
            let joins = ["and", "but", "then"].contains(words[index].lowercased()) || words[index].hasSuffix(",")
            let verb = words[index + 1]
            let followed = index + 2 >= words.count || verb.last.map { ".;:,".contains($0) } == true
                || words[index + 2].first?.isLowercase == true || objectStarts.contains(bare(words[index + 2]).lowercased())
            if joins, followed, let base = baseForm(verb) { words[index + 1] = base }
            index += 1
        }
    }

    /// Words that may follow a verb's object slot: articles, pronouns, prepositions.
    private static let objectStarts: Set<String> = [
        "the", "a", "an", "it", "them", "him", "her", "his", "their", "every", "all", "to", "with", "out", "up", "in", "on",
        "off", "that", "this", "back", "down", "over", "nothing", "everything", "no", "its", "for", "people",
    ]

    /// The first-person form of a third-person present verb ("files" → "file", "reaches" → "reach",
    /// "has" → "have"), with its trailing punctuation; nil when the word is not such a verb.
    static func baseForm(_ word: String) -> String? {
        let letters = String(word.prefix(while: \.isLetter))
        let trail = String(word.dropFirst(letters.count))
        guard letters.count >= 2, letters.first?.isLowercase == true, trail.isEmpty || !trail.hasPrefix("'") else { return nil }
        if let irregular = irregularVerbs[letters] { return irregular + trail }
        guard letters.count >= 4, letters.hasSuffix("s"), !letters.hasSuffix("ss"), !letters.hasSuffix("us"), !letters.hasSuffix("is") else {
            return nil
        }
        if letters.hasSuffix("ies") { return String(letters.dropLast(3)) + "y" + trail }
        if ["ches", "shes", "sses", "xes", "zes", "oes"].contains(where: letters.hasSuffix) { return String(letters.dropLast(2)) + trail }
        return String(letters.dropLast()) + trail
    }

    /// Third-person forms whose first-person form is not the word without its "s".
    private static let irregularVerbs: [String: String] = ["has": "have", "is": "am", "does": "do", "goes": "go", "was": "was"]
}
